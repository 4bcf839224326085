// Package typing is Python's typing module for the hfc VM: the special
// forms (Any, Union, Optional, ClassVar, Final, Literal …), the aliases of
// the standard classes (List, Dict, Callable, Iterable …) with CPython's
// reprs (typing.Optional[int]), TypeVar, Generic, Protocol and
// runtime_checkable, NamedTuple, TypedDict, NewType, cast, overload,
// get_type_hints, get_origin and get_args. Annotations are objects; no
// type checking happens at run time.
package typing

import (
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/collections"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "typing"

// specialAlias makes the unsubscripted alias of a class: typing.List.
func specialAlias(name string, origin *vm.Class, nparams int) *alias {
	return &alias{kind: kindSpecial, origin: origin, name: name, nparams: nparams}
}

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		m := map[string]vm.Value{
			"Any":               anyForm,
			"NoReturn":          noReturnForm,
			"Never":             neverForm,
			"Self":              selfForm,
			"LiteralString":     literalStringForm,
			"TypeAlias":         typeAliasForm,
			"Union":             unionForm,
			"Optional":          optionalForm,
			"Literal":           literalForm,
			"Annotated":         annotatedForm,
			"ClassVar":          classVarForm,
			"Final":             finalForm,
			"Required":          requiredForm,
			"NotRequired":       notRequiredForm,
			"TypeGuard":         typeGuardForm,
			"TypeVar":           typeVarClass,
			"Generic":           genericClass,
			"Protocol":          protocolClass,
			"NamedTuple":        namedTupleFunc,
			"TypedDict":         typedDictFunc,
			"NewType":           newTypeClass,
			"ForwardRef":        forwardRefClass,
			"TYPE_CHECKING":     vm.False,
			"Text":              vm.StrClass,
			"runtime_checkable": vm.NewBuiltin("runtime_checkable", runtimeCheckable),
			"cast":              vm.NewBuiltin("cast", cast),
			"overload":          vm.NewBuiltin("overload", overload),
			"final":             vm.NewBuiltin("final", final),
			"no_type_check":     vm.NewBuiltin("no_type_check", identity("no_type_check")),
			"get_type_hints":    vm.NewBuiltin("get_type_hints", getTypeHints),
			"get_origin":        vm.NewBuiltin("get_origin", getOrigin),
			"get_args":          vm.NewBuiltin("get_args", getArgs),
			"assert_never":      vm.NewBuiltin("assert_never", assertNever),
			"assert_type":       vm.NewBuiltin("assert_type", assertType),
			"reveal_type":       vm.NewBuiltin("reveal_type", revealType),
			"is_typeddict": vm.NewBuiltin("is_typeddict", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.ExactArgs("is_typeddict", args, kwnames, 1); err != nil {
					return nil, err
				}
				c, ok := args[0].(*vm.Class)
				if !ok {
					return vm.False, nil
				}
				_, is := c.Dict.Get("__total__")
				return vm.MakeBool(is), nil
			}),
		}
		anyStr, _ := newTypeVar(vm.NewThread(nil), typeVarClass, []vm.Value{vm.Str("AnyStr"), vm.BytesClass, vm.StrClass}, nil)
		anyStr.(*typeVar).module = module
		m["AnyStr"] = anyStr
		for name, a := range map[string]struct {
			origin  *vm.Class
			nparams int
		}{
			"List": {vm.ListClass, 1}, "Dict": {vm.DictClass, 2}, "Set": {vm.SetClass, 1}, "FrozenSet": {vm.FrozenSetClass, 1},
			"Tuple": {vm.TupleClass, -1}, "Type": {vm.TypeClass, 1}, "Callable": {collections.Callable, -1},
			"DefaultDict": {collections.DefaultDictClass, 2}, "OrderedDict": {collections.OrderedDictClass, 2},
			"Counter": {collections.CounterClass, 1}, "Deque": {collections.DequeClass, 1}, "ChainMap": {collections.ChainMapClass, 2},
			"Iterable": {collections.Iterable, 1}, "Iterator": {collections.Iterator, 1}, "Reversible": {collections.Reversible, 1},
			"Sequence": {collections.Sequence, 1}, "MutableSequence": {collections.MutableSequence, 1},
			"Mapping": {collections.Mapping, 2}, "MutableMapping": {collections.MutableMapping, 2},
			"AbstractSet": {collections.Set, 1}, "MutableSet": {collections.MutableSet, 1},
			"Collection": {collections.Collection, 1}, "Container": {collections.Container, 1},
			"Generator": {collections.Generator, 3}, "Awaitable": {collections.Awaitable, 1},
			"Coroutine": {collections.Coroutine, 3}, "AsyncIterable": {collections.AsyncIterable, 1},
			"AsyncIterator": {collections.AsyncIterator, 1}, "AsyncGenerator": {collections.AsyncGenerator, 2},
			"KeysView": {collections.KeysView, 1}, "ItemsView": {collections.ItemsView, 2}, "ValuesView": {collections.ValuesView, 1},
			"MappingView": {collections.MappingView, 1}, "ByteString": {collections.ByteString, 0},
			"Hashable": {collections.Hashable, 0}, "Sized": {collections.Sized, 0},
		} {
			m[name] = specialAlias(name, a.origin, a.nparams)
		}
		return vm.NewGoModule(module, m)
	})
}

func identity(name string) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		return args[0], nil
	}
}

// cast is cast(typ, val): val, unchanged.
func cast(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var typ, val vm.Value
	if err := th.UnpackArgs("cast", args, kwnames, "typ", &typ, "val", &val); err != nil {
		return nil, err
	}
	return val, nil
}

// overload returns the function that stands for an overload variant: it
// fails when called.
func overload(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("overload", args, kwnames, 1); err != nil {
		return nil, err
	}
	return vm.NewBuiltin("_overload_dummy", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, th.Raise(vm.NotImplementedErrorClass, "You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.")
	}), nil
}

// final marks a function or class as final (__final__ = True).
func final(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("final", args, kwnames, 1); err != nil {
		return nil, err
	}
	if err := th.SetAttr(args[0], "__final__", vm.True); err != nil {
		if e, ok := err.(*vm.Exception); !ok || !(e.Matches(vm.AttributeErrorClass) || e.Matches(vm.TypeErrorClass)) {
			return nil, err
		}
	}
	return args[0], nil
}

// getOrigin is get_origin(tp).
func getOrigin(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("get_origin", args, kwnames, 1); err != nil {
		return nil, err
	}
	switch a := args[0].(type) {
	case *alias:
		if a.kind == kindForm && vm.Is(a.origin, annotatedForm) {
			return annotatedForm, nil
		}
		return a.origin, nil
	case *vm.GenericAlias:
		return a.Origin, nil
	case *vm.UnionType:
		return vm.UnionTypeClass, nil
	}
	return vm.None, nil
}

// getArgs is get_args(tp).
func getArgs(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("get_args", args, kwnames, 1); err != nil {
		return nil, err
	}
	switch a := args[0].(type) {
	case *alias:
		if a.kind == kindSpecial && a.name == "Callable" && len(a.args) == 2 {
			if l, ok := a.args[0].(*vm.List); ok {
				return vm.Tuple{vm.NewList(append([]vm.Value(nil), l.Elems...)), a.args[1]}, nil
			}
		}
		if a.args == nil {
			return vm.Tuple{}, nil
		}
		return a.args, nil
	case *vm.GenericAlias:
		return a.Args, nil
	case *vm.UnionType:
		return a.Args, nil
	}
	return vm.Tuple{}, nil
}

// getTypeHints is get_type_hints(obj): the annotations of a function,
// module or class (with those of its bases), string annotations and
// forward references evaluated (see annotation.go).
func getTypeHints(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var obj vm.Value
	globalns, localns, extras := vm.None, vm.None, vm.False
	if err := th.UnpackArgs("get_type_hints", args, kwnames, "obj", &obj, "globalns?", &globalns, "localns?", &localns, "include_extras?", &extras); err != nil {
		return nil, err
	}
	hints := vm.NewDict(0)
	var sources []vm.Value
	if c, ok := obj.(*vm.Class); ok {
		for i := len(c.MRO) - 1; i >= 0; i-- {
			sources = append(sources, c.MRO[i])
		}
	} else {
		sources = []vm.Value{obj}
	}
	for _, src := range sources {
		ann, err := ownAnnotations(th, src)
		if err != nil {
			return nil, err
		}
		if ann == nil {
			continue
		}
		resolve := resolver(th, src)
		for _, k := range ann.Keys() {
			v, _, _ := ann.Get(th, k)
			if v, err = resolveValue(th, v, resolve); err != nil {
				return nil, err
			}
			if err := hints.SetItem(th, k, noneType(v)); err != nil {
				return nil, err
			}
		}
	}
	return hints, nil
}

// ownAnnotations returns the __annotations__ of a class (its own, not
// inherited) or of another object; nil when there are none.
func ownAnnotations(th *vm.Thread, src vm.Value) (*vm.Dict, error) {
	if c, ok := src.(*vm.Class); ok {
		a, ok := c.Dict.Get("__annotations__")
		if !ok {
			return nil, nil
		}
		d, _ := a.(*vm.Dict)
		return d, nil
	}
	a, err := th.GetAttr(src, "__annotations__")
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
			return nil, nil
		}
		return nil, err
	}
	d, _ := a.(*vm.Dict)
	return d, nil
}

// resolver looks the names of src's string annotations up: in the class
// dict for a class, then in the globals of its module, then in builtins.
func resolver(th *vm.Thread, src vm.Value) func(string) (vm.Value, error) {
	var cls *vm.Class
	var mod *vm.Module
	switch x := src.(type) {
	case *vm.Function:
		mod = x.Module
	case *vm.Module:
		mod = x
	case *vm.Class:
		cls = x
		mod = moduleNamed(th, x.Module)
	}
	return func(name string) (vm.Value, error) {
		if cls != nil {
			if v, ok := cls.Dict.Get(name); ok {
				return v, nil
			}
		}
		if mod != nil {
			if v, ok := mod.Global(name); ok {
				return v, nil
			}
		}
		if v, ok := vm.BuiltinValue(name); ok {
			return v, nil
		}
		return nil, th.Raise(vm.NameErrorClass, "name '%s' is not defined", name)
	}
}

// moduleNamed finds a loaded module by name (the running program's
// modules, __main__ included).
func moduleNamed(th *vm.Thread, name string) *vm.Module {
	for fr := th.Frame(); fr != nil; fr = fr.Back {
		if fr.Module != nil && fr.Module.Name == name {
			return fr.Module
		}
	}
	if l, ok := th.Importer.(interface{ Loaded() map[string]*vm.Module }); ok {
		return l.Loaded()[name]
	}
	return nil
}

func assertNever(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("assert_never", args, kwnames, 1); err != nil {
		return nil, err
	}
	return nil, vm.NewException(vm.AssertionErrorClass, vm.Str("Expected code to be unreachable, but got: "+reprOf(th, args[0])))
}

func assertType(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("assert_type", args, kwnames, 2); err != nil {
		return nil, err
	}
	return args[0], nil
}

func revealType(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("reveal_type", args, kwnames, 1); err != nil {
		return nil, err
	}
	return args[0], nil
}
