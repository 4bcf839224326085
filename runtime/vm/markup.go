package vm

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Markup is a str that is safe to output in HTML unescaped (markupsafe's
// Markup). Concatenating or formatting it with plain strings escapes them.
type Markup string

// MarkupClass is markupsafe.Markup, a subclass of str.
var MarkupClass = func() *Class {
	c := newBuiltinClass("Markup", StrClass, 0)
	c.Module = "markupsafe"
	return c
}()

// Type implements Value.
func (Markup) Type() *Class { return MarkupClass }

// Str implements str(m).
func (m Markup) Str(*Thread) (string, error) { return string(m), nil }

// Repr implements repr(m): Markup('…').
func (m Markup) Repr(*Thread) (string, error) {
	var b strings.Builder
	b.WriteString("Markup(")
	writeStrRepr(&b, string(m))
	b.WriteByte(')')
	return b.String(), nil
}

// Truth implements bool(m).
func (m Markup) Truth(*Thread) (bool, error) { return m != "", nil }

// Len implements len(m).
func (m Markup) Len() int { return strLen(string(m)) }

// EscapeHTML escapes &, <, >, " and ' as markupsafe does.
func EscapeHTML(s string) string {
	i := strings.IndexAny(s, `&<>"'`)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// htmlSpecial marks the bytes that markupsafe escapes.
var htmlSpecial = [256]bool{'&': true, '<': true, '>': true, '"': true, '\'': true}

// appendEscaped appends the HTML-escaped s to dst.
func appendEscaped(dst []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		if !htmlSpecial[s[i]] {
			continue
		}
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		default:
			rep = "&#39;"
		}
		dst = append(dst, s[last:i]...)
		dst = append(dst, rep...)
		last = i + 1
	}
	return append(dst, s[last:]...)
}

// Escape is markupsafe.escape(v): v itself when it is Markup, what its
// __html__ returns when it has one, else str(v) HTML-escaped.
func (th *Thread) Escape(v Value) (Markup, error) {
	switch x := v.(type) {
	case Markup:
		return x, nil
	case Str:
		return Markup(EscapeHTML(string(x))), nil
	case Int:
		return Markup(intRepr(x)), nil
	}
	if h := v.Type().Lookup("__html__"); h != nil {
		r, err := th.CallValue(h, []Value{v}, nil)
		if err != nil {
			return "", err
		}
		s, err := th.Str(r)
		return Markup(s), err
	}
	if u, ok := v.(*Undefined); ok && u.Kind == ChainableUndefined {
		s, err := u.Str(th)
		return Markup(s), err
	}
	s, err := th.Str(v)
	if err != nil {
		return "", err
	}
	return Markup(EscapeHTML(s)), nil
}

// IsMarkup reports whether v is safe HTML: Markup or an object with
// __html__.
func IsMarkup(v Value) bool {
	if _, ok := v.(Markup); ok {
		return true
	}
	if _, ok := v.(*Instance); ok {
		return v.Type().Lookup("__html__") != nil
	}
	return false
}

// markupOperand turns the other operand of a Markup operation into Markup.
func (th *Thread) markupOperand(v Value) (Markup, bool, error) {
	switch v.(type) {
	case Str, Markup:
		m, err := th.Escape(v)
		return m, true, err
	}
	if IsMarkup(v) {
		m, err := th.Escape(v)
		return m, true, err
	}
	return "", false, nil
}

// BinaryOp implements Markup + str, str + Markup, Markup * n and
// Markup % args, escaping the plain operands as markupsafe does.
func (m Markup) BinaryOp(th *Thread, op bytecode.BinaryOp, other Value, reflected bool) (Value, error) {
	switch op &^ bytecode.InPlace {
	case bytecode.OpAdd:
		o, ok, err := th.markupOperand(other)
		if err != nil || !ok {
			return NotImplemented, err
		}
		if reflected {
			return o + m, nil
		}
		return m + o, nil
	case bytecode.OpMul:
		if n, ok, err := th.repeatCount(other); err != nil {
			return nil, err
		} else if ok {
			s, err := th.repeatStr(string(m), n)
			if err != nil {
				return nil, err
			}
			return Markup(s.(Str)), nil
		}
	case bytecode.OpMod:
		if reflected {
			return NotImplemented, nil
		}
		s, err := pyfmt.Percent(string(m), percentArgs{th: th, v: other, escape: true})
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Markup(s), nil
	}
	return NotImplemented, nil
}
