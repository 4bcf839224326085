package collections

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// DefaultDictClass is collections.defaultdict: a dict subclass whose
// __missing__ stores default_factory() (kept as the dict's state).
var DefaultDictClass = vm.NewGoClass("defaultdict", module, vm.DictClass, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	d := vm.NewDictOf(cls)
	_, err := defaultDictInit(th, d, args, kwnames)
	return d, err
})

// OrderedDictClass is collections.OrderedDict: a dict subclass whose
// equality with another OrderedDict respects order, with move_to_end and
// popitem(last=).
var OrderedDictClass = vm.NewGoClass("OrderedDict", module, vm.DictClass, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	d := vm.NewDictOf(cls)
	return d, dictInit(th, d, "OrderedDict", args, kwnames)
})

func init() {
	c := DefaultDictClass
	c.AddMethod("__init__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return defaultDictInit(th, self.(*vm.Dict), args, kwnames)
	})
	c.AddMethod("__missing__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__missing__", args, kwnames, 1); err != nil {
			return nil, err
		}
		d := self.(*vm.Dict)
		f := factory(d)
		if vm.Is(f, vm.None) {
			return nil, vm.NewException(vm.KeyErrorClass, args[0])
		}
		v, err := th.CallValue(f, nil, nil)
		if err != nil {
			return nil, err
		}
		return v, th.SetItem(d, args[0], v)
	})
	c.SetAttr("default_factory", &vm.Property{
		Get: vm.NewBuiltin("default_factory", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return factory(args[0].(*vm.Dict)), nil
		}),
		Set: vm.NewBuiltin("default_factory", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			args[0].(*vm.Dict).SetState(args[1])
			return vm.None, nil
		}),
		Del: vm.None,
		Doc: vm.Str("Factory for default value called by __missing__()."),
	})
	c.AddMethod("__repr__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		d := self.(*vm.Dict)
		f, err := th.Repr(factory(d))
		if err != nil {
			return nil, err
		}
		s, err := th.Repr(d.Copy())
		if err != nil {
			return nil, err
		}
		return vm.Str(d.Type().Name + "(" + f + ", " + s + ")"), nil
	})
	for _, name := range []string{"copy", "__copy__"} {
		c.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			return copyDict(th, self.(*vm.Dict))
		})
	}
	addOr(c)

	o := OrderedDictClass
	o.AddMethod("__init__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, dictInit(th, self.(*vm.Dict), "OrderedDict", args, kwnames)
	})
	o.AddMethod("move_to_end", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key vm.Value
		last := vm.True
		if err := th.UnpackArgs("move_to_end", args, kwnames, "key", &key, "last?", &last); err != nil {
			return nil, err
		}
		l, err := th.Truth(last)
		if err != nil {
			return nil, err
		}
		ok, err := self.(*vm.Dict).MoveToEnd(th, key, l)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, vm.NewException(vm.KeyErrorClass, key)
		}
		return vm.None, nil
	})
	o.AddMethod("popitem", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		last := vm.True
		if err := th.UnpackArgs("popitem", args, kwnames, "last?", &last); err != nil {
			return nil, err
		}
		l, err := th.Truth(last)
		if err != nil {
			return nil, err
		}
		d := self.(*vm.Dict)
		var k, v vm.Value
		var ok bool
		if l {
			k, v, ok = d.PopLast()
		} else {
			k, v, ok = d.PopFirst()
		}
		if !ok {
			return nil, vm.NewException(vm.KeyErrorClass, vm.Str("dictionary is empty"))
		}
		return vm.Tuple{k, v}, nil
	})
	o.AddMethod("__repr__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		d := self.(*vm.Dict)
		name := d.Type().Name
		if d.Len() == 0 {
			return vm.Str(name + "()"), nil
		}
		var items []vm.Value
		d.Items(func(k, v vm.Value) bool {
			items = append(items, vm.Tuple{k, v})
			return true
		})
		s, err := th.Repr(vm.NewList(items))
		return vm.Str(name + "(" + s + ")"), err
	})
	o.AddMethod("__eq__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__eq__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return orderedEqual(th, self.(*vm.Dict), args[0])
	})
	o.AddMethod("__ne__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__ne__", args, kwnames, 1); err != nil {
			return nil, err
		}
		r, err := orderedEqual(th, self.(*vm.Dict), args[0])
		if err != nil || vm.Is(r, vm.NotImplemented) {
			return r, err
		}
		return vm.MakeBool(!bool(r.(vm.Bool))), nil
	})
	for _, name := range []string{"copy", "__copy__"} {
		o.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			return copyDict(th, self.(*vm.Dict))
		})
	}
	addOr(o)
}

func factory(d *vm.Dict) vm.Value {
	if f := d.State(); f != nil {
		return f
	}
	return vm.None
}

// defaultDictInit is defaultdict.__init__(default_factory=None, /, ...).
func defaultDictInit(th *vm.Thread, d *vm.Dict, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	f := vm.None
	if npos > 0 {
		f = args[0]
		if !vm.Is(f, vm.None) && !vm.IsCallable(f) {
			return nil, th.TypeError("first argument must be callable or None")
		}
		args = args[1:]
	}
	d.SetState(f)
	return vm.None, dictInit(th, d, "defaultdict", args, kwnames)
}

// dictInit fills d as dict(mapping_or_iterable, **kwargs) does.
func dictInit(th *vm.Thread, d *vm.Dict, name string, args []vm.Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return th.TypeError("%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := updateDict(th, d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := d.SetItem(th, vm.Str(k), args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

// updateDict adds the items of a mapping or of an iterable of pairs.
func updateDict(th *vm.Thread, d *vm.Dict, src vm.Value) error {
	if m, ok := src.(*vm.Dict); ok {
		var err error
		m.Items(func(k, v vm.Value) bool {
			err = d.SetItem(th, k, v)
			return err == nil
		})
		return err
	}
	if isMapping(src) {
		keys, err := th.ToSlice(src)
		if err != nil {
			return err
		}
		for _, k := range keys {
			v, err := th.GetItem(src, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(th, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	i := 0
	return th.ForEach(src, func(item vm.Value) error {
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

// orderedEqual is OrderedDict.__eq__: order counts against another
// OrderedDict, not against a plain dict.
func orderedEqual(th *vm.Thread, a *vm.Dict, other vm.Value) (vm.Value, error) {
	b, ok := other.(*vm.Dict)
	if !ok {
		return vm.NotImplemented, nil
	}
	if a.Len() != b.Len() {
		return vm.False, nil
	}
	if b.Type().IsSubclass(OrderedDictClass) {
		ka, kb := a.Keys(), b.Keys()
		for i := range ka {
			eq, err := th.Equal(ka[i], kb[i])
			if err != nil || !eq {
				return vm.False, err
			}
		}
	}
	for _, k := range a.Keys() {
		x, _, _ := a.Get(th, k)
		y, ok, err := b.Get(th, k)
		if err != nil || !ok {
			return vm.False, err
		}
		eq, err := th.Equal(x, y)
		if err != nil || !eq {
			return vm.False, err
		}
	}
	return vm.True, nil
}

// addOr gives a dict subclass the | and |= of dict that keep its class.
func addOr(c *vm.Class) {
	c.AddMethod("__or__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__or__", args, kwnames, 1); err != nil {
			return nil, err
		}
		other, ok := args[0].(*vm.Dict)
		if !ok {
			return vm.NotImplemented, nil
		}
		r, err := copyDict(th, self.(*vm.Dict))
		if err != nil {
			return nil, err
		}
		return r, updateDict(th, r, other)
	})
	c.AddMethod("__ror__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__ror__", args, kwnames, 1); err != nil {
			return nil, err
		}
		other, ok := args[0].(*vm.Dict)
		if !ok {
			return vm.NotImplemented, nil
		}
		d := self.(*vm.Dict)
		r := vm.NewDictOf(d.Type())
		if s := d.State(); s != nil {
			r.SetState(s)
		}
		if err := updateDict(th, r, other); err != nil {
			return nil, err
		}
		return r, updateDict(th, r, d)
	})
	c.AddMethod("__ior__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__ior__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return self, updateDict(th, self.(*vm.Dict), args[0])
	})
}
