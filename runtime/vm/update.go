package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// listExtend is list.extend(it).
func (th *Thread) listExtend(l *List, it Value) error {
	switch x := it.(type) {
	case *List:
		l.Elems = append(l.Elems, x.Elems...)
		return nil
	case Tuple:
		l.Elems = append(l.Elems, x...)
		return nil
	}
	return th.ForEach(it, func(v Value) error {
		l.Elems = append(l.Elems, v)
		return nil
	})
}

// dictUpdate is dict.update(other) for a mapping or an iterable of pairs.
func (th *Thread) dictUpdate(d *Dict, other Value) error {
	switch o := other.(type) {
	case *Dict:
		for _, e := range o.entries {
			if e.key != nil {
				if err := d.SetItem(th, e.key, e.val); err != nil {
					return err
				}
			}
		}
		return nil
	}
	// A mapping: anything with keys() (instances of classes, ChainMap …).
	if keys := other.Type().Lookup("keys"); keys != nil {
		ks, err := th.CallValue(keys, []Value{other}, nil)
		if err != nil {
			return err
		}
		return th.ForEach(ks, func(k Value) error {
			v, err := th.GetItem(other, k)
			if err != nil {
				return err
			}
			return d.SetItem(th, k, v)
		})
	}
	i := 0
	return th.ForEach(other, func(item Value) error {
		pair, err := th.ToSlice(item)
		if err != nil {
			return th.TypeError("cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return th.ValueError("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.SetItem(th, pair[0], pair[1])
	})
}

// dictMerge adds the entries of a ** argument, rejecting repeated keys.
func (th *Thread) dictMerge(d *Dict, other, fn Value) error {
	src, ok := other.(*Dict)
	if !ok {
		if other.Type().Lookup("keys") != nil {
			src = NewDict(0)
			if err := th.dictUpdate(src, other); err != nil {
				return err
			}
		} else {
			return th.TypeError("%s argument after ** must be a mapping, not %s", funcName(fn), other.Type().Name)
		}
	}
	// Keys that are not strings are the callee's error ("keywords must
	// be strings"), raised when the call is made.
	for _, e := range src.entries {
		if e.key == nil {
			continue
		}
		if _, dup, _ := d.Get(th, e.key); dup {
			return th.TypeError("%s got multiple values for keyword argument '%s'", funcName(fn), strNoThread(e.key))
		}
		if err := d.SetItem(th, e.key, e.val); err != nil {
			return err
		}
	}
	return nil
}

// setOp applies |, &, - or ^ to two sets, following setobject.c so that
// the result's table (and so its iteration order) is CPython's; into is the
// left set for the in-place forms (nil: a new set of the left operand's
// kind). It returns nil for other operators.
func (th *Thread) setOp(op bytecode.BinaryOp, x, y *Set, into *Set) (Value, error) {
	frozen := x.frozen
	switch op {
	case bytecode.OpOr:
		r := into
		if r == nil {
			r = x.Copy(frozen)
		}
		return r, r.merge(th, y)
	case bytecode.OpAnd:
		r, err := th.setIntersection(x, y, frozen)
		if err != nil || into == nil {
			return r, err
		}
		*into = *r
		into.frozen = false
		return into, nil
	case bytecode.OpSub:
		if into != nil {
			return into, th.setDifferenceUpdate(into, y)
		}
		return th.setDifference(x, y, frozen)
	case bytecode.OpXor:
		if into != nil {
			return into, th.setSymmetricDifferenceUpdate(into, y)
		}
		r := y.Copy(frozen)
		return r, th.setSymmetricDifferenceUpdate(r, x)
	}
	return nil, nil
}

// setIntersection is set_intersection: it walks the smaller set (the right
// one when the sizes are equal).
func (th *Thread) setIntersection(x, y *Set, frozen bool) (*Set, error) {
	r := NewSet(frozen)
	so, other := x, y
	if other.Len() > so.Len() {
		so, other = other, so
	}
	for _, e := range other.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := so.lookup(th, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := r.addHashed(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// setDifference is set_difference: a fresh set of the members of x not in
// y, or a copy of x with y's members discarded when x is much larger.
func (th *Thread) setDifference(x, y *Set, frozen bool) (*Set, error) {
	if x.Len()>>2 > y.Len() {
		r := x.Copy(frozen)
		return r, th.setDifferenceUpdate(r, y)
	}
	r := NewSet(frozen)
	for _, e := range x.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i, err := y.lookup(th, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if err := r.addHashed(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// discardHashed removes key from s and reports whether it was there.
func (s *Set) discardHashed(th *Thread, key Value, hash int64) (bool, error) {
	i, err := s.lookup(th, key, hash)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.version++
	return true, nil
}

// setDifferenceUpdate is set_difference_update_internal, including its
// final shrink when many slots hold dummies.
func (th *Thread) setDifferenceUpdate(s, other *Set) error {
	if s == other {
		s.Clear()
		return nil
	}
	for _, e := range other.Members() {
		h, err := th.Hash(e)
		if err != nil {
			return err
		}
		if _, err := s.discardHashed(th, e, h); err != nil {
			return err
		}
	}
	s.shrinkDummies()
	return nil
}

// shrinkDummies resizes the table when more than a quarter of its slots
// hold dummies, as set_difference_update_internal does.
func (s *Set) shrinkDummies() {
	if uint64(s.fill-s.used) <= s.mask()/4 {
		return
	}
	if s.used > setLargeResize {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update for a set
// argument.
func (th *Thread) setSymmetricDifferenceUpdate(s, other *Set) error {
	if s == other {
		s.Clear()
		return nil
	}
	for _, e := range other.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		found, err := s.discardHashed(th, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addHashed(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}
