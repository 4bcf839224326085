package re

import (
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	re *pyre.Pattern
	// source is the str or bytes the pattern was compiled from.
	source vm.Value
}

var patternClass = newClass("Pattern", "re")

// Type implements vm.Value.
func (p *Pattern) Type() *vm.Class { return patternClass }

// flagNames are the flags in the order of the repr of a pattern (_sre.c).
var flagNames = []struct {
	name string
	flag pyre.Flags
}{
	{"re.TEMPLATE", pyre.TemplateFlag},
	{"re.IGNORECASE", pyre.IgnoreCase},
	{"re.LOCALE", pyre.Locale},
	{"re.MULTILINE", pyre.Multiline},
	{"re.DOTALL", pyre.DotAll},
	{"re.UNICODE", pyre.Unicode},
	{"re.VERBOSE", pyre.Verbose},
	{"re.DEBUG", pyre.Debug},
	{"re.ASCII", pyre.ASCII},
}

// Repr implements repr(): re.compile('a+', re.IGNORECASE), with the
// pattern's repr cut to 200 characters and re.UNICODE left out for str
// patterns, as CPython does.
func (p *Pattern) Repr(th *vm.Thread) (string, error) {
	src, err := th.Repr(p.source)
	if err != nil {
		return "", err
	}
	src = truncate(src, 200)
	flags := p.re.Flags()
	if !p.re.IsBytes() && flags&(pyre.Locale|pyre.Unicode|pyre.ASCII) == pyre.Unicode {
		flags &^= pyre.Unicode
	}
	if flags == 0 {
		return "re.compile(" + src + ")", nil
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.flag != 0 {
			names = append(names, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", uint32(flags)))
	}
	return "re.compile(" + src + ", " + strings.Join(names, "|") + ")", nil
}

// truncate cuts s to n code points, as the "%.nR" format of CPython does.
func truncate(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// Compare implements == and != : patterns are equal when their sources,
// kinds and flags are.
func (p *Pattern) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	q, ok := other.(*Pattern)
	if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return vm.NotImplemented, nil
	}
	eq := p == q || (p.re.Flags() == q.re.Flags() && p.re.IsBytes() == q.re.IsBytes() && string(p.re.Source()) == string(q.re.Source()))
	return vm.MakeBool(eq == (op == bytecode.CmpEQ)), nil
}

// Hash implements hash(), consistent with Compare.
func (p *Pattern) Hash(th *vm.Thread) (int64, error) {
	h, err := th.Hash(p.source)
	if err != nil {
		return 0, err
	}
	h ^= int64(p.re.Flags())
	if h == -1 {
		h = -2
	}
	return h, nil
}

// matchAt runs match, search or fullmatch and wraps the result.
func (p *Pattern) matchAt(th *vm.Thread, kind string, subject vm.Value, pos, endpos int) (vm.Value, error) {
	in, err := input(th, subject)
	if err != nil {
		return nil, err
	}
	b := newBudget(th)
	var m *pyre.Match
	switch kind {
	case "match":
		m, err = p.re.Match(in, pos, endpos, &b.Budget)
	case "search":
		m, err = p.re.Search(in, pos, endpos, &b.Budget)
	default:
		m, err = p.re.FullMatch(in, pos, endpos, &b.Budget)
	}
	if err := b.done(err); err != nil {
		return nil, err
	}
	if m == nil {
		return vm.None, nil
	}
	return &Match{m: m, pattern: p, subject: subject}, nil
}

// findall is Pattern.findall: the whole matches, the only group, or
// tuples of the groups, with "" for groups that did not take part.
func (p *Pattern) findall(th *vm.Thread, subject vm.Value, pos, endpos int) (vm.Value, error) {
	in, err := input(th, subject)
	if err != nil {
		return nil, err
	}
	b := newBudget(th)
	sc, err := p.re.Scanner(in, pos, endpos, &b.Budget)
	if err != nil {
		return nil, b.done(err)
	}
	isBytes := p.re.IsBytes()
	empty := text(isBytes, "")
	groups := p.re.Groups()
	var out []vm.Value
	for {
		m, err := sc.Search()
		if err != nil {
			return nil, b.done(err)
		}
		if m == nil {
			break
		}
		switch groups {
		case 0:
			s, _ := m.Group(0)
			out = append(out, text(isBytes, s))
		case 1:
			out = append(out, groupOr(m, 1, isBytes, empty))
		default:
			t := make(vm.Tuple, groups)
			for g := range t {
				t[g] = groupOr(m, g+1, isBytes, empty)
			}
			out = append(out, t)
		}
	}
	if err := b.done(nil); err != nil {
		return nil, err
	}
	return vm.NewList(out), nil
}

// groupOr returns the text of group g, or def when it did not take part.
func groupOr(m *pyre.Match, g int, isBytes bool, def vm.Value) vm.Value {
	s, ok := m.Group(g)
	if !ok {
		return def
	}
	return text(isBytes, s)
}

// split is Pattern.split.
func (p *Pattern) split(th *vm.Thread, subject vm.Value, maxsplit int) (vm.Value, error) {
	in, err := input(th, subject)
	if err != nil {
		return nil, err
	}
	b := newBudget(th)
	spans, err := p.re.Split(in, maxsplit, &b.Budget)
	if err := b.done(err); err != nil {
		return nil, err
	}
	isBytes := p.re.IsBytes()
	out := make([]vm.Value, len(spans))
	for i, sp := range spans {
		if sp[0] < 0 {
			out[i] = vm.None
		} else {
			out[i] = text(isBytes, in.Slice(sp[0], sp[1]))
		}
	}
	return vm.NewList(out), nil
}

// subn is Pattern.subn: the new string and the number of replacements.
// repl is a template (str or bytes) or a function of the match.
func (p *Pattern) subn(th *vm.Thread, repl, subject vm.Value, count int) (vm.Value, int, error) {
	var tmpl *pyre.Template
	var err error
	_, tmplBytes := repl.(vm.Bytes)
	switch r := repl.(type) {
	case vm.Str:
		tmpl, err = p.re.CompileTemplate(string(r))
	case vm.Bytes:
		tmpl, err = p.re.CompileTemplateBytes([]byte(r))
	default:
		if !vm.IsCallable(repl) {
			return nil, 0, th.TypeError("decoding to str: need a bytes-like object, %s found", repl.Type().Name)
		}
	}
	if err != nil {
		return nil, 0, convertError(th, err, nil)
	}
	in, err := input(th, subject)
	if err != nil {
		return nil, 0, err
	}
	b := newBudget(th)
	var expand func(*Match) (vm.Value, error)
	switch {
	case tmpl == nil:
		expand = func(m *Match) (vm.Value, error) { return th.CallValue(repl, []vm.Value{m}, nil) }
	case tmplBytes != p.re.IsBytes():
		// The expansions are of the wrong type: join reports it.
		expand = func(m *Match) (vm.Value, error) { return text(tmplBytes, tmpl.Expand(m.m)), nil }
	default:
		s, n, err := p.re.Sub(tmpl, in, count, &b.Budget)
		if err := b.done(err); err != nil {
			return nil, 0, err
		}
		if n == 0 {
			return subject, 0, nil
		}
		return text(p.re.IsBytes(), s), n, nil
	}
	return p.subJoin(th, b, expand, in, subject, count)
}

// subJoin is subn with a function: it collects the pieces of the subject
// and the replacements that expand returns (None for nothing), then joins
// them, so that a replacement of the wrong type is reported as CPython's
// join reports it, after all calls.
func (p *Pattern) subJoin(th *vm.Thread, b *budget, expand func(*Match) (vm.Value, error), in *pyre.Input, subject vm.Value, count int) (vm.Value, int, error) {
	sc, err := p.re.Scanner(in, 0, in.Len(), &b.Budget)
	if err != nil {
		return nil, 0, b.done(err)
	}
	isBytes := p.re.IsBytes()
	var items []vm.Value
	last, n := 0, 0
	for count >= 0 && (count == 0 || n < count) {
		m, err := sc.Search()
		if err != nil {
			return nil, 0, b.done(err)
		}
		if m == nil {
			break
		}
		start, end := m.Span(0)
		if last < start {
			items = append(items, text(isBytes, in.Slice(last, start)))
		}
		r, err := expand(&Match{m: m, pattern: p, subject: subject})
		if err != nil {
			return nil, 0, err
		}
		if !vm.Is(r, vm.None) {
			items = append(items, r)
		}
		last = end
		n++
	}
	if err := b.done(nil); err != nil {
		return nil, 0, err
	}
	if n == 0 {
		return subject, 0, nil
	}
	if last < in.Len() {
		items = append(items, text(isBytes, in.Slice(last, in.Len())))
	}
	s, err := join(th, items, isBytes)
	if err != nil {
		return nil, 0, err
	}
	return s, n, nil
}

// join concatenates str (or bytes) values with the errors of str.join
// (bytes.join).
func join(th *vm.Thread, items []vm.Value, isBytes bool) (vm.Value, error) {
	var sb strings.Builder
	for i, it := range items {
		switch s := it.(type) {
		case vm.Str:
			if !isBytes {
				sb.WriteString(string(s))
				continue
			}
		case vm.Bytes:
			if isBytes {
				sb.WriteString(string(s))
				continue
			}
		}
		if isBytes {
			return nil, th.TypeError("sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
		}
		return nil, th.TypeError("sequence item %d: expected str instance, %s found", i, it.Type().Name)
	}
	return text(isBytes, sb.String()), nil
}

func init() {
	addGetter(patternClass, "pattern", func(v vm.Value) vm.Value { return v.(*Pattern).source })
	addGetter(patternClass, "flags", func(v vm.Value) vm.Value { return vm.MakeInt(int64(v.(*Pattern).re.Flags())) })
	addGetter(patternClass, "groups", func(v vm.Value) vm.Value { return vm.MakeInt(int64(v.(*Pattern).re.Groups())) })
	addGetter(patternClass, "groupindex", func(v vm.Value) vm.Value {
		named := v.(*Pattern).re.GroupIndex()
		d := vm.NewDict(len(named))
		for _, g := range named {
			d.SetStr(g.Name, vm.MakeInt(int64(g.Index)))
		}
		return d
	})
	for _, kind := range []string{"match", "search", "fullmatch"} {
		addMethod(patternClass, kind, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			var s, pos, endpos vm.Value
			if err := th.UnpackArgs(kind, args, kwnames, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
				return nil, err
			}
			p, e, err := bounds(th, pos, endpos)
			if err != nil {
				return nil, err
			}
			return self.(*Pattern).matchAt(th, kind, s, p, e)
		})
	}
	addMethod(patternClass, "findall", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var s, pos, endpos vm.Value
		if err := th.UnpackArgs("findall", args, kwnames, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
			return nil, err
		}
		p, e, err := bounds(th, pos, endpos)
		if err != nil {
			return nil, err
		}
		return self.(*Pattern).findall(th, s, p, e)
	})
	for _, kind := range []string{"finditer", "scanner"} {
		addMethod(patternClass, kind, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			var s, pos, endpos vm.Value
			if err := th.UnpackArgs(kind, args, kwnames, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
				return nil, err
			}
			p, e, err := bounds(th, pos, endpos)
			if err != nil {
				return nil, err
			}
			sc, err := self.(*Pattern).newScanner(th, s, p, e)
			if err != nil || kind == "scanner" {
				return sc, err
			}
			return &matchIter{sc: sc}, nil
		})
	}
	addMethod(patternClass, "split", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var s, maxsplit vm.Value
		if err := th.UnpackArgs("split", args, kwnames, "string", &s, "maxsplit?", &maxsplit); err != nil {
			return nil, err
		}
		n, err := intArg(th, maxsplit, 0)
		if err != nil {
			return nil, err
		}
		return self.(*Pattern).split(th, s, n)
	})
	for _, kind := range []string{"sub", "subn"} {
		addMethod(patternClass, kind, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			var repl, s, count vm.Value
			if err := th.UnpackArgs(kind, args, kwnames, "repl", &repl, "string", &s, "count?", &count); err != nil {
				return nil, err
			}
			n, err := intArg(th, count, 0)
			if err != nil {
				return nil, err
			}
			r, done, err := self.(*Pattern).subn(th, repl, s, n)
			if err != nil || kind == "sub" {
				return r, err
			}
			return vm.Tuple{r, vm.MakeInt(int64(done))}, nil
		})
	}
	addMethod(patternClass, "__copy__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self, th.ExactArgs("__copy__", args, kwnames, 0)
	})
	addMethod(patternClass, "__deepcopy__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self, th.ExactArgs("__deepcopy__", args, kwnames, 1)
	})
}
