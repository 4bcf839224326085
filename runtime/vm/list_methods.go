package vm

// The methods of list and tuple.
func init() {
	addMethod(ListClass, "append", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.append", args, kwnames, 1); err != nil {
			return nil, err
		}
		l := self.(*List)
		l.Elems = append(l.Elems, args[0])
		return None, nil
	})
	addMethod(ListClass, "extend", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.extend", args, kwnames, 1); err != nil {
			return nil, err
		}
		return None, th.listExtend(self.(*List), args[0])
	})
	addMethod(ListClass, "insert", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("insert", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		i, err := th.indexInt(args[0])
		if err != nil {
			return nil, err
		}
		l := self.(*List)
		n := int64(len(l.Elems))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		} else if i > n {
			i = n
		}
		l.Elems = append(l.Elems, nil)
		copy(l.Elems[i+1:], l.Elems[i:])
		l.Elems[i] = args[1]
		return None, nil
	})
	addMethod(ListClass, "remove", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.remove", args, kwnames, 1); err != nil {
			return nil, err
		}
		l := self.(*List)
		for i := 0; i < len(l.Elems); i++ {
			eq, err := th.Equal(l.Elems[i], args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				if n := len(l.Elems); i < n {
					copy(l.Elems[i:], l.Elems[i+1:])
					l.Elems[n-1] = nil
					l.Elems = l.Elems[:n-1]
				}
				return None, nil
			}
		}
		return nil, th.ValueError("list.remove(x): x not in list")
	})
	addMethod(ListClass, "pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("pop", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		l := self.(*List)
		i := int64(-1)
		if len(args) == 1 {
			var err error
			if i, err = th.indexInt(args[0]); err != nil {
				return nil, err
			}
		}
		n := int64(len(l.Elems))
		if n == 0 {
			return nil, th.Raise(IndexErrorClass, "pop from empty list")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, th.Raise(IndexErrorClass, "pop index out of range")
		}
		v := l.Elems[i]
		copy(l.Elems[i:], l.Elems[i+1:])
		l.Elems[n-1] = nil
		l.Elems = l.Elems[:n-1]
		return v, nil
	})
	addMethod(ListClass, "clear", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.clear", args, kwnames, 0); err != nil {
			return nil, err
		}
		self.(*List).Elems = nil
		return None, nil
	})
	addMethod(ListClass, "copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.copy", args, kwnames, 0); err != nil {
			return nil, err
		}
		return NewList(append([]Value(nil), self.(*List).Elems...)), nil
	})
	addMethod(ListClass, "reverse", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.reverse", args, kwnames, 0); err != nil {
			return nil, err
		}
		e := self.(*List).Elems
		for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
			e[i], e[j] = e[j], e[i]
		}
		return None, nil
	})
	addMethod(ListClass, "index", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		l := self.(*List)
		return th.seqIndex("index", args, kwnames, func() []Value { return l.Elems }, func(x Value) error {
			s, err := th.Repr(x)
			if err != nil {
				return err
			}
			return th.ValueError("%s is not in list", s)
		})
	})
	addMethod(ListClass, "count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("list.count", args, kwnames, 1); err != nil {
			return nil, err
		}
		return th.seqCount(self.(*List).Elems, args[0])
	})
	addMethod(ListClass, "sort", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) > len(kwnames) {
			return nil, th.TypeError("sort() takes no positional arguments")
		}
		key, reverse, err := th.sortOptions("sort", args, kwnames)
		if err != nil {
			return nil, err
		}
		return None, th.sortList(self.(*List), key, reverse)
	})
	addMethod(ListClass, "__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__reversed__", args, kwnames, 0); err != nil {
			return nil, err
		}
		l := self.(*List)
		return &listRevIter{l: l, i: len(l.Elems) - 1}, nil
	})

	addMethod(TupleClass, "index", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		t := self.(Tuple)
		return th.seqIndex("index", args, kwnames, func() []Value { return t }, func(Value) error {
			return th.ValueError("tuple.index(x): x not in tuple")
		})
	})
	addMethod(TupleClass, "count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("tuple.count", args, kwnames, 1); err != nil {
			return nil, err
		}
		return th.seqCount(self.(Tuple), args[0])
	})
}

// seqIndex is list.index and tuple.index(x, start=0, stop=maxsize); elems
// is read again at each step because comparisons may change a list.
func (th *Thread) seqIndex(fname string, args []Value, kwnames []string, elems func() []Value, notFound func(Value) error) (Value, error) {
	if err := th.posArgs(fname, args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	start, stop := int64(0), int64(1<<62)
	n := int64(len(elems()))
	bound := func(v Value) (int64, error) {
		i, err := th.sliceIndex(v)
		if err != nil {
			return 0, th.TypeError("slice indices must be integers or have an __index__ method")
		}
		b := int64(i)
		if b < 0 {
			b += n
			if b < 0 {
				b = 0
			}
		}
		return b, nil
	}
	var err error
	if len(args) > 1 {
		if start, err = bound(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = bound(args[2]); err != nil {
			return nil, err
		}
	}
	for i := start; i < stop && i < int64(len(elems())); i++ {
		eq, err := th.Equal(elems()[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return MakeInt(i), nil
		}
	}
	return nil, notFound(args[0])
}

// seqCount counts the items equal to x.
func (th *Thread) seqCount(elems []Value, x Value) (Value, error) {
	n := int64(0)
	for _, e := range elems {
		eq, err := th.Equal(e, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(n), nil
}
