package vm

// The methods and attributes of range and slice.
func init() {
	RangeClass.attr = func(v Value, name string) (Value, bool) {
		r := v.(*Range)
		switch name {
		case "start":
			return MakeInt(r.Start), true
		case "stop":
			return MakeInt(r.Stop), true
		case "step":
			return MakeInt(r.Step), true
		}
		return nil, false
	}
	addMethod(RangeClass, "index", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("range.index", args, kwnames, 1); err != nil {
			return nil, err
		}
		r := self.(*Range)
		if k, ok := rangeKey(args[0]); ok {
			if r.contains(k) {
				return MakeInt((k - r.Start) / r.Step), nil
			}
		} else {
			i := int64(0)
			found := false
			err := th.ForEach(r, func(x Value) error {
				eq, err := th.Equal(x, args[0])
				if err != nil {
					return err
				}
				if eq {
					found = true
					return errStopLoop
				}
				i++
				return nil
			})
			if err != nil && err != errStopLoop {
				return nil, err
			}
			if found {
				return MakeInt(i), nil
			}
			return nil, th.ValueError("sequence.index(x): x not in sequence")
		}
		s, err := th.Repr(args[0])
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("%s is not in range", s)
	})
	addMethod(RangeClass, "count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("range.count", args, kwnames, 1); err != nil {
			return nil, err
		}
		r := self.(*Range)
		if k, ok := rangeKey(args[0]); ok {
			return MakeInt(b2i(r.contains(k))), nil
		}
		n := int64(0)
		err := th.ForEach(r, func(x Value) error {
			eq, err := th.Equal(x, args[0])
			if eq {
				n++
			}
			return err
		})
		return MakeInt(n), err
	})
	addUnaryDunder(RangeClass, "__reversed__", func(th *Thread, self Value) (Value, error) { return th.Reversed(self) })

	SliceClass.attr = func(v Value, name string) (Value, bool) {
		s := v.(*SliceObj)
		switch name {
		case "start":
			return s.Start, true
		case "stop":
			return s.Stop, true
		case "step":
			return s.Step, true
		}
		return nil, false
	}
	addMethod(SliceClass, "indices", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("slice.indices", args, kwnames, 1); err != nil {
			return nil, err
		}
		n, err := th.indexInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, th.ValueError("length should not be negative")
		}
		start, stop, step, err := th.SliceIndices(self.(*SliceObj), int(n))
		if err != nil {
			return nil, err
		}
		return Tuple{MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))}, nil
	})
}

// rangeKey returns the value of an exact int or bool, the keys that range
// answers without iterating.
func rangeKey(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		return b2i(bool(x)), true
	}
	return 0, false
}

// contains reports whether k is an item of r.
func (r *Range) contains(k int64) bool {
	if r.Len() == 0 {
		return false
	}
	if r.Step > 0 {
		if k < r.Start || k >= r.Stop {
			return false
		}
	} else if k > r.Start || k <= r.Stop {
		return false
	}
	return (k-r.Start)%r.Step == 0
}
