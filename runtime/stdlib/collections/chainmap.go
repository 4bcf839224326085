package collections

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// ChainMapClass is collections.ChainMap: several mappings searched in
// order; writes go to the first. It derives from
// collections.abc.MutableMapping, whose mixins give it get, keys, items,
// values and setdefault.
var ChainMapClass = vm.NewGoClass("ChainMap", module, MutableMapping, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("ChainMap", kwnames); err != nil {
		return nil, err
	}
	maps := append([]vm.Value(nil), args...)
	if len(maps) == 0 {
		maps = []vm.Value{vm.NewDict(0)}
	}
	return &chainMap{cls: cls, maps: vm.NewList(maps)}, nil
})

// chainMap is a ChainMap: its maps attribute is a real list.
type chainMap struct {
	cls  *vm.Class
	maps *vm.List
}

func (c *chainMap) Type() *vm.Class { return c.cls }

func (c *chainMap) first(th *vm.Thread) (vm.Value, error) {
	if len(c.maps.Elems) == 0 {
		return nil, th.Raise(vm.IndexErrorClass, "list index out of range")
	}
	return c.maps.Elems[0], nil
}

func (c *chainMap) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	for _, m := range c.maps.Elems {
		v, err := th.GetItem(m, key)
		if err == nil || !isKeyError(err) {
			return v, err
		}
	}
	return nil, vm.NewException(vm.KeyErrorClass, key)
}

func (c *chainMap) SetItem(th *vm.Thread, key, v vm.Value) error {
	m, err := c.first(th)
	if err != nil {
		return err
	}
	return th.SetItem(m, key, v)
}

func (c *chainMap) DelItem(th *vm.Thread, key vm.Value) error {
	m, err := c.first(th)
	if err != nil {
		return err
	}
	if err := th.DelItem(m, key); err != nil {
		if isKeyError(err) {
			return c.notInFirst(th, key)
		}
		return err
	}
	return nil
}

func (c *chainMap) notInFirst(th *vm.Thread, key vm.Value) error {
	r, err := th.Repr(key)
	if err != nil {
		return err
	}
	return vm.NewException(vm.KeyErrorClass, vm.Str("Key not found in the first mapping: "+r))
}

func (c *chainMap) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	for _, m := range c.maps.Elems {
		if ok, err := th.Contains(m, key); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// keys returns the keys as iteration gives them: the last mapping's
// first, each key once.
func (c *chainMap) keys(th *vm.Thread) (*vm.Dict, error) {
	d := vm.NewDict(0)
	for i := len(c.maps.Elems) - 1; i >= 0; i-- {
		err := th.ForEach(c.maps.Elems[i], func(k vm.Value) error {
			if _, ok, err := d.Get(th, k); err != nil || ok {
				return err
			}
			return d.SetItem(th, k, vm.None)
		})
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (c *chainMap) Iter(th *vm.Thread) (vm.Iterator, error) {
	d, err := c.keys(th)
	if err != nil {
		return nil, err
	}
	return th.Iter(d)
}

func (c *chainMap) Truth(th *vm.Thread) (bool, error) {
	for _, m := range c.maps.Elems {
		if ok, err := th.Truth(m); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

func (c *chainMap) Repr(th *vm.Thread) (string, error) {
	parts := make([]string, len(c.maps.Elems))
	for i, m := range c.maps.Elems {
		s, err := th.Repr(m)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return c.cls.Name + "(" + strings.Join(parts, ", ") + ")", nil
}

// Compare implements == and != as mappings compare.
func (c *chainMap) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	if op != bytecode.CmpEQ && op != bytecode.CmpNE {
		return vm.NotImplemented, nil
	}
	if ok, err := th.IsInstance(other, Mapping); err != nil || !ok {
		return vm.NotImplemented, err
	}
	a, err := toDict(th, c)
	if err != nil {
		return nil, err
	}
	b, err := toDict(th, other)
	if err != nil {
		return nil, err
	}
	eq, err := th.Equal(a, b)
	return vm.MakeBool(eq == (op == bytecode.CmpEQ)), err
}

func (c *chainMap) Hash(th *vm.Thread) (int64, error) {
	return 0, th.TypeError("unhashable type: '%s'", c.cls.Name)
}

func (c *chainMap) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "maps":
		return c.maps, true, nil
	case "parents":
		return &chainMap{cls: c.cls, maps: vm.NewList(append([]vm.Value(nil), c.maps.Elems[min(1, len(c.maps.Elems)):]...))}, true, nil
	}
	return nil, false, nil
}

func (c *chainMap) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	if name == "maps" {
		l, ok := v.(*vm.List)
		if !ok {
			items, err := th.ToSlice(v)
			if err != nil {
				return err
			}
			l = vm.NewList(items)
		}
		c.maps = l
		return nil
	}
	return th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute '%s'", c.cls.Name, name)
}

// copyMapping returns m.copy() (of the same class for dicts).
func copyMapping(th *vm.Thread, m vm.Value) (vm.Value, error) {
	if d, ok := m.(*vm.Dict); ok {
		return copyDict(th, d)
	}
	f, err := th.GetAttr(m, "copy")
	if err != nil {
		return nil, err
	}
	return th.CallValue(f, nil, nil)
}

func chainMethod(name string, fn func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error)) {
	ChainMapClass.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return fn(th, self.(*chainMap), args, kwnames)
	})
}

func init() {
	chainMethod("new_child", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		npos := len(args) - len(kwnames)
		if npos > 1 {
			return nil, th.TypeError("ChainMap.new_child() takes from 1 to 2 positional arguments but %d were given", npos+1)
		}
		var m vm.Value
		if npos == 1 && !vm.Is(args[0], vm.None) {
			m = args[0]
		} else {
			m = vm.NewDict(0)
		}
		for i, k := range kwnames {
			if err := th.SetItem(m, vm.Str(k), args[npos+i]); err != nil {
				return nil, err
			}
		}
		return &chainMap{cls: c.cls, maps: vm.NewList(append([]vm.Value{m}, c.maps.Elems...))}, nil
	})
	copyFn := func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("copy", args, kwnames, 0); err != nil {
			return nil, err
		}
		first, err := c.first(th)
		if err != nil {
			return nil, err
		}
		m, err := copyMapping(th, first)
		if err != nil {
			return nil, err
		}
		return &chainMap{cls: c.cls, maps: vm.NewList(append([]vm.Value{m}, c.maps.Elems[1:]...))}, nil
	}
	chainMethod("copy", copyFn)
	chainMethod("__copy__", copyFn)
	chainMethod("__getitem__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__getitem__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return c.GetItem(th, args[0])
	})
	chainMethod("__len__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := c.keys(th)
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(d.Len())), nil
	})
	chainMethod("__iter__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		return c.Iter(th)
	})
	chainMethod("__contains__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__contains__", args, kwnames, 1); err != nil {
			return nil, err
		}
		ok, err := c.Contains(th, args[0])
		return vm.MakeBool(ok), err
	})
	chainMethod("__setitem__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__setitem__", args, kwnames, 2); err != nil {
			return nil, err
		}
		return vm.None, c.SetItem(th, args[0], args[1])
	})
	chainMethod("__delitem__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__delitem__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return vm.None, c.DelItem(th, args[0])
	})
	chainMethod("get", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key vm.Value
		def := vm.None
		if err := th.UnpackArgs("get", args, kwnames, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		if ok, err := c.Contains(th, key); err != nil || !ok {
			return def, err
		}
		return c.GetItem(th, key)
	})
	chainMethod("pop", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key, def vm.Value
		if err := th.UnpackArgs("pop", args, kwnames, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		m, err := c.first(th)
		if err != nil {
			return nil, err
		}
		v, err := th.GetItem(m, key)
		if err != nil {
			if isKeyError(err) {
				if def != nil {
					return def, nil
				}
				return nil, c.notInFirst(th, key)
			}
			return nil, err
		}
		return v, th.DelItem(m, key)
	})
	chainMethod("popitem", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("popitem", args, kwnames, 0); err != nil {
			return nil, err
		}
		m, err := c.first(th)
		if err != nil {
			return nil, err
		}
		if d, ok := m.(*vm.Dict); ok {
			if k, v, ok := d.PopLast(); ok {
				return vm.Tuple{k, v}, nil
			}
			return nil, vm.NewException(vm.KeyErrorClass, vm.Str("No keys found in the first mapping."))
		}
		f, err := th.GetAttr(m, "popitem")
		if err != nil {
			return nil, err
		}
		r, err := th.CallValue(f, nil, nil)
		if isKeyError(err) {
			return nil, vm.NewException(vm.KeyErrorClass, vm.Str("No keys found in the first mapping."))
		}
		return r, err
	})
	chainMethod("clear", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		m, err := c.first(th)
		if err != nil {
			return nil, err
		}
		if d, ok := m.(*vm.Dict); ok {
			d.Clear()
			return vm.None, nil
		}
		f, err := th.GetAttr(m, "clear")
		if err != nil {
			return nil, err
		}
		return th.CallValue(f, nil, nil)
	})
	chainMethod("__or__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if ok, err := th.IsInstance(args[0], Mapping); err != nil || !ok {
			return vm.NotImplemented, err
		}
		r, err := copyFn(th, c, nil, nil)
		if err != nil {
			return nil, err
		}
		nc := r.(*chainMap)
		return nc, mergeInto(th, nc.maps.Elems[0], args[0])
	})
	chainMethod("__ror__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		if ok, err := th.IsInstance(args[0], Mapping); err != nil || !ok {
			return vm.NotImplemented, err
		}
		m, err := toDict(th, args[0])
		if err != nil {
			return nil, err
		}
		m = m.Copy()
		for i := len(c.maps.Elems) - 1; i >= 0; i-- {
			if err := mergeInto(th, m, c.maps.Elems[i]); err != nil {
				return nil, err
			}
		}
		return &chainMap{cls: c.cls, maps: vm.NewList([]vm.Value{m})}, nil
	})
	chainMethod("__ior__", func(th *vm.Thread, c *chainMap, args []vm.Value, kwnames []string) (vm.Value, error) {
		m, err := c.first(th)
		if err != nil {
			return nil, err
		}
		return c, mergeInto(th, m, args[0])
	})
	ChainMapClass.SetAttr("fromkeys", &vm.ClassMethod{Func: vm.NewBuiltin("fromkeys", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, th.TypeError("fromkeys expected 1 or 2 arguments")
		}
		v := vm.None
		if len(args) == 3 {
			v = args[2]
		}
		d := vm.NewDict(0)
		err := th.ForEach(args[1], func(k vm.Value) error { return d.SetItem(th, k, v) })
		if err != nil {
			return nil, err
		}
		return th.CallValue(args[0], []vm.Value{d}, nil)
	})})
}

// mergeInto adds the items of the mapping src to dst.
func mergeInto(th *vm.Thread, dst, src vm.Value) error {
	s, err := toDict(th, src)
	if err != nil {
		return err
	}
	s.Items(func(k, v vm.Value) bool {
		err = th.SetItem(dst, k, v)
		return err == nil
	})
	return err
}
