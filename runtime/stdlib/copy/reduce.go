package copy

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// reconstruct copies x the way copy._reconstruct rebuilds an object from
// x.__reduce_ex__(4): a new object of x's class, then its state (the
// instance dict, or what __getstate__ returns, given to __setstate__ when
// the class defines it) and, for dicts, its items. d is nil for a shallow
// copy.
func reconstruct(th *vm.Thread, x vm.Value, d *deep) (vm.Value, error) {
	cls := x.Type()
	for _, name := range []string{"__reduce_ex__", "__reduce__"} {
		if m := cls.Lookup(name); m != nil && !vm.Is(m, vm.ObjectClass.Lookup(name)) {
			args := []vm.Value{x}
			if name == "__reduce_ex__" {
				args = append(args, vm.MakeInt(4))
			}
			rv, err := th.CallValue(m, args, nil)
			if err != nil {
				return nil, err
			}
			return fromReduce(th, x, rv, d)
		}
	}
	var y vm.Value
	var state vm.Value = vm.None
	switch v := x.(type) {
	case *vm.Instance:
		var err error
		if y, err = newObject(th, cls, nil); err != nil {
			return nil, err
		}
		if state, err = getState(th, x); err != nil {
			return nil, err
		}
	case *vm.Exception:
		args := v.Args
		if d != nil {
			c, err := d.copy(args)
			if err != nil {
				return nil, err
			}
			args = c.(vm.Tuple)
		}
		var err error
		if y, err = th.CallValue(cls, args, nil); err != nil {
			return nil, err
		}
		if state, err = instanceDict(th, x); err != nil {
			return nil, err
		}
	case *vm.TupleSub:
		args, err := newArgs(th, v)
		if err != nil {
			return nil, err
		}
		if d != nil {
			c, err := d.copy(args)
			if err != nil {
				return nil, err
			}
			args = c.(vm.Tuple)
		}
		if y, err = newObject(th, cls, args); err != nil {
			return nil, err
		}
		if v.Dict != nil && v.Dict.Len() > 0 {
			state = v.Dict
		}
	case *vm.Dict:
		nd := vm.NewDictOf(cls)
		if s := v.State(); s != nil {
			nd.SetState(s)
		}
		y = nd
		var err error
		if state, err = instanceDict(th, x); err != nil {
			return nil, err
		}
	default:
		return nil, th.TypeError("cannot pickle '%s' object", cls.Name)
	}
	if d != nil {
		if err := d.memo.SetItem(th, vm.MakeInt(vm.ID(x)), y); err != nil {
			return nil, err
		}
	}
	if err := setState(th, y, state, d); err != nil {
		return nil, err
	}
	if src, ok := x.(*vm.Dict); ok {
		return y, copyItems(th, y, src, d)
	}
	return y, nil
}

// newObject is cls.__new__(cls, *args).
func newObject(th *vm.Thread, cls *vm.Class, args vm.Tuple) (vm.Value, error) {
	nm := cls.Lookup("__new__")
	if sm, ok := nm.(*vm.StaticMethod); ok {
		nm = sm.Func
	}
	if nm == nil {
		return nil, th.TypeError("cannot pickle '%s' object", cls.Name)
	}
	return th.CallValue(nm, append(vm.Tuple{cls}, args...), nil)
}

// newArgs is what __getnewargs__ returns for a tuple subclass instance.
func newArgs(th *vm.Thread, t *vm.TupleSub) (vm.Tuple, error) {
	if m := t.Type().Lookup("__getnewargs__"); m != nil {
		r, err := th.CallValue(m, []vm.Value{t}, nil)
		if err != nil {
			return nil, err
		}
		return th.ToTuple(r)
	}
	return vm.Tuple{append(vm.Tuple(nil), t.Items...)}, nil
}

// instanceDict is the __dict__ of x when it has a non-empty one, else
// None.
func instanceDict(th *vm.Thread, x vm.Value) (vm.Value, error) {
	v, err := th.GetAttr(x, "__dict__")
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
			return vm.None, nil
		}
		return nil, err
	}
	if dict, ok := v.(*vm.Dict); ok && dict.Len() > 0 {
		return dict, nil
	}
	return vm.None, nil
}

// getState is what object.__reduce_ex__ saves: __getstate__() when the
// class defines it, else the instance dict, paired with the values of its
// slots when it has any (CPython 3.11's object.__getstate__).
func getState(th *vm.Thread, x vm.Value) (vm.Value, error) {
	if m := x.Type().Lookup("__getstate__"); m != nil {
		return th.CallValue(m, []vm.Value{x}, nil)
	}
	state, err := instanceDict(th, x)
	if err != nil {
		return nil, err
	}
	slots := vm.NewDict(0)
	for _, name := range slotNames(x.Type()) {
		v, err := th.GetAttr(x, name)
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
				continue
			}
			return nil, err
		}
		slots.SetStr(name, v)
	}
	if slots.Len() > 0 {
		return vm.Tuple{state, slots}, nil
	}
	return state, nil
}

// slotNames lists the slot attributes of a class's instances in MRO order
// (copyreg._slotnames), as the class statements declared them.
func slotNames(cls *vm.Class) []string {
	var names []string
	for _, c := range cls.MRO {
		for _, name := range c.Dict.Keys() {
			v, _ := c.Dict.Get(name)
			if _, ok := v.(*vm.SlotMember); ok {
				names = append(names, name)
			}
		}
	}
	return names
}

// setState gives y the state: __setstate__(state) when y's class defines
// it, else an update of y's __dict__ (a (dict, slots) pair sets both).
func setState(th *vm.Thread, y, state vm.Value, d *deep) error {
	if vm.Is(state, vm.None) {
		return nil
	}
	if d != nil {
		var err error
		if state, err = d.copy(state); err != nil {
			return err
		}
	}
	if m := y.Type().Lookup("__setstate__"); m != nil {
		_, err := th.CallValue(m, []vm.Value{y, state}, nil)
		return err
	}
	var slots vm.Value
	if t, ok := state.(vm.Tuple); ok && len(t) == 2 {
		state, slots = t[0], t[1]
	}
	if src, ok := state.(*vm.Dict); ok && src.Len() > 0 {
		dv, err := th.GetAttr(y, "__dict__")
		if err != nil {
			return err
		}
		dst, ok := dv.(*vm.Dict)
		if !ok {
			return th.TypeError("'%s' object does not support item assignment", dv.Type().Name)
		}
		src.Items(func(k, v vm.Value) bool {
			err = dst.SetItem(th, k, v)
			return err == nil
		})
		if err != nil {
			return err
		}
	}
	if sd, ok := slots.(*vm.Dict); ok {
		var err error
		sd.Items(func(k, v vm.Value) bool {
			name, isStr := k.(vm.Str)
			if !isStr {
				err = th.TypeError("attribute name must be string, not '%s'", k.Type().Name)
				return false
			}
			err = th.SetAttr(y, string(name), v)
			return err == nil
		})
		return err
	}
	return nil
}

// copyItems sets y[k] = v for the items of src (deep-copied when d is
// not nil).
func copyItems(th *vm.Thread, y vm.Value, src *vm.Dict, d *deep) error {
	for _, k := range src.Keys() {
		v, _, err := src.Get(th, k)
		if err != nil {
			return err
		}
		if d != nil {
			if k, err = d.copy(k); err != nil {
				return err
			}
			if v, err = d.copy(v); err != nil {
				return err
			}
		}
		if err := th.SetItem(y, k, v); err != nil {
			return err
		}
	}
	return nil
}

// fromReduce rebuilds an object from the value of __reduce_ex__ or
// __reduce__: a string (the object is global: itself), or (callable,
// args[, state[, listitems[, dictitems]]]).
func fromReduce(th *vm.Thread, x, rv vm.Value, d *deep) (vm.Value, error) {
	if _, ok := rv.(vm.Str); ok {
		return x, nil
	}
	t, ok := rv.(vm.Tuple)
	if !ok {
		return nil, vm.NewException(ErrorClass, vm.Str("un(deep)copyable object of type "+x.Type().Name))
	}
	get := func(i int) vm.Value {
		if i < len(t) {
			return t[i]
		}
		return vm.None
	}
	args, err := th.ToTuple(get(1))
	if err != nil {
		return nil, err
	}
	if d != nil && len(args) > 0 {
		c, err := d.copy(args)
		if err != nil {
			return nil, err
		}
		args = c.(vm.Tuple)
	}
	y, err := th.CallValue(get(0), args, nil)
	if err != nil {
		return nil, err
	}
	if d != nil {
		if err := d.memo.SetItem(th, vm.MakeInt(vm.ID(x)), y); err != nil {
			return nil, err
		}
	}
	if err := setState(th, y, get(2), d); err != nil {
		return nil, err
	}
	if li := get(3); !vm.Is(li, vm.None) {
		appendFn, err := th.GetAttr(y, "append")
		if err != nil {
			return nil, err
		}
		err = th.ForEach(li, func(v vm.Value) error {
			if d != nil {
				var err error
				if v, err = d.copy(v); err != nil {
					return err
				}
			}
			_, err := th.CallValue(appendFn, []vm.Value{v}, nil)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	if di := get(4); !vm.Is(di, vm.None) {
		err := th.ForEach(di, func(item vm.Value) error {
			pair, err := th.ToTuple(item)
			if err != nil {
				return err
			}
			if len(pair) != 2 {
				return th.ValueError("not enough values to unpack (expected 2, got %d)", len(pair))
			}
			k, v := pair[0], pair[1]
			if d != nil {
				if k, err = d.copy(k); err != nil {
					return err
				}
				if v, err = d.copy(v); err != nil {
					return err
				}
			}
			return th.SetItem(y, k, v)
		})
		if err != nil {
			return nil, err
		}
	}
	return y, nil
}
