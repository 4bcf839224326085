package typing

import (
	"context"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

var typeVarClass = vm.NewGoClass("TypeVar", module, nil, nil)

// typeVar is TypeVar(name, *constraints, bound=None, covariant=False,
// contravariant=False).
type typeVar struct {
	name          string
	bound         vm.Value
	constraints   vm.Tuple
	covariant     bool
	contravariant bool
	module        string
}

func (*typeVar) Type() *vm.Class { return typeVarClass }

func newTypeVar(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return nil, th.TypeError("TypeVar.__init__() missing 1 required positional argument: 'name'")
	}
	name, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("TypeVar name must be a string")
	}
	tv := &typeVar{name: string(name), bound: vm.None, constraints: append(vm.Tuple{}, args[1:npos]...), module: callerModule(th)}
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "bound":
			if !vm.Is(v, vm.None) {
				if err := typeCheck(th, v, "Bound must be a type."); err != nil {
					return nil, err
				}
			}
			tv.bound = v
		case "covariant", "contravariant":
			t, err := th.Truth(v)
			if err != nil {
				return nil, err
			}
			if k == "covariant" {
				tv.covariant = t
			} else {
				tv.contravariant = t
			}
		default:
			return nil, th.TypeError("TypeVar.__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	if tv.covariant && tv.contravariant {
		return nil, th.ValueError("Bivariant types are not supported.")
	}
	if len(tv.constraints) == 1 {
		return nil, th.TypeError("A single constraint is not allowed")
	}
	if len(tv.constraints) > 0 && !vm.Is(tv.bound, vm.None) {
		return nil, th.TypeError("Constraints cannot be combined with bound=...")
	}
	for _, c := range tv.constraints {
		if err := typeCheck(th, c, "TypeVar(name, constraint, ...): constraints must be types."); err != nil {
			return nil, err
		}
	}
	return tv, nil
}

func (tv *typeVar) Repr(th *vm.Thread) (string, error) {
	switch {
	case tv.covariant:
		return "+" + tv.name, nil
	case tv.contravariant:
		return "-" + tv.name, nil
	}
	return "~" + tv.name, nil
}

func (tv *typeVar) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "__name__":
		return vm.Str(tv.name), true, nil
	case "__bound__":
		return tv.bound, true, nil
	case "__constraints__":
		return tv.constraints, true, nil
	case "__covariant__":
		return vm.MakeBool(tv.covariant), true, nil
	case "__contravariant__":
		return vm.MakeBool(tv.contravariant), true, nil
	case "__module__":
		return vm.Str(tv.module), true, nil
	}
	return nil, false, nil
}

func (tv *typeVar) CheckInstance(th *vm.Thread, sub *vm.Class, v vm.Value) (bool, error) {
	return false, th.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func init() {
	typeVarClass.SetNew(newTypeVar)
	for _, name := range []string{"__or__", "__ror__"} {
		name := name
		typeVarClass.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if name == "__or__" {
				return makeUnion(th, vm.Tuple{self, args[0]})
			}
			return makeUnion(th, vm.Tuple{args[0], self})
		})
	}
}

func callerModule(th *vm.Thread) string {
	if fr := th.Frame(); fr != nil && fr.Module != nil {
		return fr.Module.Name
	}
	return "__main__"
}

// newClass makes one of typing's classes (Generic, Protocol …).
func newClass(name string, base *vm.Class, members map[string]vm.Value) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str(module))
	ns.Set("__slots__", vm.Tuple{})
	for k, v := range members {
		ns.Set(k, v)
	}
	c, err := vm.NewClass(vm.NewThread(context.Background()), name, name, module, base, ns)
	if err != nil {
		panic(err)
	}
	return c
}

// classGetItem is the __class_getitem__ of Generic and Protocol and of
// the classes that derive from them: Stack[int].
var classGetItem = vm.NewBuiltin("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("__class_getitem__", args, kwnames, 2); err != nil {
		return nil, err
	}
	cls := args[0].(*vm.Class)
	params := asArgs(args[1])
	if vm.Is(cls, genericClass) || vm.Is(cls, protocolClass) {
		if len(params) == 0 {
			return nil, th.TypeError("Parameter list to %s[...] cannot be empty", cls.QualName)
		}
		for _, p := range params {
			if _, ok := p.(*typeVar); !ok {
				return nil, th.TypeError("Parameters to %s[...] must all be type variables or parameter specification variables.", cls.Name)
			}
		}
	} else {
		want := classParameters(cls)
		if len(want) == 0 {
			return nil, th.TypeError("%s is not a generic class", reprOf(th, cls))
		}
		if len(params) != len(want) {
			more := "many"
			if len(params) < len(want) {
				more = "few"
			}
			return nil, th.TypeError("Too %s arguments for %s; actual %d, expected %d", more, reprOf(th, cls), len(params), len(want))
		}
	}
	for i, p := range params {
		params[i] = convertArg(p)
	}
	return &alias{kind: kindUser, origin: cls, args: params}, nil
})

// classParameters are the type variables of a generic class: those of the
// subscripted bases of its class statement.
func classParameters(c *vm.Class) vm.Tuple {
	ob, ok := c.Dict.Get("__orig_bases__")
	if !ok {
		return nil
	}
	bases, _ := ob.(vm.Tuple)
	return parameters(bases)
}

// newGenericObject is the __new__ of Generic and Protocol: they cannot be
// instantiated themselves (nor can protocol classes).
var newGenericObject = vm.NewBuiltin("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	cls := args[0].(*vm.Class)
	if isProtocol(cls) && cls != protocolClass {
		return nil, th.TypeError("Protocols cannot be instantiated")
	}
	return vm.NewInstance(cls), nil
})

var genericClass, protocolClass *vm.Class

func init() {
	genericClass = newClass("Generic", nil, map[string]vm.Value{
		"__class_getitem__": classGetItem,
		"__new__":           &vm.StaticMethod{Func: newGenericObject},
	})
	protocolClass = newClass("Protocol", genericClass, map[string]vm.Value{
		"_is_protocol": vm.True,
		"__init_subclass__": &vm.ClassMethod{Func: vm.NewBuiltin("__init_subclass__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			c := args[0].(*vm.Class)
			c.SetAttr("_is_protocol", vm.MakeBool(c.Base == protocolClass))
			return vm.None, nil
		})},
	})
	protocolClass.SetSubclassHook(protocolCheck)
}

func isProtocol(c *vm.Class) bool {
	v, ok := c.Dict.Get("_is_protocol")
	return ok && vm.Is(v, vm.True)
}

// excluded are the names that are not protocol members.
var excluded = map[string]bool{
	"__abstractmethods__": true, "__annotations__": true, "__dict__": true, "__doc__": true, "__init__": true,
	"__module__": true, "__new__": true, "__slots__": true, "__subclasshook__": true, "__weakref__": true,
	"__class_getitem__": true, "__parameters__": true, "__orig_bases__": true, "__orig_class__": true,
	"_is_protocol": true, "_is_runtime_protocol": true, "__qualname__": true, "__init_subclass__": true,
	"__hash__": true,
}

// protocolAttrs lists the members of a protocol class.
func protocolAttrs(c *vm.Class) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] && !excluded[name] && !strings.HasPrefix(name, "_abc_") {
			seen[name] = true
			out = append(out, name)
		}
	}
	for _, k := range c.MRO {
		if k == protocolClass || k == genericClass || k == vm.ObjectClass {
			continue
		}
		for _, name := range k.Dict.Keys() {
			add(name)
		}
		if ann, ok := k.Dict.Get("__annotations__"); ok {
			if d, ok := ann.(*vm.Dict); ok {
				for _, key := range d.Keys() {
					if s, ok := key.(vm.Str); ok {
						add(string(s))
					}
				}
			}
		}
	}
	return out
}

// protocolCheck answers isinstance and issubclass for protocol classes
// decorated with runtime_checkable: the members are present.
func protocolCheck(th *vm.Thread, c, sub *vm.Class, v vm.Value) (bool, error) {
	if !isProtocol(c) {
		return false, nil
	}
	if rt, ok := c.Dict.Get("_is_runtime_protocol"); !ok || !vm.Is(rt, vm.True) {
		return false, th.TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
	}
	for _, name := range protocolAttrs(c) {
		if v == nil {
			if m := c.Lookup(name); m == nil || !vm.IsCallable(m) {
				return false, th.TypeError("Protocols with non-method members don't support issubclass()")
			}
			if sub.Lookup(name) == nil {
				return false, nil
			}
			continue
		}
		attr, err := th.GetAttr(v, name)
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
				return false, nil
			}
			return false, err
		}
		if m := c.Lookup(name); m != nil && vm.IsCallable(m) && vm.Is(attr, vm.None) {
			return false, nil
		}
	}
	return true, nil
}

// runtimeCheckable is the decorator runtime_checkable.
func runtimeCheckable(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("runtime_checkable", args, kwnames, 1); err != nil {
		return nil, err
	}
	c, ok := args[0].(*vm.Class)
	if !ok || !isProtocol(c) {
		return nil, th.TypeError("@runtime_checkable can be only applied to protocol classes, got %s", reprOf(th, args[0]))
	}
	c.SetAttr("_is_runtime_protocol", vm.True)
	return c, nil
}

var newTypeClass = vm.NewGoClass("NewType", module, nil, nil)

// newType is NewType(name, tp): a callable returning its argument.
type newType struct {
	name, module string
	super        vm.Value
}

func (*newType) Type() *vm.Class { return newTypeClass }

func init() {
	newTypeClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var name, tp vm.Value
		if err := th.UnpackArgs("NewType", args, kwnames, "name", &name, "tp", &tp); err != nil {
			return nil, err
		}
		s, ok := name.(vm.Str)
		if !ok {
			return nil, th.TypeError("NewType name must be a string")
		}
		return &newType{name: string(s), module: callerModule(th), super: tp}, nil
	})
}

func (n *newType) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var x vm.Value
	if err := th.UnpackArgs(n.name, args, kwnames, "x", &x); err != nil {
		return nil, err
	}
	return x, nil
}

func (n *newType) Repr(th *vm.Thread) (string, error) { return n.module + "." + n.name, nil }

func (n *newType) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "__name__", "__qualname__":
		return vm.Str(n.name), true, nil
	case "__module__":
		return vm.Str(n.module), true, nil
	case "__supertype__":
		return n.super, true, nil
	}
	return nil, false, nil
}
