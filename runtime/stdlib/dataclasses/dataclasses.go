// Package dataclasses is Python's dataclasses module for the hfc VM: the
// dataclass decorator generates __init__, __repr__, __eq__, the orderings,
// __hash__ and the frozen __setattr__/__delattr__ as methods written in
// Go that behave as CPython 3.11's generated code (same signatures, error
// messages and reprs); field, fields, asdict, astuple, replace,
// is_dataclass, make_dataclass, InitVar, KW_ONLY and FrozenInstanceError.
package dataclasses

import (
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/copy"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "dataclasses"

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"dataclass":           vm.NewBuiltin("dataclass", dataclass),
			"field":               vm.NewBuiltin("field", newField),
			"Field":               fieldClass,
			"fields":              vm.NewBuiltin("fields", fieldsFn),
			"asdict":              vm.NewBuiltin("asdict", convert("asdict", "dict_factory", false)),
			"astuple":             vm.NewBuiltin("astuple", convert("astuple", "tuple_factory", true)),
			"replace":             vm.NewBuiltin("replace", replace),
			"is_dataclass":        vm.NewBuiltin("is_dataclass", isDataclassFn),
			"make_dataclass":      vm.NewBuiltin("make_dataclass", makeDataclass),
			"MISSING":             missing,
			"KW_ONLY":             kwOnly,
			"InitVar":             initVarClass,
			"FrozenInstanceError": frozenInstError,
		})
	})
}

// dataclass is @dataclass and @dataclass(...).
func dataclass(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	cls := vm.None
	o := options{init: true, repr: true, eq: true, matchArgs: true}
	flags := map[string]*bool{"init": &o.init, "repr": &o.repr, "eq": &o.eq, "order": &o.order, "unsafe_hash": &o.unsafeHash,
		"frozen": &o.frozen, "match_args": &o.matchArgs, "kw_only": &o.kwOnly, "slots": &o.slots, "weakref_slot": &o.weakrefSlot}
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return nil, th.TypeError("dataclass() takes from 0 to 1 positional arguments but %d were given", npos)
	}
	if npos == 1 {
		cls = args[0]
	}
	for i, k := range kwnames {
		p, ok := flags[k]
		if !ok {
			return nil, th.TypeError("dataclass() got an unexpected keyword argument '%s'", k)
		}
		t, err := th.Truth(args[npos+i])
		if err != nil {
			return nil, err
		}
		*p = t
	}
	apply := func(th *vm.Thread, v vm.Value) (vm.Value, error) {
		c, ok := v.(*vm.Class)
		if !ok {
			return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute '__dict__'", v.Type().Name)
		}
		return process(th, c, o)
	}
	if vm.Is(cls, vm.None) {
		return vm.NewBuiltin("wrap", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("wrap", args, kwnames, 1); err != nil {
				return nil, err
			}
			return apply(th, args[0])
		}), nil
	}
	return apply(th, cls)
}

// dataclassFields returns the __dataclass_fields__ of a dataclass or of
// its instance, or nil.
func dataclassFields(v vm.Value) *vm.Dict {
	c, ok := v.(*vm.Class)
	if !ok {
		c = v.Type()
	}
	if f := c.Lookup("__dataclass_fields__"); f != nil {
		d, _ := f.(*vm.Dict)
		return d
	}
	return nil
}

// isInstance reports whether v is an instance of a dataclass.
func isInstance(v vm.Value) bool {
	_, isClass := v.(*vm.Class)
	return !isClass && dataclassFields(v) != nil
}

// fieldList returns the fields (not ClassVars nor InitVars) of a
// dataclass or instance.
func fieldList(th *vm.Thread, v vm.Value) ([]*field, error) {
	d := dataclassFields(v)
	if d == nil {
		return nil, th.TypeError("must be called with a dataclass type or instance")
	}
	var out []*field
	for _, k := range d.Keys() {
		f, _, _ := d.Get(th, k)
		if fl, ok := f.(*field); ok && fl.ftype == typeField {
			out = append(out, fl)
		}
	}
	return out, nil
}

func fieldsFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var obj vm.Value
	if err := th.UnpackArgs("fields", args, kwnames, "class_or_instance", &obj); err != nil {
		return nil, err
	}
	fl, err := fieldList(th, obj)
	if err != nil {
		return nil, err
	}
	out := make(vm.Tuple, len(fl))
	for i, f := range fl {
		out[i] = f
	}
	return out, nil
}

func isDataclassFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var obj vm.Value
	if err := th.UnpackArgs("is_dataclass", args, kwnames, "obj", &obj); err != nil {
		return nil, err
	}
	return vm.MakeBool(dataclassFields(obj) != nil), nil
}

// convert is asdict(obj, *, dict_factory=dict) and astuple(obj, *,
// tuple_factory=tuple).
func convert(name, factoryName string, tuple bool) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var obj vm.Value
		factory := vm.Value(vm.DictClass)
		if tuple {
			factory = vm.TupleClass
		}
		if err := th.UnpackArgs(name, args, kwnames, "obj", &obj, "$"+factoryName+"?", &factory); err != nil {
			return nil, err
		}
		if !isInstance(obj) {
			return nil, th.TypeError("%s() should be called on dataclass instances", name)
		}
		return convertInner(th, obj, factory, tuple)
	}
}

// convertInner is dataclasses._asdict_inner and _astuple_inner.
func convertInner(th *vm.Thread, obj, factory vm.Value, tuple bool) (vm.Value, error) {
	switch x := obj.(type) {
	case *vm.List:
		out := make([]vm.Value, len(x.Elems))
		for i, e := range x.Elems {
			v, err := convertInner(th, e, factory, tuple)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return vm.NewList(out), nil
	case vm.Tuple:
		out := make(vm.Tuple, len(x))
		for i, e := range x {
			v, err := convertInner(th, e, factory, tuple)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	case *vm.TupleSub:
		out := make([]vm.Value, len(x.Items))
		for i, e := range x.Items {
			v, err := convertInner(th, e, factory, tuple)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		if x.Type().Lookup("_fields") != nil {
			return th.CallValue(x.Type(), out, nil)
		}
		return th.CallValue(x.Type(), []vm.Value{vm.Tuple(out)}, nil)
	case *vm.Dict:
		pairs := make([]vm.Value, 0, x.Len())
		for _, k := range x.Keys() {
			v, _, _ := x.Get(th, k)
			ck, err := convertInner(th, k, factory, tuple)
			if err != nil {
				return nil, err
			}
			cv, err := convertInner(th, v, factory, tuple)
			if err != nil {
				return nil, err
			}
			pairs = append(pairs, vm.Tuple{ck, cv})
		}
		return th.CallValue(x.Type(), []vm.Value{vm.NewList(pairs)}, nil)
	}
	if isInstance(obj) {
		fl, err := fieldList(th, obj)
		if err != nil {
			return nil, err
		}
		out := make([]vm.Value, len(fl))
		for i, f := range fl {
			v, err := th.GetAttr(obj, f.nameStr())
			if err != nil {
				return nil, err
			}
			if v, err = convertInner(th, v, factory, tuple); err != nil {
				return nil, err
			}
			if tuple {
				out[i] = v
			} else {
				out[i] = vm.Tuple{f.name, v}
			}
		}
		return th.CallValue(factory, []vm.Value{vm.NewList(out)}, nil)
	}
	return copy.DeepCopy(th, obj, nil)
}

// replace is replace(obj, /, **changes).
func replace(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, th.TypeError("replace() takes 1 positional argument but %d were given", npos)
	}
	obj := args[0]
	if !isInstance(obj) {
		return nil, th.TypeError("replace() should be called on dataclass instances")
	}
	changes := map[string]vm.Value{}
	for i, k := range kwnames {
		changes[k] = args[npos+i]
	}
	d := dataclassFields(obj)
	var names []string
	var values []vm.Value
	for _, k := range d.Keys() {
		fv, _, _ := d.Get(th, k)
		f := fv.(*field)
		name := f.nameStr()
		if f.ftype == typeClassVar {
			continue
		}
		v, changed := changes[name]
		if !truth(f.init) {
			if changed {
				return nil, th.ValueError("field %s is declared with init=False, it cannot be specified with replace()", name)
			}
			continue
		}
		if !changed {
			if f.ftype == typeInitVar && !f.hasDefault() {
				return nil, th.ValueError("InitVar %s must be specified with replace()", reprStr(th, name))
			}
			if f.ftype == typeInitVar {
				continue
			}
			var err error
			if v, err = th.GetAttr(obj, name); err != nil {
				return nil, err
			}
		}
		delete(changes, name)
		names = append(names, name)
		values = append(values, v)
	}
	for _, k := range kwnames {
		if v, left := changes[k]; left {
			names = append(names, k)
			values = append(values, v)
		}
	}
	return th.CallValue(obj.Type(), values, names)
}

// makeDataclass is make_dataclass(cls_name, fields, *, bases=(),
// namespace=None, **options).
func makeDataclass(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 2 {
		return nil, th.TypeError("make_dataclass() takes 2 positional arguments but %d were given", npos)
	}
	name, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("make_dataclass() argument 'cls_name' must be str")
	}
	var base *vm.Class
	var namespace *vm.Dict
	var optNames []string
	var optValues []vm.Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "bases":
			t, err := th.ToTuple(v)
			if err != nil {
				return nil, err
			}
			if len(t) > 1 {
				return nil, th.Raise(vm.NotImplementedErrorClass, "multiple inheritance is not supported by hfc")
			}
			if len(t) == 1 {
				c, ok := t[0].(*vm.Class)
				if !ok {
					return nil, th.TypeError("bases must be types")
				}
				base = c
			}
		case "namespace":
			if !vm.Is(v, vm.None) {
				d, ok := v.(*vm.Dict)
				if !ok {
					return nil, th.TypeError("namespace must be a dict")
				}
				namespace = d
			}
		default:
			optNames = append(optNames, k)
			optValues = append(optValues, v)
		}
	}
	ns := vm.NewStrDict()
	if namespace != nil {
		for _, k := range namespace.Keys() {
			if s, ok := k.(vm.Str); ok {
				v, _, _ := namespace.Get(th, k)
				ns.Set(string(s), v)
			}
		}
	}
	ann := vm.NewDict(0)
	err := th.ForEach(args[1], func(item vm.Value) error {
		var fname, ftype, spec vm.Value
		switch x := item.(type) {
		case vm.Str:
			fname, ftype = x, vm.Str("typing.Any")
		default:
			parts, err := th.ToSlice(item)
			if err != nil {
				return err
			}
			switch len(parts) {
			case 2:
				fname, ftype = parts[0], parts[1]
			case 3:
				fname, ftype, spec = parts[0], parts[1], parts[2]
			default:
				return th.TypeError("Invalid field: %s", reprOf(th, item))
			}
		}
		s, ok := fname.(vm.Str)
		if !ok {
			return th.TypeError("Field names must be strings")
		}
		if _, dup, _ := ann.Get(th, s); dup {
			return th.TypeError("Field name duplicated: %s", reprStr(th, string(s)))
		}
		if spec != nil {
			ns.Set(string(s), spec)
		}
		return ann.SetItem(th, s, ftype)
	})
	if err != nil {
		return nil, err
	}
	ns.Set("__annotations__", ann)
	// CPython 3.11 makes the class with types.new_class: its module is
	// "types".
	const module = "types"
	ns.Set("__module__", vm.Str(module))
	ns.Set("__qualname__", name)
	c, err := vm.NewClass(th, string(name), string(name), module, base, ns)
	if err != nil {
		return nil, err
	}
	return dataclass(th, append([]vm.Value{c}, optValues...), optNames)
}

func reprOf(th *vm.Thread, v vm.Value) string {
	s, err := th.Repr(v)
	if err != nil {
		return v.Type().Name
	}
	return s
}
