package vm

// The list sort: CPython's timsort without galloping. Runs are found and
// extended with binary insertion exactly as listobject.c does, so lists of
// fewer than 64 items see the same comparisons in the same order as in
// CPython (and so the same error when two items cannot be compared); longer
// lists are merged with plain stable merges, which give the same result for
// any consistent ordering.

// sorter sorts keys, moving vals (when not nil) along with them.
type sorter struct {
	th   *Thread
	keys []Value
	vals []Value
	tmpK []Value
	tmpV []Value
}

type run struct{ base, n int }

func (s *sorter) less(a, b Value) (bool, error) { return s.th.Less(a, b) }

func (s *sorter) swapRange(lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		s.keys[lo], s.keys[hi] = s.keys[hi], s.keys[lo]
		if s.vals != nil {
			s.vals[lo], s.vals[hi] = s.vals[hi], s.vals[lo]
		}
	}
}

// minRun is merge_compute_minrun.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// sort sorts the whole slice (listsort's main loop).
func (s *sorter) sort() error {
	n := len(s.keys)
	if n < 2 || s.sortTyped() {
		return nil
	}
	minrun := minRun(n)
	var pending []run
	lo := 0
	for remaining := n; remaining > 0; {
		k, desc, err := s.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if desc {
			s.swapRange(lo, lo+k)
		}
		if k < minrun {
			force := minrun
			if remaining < force {
				force = remaining
			}
			if err := s.binarySort(lo, lo+force, lo+k); err != nil {
				return err
			}
			k = force
		}
		pending = append(pending, run{lo, k})
		if pending, err = s.mergeCollapse(pending); err != nil {
			return err
		}
		lo += k
		remaining -= k
	}
	for len(pending) > 1 {
		i := len(pending) - 2
		if i > 0 && pending[i-1].n < pending[i+1].n {
			i--
		}
		var err error
		if pending, err = s.mergeAt(pending, i); err != nil {
			return err
		}
	}
	return nil
}

// countRun is count_run: the length of the run at lo and whether it is
// strictly descending.
func (s *sorter) countRun(lo, hi int) (int, bool, error) {
	if lo+1 == hi {
		return 1, false, nil
	}
	n := 2
	lt, err := s.less(s.keys[lo+1], s.keys[lo])
	if err != nil {
		return 0, false, err
	}
	if lt {
		for i := lo + 2; i < hi; i, n = i+1, n+1 {
			lt, err := s.less(s.keys[i], s.keys[i-1])
			if err != nil {
				return 0, false, err
			}
			if !lt {
				break
			}
		}
		return n, true, nil
	}
	for i := lo + 2; i < hi; i, n = i+1, n+1 {
		lt, err := s.less(s.keys[i], s.keys[i-1])
		if err != nil {
			return 0, false, err
		}
		if lt {
			break
		}
	}
	return n, false, nil
}

// binarySort is binarysort: [lo, start) is sorted; insert the items of
// [start, hi) one by one.
func (s *sorter) binarySort(lo, hi, start int) error {
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := s.keys[r]
		for l < r {
			p := l + (r-l)>>1
			lt, err := s.less(pivot, s.keys[p])
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(s.keys[l+1:start+1], s.keys[l:start])
		s.keys[l] = pivot
		if s.vals != nil {
			pv := s.vals[start]
			copy(s.vals[l+1:start+1], s.vals[l:start])
			s.vals[l] = pv
		}
	}
	return nil
}

// mergeCollapse restores the run-length invariants of the pending stack.
func (s *sorter) mergeCollapse(p []run) ([]run, error) {
	var err error
	for len(p) > 1 {
		n := len(p) - 2
		switch {
		case n > 0 && p[n-1].n <= p[n].n+p[n+1].n || n > 1 && p[n-2].n <= p[n-1].n+p[n].n:
			if p[n-1].n < p[n+1].n {
				n--
			}
		case p[n].n <= p[n+1].n:
		default:
			return p, nil
		}
		if p, err = s.mergeAt(p, n); err != nil {
			return p, err
		}
	}
	return p, nil
}

// mergeAt merges the runs i and i+1 of the stack.
func (s *sorter) mergeAt(p []run, i int) ([]run, error) {
	a, b := p[i], p[i+1]
	p[i].n = a.n + b.n
	p = append(p[:i+1], p[i+2:]...)
	return p, s.merge(a.base, a.n, b.n)
}

// merge merges the adjacent sorted ranges [base, base+na) and
// [base+na, base+na+nb), taking from the right only when strictly less.
func (s *sorter) merge(base, na, nb int) error {
	s.tmpK = append(s.tmpK[:0], s.keys[base:base+na]...)
	if s.vals != nil {
		s.tmpV = append(s.tmpV[:0], s.vals[base:base+na]...)
	}
	i, j, d := 0, base+na, base
	end := base + na + nb
	var err error
	for i < na && j < end {
		var lt bool
		lt, err = s.less(s.keys[j], s.tmpK[i])
		if err != nil {
			break
		}
		if lt {
			s.keys[d] = s.keys[j]
			if s.vals != nil {
				s.vals[d] = s.vals[j]
			}
			j++
		} else {
			s.keys[d] = s.tmpK[i]
			if s.vals != nil {
				s.vals[d] = s.tmpV[i]
			}
			i++
		}
		d++
	}
	// Put back what is left of the left run (also after an error, so that
	// no item is lost).
	copy(s.keys[d:], s.tmpK[i:na])
	if s.vals != nil {
		copy(s.vals[d:], s.tmpV[i:na])
	}
	clear(s.tmpK)
	clear(s.tmpV)
	return err
}

// sortList is list.sort(key=key, reverse=reverse); key may be nil.
func (th *Thread) sortList(l *List, key Value, reverse bool) error {
	elems := l.Elems
	// While sorting, the list looks empty; any change made meanwhile (by a
	// key function or a comparison) is detected afterwards.
	l.Elems = nil
	s := sorter{th: th, keys: elems}
	var err error
	if key != nil {
		keys := make([]Value, len(elems))
		var arg [1]Value // callees do not keep their arguments
		for i, v := range elems {
			arg[0] = v
			k, kerr := th.CallValue(key, arg[:], nil)
			if kerr != nil {
				err = kerr
				break
			}
			keys[i] = k
		}
		s.keys, s.vals = keys, elems
	}
	if err == nil {
		if reverse {
			s.swapRange(0, len(elems))
		}
		err = s.sort()
		if reverse {
			s.swapRange(0, len(elems))
		}
	}
	modified := l.Elems != nil
	l.Elems = elems
	if err != nil {
		return err
	}
	if modified {
		return th.ValueError("list modified during sort")
	}
	return nil
}
