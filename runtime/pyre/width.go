package pyre

// widthCap bounds intermediate widths; it is far above maxRepeat, where
// widths are clipped, so saturating there changes no result.
const widthCap = 1 << 62

func satAdd(a, b uint64) uint64 {
	if a+b > widthCap || a+b < a {
		return widthCap
	}
	return a + b
}

func satMul(a, b uint64) uint64 {
	if a != 0 && b > widthCap/a {
		return widthCap
	}
	return a * b
}

// getWidth returns the minimum and maximum number of characters the
// sequence can match (SubPattern.getwidth), clipped to MAXREPEAT-1 and
// MAXREPEAT. The result is cached, as CPython caches it.
func (s *seq) getWidth(st *parseState) (lo, hi uint64) {
	if s.hasWidth {
		return s.width[0], s.width[1]
	}
	for _, n := range s.items {
		switch n.kind {
		case nBranch:
			i, j := uint64(maxRepeat-1), uint64(0)
			for _, alt := range n.alts {
				l, h := alt.getWidth(st)
				i, j = min(i, l), max(j, h)
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case nAtomic, nSubpattern:
			i, j := n.body.getWidth(st)
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case nMaxRepeat, nMinRepeat, nPossessiveRepeat:
			i, j := n.body.getWidth(st)
			lo, hi = satAdd(lo, satMul(i, n.min)), satAdd(hi, satMul(j, n.max))
		case nLiteral, nNotLiteral, nAny, nIn:
			lo, hi = satAdd(lo, 1), satAdd(hi, 1)
		case nGroupRef:
			w := st.groupWidths[n.group]
			lo, hi = satAdd(lo, w[0]), satAdd(hi, w[1])
		case nGroupRefExists:
			i, j := n.body.getWidth(st)
			if n.no != nil {
				l, h := n.no.getWidth(st)
				i, j = min(i, l), max(j, h)
			} else {
				i = 0
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		}
	}
	s.width = [2]uint64{min(lo, maxRepeat-1), min(hi, maxRepeat)}
	s.hasWidth = true
	return s.width[0], s.width[1]
}
