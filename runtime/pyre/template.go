package pyre

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Template is a compiled replacement template of sub (re._parser's
// parse_template): literal text and group references.
type Template struct {
	pieces  []templatePiece
	isBytes bool
}

// templatePiece is literal text (group < 0), UTF-8 for str templates and
// raw bytes for bytes templates, or a group reference.
type templatePiece struct {
	lit   []byte
	group int
}

// CompileTemplate compiles a str replacement template for p: \1, \g<1>,
// \g<name>, and the escapes \n, \t, \\, \0 and octal escapes. Errors are
// *Error values: re.error, or IndexError for an unknown group name.
func (p *Pattern) CompileTemplate(tmpl string) (*Template, error) {
	return p.compileTemplate([]rune(tmpl), true)
}

// CompileTemplateBytes compiles a bytes replacement template for p.
func (p *Pattern) CompileTemplateBytes(tmpl []byte) (*Template, error) {
	src := make([]rune, len(tmpl))
	for i, b := range tmpl {
		src[i] = rune(b)
	}
	return p.compileTemplate(src, false)
}

func (p *Pattern) compileTemplate(src []rune, isText bool) (t *Template, err error) {
	defer func() {
		if r := recover(); r != nil {
			sp, ok := r.(syntaxPanic)
			if !ok {
				panic(r)
			}
			t, err = nil, sp.err
		}
	}()
	t = &Template{isBytes: !isText}
	var lit []byte
	add := func(c rune) {
		if isText {
			lit = utf8.AppendRune(lit, c)
		} else {
			lit = append(lit, byte(c))
		}
	}
	s := newTokenizer(src, isText)
	addGroup := func(index, offset int) {
		if index > p.groups {
			panic(s.error(fmt.Sprintf("invalid group reference %d", index), offset))
		}
		if len(lit) > 0 {
			t.pieces = append(t.pieces, templatePiece{lit: lit, group: -1})
			lit = nil
		}
		t.pieces = append(t.pieces, templatePiece{group: index})
	}
	for {
		this, ok := s.get()
		if !ok {
			break
		}
		if !this.esc {
			add(this.c)
			continue
		}
		switch c := this.c; {
		case c == 'g':
			if !s.match('<') {
				panic(s.error("missing <", 0))
			}
			name := s.getUntil('>', "group name")
			var index int
			if isIdentifier(name) {
				g, found := p.groupIndex[string(name)]
				if !found {
					panic(syntaxPanic{&Error{Kind: IndexError, Msg: "unknown group name " + pyRepr(name), Pos: -1}})
				}
				index = g
			} else {
				digits, ok := pyInt(name)
				if !ok {
					panic(s.error("bad character in group name "+pyRepr(name), len(name)+1))
				}
				if len(digits) > 10 || len(digits) == 10 && digits >= "1073741823" {
					panic(s.error("invalid group reference "+digits, len(name)+1))
				}
				index, _ = strconv.Atoi(digits)
			}
			addGroup(index, len(name)+1)
		case c == '0':
			digits := []rune{'0'}
			if s.nextIn(isOctDigit) {
				d, _ := s.get()
				digits = append(digits, d.c)
				if s.nextIn(isOctDigit) {
					d, _ := s.get()
					digits = append(digits, d.c)
				}
			}
			v, _ := strconv.ParseUint(string(digits), 8, 32)
			add(rune(v & 0xff))
		case isDigit(c):
			digits := []rune{c}
			if s.nextIn(isDigit) {
				d, _ := s.get()
				digits = append(digits, d.c)
				if isOctDigit(c) && isOctDigit(digits[1]) && s.nextIn(isOctDigit) {
					d, _ := s.get()
					digits = append(digits, d.c)
					v, _ := strconv.ParseUint(string(digits), 8, 32)
					if v > 0o377 {
						panic(s.error(fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(digits)), 1+len(digits)))
					}
					add(rune(v))
					continue
				}
			}
			index, _ := strconv.Atoi(string(digits))
			addGroup(index, len(digits))
		default:
			if e, ok := simpleEscape(c); ok {
				add(e)
			} else if isASCIILetter(c) {
				panic(s.error("bad escape "+this.String(), 2))
			} else {
				add('\\')
				add(c)
			}
		}
	}
	if len(lit) > 0 {
		t.pieces = append(t.pieces, templatePiece{lit: lit, group: -1})
	}
	return t, nil
}

// Literal returns the template's text when it refers to no group.
func (t *Template) Literal() (string, bool) {
	switch len(t.pieces) {
	case 0:
		return "", true
	case 1:
		if t.pieces[0].group < 0 {
			return string(t.pieces[0].lit), true
		}
	}
	return "", false
}

// Expand returns the template expanded for m (Match.expand); a group that
// did not take part in the match expands to nothing. The result is UTF-8
// for str, raw bytes for bytes.
func (t *Template) Expand(m *Match) string {
	return string(t.AppendExpand(nil, m))
}

// AppendExpand appends the expansion of the template for m to dst.
func (t *Template) AppendExpand(dst []byte, m *Match) []byte {
	for _, piece := range t.pieces {
		if piece.group < 0 {
			dst = append(dst, piece.lit...)
			continue
		}
		if start, end := m.Span(piece.group); start >= 0 {
			dst = m.input.appendSlice(dst, start, end)
		}
	}
	return dst
}
