package re

import (
	"fmt"

	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Match is the result of a successful match (re.Match).
type Match struct {
	m       *pyre.Match
	pattern *Pattern
	// subject is the str or bytes that was matched (Match.string).
	subject vm.Value
}

var matchClass = newClass("Match", "re")

// Type implements vm.Value.
func (m *Match) Type() *vm.Class { return matchClass }

// Repr implements repr(): <re.Match object; span=(0, 3), match='abc'>,
// with the repr of the match cut to 50 characters.
func (m *Match) Repr(th *vm.Thread) (string, error) {
	start, end := m.m.Span(0)
	r, err := th.Repr(m.group(0, vm.None))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", start, end, truncate(r, 50)), nil
}

// GetItem implements m[g], which is m.group(g).
func (m *Match) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	g, err := m.index(th, key)
	if err != nil {
		return nil, err
	}
	return m.group(g, vm.None), nil
}

// index resolves a group given by number or by name, as _sre's
// match_getindex does.
func (m *Match) index(th *vm.Thread, v vm.Value) (int, error) {
	g := -1
	switch x := v.(type) {
	case vm.Str:
		if n, ok := m.pattern.re.GroupNumber(string(x)); ok {
			g = n
		}
	case *vm.Instance, vm.Int, vm.Bool, vm.BigInt:
		i, err := th.IndexValue(x)
		if err != nil {
			if _, ok := x.(*vm.Instance); !ok {
				return 0, err
			}
			break
		}
		if n, ok := vm.AsInt64(i); ok && n >= 0 && n <= int64(m.pattern.re.Groups()) {
			g = int(n)
		}
	default:
		if _, err := th.Hash(v); err != nil {
			return 0, err
		}
	}
	if g < 0 {
		return 0, th.Raise(vm.IndexErrorClass, "no such group")
	}
	return g, nil
}

// group returns the text of group g, or def when it did not take part.
func (m *Match) group(g int, def vm.Value) vm.Value {
	return groupOr(m.m, g, m.pattern.re.IsBytes(), def)
}

// spanArg resolves the optional group argument of start, end and span.
func (m *Match) spanArg(th *vm.Thread, fname string, args []vm.Value, kwnames []string) (int, int, error) {
	var gv vm.Value
	if err := th.UnpackArgs(fname, args, kwnames, "group?", &gv); err != nil {
		return 0, 0, err
	}
	g := 0
	if gv != nil {
		var err error
		if g, err = m.index(th, gv); err != nil {
			return 0, 0, err
		}
	}
	start, end := m.m.Span(g)
	return start, end, nil
}

// expand is Match.expand.
func (m *Match) expand(th *vm.Thread, tmpl vm.Value) (vm.Value, error) {
	var t *pyre.Template
	var err error
	switch x := tmpl.(type) {
	case vm.Str:
		t, err = m.pattern.re.CompileTemplate(string(x))
	case vm.Bytes:
		t, err = m.pattern.re.CompileTemplateBytes([]byte(x))
	default:
		return nil, th.TypeError("expected str or bytes template, got '%s'", tmpl.Type().Name)
	}
	if err != nil {
		return nil, convertError(th, err, nil)
	}
	_, tb := tmpl.(vm.Bytes)
	return join(th, []vm.Value{text(tb, t.Expand(m.m))}, m.pattern.re.IsBytes())
}

func init() {
	addGetter(matchClass, "string", func(v vm.Value) vm.Value { return v.(*Match).subject })
	addGetter(matchClass, "re", func(v vm.Value) vm.Value { return v.(*Match).pattern })
	addGetter(matchClass, "pos", func(v vm.Value) vm.Value { return vm.MakeInt(int64(v.(*Match).m.Pos())) })
	addGetter(matchClass, "endpos", func(v vm.Value) vm.Value { return vm.MakeInt(int64(v.(*Match).m.EndPos())) })
	addGetter(matchClass, "lastindex", func(v vm.Value) vm.Value {
		if i := v.(*Match).m.LastIndex(); i >= 0 {
			return vm.MakeInt(int64(i))
		}
		return vm.None
	})
	addGetter(matchClass, "lastgroup", func(v vm.Value) vm.Value {
		if name, ok := v.(*Match).m.LastGroup(); ok {
			return vm.Str(name)
		}
		return vm.None
	})
	addGetter(matchClass, "regs", func(v vm.Value) vm.Value {
		m := v.(*Match)
		regs := make(vm.Tuple, m.pattern.re.Groups()+1)
		for g := range regs {
			start, end := m.m.Span(g)
			regs[g] = vm.Tuple{vm.MakeInt(int64(start)), vm.MakeInt(int64(end))}
		}
		return regs
	})
	addMethod(matchClass, "group", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.NoKwargs("group", kwnames); err != nil {
			return nil, err
		}
		m := self.(*Match)
		if len(args) == 0 {
			return m.group(0, vm.None), nil
		}
		out := make(vm.Tuple, len(args))
		for i, a := range args {
			g, err := m.index(th, a)
			if err != nil {
				return nil, err
			}
			out[i] = m.group(g, vm.None)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	})
	addMethod(matchClass, "__getitem__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__getitem__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return self.(*Match).GetItem(th, args[0])
	})
	addMethod(matchClass, "groups", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		def := vm.Value(vm.None)
		if err := th.UnpackArgs("groups", args, kwnames, "default?", &def); err != nil {
			return nil, err
		}
		m := self.(*Match)
		out := make(vm.Tuple, m.pattern.re.Groups())
		for i := range out {
			out[i] = m.group(i+1, def)
		}
		return out, nil
	})
	addMethod(matchClass, "groupdict", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		def := vm.Value(vm.None)
		if err := th.UnpackArgs("groupdict", args, kwnames, "default?", &def); err != nil {
			return nil, err
		}
		m := self.(*Match)
		named := m.pattern.re.GroupIndex()
		d := vm.NewDict(len(named))
		for _, g := range named {
			d.SetStr(g.Name, m.group(g.Index, def))
		}
		return d, nil
	})
	addMethod(matchClass, "start", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		start, _, err := self.(*Match).spanArg(th, "start", args, kwnames)
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(start)), nil
	})
	addMethod(matchClass, "end", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		_, end, err := self.(*Match).spanArg(th, "end", args, kwnames)
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(end)), nil
	})
	addMethod(matchClass, "span", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		start, end, err := self.(*Match).spanArg(th, "span", args, kwnames)
		if err != nil {
			return nil, err
		}
		return vm.Tuple{vm.MakeInt(int64(start)), vm.MakeInt(int64(end))}, nil
	})
	addMethod(matchClass, "expand", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var tmpl vm.Value
		if err := th.UnpackArgs("expand", args, kwnames, "template", &tmpl); err != nil {
			return nil, err
		}
		return self.(*Match).expand(th, tmpl)
	})
	addMethod(matchClass, "__copy__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self, th.ExactArgs("__copy__", args, kwnames, 0)
	})
	addMethod(matchClass, "__deepcopy__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self, th.ExactArgs("__deepcopy__", args, kwnames, 1)
	})
}
