package typing

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

var specialFormClass = vm.NewGoClass("_SpecialForm", module, nil, nil)

// specialForm is one of typing's special forms: Any, Union, Optional,
// ClassVar, Final, Literal, NoReturn …
type specialForm struct {
	name string
	// subscript makes form[key]; nil when the form takes no arguments.
	subscript func(th *vm.Thread, f *specialForm, key vm.Value) (vm.Value, error)
}

func (*specialForm) Type() *vm.Class { return specialFormClass }

func (f *specialForm) Repr(th *vm.Thread) (string, error) {
	if f == annotatedForm {
		// Annotated is a class in CPython 3.11.
		return "<class 'typing.Annotated'>", nil
	}
	return "typing." + f.name, nil
}

func (f *specialForm) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if f.subscript == nil {
		return nil, th.TypeError("typing.%s is not subscriptable", f.name)
	}
	return f.subscript(th, f, key)
}

func (f *specialForm) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if f == anyForm {
		return nil, th.TypeError("Any cannot be instantiated")
	}
	return nil, th.TypeError("Cannot instantiate typing.%s", f.name)
}

func (f *specialForm) CheckInstance(th *vm.Thread, sub *vm.Class, v vm.Value) (bool, error) {
	if v != nil {
		return false, th.TypeError("typing.%s cannot be used with isinstance()", f.name)
	}
	return false, th.TypeError("typing.%s cannot be used with issubclass()", f.name)
}

func (f *specialForm) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "_name", "__name__":
		return vm.Str(f.name), true, nil
	case "__module__":
		return vm.Str(module), true, nil
	}
	return nil, false, nil
}

func init() {
	unionForm.subscript = func(th *vm.Thread, f *specialForm, key vm.Value) (vm.Value, error) {
		if t, ok := key.(vm.Tuple); ok && len(t) == 0 {
			return nil, th.TypeError("Cannot take a Union of no types.")
		}
		return makeUnion(th, asArgs(key))
	}
	for _, name := range []string{"__or__", "__ror__"} {
		name := name
		specialFormClass.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
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

var (
	anyForm           = &specialForm{name: "Any"}
	noReturnForm      = &specialForm{name: "NoReturn"}
	neverForm         = &specialForm{name: "Never"}
	selfForm          = &specialForm{name: "Self"}
	literalStringForm = &specialForm{name: "LiteralString"}
	typeAliasForm     = &specialForm{name: "TypeAlias"}
	unionForm         = &specialForm{name: "Union"}
	optionalForm      = &specialForm{name: "Optional", subscript: func(th *vm.Thread, f *specialForm, key vm.Value) (vm.Value, error) {
		if t, ok := key.(vm.Tuple); ok {
			return nil, th.TypeError("typing.Optional requires a single type. Got %s.", reprOf(th, t))
		}
		if err := typeCheck(th, key, "Optional[t] requires a single type."); err != nil {
			return nil, err
		}
		return makeUnion(th, vm.Tuple{key, vm.None})
	}}
	literalForm = &specialForm{name: "Literal", subscript: func(th *vm.Thread, f *specialForm, key vm.Value) (vm.Value, error) {
		var args vm.Tuple
		for _, x := range asArgs(key) {
			dup := false
			for _, y := range args {
				if x.Type() == y.Type() {
					if eq, err := th.Equal(x, y); err != nil {
						return nil, err
					} else if eq {
						dup = true
						break
					}
				}
			}
			if !dup {
				args = append(args, x)
			}
		}
		return &alias{kind: kindForm, origin: f, args: args}, nil
	}}
	annotatedForm = &specialForm{name: "Annotated", subscript: func(th *vm.Thread, f *specialForm, key vm.Value) (vm.Value, error) {
		t, ok := key.(vm.Tuple)
		if !ok || len(t) < 2 {
			return nil, th.TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
		}
		args := append(vm.Tuple(nil), t...)
		args[0] = convertArg(args[0])
		return &alias{kind: kindForm, origin: f, args: args}, nil
	}}
	classVarForm    = singleArgForm("ClassVar", "accepts only single type.")
	finalForm       = singleArgForm("Final", "accepts only single type.")
	requiredForm    = singleArgForm("Required", "accepts only a single type.")
	notRequiredForm = singleArgForm("NotRequired", "accepts only a single type.")
	typeGuardForm   = singleArgForm("TypeGuard", "accepts only single type.")
)

// singleArgForm makes a form subscripted with one type: ClassVar[int].
func singleArgForm(name, msg string) *specialForm {
	return &specialForm{name: name, subscript: func(th *vm.Thread, f *specialForm, key vm.Value) (vm.Value, error) {
		if t, ok := key.(vm.Tuple); ok {
			return nil, th.TypeError("typing.%s %s Got %s.", name, msg, reprOf(th, t))
		}
		if err := typeCheck(th, key, "typing."+name+" "+msg); err != nil {
			return nil, err
		}
		return &alias{kind: kindForm, origin: f, args: vm.Tuple{convertArg(key)}}, nil
	}}
}

// plainAllowed are the special forms valid as type arguments by
// themselves.
var plainAllowed = map[*specialForm]bool{anyForm: true, literalStringForm: true, noReturnForm: true, neverForm: true,
	selfForm: true, typeAliasForm: true}

// typeCheck is typing._type_check of CPython 3.11, which accepts most
// values: it rejects tuples and the special forms that need arguments.
func typeCheck(th *vm.Thread, v vm.Value, msg string) error {
	switch x := v.(type) {
	case vm.Tuple:
		return th.TypeError("%s Got %s.", msg, reprOf(th, x))
	case *specialForm:
		if !plainAllowed[x] {
			return th.TypeError("Plain typing.%s is not valid as type argument", x.name)
		}
	case *vm.Class:
		if x == genericClass || x == protocolClass {
			return th.TypeError("Plain %s is not valid as type argument", reprOf(th, x))
		}
	}
	return nil
}

// IsClassVar reports whether an annotation is typing.ClassVar or
// ClassVar[...] (dataclasses ignores those fields).
func IsClassVar(v vm.Value) bool {
	if vm.Is(v, classVarForm) {
		return true
	}
	a, ok := v.(*alias)
	return ok && a.kind == kindForm && vm.Is(a.origin, classVarForm)
}

// makeUnion is Union[args]: nested unions flattened, None as NoneType,
// repeats dropped; a single type is itself.
func makeUnion(th *vm.Thread, args vm.Tuple) (vm.Value, error) {
	var flat vm.Tuple
	var add func(v vm.Value) error
	add = func(v vm.Value) error {
		v = noneType(v)
		switch x := v.(type) {
		case *alias:
			if x.kind == kindUnion {
				for _, y := range x.args {
					if err := add(y); err != nil {
						return err
					}
				}
				return nil
			}
		case *vm.UnionType:
			for _, y := range x.Args {
				if err := add(y); err != nil {
					return err
				}
			}
			return nil
		}
		if err := typeCheck(th, v, "Union[arg, ...]: each arg must be a type."); err != nil {
			return err
		}
		v = convertArg(v)
		for _, y := range flat {
			if eq, err := th.Equal(y, v); err != nil || eq {
				return err
			}
		}
		flat = append(flat, v)
		return nil
	}
	for _, a := range args {
		if err := add(a); err != nil {
			return nil, err
		}
	}
	if len(flat) == 1 {
		return flat[0], nil
	}
	return &alias{kind: kindUnion, origin: unionForm, args: flat}, nil
}
