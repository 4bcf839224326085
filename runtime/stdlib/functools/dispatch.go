package functools

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

var cachedPropertyClass = vm.NewGoClass("cached_property", module, nil, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var fn vm.Value
	if err := th.UnpackArgs("cached_property", args, kwnames, "func", &fn); err != nil {
		return nil, err
	}
	doc, err := th.GetAttr(fn, "__doc__")
	if err != nil {
		doc = vm.None
	}
	return &cachedProperty{fn: fn, doc: doc}, nil
})

func init() { vm.MakeGeneric(cachedPropertyClass) }

// cachedProperty is functools.cached_property: computed on first access,
// then stored in the instance dict under its name (which then shadows
// it).
type cachedProperty struct {
	fn       vm.Value
	attrname string
	doc      vm.Value
}

func (*cachedProperty) Type() *vm.Class { return cachedPropertyClass }

// SetName is __set_name__.
func (p *cachedProperty) SetName(th *vm.Thread, owner *vm.Class, name string) error {
	if p.attrname == "" {
		p.attrname = name
		return nil
	}
	if name != p.attrname {
		return th.TypeError("Cannot assign the same cached_property to two different names (%s and %s).", strRepr(th, p.attrname), strRepr(th, name))
	}
	return nil
}

func strRepr(th *vm.Thread, s string) string {
	r, _ := th.Repr(vm.Str(s))
	return r
}

func (p *cachedProperty) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	if obj == nil {
		return p, nil
	}
	if p.attrname == "" {
		return nil, th.TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
	}
	dv, err := th.GetAttr(obj, "__dict__")
	if err != nil {
		return nil, th.TypeError("No '__dict__' attribute on %s instance to cache %s property.", strRepr(th, obj.Type().Name), strRepr(th, p.attrname))
	}
	d, ok := dv.(*vm.Dict)
	if !ok {
		return nil, th.TypeError("The '__dict__' attribute on %s instance does not support item assignment for caching %s property.", strRepr(th, obj.Type().Name), strRepr(th, p.attrname))
	}
	if v, ok := d.GetStr(p.attrname); ok {
		return v, nil
	}
	v, err := th.CallValue(p.fn, []vm.Value{obj}, nil)
	if err != nil {
		return nil, err
	}
	return v, d.SetItem(th, vm.Str(p.attrname), v)
}

func (p *cachedProperty) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "func":
		return p.fn, true, nil
	case "attrname":
		if p.attrname == "" {
			return vm.None, true, nil
		}
		return vm.Str(p.attrname), true, nil
	case "__doc__":
		return p.doc, true, nil
	}
	return nil, false, nil
}

var dispatcherClass = vm.NewGoClass("function", "builtins", nil, nil)

// dispatcher is the function singledispatch returns: it calls the
// implementation registered for the class of its first argument (the
// nearest in the MRO, then a registered abstract base class, then the
// default).
type dispatcher struct {
	funcAttrs
	name     string
	registry *vm.Dict // class -> implementation, in registration order
	method   bool     // singledispatchmethod: dispatch on the second argument
}

func (*dispatcher) Type() *vm.Class { return dispatcherClass }

func singledispatch(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("singledispatch", args, kwnames, 1); err != nil {
		return nil, err
	}
	return newDispatcher(th, args[0])
}

func newDispatcher(th *vm.Thread, fn vm.Value) (*dispatcher, error) {
	d := &dispatcher{name: "singledispatch function", registry: vm.NewDict(0)}
	if n, err := th.GetAttr(fn, "__name__"); err == nil {
		if s, ok := n.(vm.Str); ok {
			d.name = string(s)
		}
	}
	if err := d.registry.SetItem(th, vm.ObjectClass, fn); err != nil {
		return nil, err
	}
	if _, err := updateWrapper(th, []vm.Value{d, fn}, nil); err != nil {
		return nil, err
	}
	return d, nil
}

// dispatch finds the implementation for cls.
func (d *dispatcher) dispatch(th *vm.Thread, cls *vm.Class) (vm.Value, error) {
	for _, k := range cls.MRO {
		if k == vm.ObjectClass {
			break
		}
		if f, ok, err := d.registry.Get(th, k); err != nil || ok {
			return f, err
		}
	}
	issubclass, _ := vm.BuiltinValue("issubclass")
	for _, k := range d.registry.Keys() {
		if vm.Is(k, vm.ObjectClass) {
			continue
		}
		r, err := th.CallValue(issubclass, []vm.Value{cls, k}, nil)
		if err != nil {
			return nil, err
		}
		if t, _ := th.Truth(r); t {
			f, _, err := d.registry.Get(th, k)
			return f, err
		}
	}
	f, _, err := d.registry.Get(th, vm.ObjectClass)
	return f, err
}

func (d *dispatcher) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	i := 0
	if d.method {
		i = 1
	}
	if len(args)-len(kwnames) <= i {
		return nil, th.TypeError("%s requires at least 1 positional argument", d.name)
	}
	f, err := d.dispatch(th, args[i].Type())
	if err != nil {
		return nil, err
	}
	return th.CallValue(f, args, kwnames)
}

func (d *dispatcher) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	return bind(d, obj), nil
}

func (d *dispatcher) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "registry":
		return d.registry.Copy(), true, nil
	case "dispatch":
		return vm.NewBuiltin("dispatch", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("dispatch", args, kwnames, 1); err != nil {
				return nil, err
			}
			c, ok := args[0].(*vm.Class)
			if !ok {
				return nil, th.TypeError("dispatch() argument must be a class")
			}
			return d.dispatch(th, c)
		}), true, nil
	case "register":
		return vm.NewBuiltin("register", d.register), true, nil
	case "_clear_cache":
		return vm.NewBuiltin("_clear_cache", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.None, nil
		}), true, nil
	}
	v, ok := d.getAttr(name)
	return v, ok, nil
}

func (d *dispatcher) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	return d.setAttr(th, name, v)
}

// dispatchType reports whether v can be registered: a class, or a union
// of classes.
func dispatchType(v vm.Value) bool {
	switch x := v.(type) {
	case *vm.Class:
		return true
	case *vm.UnionType:
		for _, a := range x.Args {
			if _, ok := a.(*vm.Class); !ok {
				return false
			}
		}
		return true
	}
	return false
}

// register is register(cls, func=None): with a class (or union), as a
// decorator or directly; with an annotated function, by the annotation of
// its first parameter.
func (d *dispatcher) register(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var cls vm.Value
	fn := vm.None
	if err := th.UnpackArgs("register", args, kwnames, "cls", &cls, "func?", &fn); err != nil {
		return nil, err
	}
	if dispatchType(cls) {
		if vm.Is(fn, vm.None) {
			return vm.NewBuiltin("<lambda>", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.ExactArgs("<lambda>", args, kwnames, 1); err != nil {
					return nil, err
				}
				return d.add(th, cls, args[0])
			}), nil
		}
		return d.add(th, cls, fn)
	}
	if !vm.Is(fn, vm.None) {
		r, err := th.Repr(cls)
		if err != nil {
			return nil, err
		}
		return nil, th.TypeError("Invalid first argument to `register()`. %s is not a class or union type.", r)
	}
	var ann *vm.Dict
	if a, err := th.GetAttr(cls, "__annotations__"); err == nil {
		ann, _ = a.(*vm.Dict)
	}
	if ann == nil || ann.Len() == 0 {
		r, err := th.Repr(cls)
		if err != nil {
			return nil, err
		}
		return nil, th.TypeError("Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", r)
	}
	argname := ann.Keys()[0]
	typ, _, _ := ann.Get(th, argname)
	if !dispatchType(typ) {
		an, err := th.Repr(argname)
		if err != nil {
			return nil, err
		}
		tr, err := th.Repr(typ)
		if err != nil {
			return nil, err
		}
		if _, union := typ.(*vm.UnionType); union {
			return nil, th.TypeError("Invalid annotation for %s. %s not all arguments are classes.", an, tr)
		}
		return nil, th.TypeError("Invalid annotation for %s. %s is not a class.", an, tr)
	}
	return d.add(th, typ, cls)
}

func (d *dispatcher) add(th *vm.Thread, cls, fn vm.Value) (vm.Value, error) {
	if u, ok := cls.(*vm.UnionType); ok {
		for _, a := range u.Args {
			if err := d.registry.SetItem(th, a, fn); err != nil {
				return nil, err
			}
		}
		return fn, nil
	}
	return fn, d.registry.SetItem(th, cls, fn)
}
