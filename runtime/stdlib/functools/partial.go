package functools

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	partialClass       = vm.NewGoClass("partial", module, nil, nil)
	partialMethodClass = vm.NewGoClass("partialmethod", module, nil, newPartialMethod)
)

func init() {
	partialClass.SetNew(newPartial)
	vm.MakeGeneric(partialClass)
}

// partial is functools.partial(func, /, *args, **keywords).
type partial struct {
	funcAttrs
	cls  *vm.Class
	fn   vm.Value
	args vm.Tuple
	kw   *vm.Dict
}

func (p *partial) Type() *vm.Class { return p.cls }

// splitCall returns the positional arguments of a call and its keywords
// as a dict.
func splitCall(args []vm.Value, kwnames []string) (vm.Tuple, *vm.Dict) {
	npos := len(args) - len(kwnames)
	kw := vm.NewDict(len(kwnames))
	for i, k := range kwnames {
		kw.SetStr(k, args[npos+i])
	}
	return append(vm.Tuple(nil), args[:npos]...), kw
}

func newPartial(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args)-len(kwnames) < 1 {
		return nil, th.TypeError("type 'partial' takes at least one argument")
	}
	if !vm.IsCallable(args[0]) {
		return nil, th.TypeError("the first argument must be callable")
	}
	pos, kw := splitCall(args[1:], kwnames)
	p := &partial{cls: cls, fn: args[0], args: pos, kw: kw}
	if inner, ok := args[0].(*partial); ok && inner.cls == partialClass && inner.attrs == nil {
		p.fn = inner.fn
		p.args = append(append(vm.Tuple(nil), inner.args...), pos...)
		merged := inner.kw.Copy()
		var err error
		kw.Items(func(k, v vm.Value) bool {
			err = merged.SetItem(th, k, v)
			return err == nil
		})
		if err != nil {
			return nil, err
		}
		p.kw = merged
	}
	return p, nil
}

// Call calls func(*args, *call_args, **keywords, **call_keywords).
func (p *partial) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	full := make([]vm.Value, 0, len(p.args)+len(args)+p.kw.Len())
	full = append(full, p.args...)
	full = append(full, args[:npos]...)
	// {**keywords, **call_keywords}: the partial's keywords first (with
	// the values of the call), then the call's new ones.
	var names []string
	used := make([]bool, len(kwnames))
	p.kw.Items(func(k, v vm.Value) bool {
		name := string(k.(vm.Str))
		for i, n := range kwnames {
			if n == name {
				v = args[npos+i]
				used[i] = true
				break
			}
		}
		names = append(names, name)
		full = append(full, v)
		return true
	})
	for i, n := range kwnames {
		if !used[i] {
			names = append(names, n)
			full = append(full, args[npos+i])
		}
	}
	return th.CallValue(p.fn, full, names)
}

func (p *partial) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "func":
		return p.fn, true, nil
	case "args":
		return p.args, true, nil
	case "keywords":
		return p.kw, true, nil
	}
	v, ok := p.getAttr(name)
	return v, ok, nil
}

func (p *partial) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	switch name {
	case "func", "args", "keywords":
		return th.Raise(vm.AttributeErrorClass, "readonly attribute")
	}
	return p.setAttr(th, name, v)
}

// Repr is functools.partial(<func>, 1, a=2).
func (p *partial) Repr(th *vm.Thread) (string, error) {
	name := qualifiedName(p.cls)
	if !th.EnterRepr(p) {
		return "...", nil
	}
	defer th.LeaveRepr()
	parts, err := callRepr(th, p.fn, p.args, p.kw)
	if err != nil {
		return "", err
	}
	return name + "(" + parts + ")", nil
}

// qualifiedName is module.QualName, as CPython's tp_name shows it.
func qualifiedName(c *vm.Class) string {
	if c.Module == "builtins" {
		return c.QualName
	}
	return c.Module + "." + c.QualName
}

// callRepr writes fn, args… and k=v… separated by commas.
func callRepr(th *vm.Thread, fn vm.Value, args vm.Tuple, kw *vm.Dict) (string, error) {
	var parts []string
	for _, v := range append(vm.Tuple{fn}, args...) {
		s, err := th.Repr(v)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	var err error
	kw.Items(func(k, v vm.Value) bool {
		var s string
		s, err = th.Repr(v)
		parts = append(parts, string(k.(vm.Str))+"="+s)
		return err == nil
	})
	return strings.Join(parts, ", "), err
}

// partialMethod is functools.partialmethod(func, /, *args, **keywords): a
// descriptor that binds like a method and adds the arguments.
type partialMethod struct {
	fn   vm.Value
	args vm.Tuple
	kw   *vm.Dict
}

func (*partialMethod) Type() *vm.Class { return partialMethodClass }

func newPartialMethod(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args)-len(kwnames) < 1 {
		return nil, th.TypeError("partialmethod.__init__() missing 1 required positional argument: 'func'")
	}
	if !vm.IsCallable(args[0]) {
		if _, ok := args[0].(vm.Descriptor); !ok {
			r, err := th.Repr(args[0])
			if err != nil {
				return nil, err
			}
			return nil, th.TypeError("%s is not callable or a descriptor", r)
		}
	}
	pos, kw := splitCall(args[1:], kwnames)
	return &partialMethod{fn: args[0], args: pos, kw: kw}, nil
}

func (m *partialMethod) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	if obj == nil {
		return vm.NewBuiltin("_method", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if len(args)-len(kwnames) < 1 {
				return nil, th.TypeError("_method() missing 1 required positional argument: 'cls_or_self'")
			}
			p := &partial{cls: partialClass, fn: m.fn, args: append(vm.Tuple{args[0]}, m.args...), kw: m.kw}
			return p.Call(th, args[1:], kwnames)
		}), nil
	}
	return &partial{cls: partialClass, fn: &vm.BoundMethod{Self: obj, Func: m.fn}, args: m.args, kw: m.kw.Copy()}, nil
}

func (m *partialMethod) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "func":
		return m.fn, true, nil
	case "args":
		return m.args, true, nil
	case "keywords":
		return m.kw, true, nil
	}
	return nil, false, nil
}

func (m *partialMethod) Repr(th *vm.Thread) (string, error) {
	parts, err := callRepr(th, m.fn, m.args, m.kw)
	return "functools.partialmethod(" + parts + ")", err
}
