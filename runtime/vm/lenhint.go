package vm

// Length hints (CPython's __length_hint__): how many items an iterable
// will probably produce, so that list(it) and sorted(it) allocate once.

// lenHinter is a built-in iterator that knows roughly how many items it
// has left.
type lenHinter interface {
	lenHint() int
}

// lengthHint returns the expected number of items of v, or 0 when unknown.
func lengthHint(v Value) int {
	switch x := v.(type) {
	case *Dict:
		return x.Len()
	case *Set:
		return x.Len()
	case *Range:
		return int(min(x.Len(), 1<<20))
	case *DictView:
		return x.Len()
	case lenHinter:
		return max(x.lenHint(), 0)
	}
	return 0
}

func (it *listIter) lenHint() int    { return len(it.l.Elems) - it.i }
func (it *tupleIter) lenHint() int   { return len(it.t) - it.i }
func (it *rangeIter) lenHint() int   { return int(min(it.n, 1<<20)) }
func (it *listRevIter) lenHint() int { return it.i + 1 }
func (it *dictIter) lenHint() int    { return it.d.Len() }

func (e *enumerateIter) lenHint() int { return lengthHint(e.it) }

func (m *mapIter) lenHint() int { return minHint(m.its) }

func (z *zipIter) lenHint() int {
	if z.done {
		return 0
	}
	return minHint(z.its)
}

func minHint(its []Iterator) int {
	n := -1
	for _, it := range its {
		if h := lengthHint(it); n < 0 || h < n {
			n = h
		}
	}
	return max(n, 0)
}
