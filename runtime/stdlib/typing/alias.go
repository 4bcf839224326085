package typing

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// aliasClass is the class of the aliases (typing._GenericAlias and its
// relatives share it in hfc).
var aliasClass = vm.NewGoClass("_GenericAlias", module, nil, nil)

type aliasKind uint8

const (
	// kindSpecial is an alias of a class: typing.List, typing.List[int].
	kindSpecial aliasKind = iota
	// kindUser is a user generic class subscripted: Stack[int], Generic[T].
	kindUser
	// kindUnion is typing.Union[...] (and Optional).
	kindUnion
	// kindForm is a special form subscripted: ClassVar[int], Literal[1].
	kindForm
)

// alias is a typing generic alias. An unsubscripted alias of a class
// (typing.List) has nil args.
type alias struct {
	kind    aliasKind
	origin  vm.Value // the class, or the special form
	name    string   // List, Dict … for kindSpecial
	args    vm.Tuple
	nparams int // parameters of an unsubscripted alias; -1: variadic
}

func (*alias) Type() *vm.Class { return aliasClass }

func (a *alias) subscripted() bool { return a.args != nil }

// Repr writes the alias as CPython's typing does.
func (a *alias) Repr(th *vm.Thread) (string, error) {
	var head string
	switch a.kind {
	case kindSpecial:
		head = "typing." + a.name
		if !a.subscripted() {
			return head, nil
		}
	case kindUser:
		s, err := th.TypeRepr(a.origin)
		if err != nil {
			return "", err
		}
		head = s
	case kindUnion:
		if len(a.args) == 2 {
			for i, x := range a.args {
				if vm.Is(x, vm.NoneClass) {
					s, err := th.TypeRepr(a.args[1-i])
					return "typing.Optional[" + s + "]", err
				}
			}
		}
		head = "typing.Union"
	case kindForm:
		head = "typing." + a.origin.(*specialForm).name
	}
	parts := make([]string, 0, len(a.args))
	if len(a.args) == 0 {
		parts = append(parts, "()")
	}
	literal := a.kind == kindForm && a.origin == literalForm
	for i, x := range a.args {
		var s string
		var err error
		switch {
		case literal || (a.kind == kindForm && a.origin == annotatedForm && i > 0):
			s, err = th.Repr(x)
		case a.kind == kindSpecial && a.name == "Callable" && i == 0 && len(a.args) > 0:
			s, err = callableParams(th, x)
		default:
			s, err = th.TypeRepr(x)
		}
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	return head + "[" + strings.Join(parts, ", ") + "]", nil
}

// callableParams writes the parameter list of Callable[[int, str], bool].
func callableParams(th *vm.Thread, v vm.Value) (string, error) {
	l, ok := v.(*vm.List)
	if !ok {
		return th.TypeRepr(v)
	}
	parts := make([]string, len(l.Elems))
	for i, x := range l.Elems {
		s, err := th.TypeRepr(x)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return "[" + strings.Join(parts, ", ") + "]", nil
}

// flatArgs is __args__: Callable's parameter list is flattened.
func (a *alias) flatArgs() vm.Tuple {
	if a.kind == kindSpecial && a.name == "Callable" && len(a.args) == 2 {
		if l, ok := a.args[0].(*vm.List); ok {
			return append(append(vm.Tuple(nil), l.Elems...), a.args[1])
		}
	}
	if a.args == nil {
		return vm.Tuple{}
	}
	return a.args
}

// parameters are the type variables of the arguments, in order.
func parameters(args vm.Tuple) vm.Tuple {
	var out vm.Tuple
	add := func(v vm.Value) {
		for _, x := range out {
			if vm.Is(x, v) {
				return
			}
		}
		out = append(out, v)
	}
	for _, x := range args {
		switch v := x.(type) {
		case *typeVar:
			add(v)
		case *alias:
			for _, p := range parameters(v.flatArgs()) {
				add(p)
			}
		case *vm.List:
			for _, p := range parameters(vm.Tuple(v.Elems)) {
				add(p)
			}
		}
	}
	if out == nil {
		return vm.Tuple{}
	}
	return out
}

func (a *alias) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "__origin__":
		return a.origin, true, nil
	case "__args__":
		return a.flatArgs(), true, nil
	case "__parameters__":
		return parameters(a.flatArgs()), true, nil
	case "_name", "__name__":
		if a.kind == kindSpecial {
			return vm.Str(a.name), true, nil
		}
		if a.kind == kindUnion {
			return vm.Str("Optional"), true, nil
		}
		return vm.None, true, nil
	case "__module__":
		// CPython gives an alias without a name its origin's module.
		switch {
		case a.kind == kindUser || (a.kind == kindForm && vm.Is(a.origin, annotatedForm)):
			origin := a.origin
			if a.kind == kindForm {
				origin = a.args[0]
			}
			m, err := th.GetAttr(origin, "__module__")
			return m, true, err
		}
		return vm.Str(module), true, nil
	case "__mro_entries__":
		return vm.NewBuiltin("__mro_entries__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return a.mroEntries(args)
		}), true, nil
	}
	if a.kind == kindUser && !strings.HasPrefix(name, "__") {
		v, err := th.GetAttr(a.origin, name)
		return v, true, err
	}
	return nil, false, nil
}

// mroEntries is __mro_entries__: the origin class. hfc classes have one
// base, so Generic[T] and Protocol[T] add nothing next to another class.
func (a *alias) mroEntries(args []vm.Value) (vm.Value, error) {
	if a.kind == kindUser && (vm.Is(a.origin, genericClass) || vm.Is(a.origin, protocolClass)) && len(args) == 1 {
		if bases, ok := args[0].(vm.Tuple); ok {
			for _, b := range bases {
				if _, isClass := b.(*vm.Class); isClass {
					return vm.Tuple{}, nil
				}
			}
		}
	}
	return vm.Tuple{a.origin}, nil
}

// Call instantiates the origin of a user generic alias; the aliases of
// typing cannot be instantiated.
func (a *alias) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	switch a.kind {
	case kindUser:
		r, err := th.CallValue(a.origin, args, kwnames)
		if err != nil {
			return nil, err
		}
		if o, ok := r.(*vm.Instance); ok {
			_ = th.SetAttr(o, "__orig_class__", a)
		}
		return r, nil
	case kindSpecial:
		name := a.name
		if c, ok := a.origin.(*vm.Class); ok {
			name = c.Name
		}
		return nil, th.TypeError("Type %s cannot be instantiated; use %s() instead", a.name, name)
	}
	s, err := a.Repr(th)
	if err != nil {
		return nil, err
	}
	return nil, th.TypeError("Cannot instantiate %s", s)
}

// CheckInstance is isinstance/issubclass with the alias as classinfo.
func (a *alias) CheckInstance(th *vm.Thread, sub *vm.Class, v vm.Value) (bool, error) {
	switch a.kind {
	case kindUnion:
		for _, x := range a.args {
			var ok bool
			var err error
			if v != nil {
				ok, err = th.IsInstance(v, x)
			} else {
				issubclass, _ := vm.BuiltinValue("issubclass")
				var r vm.Value
				r, err = th.CallValue(issubclass, []vm.Value{sub, x}, nil)
				if err == nil {
					ok, err = th.Truth(r)
				}
			}
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case kindSpecial:
		if !a.subscripted() {
			if v != nil {
				return th.IsInstance(v, a.origin)
			}
			return sub.IsSubclass(a.origin.(*vm.Class)), nil
		}
	}
	return false, th.TypeError("Subscripted generics cannot be used with class and instance checks")
}

// Compare is == between aliases: same origin and arguments (in any order
// for unions).
func (a *alias) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	if op != bytecode.CmpEQ && op != bytecode.CmpNE {
		return vm.NotImplemented, nil
	}
	b, ok := other.(*alias)
	if !ok {
		return vm.NotImplemented, nil
	}
	eq := a.kind == b.kind
	if eq {
		var err error
		if eq, err = th.Equal(a.origin, b.origin); err != nil {
			return nil, err
		}
	}
	if eq && a.kind == kindUnion {
		eq = len(a.args) == len(b.args)
		for _, x := range a.args {
			if !eq {
				break
			}
			found := false
			for _, y := range b.args {
				if e, err := th.Equal(x, y); err != nil {
					return nil, err
				} else if e {
					found = true
					break
				}
			}
			eq = found
		}
	} else if eq {
		if (a.args == nil) != (b.args == nil) {
			eq = false
		} else {
			var err error
			if eq, err = th.Equal(a.args, b.args); err != nil {
				return nil, err
			}
		}
	}
	return vm.MakeBool(eq == (op == bytecode.CmpEQ)), nil
}

func (a *alias) Hash(th *vm.Thread) (int64, error) {
	h, err := th.Hash(a.origin)
	if err != nil {
		return 0, err
	}
	if a.kind == kindUnion {
		s := vm.NewSet(true)
		for _, x := range a.args {
			if err := s.Add(th, x); err != nil {
				return 0, err
			}
		}
		h2, err := th.Hash(s)
		return h ^ h2, err
	}
	if a.args == nil {
		return h, nil
	}
	h2, err := th.Hash(a.args)
	return h ^ h2, err
}

// GetItem subscripts an unsubscripted alias: typing.List[int].
func (a *alias) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if a.subscripted() || a.kind != kindSpecial {
		s, err := a.Repr(th)
		if err != nil {
			return nil, err
		}
		return nil, th.TypeError("%s is not a generic class", s)
	}
	args := asArgs(key)
	switch a.name {
	case "Callable":
		if _, ok := key.(vm.Tuple); !ok || len(args) != 2 {
			return nil, th.TypeError("Callable must be used as Callable[[arg, ...], result].")
		}
		if l, ok := args[0].(*vm.List); ok {
			params := make([]vm.Value, len(l.Elems))
			for i, p := range l.Elems {
				params[i] = convertArg(p)
			}
			args[0] = vm.NewList(params)
		} else if !vm.Is(args[0], vm.Ellipsis) {
			args[0] = vm.NewList([]vm.Value{convertArg(args[0])})
		}
		args[1] = convertArg(args[1])
		return &alias{kind: kindSpecial, origin: a.origin, name: a.name, args: args}, nil
	case "Tuple":
		if t, ok := key.(vm.Tuple); ok && len(t) == 0 {
			args = vm.Tuple{}
		}
	default:
		if a.nparams >= 0 && len(args) != a.nparams {
			more := "many"
			if len(args) < a.nparams {
				more = "few"
			}
			return nil, th.TypeError("Too %s arguments for typing.%s; actual %d, expected %d", more, a.name, len(args), a.nparams)
		}
	}
	for i, x := range args {
		if !(a.name == "Tuple" && vm.Is(x, vm.Ellipsis)) {
			if err := typeCheck(th, x, "typing."+a.name+"[...]: each arg must be a type."); err != nil {
				return nil, err
			}
		}
		args[i] = convertArg(x)
	}
	return &alias{kind: kindSpecial, origin: a.origin, name: a.name, args: args}, nil
}

// asArgs is the tuple of the arguments of a subscript.
func asArgs(key vm.Value) vm.Tuple {
	if t, ok := key.(vm.Tuple); ok {
		return append(vm.Tuple(nil), t...)
	}
	return vm.Tuple{key}
}

// noneType replaces None by its class, as typing does for arguments.
func noneType(v vm.Value) vm.Value {
	if vm.Is(v, vm.None) {
		return vm.NoneClass
	}
	return v
}

func reprOf(th *vm.Thread, v vm.Value) string {
	s, err := th.Repr(v)
	if err != nil {
		return v.Type().Name
	}
	return s
}

func init() {
	for _, name := range []string{"__or__", "__ror__"} {
		name := name
		aliasClass.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			if name == "__or__" {
				return makeUnion(th, vm.Tuple{self, args[0]})
			}
			return makeUnion(th, vm.Tuple{args[0], self})
		})
	}
}
