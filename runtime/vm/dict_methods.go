package vm

// The methods of dict. The views (keys, values, items) are in
// dict_views.go.
func init() {
	addMethod(DictClass, "get", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("dict.get", kwnames); err != nil {
			return nil, err
		}
		if err := th.posArgs("get", args, nil, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := self.(*Dict).Get(th, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}
		return v, nil
	})
	addMethod(DictClass, "setdefault", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("dict.setdefault", kwnames); err != nil {
			return nil, err
		}
		if err := th.posArgs("setdefault", args, nil, 1, 2); err != nil {
			return nil, err
		}
		d := self.(*Dict)
		v, ok, err := d.Get(th, args[0])
		if err != nil || ok {
			return v, err
		}
		dflt := None
		if len(args) == 2 {
			dflt = args[1]
		}
		return dflt, d.SetItem(th, args[0], dflt)
	})
	addMethod(DictClass, "pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("dict.pop", kwnames); err != nil {
			return nil, err
		}
		if err := th.posArgs("pop", args, nil, 1, 2); err != nil {
			return nil, err
		}
		d := self.(*Dict)
		var v Value
		ok := false
		if d.Len() > 0 {
			// CPython does not hash the key when the dict is empty.
			var err error
			if v, ok, err = d.Get(th, args[0]); err != nil {
				return nil, err
			}
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(KeyErrorClass, args[0])
		}
		if _, err := d.Delete(th, args[0]); err != nil {
			return nil, err
		}
		return v, nil
	})
	addMethod(DictClass, "popitem", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("dict.popitem", args, kwnames, 0); err != nil {
			return nil, err
		}
		k, v, ok := self.(*Dict).PopLast()
		if !ok {
			return nil, NewException(KeyErrorClass, Str("popitem(): dictionary is empty"))
		}
		return Tuple{k, v}, nil
	})
	addMethod(DictClass, "update", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, th.dictUpdateArgs(self.(*Dict), "update", args, kwnames)
	})
	addMethod(DictClass, "clear", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("dict.clear", args, kwnames, 0); err != nil {
			return nil, err
		}
		self.(*Dict).Clear()
		return None, nil
	})
	addMethod(DictClass, "copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("dict.copy", args, kwnames, 0); err != nil {
			return nil, err
		}
		return self.(*Dict).Copy(), nil
	})
	for _, kind := range []dictIterKind{dictKeys, dictValues, dictItems} {
		kind := kind
		name := [...]string{"keys", "values", "items"}[kind]
		addMethod(DictClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs("dict."+name, args, kwnames, 0); err != nil {
				return nil, err
			}
			return &DictView{d: self.(*Dict), kind: kind}, nil
		})
	}
	addMethod(DictClass, "__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__reversed__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return newDictRevIter(self.(*Dict), dictKeys), nil
	})
	DictClass.Dict.Set("fromkeys", &ClassMethod{Func: NewBuiltin("fromkeys", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("fromkeys", args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		val := None
		if len(args) == 3 {
			val = args[2]
		}
		d := NewDict(0)
		err := th.ForEach(args[1], func(k Value) error { return d.SetItem(th, k, val) })
		if err != nil {
			return nil, err
		}
		return d, nil
	})})
}

// dictUpdateArgs is dict.update(other=(), /, **kwargs).
func (th *Thread) dictUpdateArgs(d *Dict, fname string, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return th.TypeError("%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := th.dictUpdate(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := d.SetItem(th, Str(k), args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}
