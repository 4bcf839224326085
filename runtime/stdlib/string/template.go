package string

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Template is string.Template: $identifier, ${identifier} and $$ in a
// template string, substituted from a mapping and keyword arguments.
//
// As in CPython, each class has a compiled pattern attribute, which
// __init_subclass__ builds from delimiter, idpattern, braceidpattern and
// flags (or compiles from the class's own pattern); pyre compiles it. The
// default syntax is matched by hand. flags is the int value of
// re.IGNORECASE.

const (
	defaultIDPattern = `(?a:[_a-z][_a-z0-9]*)`
	ignoreCase       = int64(pyre.IgnoreCase)
)

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
	initSubclass := func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, th.TypeError("Template.__init_subclass__() takes 1 positional argument but %d were given", len(args))
		}
		c, ok := args[0].(*vm.Class)
		if !ok {
			return nil, th.TypeError("Template.__init_subclass__() needs a class")
		}
		return vm.None, compileTemplatePattern(th, c, cls)
	}
	cls.SetAttr("__init_subclass__", &vm.ClassMethod{Func: &vm.Builtin{Name: "__init_subclass__", Module: "string", Fn: initSubclass}})
	// CPython calls it for Template itself when the module loads.
	if _, err := initSubclass(th, []vm.Value{cls}, nil); err != nil {
		panic("string: " + err.Error())
	}
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

// compileTemplatePattern is Template.__init_subclass__: it sets the
// pattern attribute of c (Template or a subclass).
func compileTemplatePattern(th *vm.Thread, c, base *vm.Class) error {
	attr := func(name string) vm.Value { return c.Lookup(name) }
	flagsv := attr("flags")
	flags, ok := vm.AsInt64(flagsv)
	if !ok {
		return th.TypeError("unsupported operand type(s) for |: '%s' and 'RegexFlag'", flagsv.Type().Name)
	}
	var src string
	isDefault := false
	if own, ok := c.Dict.Get("pattern"); ok && c != base {
		s, err := patternSource(th, own)
		if err != nil {
			return err
		}
		src = s
	} else {
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
		isDefault = delim == "$" && id == defaultIDPattern && bid == id && flags == ignoreCase
		if def, ok := base.Dict.Get("pattern"); ok && isDefault {
			// re.compile's cache makes it the very same object in CPython.
			c.SetAttr("pattern", def)
			return nil
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
	p, err := compilePattern(th, src, flags|int64(pyre.Verbose))
	if err != nil {
		return err
	}
	p.isDefault = isDefault
	c.SetAttr("pattern", p)
	return nil
}

// compilePattern compiles a template pattern.
func compilePattern(th *vm.Thread, src string, flags int64) (*templatePattern, error) {
	re, err := pyre.Compile(src, pyre.Flags(flags))
	if err != nil {
		return nil, th.Raise(vm.ValueErrorClass, "%s", err.Error())
	}
	return &templatePattern{re: re, source: src, flags: flags}, nil
}

// templatePattern is a compiled pattern (CPython's re.Pattern) as the
// pattern attribute of a Template class; isDefault marks Template's own,
// which is matched by hand.
type templatePattern struct {
	re        *pyre.Pattern
	source    string
	flags     int64
	isDefault bool
}

var patternClass = func() *vm.Class {
	c := &vm.Class{Name: "Pattern", QualName: "Pattern", Module: "re", Base: vm.ObjectClass, Dict: vm.NewStrDict()}
	c.MRO = []*vm.Class{c, vm.ObjectClass}
	return c
}()

// Type implements vm.Value.
func (*templatePattern) Type() *vm.Class { return patternClass }

// GetAttr gives the pattern, flags and groups attributes.
func (p *templatePattern) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "pattern":
		return vm.Str(p.source), true, nil
	case "flags":
		f := p.flags
		if f&int64(pyre.ASCII) == 0 {
			f |= int64(pyre.Unicode)
		}
		return vm.MakeInt(f), true, nil
	case "groups":
		return vm.MakeInt(int64(p.re.Groups())), true, nil
	}
	return nil, false, nil
}

// Repr is re.Pattern's repr: re.compile('…', re.IGNORECASE|re.VERBOSE).
func (p *templatePattern) Repr(th *vm.Thread) (string, error) {
	src, err := th.Repr(vm.Str(p.source))
	if err != nil {
		return "", err
	}
	if r := []rune(src); len(r) > 200 {
		src = string(r[:200])
	}
	names := []string{"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"}
	var flags []string
	rest := p.flags &^ int64(pyre.Unicode)
	for i, n := range names {
		if rest&(1<<i) != 0 {
			flags = append(flags, "re."+n)
			rest &^= 1 << i
		}
	}
	if rest != 0 {
		flags = append(flags, "0x"+strconv.FormatInt(rest, 16))
	}
	if len(flags) == 0 {
		return "re.compile(" + src + ")", nil
	}
	return "re.compile(" + src + ", " + strings.Join(flags, "|") + ")", nil
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
	_, err := walkTemplate(th, self, "finditer", func(lit string) {}, f)
	return err
}

// walkTemplate splits self.template into literal text (lit) and
// placeholders (ph) in order, with self.pattern (whose method, sub or
// finditer, CPython would call), and returns the template string.
func walkTemplate(th *vm.Thread, self vm.Value, method string, lit func(string), ph func(placeholder) error) (string, error) {
	pv, err := th.GetAttr(self, "pattern")
	if err != nil {
		return "", err
	}
	p, ok := pv.(*templatePattern)
	if !ok {
		// A pattern assigned after the class was made: use its source.
		if _, err := th.GetAttr(pv, method); err != nil {
			return "", err
		}
		src, err := patternSource(th, pv)
		if err != nil {
			return "", err
		}
		fv, err := th.GetAttr(pv, "flags")
		if err != nil {
			return "", err
		}
		flags, _ := vm.AsInt64(fv)
		if p, err = compilePattern(th, src, flags); err != nil {
			return "", err
		}
	}
	tv, err := th.GetAttr(self, "template")
	if err != nil {
		return "", err
	}
	tmpl, ok := tv.(vm.Str)
	if !ok {
		return "", th.TypeError("expected string or bytes-like object, got '%s'", tv.Type().Name)
	}
	if p.isDefault {
		return string(tmpl), walkDefault(string(tmpl), lit, ph)
	}
	return string(tmpl), walkPattern(th, p.re, string(tmpl), lit, ph)
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
	tmpl, err := walkTemplate(th, self, "sub", func(s string) { out.WriteString(s) }, func(p placeholder) error {
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
