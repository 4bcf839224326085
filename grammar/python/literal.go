package python

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// number makes the Constant of a NUMBER token.
func (p *parser) number(t Token) Expr {
	c := p.nodes.consts.new()
	c.Loc, c.Value, c.Raw = t.Span, numberValue(t.Text), t.Text
	return c
}

// numberValue decodes a number literal. The scanner validated it; a bad
// literal (already reported) decodes to what can be read of it.
func numberValue(text string) Value {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if text == "" {
		return Int("0")
	}
	if last := text[len(text)-1]; last == 'j' || last == 'J' {
		f, err := strconv.ParseFloat(text[:len(text)-1], 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return Imag(0)
		}
		return Imag(f)
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			digits := text[2:]
			if n, err := strconv.ParseUint(digits, base, 64); err == nil {
				return Int(strconv.FormatUint(n, 10))
			}
			if n, ok := new(big.Int).SetString(digits, base); ok {
				return Int(n.String())
			}
			return Int("0")
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return Float(0)
		}
		return Float(f)
	}
	i := 0
	for i < len(text)-1 && text[i] == '0' {
		i++
	}
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j == i {
		return Int("0")
	}
	return Int(text[i:j])
}

// strPiece is one STRING token taken apart.
type strPiece struct {
	tok              Token
	raw, bytes, fstr bool
	body             string // between the quotes
	bodyOff          int    // file offset of body
}

func splitString(t Token) strPiece {
	pc := strPiece{tok: t}
	text := t.Text
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		switch text[i] | 0x20 {
		case 'r':
			pc.raw = true
		case 'b':
			pc.bytes = true
		case 'f':
			pc.fstr = true
		}
		i++
	}
	if i >= len(text) {
		pc.bodyOff = int(t.Span.Start.Offset) + len(text)
		return pc
	}
	q := text[i]
	ql := 1
	if i+2 < len(text) && text[i+1] == q && text[i+2] == q {
		ql = 3
	}
	body := text[i+ql:]
	if !t.Reported && len(body) >= ql {
		body = body[:len(body)-ql]
	}
	pc.body = body
	pc.bodyOff = int(t.Span.Start.Offset) + i + ql
	return pc
}

// strings parses one or more adjacent string literals: a Constant, or a
// JoinedStr when one of them is an f-string.
func (p *parser) strings() Expr {
	first := p.t
	p.next()
	kind := ""
	if strings.HasPrefix(first.Text, "u") {
		kind = "u"
	}
	if p.t.Kind != STRING {
		pc := splitString(first)
		if !pc.fstr {
			var v Value
			if pc.bytes {
				v = Bytes(p.decode(pc.body, pc.bodyOff, pc.raw, true, first))
			} else {
				v = Str(p.decode(pc.body, pc.bodyOff, pc.raw, false, first))
			}
			c := p.nodes.consts.new()
			c.Loc, c.Value, c.Kind, c.Raw = first.Span, v, kind, first.Text
			return c
		}
	}
	toks := []Token{first}
	for p.t.Kind == STRING {
		toks = append(toks, p.t)
		p.next()
	}
	span := source.Span{Start: first.Span.Start, End: toks[len(toks)-1].Span.End}
	pieces := make([]strPiece, len(toks))
	isBytes, fmode := false, false
	for i, t := range toks {
		pieces[i] = splitString(t)
		if i == 0 {
			isBytes = pieces[i].bytes
		} else if pieces[i].bytes != isBytes {
			p.fail(diag.PyMixedBytes, span, "cannot mix bytes and nonbytes literals").
				WithRelated(p.f.Name, t.Span, "this literal is %s", describeBytes(pieces[i].bytes))
		}
		fmode = fmode || pieces[i].fstr
	}
	if !fmode {
		var b strings.Builder
		for _, pc := range pieces {
			b.WriteString(p.decode(pc.body, pc.bodyOff, pc.raw, pc.bytes, pc.tok))
		}
		var v Value = Str(b.String())
		if isBytes {
			v = Bytes(b.String())
		}
		return &Constant{Loc: span, Value: v, Kind: kind, Raw: p.f.Text[span.Start.Offset:span.End.Offset]}
	}
	fb := &fstringBuilder{p: p, kind: kind}
	for _, pc := range pieces {
		if pc.bytes {
			continue
		}
		if !pc.fstr {
			s := p.decode(pc.body, pc.bodyOff, pc.raw, false, pc.tok)
			fb.literal(s, p.f.Span(pc.bodyOff, pc.bodyOff+len(pc.body)))
			continue
		}
		p.fstring(fb, pc, pc.bodyOff, pc.bodyOff+len(pc.body), 0)
	}
	return &JoinedStr{Loc: span, Values: fb.finish()}
}

// fstringBuilder collects the parts of a JoinedStr, merging adjacent
// literal text into one Constant.
type fstringBuilder struct {
	p      *parser
	kind   string
	values []Expr
	lit    strings.Builder
	litLoc source.Span
}

func (b *fstringBuilder) literal(s string, loc source.Span) {
	if s == "" {
		return
	}
	b.lit.WriteString(s)
	b.litLoc = source.Cover(b.litLoc, loc)
}

func (b *fstringBuilder) flush() {
	if b.lit.Len() == 0 {
		return
	}
	loc := b.litLoc
	b.values = append(b.values, &Constant{Loc: loc, Value: Str(b.lit.String()), Kind: b.kind, Raw: b.p.f.Text[loc.Start.Offset:loc.End.Offset]})
	b.lit.Reset()
	b.litLoc = source.Span{}
}

func (b *fstringBuilder) expr(e Expr) {
	b.flush()
	b.values = append(b.values, e)
}

func (b *fstringBuilder) finish() []Expr {
	b.flush()
	if b.values == nil {
		return []Expr{}
	}
	return b.values
}

// decode decodes the body of a string literal, which starts at file
// offset off: escapes (unless raw) and line breaks ("\r\n" and "\r" read as
// "\n", as CPython translates them). Errors and warnings are reported at
// the escape; the value is what CPython would produce or, after an error,
// the text read so far.
func (p *parser) decode(body string, off int, raw, isBytes bool, tok Token) string {
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				_, n := utf8.DecodeRuneInString(body[i:])
				p.failAt(tok, diag.PyBytesNonASCII, "bytes can only contain ASCII literal characters").
					WithRelated(p.f.Name, p.f.Span(off+i, off+i+n), "this character is not ASCII").
					WithHint("write it as \\x escapes of its encoding, or use a str and .encode()")
				break
			}
		}
	}
	if strings.IndexByte(body, '\r') < 0 && (raw || strings.IndexByte(body, '\\') < 0) {
		return body
	}
	if raw {
		return normalizeNewlines(body)
	}
	d := decoder{p: p, body: body, off: off, isBytes: isBytes, tok: tok}
	return d.run()
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// decoder decodes the escapes of one literal body.
type decoder struct {
	p       *parser
	body    string
	off     int
	isBytes bool
	tok     Token
	out     []byte
	failed  bool
}

func (d *decoder) run() string {
	d.out = make([]byte, 0, len(d.body))
	s := d.body
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\r':
			d.out = append(d.out, '\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			continue
		case c != '\\':
			d.out = append(d.out, c)
			i++
			continue
		}
		if d.failed {
			d.out = append(d.out, c)
			i++
			continue
		}
		i = d.escape(i)
	}
	return string(d.out)
}

// cpos returns the position CPython's error messages give to byte i of
// the body: its escape decoder sees each non-ASCII character as a ten-byte
// \UXXXXXXXX escape (and a backslash before one as \u005c).
func (d *decoder) cpos(i int) int {
	if d.isBytes {
		return i
	}
	n := 0
	s := d.body[:i]
	for j := 0; j < len(s); {
		if s[j] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
			n += 10
			continue
		}
		if s[j] == '\\' && j+1 < len(d.body) && d.body[j+1] >= utf8.RuneSelf {
			n += 6
			j++
			continue
		}
		n++
		j++
	}
	return n
}

// escapeError reports an escape that cannot be decoded, which is an error
// in CPython.
func (d *decoder) escapeError(from, to int, what string) {
	d.failed = true
	rng := d.p.f.Span(d.off+from, d.off+to)
	if d.isBytes {
		d.p.fail(diag.PyInvalidEscape, rng, "(value error) %s at position %d", what, d.cpos(from))
		return
	}
	d.p.fail(diag.PyInvalidEscape, rng, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", d.cpos(from), d.cpos(to)-1, what)
}

func (d *decoder) warn(from, to int, format string, args ...any) {
	d.p.report(diag.PyInvalidEscapeWarn, d.p.f.Span(d.off+from, d.off+to), format, args...).
		WithHint("use a raw string (r\"...\") or double the backslash")
}

func (d *decoder) rune(r rune) {
	if d.isBytes {
		d.out = append(d.out, byte(r))
		return
	}
	d.out = appendWTF8(d.out, r)
}

// escape decodes the escape sequence whose backslash is at body[i] and
// returns the index after it.
func (d *decoder) escape(i int) int {
	s := d.body
	if i+1 >= len(s) {
		// A backslash at the end of an f-string literal part, before '{'.
		d.out = append(d.out, '\\')
		return i + 1
	}
	c := s[i+1]
	switch c {
	case '\n':
		return i + 2
	case '\r':
		if i+2 < len(s) && s[i+2] == '\n' {
			return i + 3
		}
		return i + 2
	case '\\', '\'', '"':
		d.out = append(d.out, c)
		return i + 2
	case 'a':
		d.out = append(d.out, 7)
		return i + 2
	case 'b':
		d.out = append(d.out, 8)
		return i + 2
	case 'f':
		d.out = append(d.out, 12)
		return i + 2
	case 'n':
		d.out = append(d.out, '\n')
		return i + 2
	case 'r':
		d.out = append(d.out, '\r')
		return i + 2
	case 't':
		d.out = append(d.out, '\t')
		return i + 2
	case 'v':
		d.out = append(d.out, 11)
		return i + 2
	case '0', '1', '2', '3', '4', '5', '6', '7':
		j, v := i+1, 0
		for j < len(s) && j < i+4 && s[j] >= '0' && s[j] <= '7' {
			v = v*8 + int(s[j]-'0')
			j++
		}
		if v > 0o377 {
			d.warn(i, j, "invalid octal escape sequence '%s'", s[i:j])
			if d.isBytes {
				v &= 0xff
			}
		}
		d.rune(rune(v))
		return j
	case 'x':
		return d.hexEscape(i, 2, "truncated \\xXX escape")
	case 'u', 'U', 'N':
		if d.isBytes {
			break
		}
		switch c {
		case 'u':
			return d.hexEscape(i, 4, "truncated \\uXXXX escape")
		case 'U':
			return d.hexEscape(i, 8, "truncated \\UXXXXXXXX escape")
		}
		return d.nameEscape(i)
	}
	// An unknown escape keeps its backslash.
	_, n := utf8.DecodeRuneInString(s[i+1:])
	d.warn(i, i+1+n, "invalid escape sequence '\\%s'", s[i+1:i+1+n])
	d.out = append(d.out, '\\')
	return i + 1
}

func (d *decoder) hexEscape(i, n int, truncated string) int {
	s := d.body
	j := i + 2
	v := 0
	for j < len(s) && j < i+2+n && isHexDigit(s[j]) {
		v = v*16 + hexVal(s[j])
		j++
	}
	if j < i+2+n {
		if d.isBytes {
			d.escapeError(i, j, "invalid \\x escape")
		} else {
			d.escapeError(i, j, truncated)
		}
		return j
	}
	if v > utf8.MaxRune {
		d.escapeError(i, j, "illegal Unicode character")
		return j
	}
	d.rune(rune(v))
	return j
}

func hexVal(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

// nameEscape decodes \N{name}.
func (d *decoder) nameEscape(i int) int {
	s := d.body
	j := i + 2
	if j >= len(s) || s[j] != '{' {
		d.escapeError(i, j, "malformed \\N character escape")
		return j
	}
	end := strings.IndexByte(s[j:], '}')
	if end < 0 {
		d.escapeError(i, len(s), "malformed \\N character escape")
		return len(s)
	}
	name := s[j+1 : j+end]
	if name == "" {
		d.escapeError(i, j+end+1, "malformed \\N character escape")
		return j + end + 1
	}
	r, ok := lookupUnicodeName(name)
	if !ok {
		d.escapeError(i, j+end+1, "unknown Unicode character name")
		return j + end + 1
	}
	d.rune(r)
	return j + end + 1
}

// describeBytes is used in messages about bytes and str literals.
func describeBytes(isBytes bool) string {
	if isBytes {
		return "bytes"
	}
	return "str"
}
