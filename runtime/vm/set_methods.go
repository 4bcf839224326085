package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// The methods of set and frozenset, following setobject.c so that the
// tables they build (and so the iteration order of their results) are
// CPython's.
func init() {
	for _, c := range []*Class{SetClass, FrozenSetClass} {
		c := c
		pre := c.Name + "."
		addMethod(c, "copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(pre+"copy", args, kwnames, 0); err != nil {
				return nil, err
			}
			s := self.(*Set)
			if s.frozen {
				return s, nil
			}
			return s.Copy(false), nil
		})
		addMethod(c, "union", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.NoKwargs(pre+"union", kwnames); err != nil {
				return nil, err
			}
			s := self.(*Set)
			r := s.Copy(s.frozen)
			for _, o := range args {
				if Is(o, s) {
					continue
				}
				if err := r.Update(th, o); err != nil {
					return nil, err
				}
			}
			return r, nil
		})
		addMethod(c, "intersection", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.NoKwargs(pre+"intersection", kwnames); err != nil {
				return nil, err
			}
			return th.setIntersectionMulti(self.(*Set), args)
		})
		addMethod(c, "difference", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.NoKwargs(pre+"difference", kwnames); err != nil {
				return nil, err
			}
			s := self.(*Set)
			if len(args) == 0 {
				return s.Copy(s.frozen), nil
			}
			r, err := th.setDifferenceAny(s, args[0])
			if err != nil {
				return nil, err
			}
			for _, o := range args[1:] {
				if err := th.setDifferenceUpdateAny(r, o); err != nil {
					return nil, err
				}
			}
			return r, nil
		})
		addMethod(c, "symmetric_difference", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(pre+"symmetric_difference", args, kwnames, 1); err != nil {
				return nil, err
			}
			s := self.(*Set)
			r := NewSet(s.frozen)
			if err := r.Update(th, args[0]); err != nil {
				return nil, err
			}
			return r, th.setSymmetricDifferenceUpdateAny(r, s)
		})
		addMethod(c, "issubset", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(pre+"issubset", args, kwnames, 1); err != nil {
				return nil, err
			}
			other, err := th.asSet(args[0])
			if err != nil {
				return nil, err
			}
			return th.compareSets(bytecode.CmpLE, self.(*Set), other)
		})
		addMethod(c, "issuperset", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(pre+"issuperset", args, kwnames, 1); err != nil {
				return nil, err
			}
			s := self.(*Set)
			if o, ok := args[0].(*Set); ok {
				return th.compareSets(bytecode.CmpLE, o, s)
			}
			all := true
			err := th.ForEach(args[0], func(x Value) error {
				ok, err := th.setContainsKey(s, x)
				if err != nil {
					return err
				}
				if !ok {
					all = false
					return errStopLoop
				}
				return nil
			})
			if err != nil && err != errStopLoop {
				return nil, err
			}
			return MakeBool(all), nil
		})
		addMethod(c, "isdisjoint", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(pre+"isdisjoint", args, kwnames, 1); err != nil {
				return nil, err
			}
			return th.setIsDisjoint(self.(*Set), args[0])
		})
	}

	addMethod(SetClass, "add", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("set.add", args, kwnames, 1); err != nil {
			return nil, err
		}
		return None, self.(*Set).Add(th, args[0])
	})
	addMethod(SetClass, "discard", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("set.discard", args, kwnames, 1); err != nil {
			return nil, err
		}
		_, err := th.setDiscardKey(self.(*Set), args[0])
		return None, err
	})
	addMethod(SetClass, "remove", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("set.remove", args, kwnames, 1); err != nil {
			return nil, err
		}
		found, err := th.setDiscardKey(self.(*Set), args[0])
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewException(KeyErrorClass, args[0])
		}
		return None, nil
	})
	addMethod(SetClass, "pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("set.pop", args, kwnames, 0); err != nil {
			return nil, err
		}
		v, ok := self.(*Set).Pop()
		if !ok {
			return nil, NewException(KeyErrorClass, Str("pop from an empty set"))
		}
		return v, nil
	})
	addMethod(SetClass, "clear", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("set.clear", args, kwnames, 0); err != nil {
			return nil, err
		}
		self.(*Set).Clear()
		return None, nil
	})
	addMethod(SetClass, "update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("set.update", kwnames); err != nil {
			return nil, err
		}
		s := self.(*Set)
		for _, o := range args {
			if err := s.Update(th, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	addMethod(SetClass, "intersection_update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("set.intersection_update", kwnames); err != nil {
			return nil, err
		}
		s := self.(*Set)
		r, err := th.setIntersectionMulti(s, args)
		if err != nil {
			return nil, err
		}
		s.swapBodies(r)
		return None, nil
	})
	addMethod(SetClass, "difference_update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("set.difference_update", kwnames); err != nil {
			return nil, err
		}
		for _, o := range args {
			if err := th.setDifferenceUpdateAny(self.(*Set), o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	addMethod(SetClass, "symmetric_difference_update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("set.symmetric_difference_update", args, kwnames, 1); err != nil {
			return nil, err
		}
		return None, th.setSymmetricDifferenceUpdateAny(self.(*Set), args[0])
	})
}

// swapBodies gives s the contents of o (set_swap_bodies), keeping s's kind.
func (s *Set) swapBodies(o *Set) {
	frozen := s.frozen
	*s = *o
	s.frozen = frozen
	s.version = o.version + 1
}

// asSet returns other when it is a set, else a new set of its items.
func (th *Thread) asSet(other Value) (*Set, error) {
	if o, ok := other.(*Set); ok {
		return o, nil
	}
	t := NewSet(false)
	return t, t.Update(th, other)
}

// frozenKey retries a set operation whose key was an unhashable set with
// the equal frozenset, as setobject.c does for remove, discard and `in`.
func (th *Thread) frozenKey(key Value, err error) (Value, bool) {
	if k, ok := key.(*Set); ok && !k.frozen && isExc(err, TypeErrorClass) {
		return k.Copy(true), true
	}
	return nil, false
}

// setContainsKey is set_contains_key with the frozenset retry.
func (th *Thread) setContainsKey(s *Set, key Value) (bool, error) {
	ok, err := s.Contains(th, key)
	if err != nil {
		if fk, retry := th.frozenKey(key, err); retry {
			return s.Contains(th, fk)
		}
	}
	return ok, err
}

// setDiscardKey is set_discard_key with the frozenset retry.
func (th *Thread) setDiscardKey(s *Set, key Value) (bool, error) {
	ok, err := s.Discard(th, key)
	if err != nil {
		if fk, retry := th.frozenKey(key, err); retry {
			return s.Discard(th, fk)
		}
	}
	return ok, err
}

// Pop removes and returns an arbitrary member (set_pop, with its search
// finger).
func (s *Set) Pop() (Value, bool) {
	if s.used == 0 {
		return nil, false
	}
	mask := int(s.mask())
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.version++
	s.finger = i + 1
	return key, true
}

// setIntersectionMulti is set_intersection_multi.
func (th *Thread) setIntersectionMulti(s *Set, others []Value) (*Set, error) {
	if len(others) == 0 {
		return s.Copy(s.frozen), nil
	}
	r := s
	for _, o := range others {
		nr, err := th.setIntersectionAny(r, o)
		if err != nil {
			return nil, err
		}
		r = nr
	}
	return r, nil
}

// setIntersectionAny is set_intersection: with a set, the smaller one is
// walked; any other iterable is walked in its order.
func (th *Thread) setIntersectionAny(s *Set, other Value) (*Set, error) {
	if Is(s, other) {
		return s.Copy(s.frozen), nil
	}
	if o, ok := other.(*Set); ok {
		return th.setIntersection(s, o, s.frozen)
	}
	r := NewSet(s.frozen)
	err := th.ForEach(other, func(k Value) error {
		h, err := th.Hash(k)
		if err != nil {
			return err
		}
		i, err := s.lookup(th, k, h)
		if err != nil || i < 0 {
			return err
		}
		return r.addHashed(th, k, h)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// setDifferenceAny is set_difference.
func (th *Thread) setDifferenceAny(s *Set, other Value) (*Set, error) {
	switch o := other.(type) {
	case *Set:
		return th.setDifference(s, o, s.frozen)
	case *Dict:
		if s.Len()>>2 > o.Len() {
			break
		}
		r := NewSet(s.frozen)
		for _, e := range s.table {
			if e.key == nil || e.key == setDummy {
				continue
			}
			_, in, err := o.Get(th, e.key)
			if err != nil {
				return nil, err
			}
			if !in {
				if err := r.addHashed(th, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	r := s.Copy(s.frozen)
	return r, th.setDifferenceUpdateAny(r, other)
}

// setDifferenceUpdateAny is set_difference_update_internal for any
// iterable.
func (th *Thread) setDifferenceUpdateAny(s *Set, other Value) error {
	if o, ok := other.(*Set); ok {
		return th.setDifferenceUpdate(s, o)
	}
	err := th.ForEach(other, func(k Value) error {
		_, err := s.Discard(th, k)
		return err
	})
	if err != nil {
		return err
	}
	s.shrinkDummies()
	return nil
}

// setSymmetricDifferenceUpdateAny is set_symmetric_difference_update.
func (th *Thread) setSymmetricDifferenceUpdateAny(s *Set, other Value) error {
	switch o := other.(type) {
	case *Set:
		return th.setSymmetricDifferenceUpdate(s, o)
	case *Dict:
		for _, e := range o.entries {
			if e.key == nil {
				continue
			}
			found, err := s.discardHashed(th, e.key, int64(e.hash))
			if err != nil {
				return err
			}
			if !found {
				if err := s.addHashed(th, e.key, int64(e.hash)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	t := NewSet(s.frozen)
	if err := t.Update(th, other); err != nil {
		return err
	}
	return th.setSymmetricDifferenceUpdate(s, t)
}

// setIsDisjoint is set.isdisjoint.
func (th *Thread) setIsDisjoint(s *Set, other Value) (Value, error) {
	if Is(s, other) {
		return MakeBool(s.Len() == 0), nil
	}
	if o, ok := other.(*Set); ok {
		so, walk := s, o
		if walk.Len() > so.Len() {
			so, walk = walk, so
		}
		for _, e := range walk.table {
			if e.key == nil || e.key == setDummy {
				continue
			}
			i, err := so.lookup(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				return False, nil
			}
		}
		return True, nil
	}
	disjoint := true
	err := th.ForEach(other, func(k Value) error {
		in, err := s.Contains(th, k)
		if err != nil {
			return err
		}
		if in {
			disjoint = false
			return errStopLoop
		}
		return nil
	})
	if err != nil && err != errStopLoop {
		return nil, err
	}
	return MakeBool(disjoint), nil
}
