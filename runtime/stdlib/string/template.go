package string

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Template is string.Template: $identifier, ${identifier} and $$ in a
// template string, substituted from a mapping and keyword arguments.
//
// The default syntax is matched by hand. A subclass that changes delimiter,
// idpattern, braceidpattern, flags or pattern gets, when it is created, the
// regular expression CPython's __init_subclass__ builds, compiled with pyre.
// The pattern attribute of CPython (a compiled re.Pattern) is not exposed;
// flags is the int value of re.IGNORECASE.

const (
	defaultIDPattern = `(?a:[_a-z][_a-z0-9]*)`
	ignoreCase       = int64(pyre.IgnoreCase)
)

// templatePatterns holds the compiled pattern of each Template subclass
// that does not use the default syntax.
var templatePatterns sync.Map // *vm.Class → *pyre.Pattern

func newTemplateClass(th *vm.Thread) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("string"))
	ns.Set("__doc__", vm.Str("A string class for supporting $-substitutions."))
	ns.Set("delimiter", vm.Str("$"))
	ns.Set("idpattern", vm.Str(defaultIDPattern))
	ns.Set("braceidpattern", vm.None)
	ns.Set("flags", vm.MakeInt(ignoreCase))
	cls, err := vm.NewClass(th, "Template", "Template", "string", nil, ns)
	if err != nil {
		panic("string: " + err.Error())
	}
	cls.SetAttr("__init_subclass__", &vm.ClassMethod{Func: &vm.Builtin{Name: "__init_subclass__", Module: "string", Fn: func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, th.TypeError("Template.__init_subclass__() takes 1 positional argument but %d were given", len(args))
		}
		c, ok := args[0].(*vm.Class)
		if !ok {
			return nil, th.TypeError("Template.__init_subclass__() needs a class")
		}
		return vm.None, compileTemplatePattern(th, c, cls)
	}}})
	method(cls, "__init__", &signature{qual: "Template.__init__", names: []string{"self", "template"}, required: 2},
		func(th *vm.Thread, b *bound) (vm.Value, error) {
			return vm.None, th.SetAttr(b.args[0], "template", b.args[1])
		})
	substSig := func(name string) *signature {
		return &signature{qual: "Template." + name, names: []string{"self", "mapping"}, posOnly: 2, required: 1, varKw: true}
	}
	method(cls, "substitute", substSig("substitute"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		return substitute(th, b, false)
	})
	method(cls, "safe_substitute", substSig("safe_substitute"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		return substitute(th, b, true)
	})
	method(cls, "is_valid", &signature{qual: "Template.is_valid", names: []string{"self"}, required: 1},
		func(th *vm.Thread, b *bound) (vm.Value, error) {
			valid := true
			err := scanTemplate(th, b.args[0], func(p placeholder) error {
				if p.kind == phInvalid {
					valid = false
					return errStop
				}
				return nil
			})
			if err != nil && err != errStop {
				return nil, err
			}
			return vm.MakeBool(valid), nil
		})
	method(cls, "get_identifiers", &signature{qual: "Template.get_identifiers", names: []string{"self"}, required: 1},
		func(th *vm.Thread, b *bound) (vm.Value, error) {
			var ids []vm.Value
			seen := map[string]bool{}
			err := scanTemplate(th, b.args[0], func(p placeholder) error {
				if p.kind == phNamed && !seen[p.name] {
					seen[p.name] = true
					ids = append(ids, vm.Str(p.name))
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			return vm.NewList(ids), nil
		})
	return cls
}

// errStop ends a scan early.
var errStop = vm.NewException(vm.StopIterationClass)

// compileTemplatePattern is Template.__init_subclass__: it compiles the
// pattern of a subclass whose syntax differs from Template's.
func compileTemplatePattern(th *vm.Thread, c, base *vm.Class) error {
	attr := func(name string) vm.Value { return c.Lookup(name) }
	var src string
	if own, ok := c.Dict.Get("pattern"); ok {
		s, err := patternSource(th, own)
		if err != nil {
			return err
		}
		src = s
	} else {
		same := true
		for _, name := range []string{"delimiter", "idpattern", "braceidpattern", "flags"} {
			def, _ := base.Dict.Get(name)
			same = same && vm.Is(attr(name), def)
		}
		if same {
			templatePatterns.Delete(c)
			return nil
		}
		delim, err := th.Str(attr("delimiter"))
		if err != nil {
			return err
		}
		id, err := th.Str(attr("idpattern"))
		if err != nil {
			return err
		}
		bid := id
		if b := attr("braceidpattern"); b != nil {
			if t, err := th.Truth(b); err != nil {
				return err
			} else if t {
				if bid, err = th.Str(b); err != nil {
					return err
				}
			}
		}
		d := pyre.Escape(delim)
		src = "\n            " + d + `(?:
              (?P<escaped>` + d + `)  |   # Escape sequence of two delimiters
              (?P<named>` + id + `)       |   # delimiter and a Python identifier
              {(?P<braced>` + bid + `)} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            `
	}
	flags, ok := vm.AsInt64(attr("flags"))
	if !ok {
		return th.TypeError("unsupported operand type(s) for |: '%s' and 'RegexFlag'", attr("flags").Type().Name)
	}
	p, err := pyre.Compile(src, pyre.Flags(flags)|pyre.Verbose)
	if err != nil {
		return th.Raise(vm.ValueErrorClass, "%s", err.Error())
	}
	templatePatterns.Store(c, p)
	return nil
}

// patternSource returns the source of a pattern class attribute: a str, or
// an object with a str attribute pattern (a compiled regular expression).
func patternSource(th *vm.Thread, v vm.Value) (string, error) {
	if s, ok := v.(vm.Str); ok {
		return string(s), nil
	}
	p, err := th.GetAttr(v, "pattern")
	if err != nil {
		return "", err
	}
	s, ok := p.(vm.Str)
	if !ok {
		return "", th.TypeError("Template.pattern must be a str or a compiled str pattern, not %s", v.Type().Name)
	}
	return string(s), nil
}

type placeholderKind uint8

const (
	phEscaped placeholderKind = iota
	phNamed                   // $name or ${name}
	phInvalid
)

// placeholder is one match of the template pattern: its kind, the
// identifier of a named one, its text, and (for an invalid one) the
// code-point index where the invalid group starts.
type placeholder struct {
	kind    placeholderKind
	name    string
	text    string
	invalid int
}

// scanTemplate calls f for each placeholder of self.template. It raises
// CPython's "Unrecognized named group" error for a custom pattern none of
// whose groups matched.
func scanTemplate(th *vm.Thread, self vm.Value, f func(placeholder) error) error {
	_, err := walkTemplate(th, self, func(lit string) {}, f)
	return err
}

// walkTemplate splits self.template into literal text (lit) and
// placeholders (ph) in order, and returns the template string.
func walkTemplate(th *vm.Thread, self vm.Value, lit func(string), ph func(placeholder) error) (string, error) {
	tv, err := th.GetAttr(self, "template")
	if err != nil {
		return "", err
	}
	tmpl, ok := tv.(vm.Str)
	if !ok {
		return "", th.TypeError("expected string or bytes-like object, got '%s'", tv.Type().Name)
	}
	if p, ok := templatePatterns.Load(self.Type()); ok {
		return string(tmpl), walkPattern(th, p.(*pyre.Pattern), string(tmpl), lit, ph)
	}
	return string(tmpl), walkDefault(string(tmpl), lit, ph)
}

// walkDefault matches Template's default pattern by hand:
// \$(?:(?P<escaped>\$)|(?P<named>[_a-z][_a-z0-9]*)|{(?P<braced>[_a-z][_a-z0-9]*)}|(?P<invalid>))
// with re.IGNORECASE and ASCII identifiers.
func walkDefault(s string, lit func(string), ph func(placeholder) error) error {
	start := 0
	cp := 0 // code-point index of start
	for {
		i := strings.IndexByte(s[start:], '$')
		if i < 0 {
			lit(s[start:])
			return nil
		}
		i += start
		lit(s[start:i])
		cp += utf8.RuneCountInString(s[start:i])
		j := i + 1
		var p placeholder
		switch {
		case j < len(s) && s[j] == '$':
			p = placeholder{kind: phEscaped, text: "$$"}
			j++
		case j < len(s) && isIdentStart(s[j]):
			k := j + 1
			for k < len(s) && isIdentChar(s[k]) {
				k++
			}
			p = placeholder{kind: phNamed, name: s[j:k], text: s[i:k]}
			j = k
		case j < len(s) && s[j] == '{' && j+1 < len(s) && isIdentStart(s[j+1]):
			k := j + 2
			for k < len(s) && isIdentChar(s[k]) {
				k++
			}
			if k < len(s) && s[k] == '}' {
				p = placeholder{kind: phNamed, name: s[j+1 : k], text: s[i : k+1]}
				j = k + 1
				break
			}
			p = placeholder{kind: phInvalid, text: "$", invalid: cp + 1}
		default:
			p = placeholder{kind: phInvalid, text: "$", invalid: cp + 1}
		}
		if err := ph(p); err != nil {
			return err
		}
		cp += utf8.RuneCountInString(s[i:j])
		start = j
	}
}

func isIdentStart(c byte) bool { return c == '_' || c|0x20 >= 'a' && c|0x20 <= 'z' }
func isIdentChar(c byte) bool  { return isIdentStart(c) || c >= '0' && c <= '9' }

// walkPattern is walkDefault for a subclass's compiled pattern, with the
// rules of re.sub and re.finditer.
func walkPattern(th *vm.Thread, p *pyre.Pattern, s string, lit func(string), ph func(placeholder) error) error {
	in := pyre.NewInput(s)
	sc, err := p.Scanner(in, 0, in.Len(), nil)
	if err != nil {
		return th.Raise(vm.ValueErrorClass, "%s", err.Error())
	}
	group := func(m *pyre.Match, name string) (string, bool) {
		g, ok := p.GroupNumber(name)
		if !ok {
			return "", false
		}
		return m.Group(g)
	}
	last := 0
	for {
		m, err := sc.Search()
		if err != nil {
			return th.Raise(vm.ValueErrorClass, "%s", err.Error())
		}
		if m == nil {
			break
		}
		start, end := m.Span(0)
		lit(in.Slice(last, start))
		last = end
		text, _ := m.Group(0)
		var pl placeholder
		// named = mo.group('named') or mo.group('braced')
		named, ok := group(m, "named")
		if !ok || named == "" {
			named, ok = group(m, "braced")
		}
		switch {
		case ok:
			pl = placeholder{kind: phNamed, name: named, text: text}
		case hasGroup(group, m, "escaped"):
			pl = placeholder{kind: phEscaped, text: text}
		case hasGroup(group, m, "invalid"):
			g, _ := p.GroupNumber("invalid")
			i, _ := m.Span(g)
			pl = placeholder{kind: phInvalid, text: text, invalid: i}
		default:
			return th.Raise(vm.ValueErrorClass, "Unrecognized named group in pattern")
		}
		if err := ph(pl); err != nil {
			return err
		}
	}
	lit(in.Slice(last, in.Len()))
	return nil
}

func hasGroup(group func(*pyre.Match, string) (string, bool), m *pyre.Match, name string) bool {
	_, ok := group(m, name)
	return ok
}

// substitute is Template.substitute and Template.safe_substitute.
func substitute(th *vm.Thread, b *bound, safe bool) (vm.Value, error) {
	self, mapping := b.args[0], b.args[1]
	kws := b.kw
	lookup := func(name string) (vm.Value, error) {
		key := vm.Str(name)
		if mapping == nil || kws.Len() > 0 {
			v, ok, err := kws.Get(th, key)
			if err != nil || ok {
				return v, err
			}
			if mapping == nil {
				return nil, vm.NewException(vm.KeyErrorClass, key)
			}
		}
		return th.GetItem(mapping, key)
	}
	var out strings.Builder
	var delim string
	tmpl, err := walkTemplate(th, self, func(s string) { out.WriteString(s) }, func(p placeholder) error {
		switch p.kind {
		case phNamed:
			v, err := lookup(p.name)
			if err != nil {
				if e, ok := err.(*vm.Exception); ok && safe && e.Matches(vm.KeyErrorClass) {
					out.WriteString(p.text)
					return nil
				}
				return err
			}
			s, err := th.Str(v)
			if err != nil {
				return err
			}
			out.WriteString(s)
		case phEscaped:
			if delim == "" {
				d, err := th.GetAttr(self, "delimiter")
				if err != nil {
					return err
				}
				ds, ok := d.(vm.Str)
				if !ok {
					return th.TypeError("expected str instance, %s found", d.Type().Name)
				}
				delim = string(ds)
			}
			out.WriteString(delim)
		case phInvalid:
			if safe {
				out.WriteString(p.text)
				return nil
			}
			return errInvalid(p.invalid)
		}
		return nil
	})
	if err != nil {
		if inv, ok := err.(invalidPlaceholder); ok {
			return nil, invalidError(th, tmpl, int(inv))
		}
		return nil, err
	}
	return vm.Str(out.String()), nil
}

// invalidPlaceholder carries the code-point index of an invalid
// placeholder out of a walk.
type invalidPlaceholder int

func (invalidPlaceholder) Error() string { return "invalid placeholder" }

func errInvalid(i int) error { return invalidPlaceholder(i) }

// invalidError is Template._invalid: the line and column of the invalid
// placeholder at code-point index i of the template.
func invalidError(th *vm.Thread, tmpl string, i int) error {
	prefix := tmpl[:cpOffset(tmpl, i)]
	lines := splitLinesKeepEnds(prefix)
	lineno, colno := 1, 1
	if len(lines) > 0 {
		lineno = len(lines)
		colno = i - utf8.RuneCountInString(strings.Join(lines[:len(lines)-1], ""))
	}
	return th.ValueError("Invalid placeholder in string: line %d, col %d", lineno, colno)
}

func cpOffset(s string, i int) int {
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}

// splitLinesKeepEnds is str.splitlines(keepends=True).
func splitLinesKeepEnds(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		n := 0
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			n = utf8.RuneLen(r)
		case '\r':
			n = 1
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
		}
		if n > 0 {
			out = append(out, s[start:i+n])
			start = i + n
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
