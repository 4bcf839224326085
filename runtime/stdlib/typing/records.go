package typing

import (
	"context"
	"strings"

	"github.com/hyperflask/hfc/runtime/stdlib/collections"
	"github.com/hyperflask/hfc/runtime/vm"
)

// NamedTuple and TypedDict are functions (the functional syntax) whose
// __mro_entries__ make a class statement derive from a hidden base class;
// its __init_subclass__ turns the new class into a named tuple class (or
// a TypedDict) and gives it CPython's MRO, (cls, tuple, object) or (cls,
// dict, object).

var recordFuncClass = vm.NewGoClass("function", "builtins", nil, nil)

// recordFunc is typing.NamedTuple or typing.TypedDict.
type recordFunc struct {
	name string
	call vm.BuiltinFunc
	base *vm.Class
}

func (*recordFunc) Type() *vm.Class { return recordFuncClass }

func (f *recordFunc) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	return f.call(th, args, kwnames)
}

func (f *recordFunc) Repr(th *vm.Thread) (string, error) { return "<function " + f.name + ">", nil }

func (f *recordFunc) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "__mro_entries__":
		return vm.NewBuiltin("__mro_entries__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.Tuple{f.base}, nil
		}), true, nil
	case "__name__", "__qualname__":
		return vm.Str(f.name), true, nil
	}
	return nil, false, nil
}

// prohibited are the attributes a NamedTuple class body may not define.
var prohibited = map[string]bool{"__new__": true, "__init__": true, "__slots__": true, "__getnewargs__": true,
	"_fields": true, "_field_defaults": true, "_make": true, "_replace": true, "_asdict": true, "_source": true}

var special = map[string]bool{"__module__": true, "__name__": true, "__annotations__": true}

// annotations returns the annotations of a class body.
func annotations(c *vm.Class) *vm.Dict {
	if a, ok := c.Dict.Get("__annotations__"); ok {
		if d, ok := a.(*vm.Dict); ok {
			return d
		}
	}
	return vm.NewDict(0)
}

var (
	namedTupleBase, typedDictBase *vm.Class
	namedTupleFunc, typedDictFunc *recordFunc
)

func init() {
	namedTupleBase = newRecordBase("NamedTuple", vm.TupleClass, namedTupleSubclass)
	typedDictBase = newRecordBase("TypedDict", vm.DictClass, typedDictSubclass)
	namedTupleFunc = &recordFunc{name: "NamedTuple", call: namedTupleCall, base: namedTupleBase}
	typedDictFunc = &recordFunc{name: "TypedDict", call: typedDictCall, base: typedDictBase}
}

func newRecordBase(name string, base *vm.Class, init vm.BuiltinFunc) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str(module))
	ns.Set("__init_subclass__", &vm.ClassMethod{Func: vm.NewBuiltin("__init_subclass__", init)})
	c, err := vm.NewClass(vm.NewThread(context.Background()), name, name, module, base, ns)
	if err != nil {
		panic(err)
	}
	return c
}

// setMRO gives a class the bases CPython's typing gives it.
func setMRO(c, base *vm.Class) {
	c.Base = base
	c.MRO = append([]*vm.Class{c}, base.MRO...)
}

// namedTupleSubclass makes the class of a `class X(NamedTuple)` statement
// a named tuple class: its annotations are the fields, its class
// attributes their defaults.
func namedTupleSubclass(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	c := args[0].(*vm.Class)
	ann := annotations(c)
	var fields, defaultNames []string
	var defaults vm.Tuple
	for _, k := range ann.Keys() {
		name, ok := k.(vm.Str)
		if !ok {
			return nil, th.TypeError("NamedTuple field names must be strings")
		}
		fields = append(fields, string(name))
		if d, ok := c.Dict.Get(string(name)); ok {
			defaults = append(defaults, d)
			defaultNames = append(defaultNames, string(name))
		} else if len(defaults) > 0 {
			plural := ""
			if len(defaultNames) > 1 {
				plural = "s"
			}
			return nil, th.TypeError("Non-default namedtuple field %s cannot follow default field%s %s", name, plural, strings.Join(defaultNames, ", "))
		}
	}
	for _, key := range c.Dict.Keys() {
		if prohibited[key] {
			return nil, th.Raise(vm.AttributeErrorClass, "Cannot overwrite NamedTuple attribute %s", key)
		}
	}
	if err := validateFields(th, c.Name, fields); err != nil {
		return nil, err
	}
	body := map[string]bool{}
	for _, key := range c.Dict.Keys() {
		body[key] = true
	}
	isField := map[string]bool{}
	for _, f := range fields {
		isField[f] = true
	}
	setMRO(c, vm.TupleClass)
	collections.InstallNamedTuple(c, c.Name, fields, defaults, func(name string) bool {
		return body[name] && !isField[name] && !special[name]
	})
	return vm.None, nil
}

// validateFields applies namedtuple's checks on field names.
func validateFields(th *vm.Thread, typename string, fields []string) error {
	seen := map[string]bool{}
	for _, f := range fields {
		if len(f) > 0 && f[0] == '_' {
			return th.ValueError("Field names cannot start with an underscore: %s", reprOf(th, vm.Str(f)))
		}
		if seen[f] {
			return th.ValueError("Encountered duplicate field name: %s", reprOf(th, vm.Str(f)))
		}
		seen[f] = true
	}
	return nil
}

// namedTupleCall is NamedTuple(typename, fields=None, /, **kwargs).
func namedTupleCall(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 || npos > 2 {
		return nil, th.TypeError("NamedTuple() takes from 1 to 2 positional arguments but %d were given", npos)
	}
	name, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("NamedTuple() argument 1 must be str, not %s", args[0].Type().Name)
	}
	ann := vm.NewDict(0)
	if npos == 2 && !vm.Is(args[1], vm.None) {
		err := th.ForEach(args[1], func(item vm.Value) error {
			pair, err := th.ToSlice(item)
			if err != nil {
				return err
			}
			if len(pair) != 2 {
				return th.ValueError("not enough values to unpack (expected 2, got %d)", len(pair))
			}
			return ann.SetItem(th, pair[0], pair[1])
		})
		if err != nil {
			return nil, err
		}
	} else {
		for i, k := range kwnames {
			ann.SetStr(k, args[npos+i])
		}
	}
	var fields []string
	for _, k := range ann.Keys() {
		s, ok := k.(vm.Str)
		if !ok {
			return nil, th.TypeError("NamedTuple field names must be strings")
		}
		fields = append(fields, string(s))
	}
	if err := validateFields(th, string(name), fields); err != nil {
		return nil, err
	}
	c, err := collections.NamedTuple(th, string(name), fields, nil, callerModule(th))
	if err != nil {
		return nil, err
	}
	c.SetAttr("__annotations__", ann)
	return c, nil
}

// typedDictSubclass makes the class of a `class X(TypedDict)` statement a
// TypedDict: calling it makes a plain dict; its keys are its annotations
// (and its TypedDict bases').
func typedDictSubclass(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	c := args[0].(*vm.Class)
	all := vm.NewDict(0)
	if c.Base != typedDictBase {
		if err := mergeDict(th, all, annotations(c.Base)); err != nil {
			return nil, err
		}
	}
	if err := mergeDict(th, all, annotations(c)); err != nil {
		return nil, err
	}
	finishTypedDict(th, c, all, true)
	return vm.None, nil
}

func mergeDict(th *vm.Thread, dst, src *vm.Dict) error {
	var err error
	src.Items(func(k, v vm.Value) bool {
		err = dst.SetItem(th, k, v)
		return err == nil
	})
	return err
}

// finishTypedDict sets the attributes of a TypedDict class.
func finishTypedDict(th *vm.Thread, c *vm.Class, ann *vm.Dict, total bool) {
	keys := vm.NewSet(true)
	for _, k := range ann.Keys() {
		_ = keys.Add(th, k)
	}
	c.SetAttr("__annotations__", ann)
	if total {
		c.SetAttr("__required_keys__", keys)
		c.SetAttr("__optional_keys__", vm.NewSet(true))
	} else {
		c.SetAttr("__required_keys__", vm.NewSet(true))
		c.SetAttr("__optional_keys__", keys)
	}
	c.SetAttr("__total__", vm.MakeBool(total))
	// Calling the class makes a plain dict, as CPython's TypedDict does;
	// subclasses become TypedDicts too.
	c.SetAttr("__new__", &vm.StaticMethod{Func: vm.NewBuiltin("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return th.CallValue(vm.DictClass, args[1:], kwnames)
	})})
	c.SetAttr("__init_subclass__", &vm.ClassMethod{Func: vm.NewBuiltin("__init_subclass__", typedDictSubclass)})
	c.SetSubclassHook(func(th *vm.Thread, c, sub *vm.Class, v vm.Value) (bool, error) {
		return false, th.TypeError("TypedDict does not support instance and class checks")
	})
	setMRO(c, vm.DictClass)
}

// typedDictCall is TypedDict(typename, fields=None, /, *, total=True,
// **kwargs).
func typedDictCall(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 || npos > 2 {
		return nil, th.TypeError("TypedDict() takes from 1 to 2 positional arguments but %d were given", npos)
	}
	name, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("TypedDict() argument 1 must be str, not %s", args[0].Type().Name)
	}
	ann := vm.NewDict(0)
	total := true
	for i, k := range kwnames {
		if k == "total" {
			t, err := th.Truth(args[npos+i])
			if err != nil {
				return nil, err
			}
			total = t
			continue
		}
		ann.SetStr(k, args[npos+i])
	}
	if npos == 2 && !vm.Is(args[1], vm.None) {
		d, ok := args[1].(*vm.Dict)
		if !ok {
			return nil, th.TypeError("TypedDict() fields must be a dict")
		}
		if err := mergeDict(th, ann, d); err != nil {
			return nil, err
		}
	}
	ns := vm.NewStrDict()
	module := callerModule(th)
	ns.Set("__module__", vm.Str(module))
	c, err := vm.NewClass(th, string(name), string(name), module, vm.DictClass, ns)
	if err != nil {
		return nil, err
	}
	finishTypedDict(th, c, ann, total)
	return c, nil
}
