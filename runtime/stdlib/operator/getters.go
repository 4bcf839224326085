package operator

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	itemGetterClass   = vm.NewGoClass("itemgetter", module, nil, newItemGetter)
	attrGetterClass   = vm.NewGoClass("attrgetter", module, nil, newAttrGetter)
	methodCallerClass = vm.NewGoClass("methodcaller", module, nil, newMethodCaller)
)

// itemGetter is itemgetter(*items): obj[item], or a tuple of several.
type itemGetter struct{ items vm.Tuple }

func (*itemGetter) Type() *vm.Class { return itemGetterClass }

func newItemGetter(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("itemgetter", kwnames); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, th.TypeError("itemgetter expected 1 argument, got 0")
	}
	return &itemGetter{items: append(vm.Tuple(nil), args...)}, nil
}

func (g *itemGetter) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("itemgetter", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if len(g.items) == 1 {
		return th.GetItem(args[0], g.items[0])
	}
	out := make(vm.Tuple, len(g.items))
	for i, k := range g.items {
		v, err := th.GetItem(args[0], k)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (g *itemGetter) Repr(th *vm.Thread) (string, error) {
	return reprCall(th, "operator.itemgetter", g.items, nil)
}

// reprCall writes name(arg, …, k=v, …).
func reprCall(th *vm.Thread, name string, args vm.Tuple, kw *vm.Dict) (string, error) {
	var parts []string
	for _, a := range args {
		s, err := th.Repr(a)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	if kw != nil {
		var err error
		kw.Items(func(k, v vm.Value) bool {
			var s string
			s, err = th.Repr(v)
			parts = append(parts, string(k.(vm.Str))+"="+s)
			return err == nil
		})
		if err != nil {
			return "", err
		}
	}
	return name + "(" + strings.Join(parts, ", ") + ")", nil
}

// attrGetter is attrgetter(*attrs): obj.attr (dotted names follow the
// chain), or a tuple of several.
type attrGetter struct {
	names vm.Tuple
	paths [][]string
}

func (*attrGetter) Type() *vm.Class { return attrGetterClass }

func newAttrGetter(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("attrgetter", kwnames); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, th.TypeError("attrgetter expected 1 argument, got 0")
	}
	g := &attrGetter{names: append(vm.Tuple(nil), args...)}
	for _, a := range args {
		s, ok := a.(vm.Str)
		if !ok {
			return nil, th.TypeError("attribute name must be a string")
		}
		g.paths = append(g.paths, strings.Split(string(s), "."))
	}
	return g, nil
}

func (g *attrGetter) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("attrgetter", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	get := func(path []string) (vm.Value, error) {
		v := args[0]
		for _, name := range path {
			var err error
			if v, err = th.GetAttr(v, name); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	if len(g.paths) == 1 {
		return get(g.paths[0])
	}
	out := make(vm.Tuple, len(g.paths))
	for i, p := range g.paths {
		v, err := get(p)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (g *attrGetter) Repr(th *vm.Thread) (string, error) {
	return reprCall(th, "operator.attrgetter", g.names, nil)
}

// methodCaller is methodcaller(name, /, *args, **kwargs).
type methodCaller struct {
	name string
	args vm.Tuple
	kw   *vm.Dict
}

func (*methodCaller) Type() *vm.Class { return methodCallerClass }

func newMethodCaller(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return nil, th.TypeError("methodcaller needs at least one argument, the method name")
	}
	name, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("method name must be a string")
	}
	m := &methodCaller{name: string(name), args: append(vm.Tuple(nil), args[1:npos]...), kw: vm.NewDict(len(kwnames))}
	for i, k := range kwnames {
		m.kw.SetStr(k, args[npos+i])
	}
	return m, nil
}

func (m *methodCaller) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("methodcaller", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	f, err := th.GetAttr(args[0], m.name)
	if err != nil {
		return nil, err
	}
	full := append(vm.Tuple(nil), m.args...)
	var names []string
	m.kw.Items(func(k, v vm.Value) bool {
		names = append(names, string(k.(vm.Str)))
		full = append(full, v)
		return true
	})
	return th.CallValue(f, full, names)
}

func (m *methodCaller) Repr(th *vm.Thread) (string, error) {
	return reprCall(th, "operator.methodcaller", append(vm.Tuple{vm.Str(m.name)}, m.args...), m.kw)
}
