package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// min, max and sorted.
func init() {
	def("max", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return th.minMax("max", bytecode.CmpGT, args, kwnames)
	})
	def("min", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return th.minMax("min", bytecode.CmpLT, args, kwnames)
	})
	def("sorted", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		if npos != 1 {
			return nil, th.TypeError("sorted expected 1 argument, got %d", npos)
		}
		elems, err := th.ToSlice(args[0])
		if err != nil {
			return nil, err
		}
		l := NewList(elems)
		key, reverse, err := th.sortOptions("sort", args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return l, th.sortList(l, key, reverse)
	})
}

// sortOptions reads the keyword arguments key= and reverse= of sort and
// sorted; key is nil when absent or None.
func (th *Thread) sortOptions(fname string, kwvals []Value, kwnames []string) (Value, bool, error) {
	var key Value
	reverse := false
	for i, name := range kwnames {
		v := kwvals[i]
		switch name {
		case "key":
			if !Is(v, None) {
				key = v
			}
		case "reverse":
			n, err := th.IndexValue(v)
			if err != nil {
				return nil, false, err
			}
			reverse, _ = th.Truth(n)
		default:
			return nil, false, th.TypeError("'%s' is an invalid keyword argument for %s()", name, fname)
		}
	}
	return key, reverse, nil
}

// cmpTrue reports whether a op b is true, with fast paths for ints, floats
// and strs.
func (th *Thread) cmpTrue(op bytecode.CompareOp, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmpResult(op, cmp64(int64(x), int64(y))), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			switch op {
			case bytecode.CmpLT:
				return x < y, nil
			case bytecode.CmpGT:
				return x > y, nil
			}
		}
	case Str:
		if y, ok := b.(Str); ok {
			return cmpResult(op, cmpStrings(string(x), string(y))), nil
		}
	}
	r, err := th.Compare(op, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return th.Truth(r)
}

// minMax is min() and max(): op is the comparison that makes an item
// replace the current best one.
func (th *Thread) minMax(name string, op bytecode.CompareOp, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	var key, dflt Value
	for i, k := range kwnames {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			dflt = args[npos+i]
		default:
			return nil, th.TypeError("'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	if npos == 0 {
		return nil, th.TypeError("%s expected at least 1 argument, got 0", name)
	}
	if npos > 1 && dflt != nil {
		return nil, th.TypeError("Cannot specify a default for %s() with multiple positional arguments", name)
	}
	if key != nil && Is(key, None) {
		key = nil
	}
	var best, bestKey Value
	var arg [1]Value // callees do not keep their arguments
	visit := func(x Value) error {
		k := x
		if key != nil {
			var err error
			arg[0] = x
			if k, err = th.CallValue(key, arg[:], nil); err != nil {
				return err
			}
		}
		if best == nil {
			best, bestKey = x, k
			return nil
		}
		better, err := th.cmpTrue(op, k, bestKey)
		if err != nil {
			return err
		}
		if better {
			best, bestKey = x, k
		}
		return nil
	}
	if npos == 1 {
		if err := th.ForEach(args[0], visit); err != nil {
			return nil, err
		}
	} else {
		for _, x := range args[:npos] {
			if err := visit(x); err != nil {
				return nil, err
			}
		}
	}
	if best == nil {
		if dflt != nil {
			return dflt, nil
		}
		return nil, th.ValueError("%s() arg is an empty sequence", name)
	}
	return best, nil
}
