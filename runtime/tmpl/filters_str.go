package tmpl

import (
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/stdlib/html"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The string filters of jinja2/filters.py.
func init() {
	defFilter("do_capitalize(s)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		return sameKind(s, pyfmt.Capitalize(strOf(s))), nil
	}, "capitalize")
	defFilter("do_upper(s)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		return sameKind(s, pyfmt.Upper(strOf(s))), nil
	}, "upper")
	defFilter("do_lower(s)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		return sameKind(s, pyfmt.Lower(strOf(s))), nil
	}, "lower")
	defFilter("do_title(s)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		return vm.Str(title(strOf(s))), nil
	}, "title")
	defFilter("do_center(value, width=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		return strMethod(th, s, "center", c.arg(1, vm.MakeInt(80)))
	}, "center")
	defFilter("do_trim(value, chars=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		if !c.given(1) {
			if _, ok := s.(vm.Str); ok {
				return vm.Str(strings.TrimFunc(strOf(s), pyfmt.IsSpace)), nil
			}
		}
		return strMethod(th, s, "strip", c.arg(1, vm.None))
	}, "trim")
	defFilter("do_wordcount(s)", func(th *vm.Thread, c *call) (vm.Value, error) {
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(wordCount(strOf(s)))), nil
	}, "wordcount")
	defFilter("do_truncate(^env, s, length=, killwords=, end=, leeway=)", truncate, "truncate")
	defFilter("do_wordwrap(^environment, s, width=, break_long_words=, wrapstring=, break_on_hyphens=)", wordwrap, "wordwrap")
	defFilter("do_indent(s, width=, first=, blank=)", indent, "indent")
	defFilter("do_replace(^eval_ctx, s, old, new, count=)", replace, "replace")
	defFilter("do_format(value, *args, **kwargs)", func(th *vm.Thread, c *call) (vm.Value, error) {
		if len(c.rest) > 0 && len(c.kwnames) > 0 {
			return nil, th.Raise(vm.FilterArgumentErrorClass, "can't handle positional and keyword arguments at the same time")
		}
		s, err := softStr(th, c.args[0])
		if err != nil {
			return nil, err
		}
		var args vm.Value = vm.Tuple(append([]vm.Value(nil), c.rest...))
		if len(c.kwnames) > 0 {
			d := vm.NewDict(len(c.kwnames))
			for i, k := range c.kwnames {
				if err := d.SetItem(th, vm.Str(k), c.kwvals[i]); err != nil {
					return nil, err
				}
			}
			args = d
		}
		return th.Binary(bytecode.OpMod, s, args)
	}, "format")
	builtinFilters["string"] = cFunc("markupsafe._speedups.soft_str", softStr)
	escape := cFunc("markupsafe._speedups.escape", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
		return th.Escape(v)
	})
	builtinFilters["e"] = escape
	builtinFilters["escape"] = escape
	defFilter("do_forceescape(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		v := c.args[0]
		if hasHTML(v) {
			h, err := htmlOf(th, v)
			if err != nil {
				return nil, err
			}
			v = h
		}
		s, err := th.Str(v)
		if err != nil {
			return nil, err
		}
		return vm.Markup(vm.EscapeHTML(s)), nil
	}, "forceescape")
	defFilter("do_mark_safe(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return markup(th, c.args[0])
	}, "safe")
	defFilter("do_striptags(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		v := c.args[0]
		if hasHTML(v) {
			h, err := htmlOf(th, v)
			if err != nil {
				return nil, err
			}
			v = h
		}
		s, err := th.Str(v)
		if err != nil {
			return nil, err
		}
		return vm.Str(stripTags(s)), nil
	}, "striptags")
}

// markup is Markup(v): v.__html__() when it has one, else str(v), marked
// safe.
func markup(th *vm.Thread, v vm.Value) (vm.Value, error) {
	if m, ok := v.(vm.Markup); ok {
		return m, nil
	}
	if hasHTML(v) {
		h, err := htmlOf(th, v)
		if err != nil {
			return nil, err
		}
		v = h
	}
	s, err := th.Str(v)
	if err != nil {
		return nil, err
	}
	return vm.Markup(s), nil
}

// title is do_title: each piece between runs of whitespace, -, (, {, [
// and < gets its first character uppercased and the rest lowercased.
func title(s string) string {
	isSep := func(r rune) bool {
		switch r {
		case '-', '(', '{', '[', '<':
			return true
		}
		return pyfmt.IsSpace(r)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		if isSep(r) {
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isSep(r) {
					break
				}
				j += n
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSep(r) {
				break
			}
			j += n
		}
		if word := s[i:j]; isASCII(word) {
			// The common case, without the two strings of Upper and Lower.
			c := word[0]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
			for k := 1; k < len(word); k++ {
				c := word[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		} else {
			b.WriteString(pyfmt.Upper(s[i : i+n]))
			b.WriteString(pyfmt.Lower(s[i+n : j]))
		}
		i = j
	}
	return b.String()
}

// wordCount is len(re.findall(r"\w+", s)).
func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := r == '_' || pyfmt.IsAlnum(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// stripTags is Markup.striptags: comments, then tags removed, whitespace
// collapsed, entities unescaped.
func stripTags(s string) string {
	s = removeDelimited(s, "<!--", "-->")
	s = removeDelimited(s, "<", ">")
	s = strings.Join(strings.FieldsFunc(s, pyfmt.IsSpace), " ")
	return html.Unescape(s)
}

// removeDelimited is re.sub(open + ".*?" + close, "", s, flags=DOTALL).
func removeDelimited(s, open, close string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, open)
		if i < 0 {
			break
		}
		j := strings.Index(s[i+len(open):], close)
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+len(open)+j+len(close):]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// truncate is do_truncate.
func truncate(th *vm.Thread, c *call) (vm.Value, error) {
	s := c.args[0]
	length := c.arg(1, vm.MakeInt(255))
	end := c.arg(3, vm.Str("..."))
	leeway := c.arg(4, vm.None)
	if isNone(leeway) {
		leeway = vm.MakeInt(5)
	}
	endLen, err := th.Len(end)
	if err != nil {
		return nil, err
	}
	if ok, err := compare(th, bytecode.CmpGE, length, vm.MakeInt(int64(endLen))); err != nil || !ok {
		if err != nil {
			return nil, err
		}
		return nil, assertionError(th, "expected length >= %d, got %s", endLen, length)
	}
	if ok, err := compare(th, bytecode.CmpGE, leeway, vm.MakeInt(0)); err != nil || !ok {
		if err != nil {
			return nil, err
		}
		return nil, assertionError(th, "expected leeway >= 0, got %s", leeway)
	}
	n, err := th.Len(s)
	if err != nil {
		return nil, err
	}
	limit, err := th.Binary(bytecode.OpAdd, length, leeway)
	if err != nil {
		return nil, err
	}
	if ok, err := compare(th, bytecode.CmpLE, vm.MakeInt(int64(n)), limit); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	cut, err := th.Binary(bytecode.OpSub, length, vm.MakeInt(int64(endLen)))
	if err != nil {
		return nil, err
	}
	sliced := s
	if m, ok := s.(vm.Markup); ok {
		sliced = vm.Str(m)
	}
	head, err := th.GetItem(sliced, &vm.SliceObj{Start: vm.None, Stop: cut, Step: vm.None})
	if err != nil {
		return nil, err
	}
	if _, ok := s.(vm.Markup); ok {
		head = vm.Markup(strOf(head))
	}
	kill, err := th.Truth(c.arg(2, vm.False))
	if err != nil {
		return nil, err
	}
	if !kill {
		parts, err := strMethodResult(th, head, "rsplit", vm.Str(" "), vm.MakeInt(1))
		if err != nil {
			return nil, err
		}
		head, err = th.GetItem(parts, vm.MakeInt(0))
		if err != nil {
			return nil, err
		}
	}
	return th.Binary(bytecode.OpAdd, head, end)
}

// strMethodResult calls a str method; on Markup, the items of a list
// result are Markup (Markup.split and rsplit).
func strMethodResult(th *vm.Thread, s vm.Value, name string, args ...vm.Value) (vm.Value, error) {
	m, isMarkup := s.(vm.Markup)
	if !isMarkup {
		return callMethod(th, s, name, args, nil)
	}
	r, err := callMethod(th, vm.Str(m), name, args, nil)
	if err != nil {
		return nil, err
	}
	if l, ok := r.(*vm.List); ok {
		for i, x := range l.Elems {
			l.Elems[i] = vm.Markup(strOf(x))
		}
	}
	return r, nil
}

// compare evaluates a op b as a truth value.
func compare(th *vm.Thread, op bytecode.CompareOp, a, b vm.Value) (bool, error) {
	r, err := th.Compare(op, a, b)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

// assertionError is the AssertionError of a failed assert with an
// f-string message; the %s arguments that are values are formatted with
// str().
func assertionError(th *vm.Thread, format string, args ...any) error {
	for i, a := range args {
		if v, ok := a.(vm.Value); ok {
			s, err := th.Format(v, "")
			if err != nil {
				return err
			}
			args[i] = s
		}
	}
	return th.Raise(vm.AssertionErrorClass, format, args...)
}

// splitLines is s.splitlines() (Markup lines for a Markup).
func splitLines(th *vm.Thread, s vm.Value) ([]vm.Value, error) {
	r, err := strMethodResult(th, s, "splitlines")
	if err != nil {
		return nil, err
	}
	return th.ToSlice(r)
}

// joinStr is sep.join(items): markupsafe's Markup.join escapes the items
// when sep is Markup.
func joinStr(th *vm.Thread, sep vm.Value, items []vm.Value) (vm.Value, error) {
	if m, ok := sep.(vm.Markup); ok {
		var b strings.Builder
		for i, it := range items {
			if i > 0 {
				b.WriteString(string(m))
			}
			e, err := th.Escape(it)
			if err != nil {
				return nil, err
			}
			b.WriteString(string(e))
		}
		return vm.Markup(b.String()), nil
	}
	if s, ok := sep.(vm.Str); ok {
		var b strings.Builder
		for i, it := range items {
			if !isStr(it) {
				return callMethod(th, sep, "join", []vm.Value{vm.NewList(items)}, nil)
			}
			if i > 0 {
				b.WriteString(string(s))
			}
			b.WriteString(strOf(it))
		}
		return vm.Str(b.String()), nil
	}
	return callMethod(th, sep, "join", []vm.Value{vm.NewList(items)}, nil)
}

// indent is do_indent.
func indent(th *vm.Thread, c *call) (vm.Value, error) {
	s := c.args[0]
	width := c.arg(1, vm.MakeInt(4))
	var indention vm.Value
	if isStr(width) {
		indention = width
	} else {
		sp, err := th.Binary(bytecode.OpMul, vm.Str(" "), width)
		if err != nil {
			return nil, err
		}
		indention = sp
	}
	var newline vm.Value = vm.Str("\n")
	if _, ok := s.(vm.Markup); ok {
		indention = vm.Markup(strOf(indention))
		newline = vm.Markup("\n")
	}
	s, err := th.Binary(bytecode.OpAdd|bytecode.InPlace, s, newline)
	if err != nil {
		return nil, err
	}
	lines, err := splitLines(th, s)
	if err != nil {
		return nil, err
	}
	blank, err := th.Truth(c.arg(3, vm.False))
	if err != nil {
		return nil, err
	}
	var rv vm.Value
	if blank {
		sep, err := th.Binary(bytecode.OpAdd, newline, indention)
		if err != nil {
			return nil, err
		}
		if rv, err = joinStr(th, sep, lines); err != nil {
			return nil, err
		}
	} else {
		rv = lines[0]
		if len(lines) > 1 {
			rest := make([]vm.Value, len(lines)-1)
			for i, line := range lines[1:] {
				if strOf(line) == "" {
					rest[i] = line
					continue
				}
				if rest[i], err = th.Binary(bytecode.OpAdd, indention, line); err != nil {
					return nil, err
				}
			}
			joined, err := joinStr(th, newline, rest)
			if err != nil {
				return nil, err
			}
			tail, err := th.Binary(bytecode.OpAdd, newline, joined)
			if err != nil {
				return nil, err
			}
			if rv, err = th.Binary(bytecode.OpAdd|bytecode.InPlace, rv, tail); err != nil {
				return nil, err
			}
		}
	}
	first, err := th.Truth(c.arg(2, vm.False))
	if err != nil {
		return nil, err
	}
	if first {
		return th.Binary(bytecode.OpAdd, indention, rv)
	}
	return rv, nil
}

// replace is do_replace.
func replace(th *vm.Thread, c *call) (vm.Value, error) {
	s, old, new := c.args[0], c.args[1], c.args[2]
	count := c.arg(3, vm.None)
	if isNone(count) {
		count = vm.MakeInt(-1)
	}
	if !th.Autoescape() {
		var strs [3]vm.Value
		for i, v := range []vm.Value{s, old, new} {
			t, err := th.Str(v)
			if err != nil {
				return nil, err
			}
			strs[i] = vm.Str(t)
		}
		return callMethod(th, strs[0], "replace", []vm.Value{strs[1], strs[2], count}, nil)
	}
	var err error
	if hasHTML(old) || hasHTML(new) && !hasHTML(s) {
		s, err = th.Escape(s)
	} else {
		s, err = softStr(th, s)
	}
	if err != nil {
		return nil, err
	}
	if old, err = softStr(th, old); err != nil {
		return nil, err
	}
	if new, err = softStr(th, new); err != nil {
		return nil, err
	}
	return strMethod(th, s, "replace", old, new, count)
}

// isASCII reports whether s holds ASCII characters only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
