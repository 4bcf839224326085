package typing

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

var forwardRefClass = vm.NewGoClass("ForwardRef", module, nil, nil)

// forwardRef is typing.ForwardRef: a string annotation inside a typing
// construct (List["Node"]).
type forwardRef struct{ arg string }

func (*forwardRef) Type() *vm.Class { return forwardRefClass }

func (f *forwardRef) Repr(th *vm.Thread) (string, error) {
	s, err := th.Repr(vm.Str(f.arg))
	return "ForwardRef(" + s + ")", err
}

func (f *forwardRef) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "__forward_arg__":
		return vm.Str(f.arg), true, nil
	case "__forward_evaluated__":
		return vm.False, true, nil
	}
	return nil, false, nil
}

func (f *forwardRef) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*forwardRef)
	if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return vm.NotImplemented, nil
	}
	return vm.MakeBool((f.arg == o.arg) == (op == bytecode.CmpEQ)), nil
}

func (f *forwardRef) Hash(th *vm.Thread) (int64, error) { return th.Hash(vm.Str(f.arg)) }

func init() {
	forwardRefClass.SetNew(func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		var arg vm.Value
		if err := th.UnpackArgs("ForwardRef", args, kwnames, "arg", &arg); err != nil {
			return nil, err
		}
		s, ok := arg.(vm.Str)
		if !ok {
			return nil, th.TypeError("Forward reference must be a string -- got %s", reprOf(th, arg))
		}
		return &forwardRef{arg: string(s)}, nil
	})
}

// convertArg is typing._type_convert: None becomes NoneType, a string a
// ForwardRef.
func convertArg(v vm.Value) vm.Value {
	switch x := v.(type) {
	case vm.NoneType:
		return vm.NoneClass
	case vm.Str:
		return &forwardRef{arg: string(x)}
	}
	return v
}

// resolveValue evaluates the string annotations and forward references in
// an annotation; resolve looks names up.
func resolveValue(th *vm.Thread, v vm.Value, resolve func(string) (vm.Value, error)) (vm.Value, error) {
	evalText := func(s string) (vm.Value, error) {
		n, err := parseAnnotation(s)
		if err != nil {
			return nil, th.Raise(vm.SyntaxErrorClass, "%v", err)
		}
		r, err := evalAnnotation(th, n, resolve)
		if err != nil {
			return nil, err
		}
		return resolveValue(th, r, resolve)
	}
	switch x := v.(type) {
	case vm.Str:
		return evalText(string(x))
	case *forwardRef:
		return evalText(x.arg)
	case *alias:
		if x.args == nil || (x.kind == kindForm && vm.Is(x.origin, literalForm)) {
			return x, nil
		}
		args := make(vm.Tuple, len(x.args))
		for i, a := range x.args {
			if l, ok := a.(*vm.List); ok {
				items := make([]vm.Value, len(l.Elems))
				for j, e := range l.Elems {
					r, err := resolveValue(th, e, resolve)
					if err != nil {
						return nil, err
					}
					items[j] = r
				}
				args[i] = vm.NewList(items)
				continue
			}
			r, err := resolveValue(th, a, resolve)
			if err != nil {
				return nil, err
			}
			args[i] = r
		}
		if x.kind == kindUnion {
			return makeUnion(th, args)
		}
		c := *x
		c.args = args
		return &c, nil
	}
	return v, nil
}
