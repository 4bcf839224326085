package python

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// Limits, as in CPython's tokenizer.
const (
	maxIndent = 100 // indentation levels ("too many levels of indentation")
	maxParens = 200 // open brackets ("too many nested parentheses")
	tabSize   = 8   // a tab advances the column to the next multiple of 8
)

type openBracket struct {
	ch   byte // '(', '[' or '{'
	span source.Span
}

// Scanner splits a region of a file into Python tokens, one at a time, the
// way CPython 3.11's tokenizer does: NEWLINE ends a logical line, INDENT and
// DEDENT track the indentation, line breaks inside brackets and after a
// backslash are ignored, blank and comment-only lines produce no token.
// Comments are kept (see Comments).
//
// Errors are reported once and scanning goes on: an unterminated string ends
// at its line break (or at the end of the region if triple-quoted), an
// unmatched closing bracket is dropped, a mismatched one closes the innermost
// bracket, and a line inside brackets that starts with a keyword that only
// begins a statement (def, class, return, import, …) closes every open
// bracket (reported as never closed) so that one missing ')' does not swallow
// the rest of the file.
type Scanner struct {
	file      *source.File
	src       string // file text; the region is src[start:end]
	pos, end  int
	pos0      int // start of the region
	line      int // 1-based line of pos
	lineStart int // offset at which that line starts

	diags diag.Builder
	// msgPrefix is prepended to messages ("f-string: " when scanning a
	// replacement field).
	msgPrefix string

	atBOL    bool // at the start of a logical line: the indentation is still to measure
	blank    bool // the current line holds only blanks and a comment
	parenBOL bool // inside brackets, no token yet on this physical line
	nested   bool // scanning an f-string replacement field: as if inside brackets
	noIndent bool // expression mode: indentation is not significant

	indents    []int // indentation columns, tabs to multiples of 8; indents[0] == 0
	altIndents []int // the same columns with a tab counted as one blank
	parens     []openBracket

	pending  []Token // tokens scanned ahead (DEDENTs, recovery tokens)
	pendHead int
	last     Kind // kind of the last token returned
	started  bool // a token was returned
	eofDone  bool
	deep     bool // "too many nested parentheses" was reported

	comments []Comment

	// closedAt records, for each "never closed" diagnostic (by index in
	// diags), where the scanner found out: the end of the region, or the
	// start of a line that begins with a statement keyword.
	closedAt map[int]closeInfo
}

type closeInfo struct {
	at  int  // offset at which the bracket was found unclosed
	eof bool // at the end of the region
}

// NewScanner returns a scanner of f.Text[start:end]. Token positions are
// positions in f. The region may end without a line break.
func NewScanner(f *source.File, start, end int) *Scanner {
	s := &Scanner{}
	s.init(f, start, end)
	return s
}

func (s *Scanner) init(f *source.File, start, end int) {
	s.diags.File = f.Name
	if start < 0 {
		start = 0
	}
	if end > len(f.Text) {
		end = len(f.Text)
	}
	if end < start {
		end = start
	}
	p := f.Pos(start)
	s.file = f
	s.src = f.Text
	s.pos = start
	s.pos0 = start
	s.end = end
	s.line = int(p.Line)
	s.lineStart = start - (int(p.Col) - 1)
	s.atBOL = true
	s.indents = append(s.indents[:0], 0)
	s.altIndents = append(s.altIndents[:0], 0)
}

// Diagnostics returns the errors and warnings found so far.
func (s *Scanner) Diagnostics() diag.List { return s.diags.Diags }

// Comments returns the comments scanned so far, in source order.
func (s *Scanner) Comments() []Comment { return s.comments }

// Lex returns every token of f.Text[start:end], ENDMARKER included, the
// comments and the scanner's diagnostics.
func Lex(f *source.File, start, end int) ([]Token, []Comment, diag.List) {
	s := NewScanner(f, start, end)
	var toks []Token
	for {
		t := s.Scan()
		toks = append(toks, t)
		if t.Kind == ENDMARKER {
			break
		}
	}
	return toks, s.comments, s.diags.Diags
}

// at returns the position of offset off, which must lie on the current line.
func (s *Scanner) at(off int) source.Pos {
	return source.Pos{Offset: int32(off), Line: int32(s.line), Col: int32(off - s.lineStart + 1)}
}

// span returns the span [start, s.pos) of a token that started on the
// current line at start.
func (s *Scanner) spanFrom(start source.Pos) source.Span {
	return source.Span{Start: start, End: s.at(s.pos)}
}

// newline records that a line break ends just before offset off.
func (s *Scanner) newline(off int) {
	s.line++
	s.lineStart = off
}

// skipNewline consumes the line break at s.pos ("\n", "\r\n" or "\r").
func (s *Scanner) skipNewline() {
	if s.src[s.pos] == '\r' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n' {
		if s.pos+1 == s.end {
			// The region ends between the '\r' and the '\n' of a CRLF:
			// for the file, the line goes on to the '\n'.
			s.pos++
			return
		}
		s.pos++
	}
	s.pos++
	s.newline(s.pos)
}

func (s *Scanner) errorf(code diag.Code, rng source.Span, format string, args ...any) *diag.Diagnostic {
	return s.diags.Add(code, rng, "%s", s.msgPrefix+fmt.Sprintf(format, args...))
}

func (s *Scanner) inBrackets() bool { return s.nested || len(s.parens) > 0 }

// Scan returns the next token. After ENDMARKER it keeps returning
// ENDMARKER.
func (s *Scanner) Scan() Token {
	depth := len(s.parens)
	if s.nested {
		depth++
	}
	t := s.scan()
	t.Depth = uint16(min(depth, 1<<16-1))
	s.last = t.Kind
	s.started = true
	return t
}

func (s *Scanner) push(t Token) { s.pending = append(s.pending, t) }

// skip is returned by the scanning helpers when they produced no token
// (a dropped character, a line continuation, queued tokens): scan goes
// round again, without recursion.
var skip = Token{Kind: numKinds}

func (s *Scanner) scan() Token {
	for {
		if t := s.scanOne(); t.Kind != numKinds {
			return t
		}
	}
}

func (s *Scanner) scanOne() Token {
	if s.pendHead < len(s.pending) {
		t := s.pending[s.pendHead]
		s.pendHead++
		if s.pendHead == len(s.pending) {
			s.pending = s.pending[:0]
			s.pendHead = 0
		}
		return t
	}
again:
	if s.atBOL {
		s.atBOL = false
		if s.indentation() {
			return skip
		}
	}
	for s.pos < s.end {
		c := s.src[s.pos]
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
		s.pos++
	}
	if s.pos >= s.end {
		return s.eof()
	}
	start := s.at(s.pos)
	c := s.src[s.pos]
	switch {
	case c == '#':
		i := s.pos
		for i < s.end && s.src[i] != '\n' && s.src[i] != '\r' {
			i++
		}
		s.comments = append(s.comments, Comment{
			Loc:  source.Span{Start: start, End: s.at(i)},
			Text: s.src[s.pos:i],
		})
		s.pos = i
		goto again
	case c == '\n' || c == '\r':
		s.skipNewline()
		if s.inBrackets() {
			s.parenBOL = true
			goto again
		}
		if s.blank || !s.started || s.last == NEWLINE {
			s.blank = false
			s.atBOL = true
			goto again
		}
		s.atBOL = true
		return Token{Kind: NEWLINE, Span: source.Span{Start: start, End: s.at(s.pos)}}
	case c == '\\':
		return s.continuation(start)
	}

	parenBOL := s.parenBOL
	s.parenBOL = false
	switch {
	case isASCIILetter(c) || c == '_' || c >= utf8.RuneSelf:
		return s.name(start, parenBOL)
	case isDigit(c) || (c == '.' && s.pos+1 < s.end && isDigit(s.src[s.pos+1])):
		return s.number(start)
	case c == '"' || c == '\'':
		return s.str(start, s.pos)
	}
	return s.operator(start)
}

// indentation measures the indentation of a new logical line and queues the
// INDENT or DEDENT tokens it implies. It reports whether it queued any.
func (s *Scanner) indentation() bool {
	col, altcol := 0, 0
	i := s.pos
loop:
	for ; i < s.end; i++ {
		switch s.src[i] {
		case ' ':
			col++
			altcol++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol++
		case '\f':
			col, altcol = 0, 0
		default:
			break loop
		}
	}
	s.pos = i
	if i >= s.end || s.src[i] == '#' || s.src[i] == '\n' || s.src[i] == '\r' {
		// A blank or comment-only line (or blanks at the end of the
		// region, which CPython ends with a newline): ignored.
		s.blank = true
		return false
	}
	s.blank = false
	if s.noIndent || s.nested {
		return false
	}
	lineStart := s.at(s.lineStart)
	here := s.at(i)
	indentSpan := source.Span{Start: lineStart, End: here}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if altcol != s.altIndents[top] {
			s.tabError(indentSpan)
		}
		return false
	case col > s.indents[top]:
		if len(s.indents) == maxIndent {
			// CPython stops here; the block is still opened so that the
			// parser does not report a missing block for every line.
			s.errorf(diag.PyTooManyIndents, indentSpan, "too many levels of indentation").
				WithHint("CPython allows at most %d levels of indentation", maxIndent-1)
		}
		if altcol <= s.altIndents[top] {
			s.tabError(indentSpan)
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altcol)
		s.push(Token{Kind: INDENT, Span: source.Span{Start: here, End: here}})
		return true
	}
	for top > 0 && col < s.indents[top] {
		top--
		s.push(Token{Kind: DEDENT, Span: source.Span{Start: here, End: here}})
	}
	s.indents = s.indents[:top+1]
	s.altIndents = s.altIndents[:top+1]
	if col != s.indents[top] {
		d := s.errorf(diag.PyUnindentMismatch, indentSpan, "unindent does not match any outer indentation level")
		d.WithHint("this line is indented by %d columns; the enclosing blocks are indented by %s", col, levels(s.indents))
	} else if altcol != s.altIndents[top] {
		s.tabError(indentSpan)
	}
	return true
}

func levels(indents []int) string {
	out := ""
	for i, n := range indents {
		if i > 0 {
			if i == len(indents)-1 {
				out += " or "
			} else {
				out += ", "
			}
		}
		out += fmt.Sprint(n)
	}
	return out
}

func (s *Scanner) tabError(rng source.Span) {
	s.errorf(diag.PyTabs, rng, "inconsistent use of tabs and spaces in indentation").
		WithHint("indent with spaces only; a tab counts as up to 8 columns in CPython")
}

// continuation handles a backslash outside a string.
func (s *Scanner) continuation(start source.Pos) Token {
	s.pos++
	if s.pos >= s.end {
		s.errorf(diag.PyLineContinuation, s.spanFrom(start), "unexpected EOF while parsing").
			WithHint("a backslash at the end of the input continues a line that does not exist")
		return skip
	}
	if c := s.src[s.pos]; c == '\n' || c == '\r' {
		s.skipNewline()
		if s.pos >= s.end {
			s.errorf(diag.PyLineContinuation, source.Span{Start: start, End: s.at(s.pos)}, "unexpected EOF while parsing").
				WithHint("a backslash at the end of the input continues a line that does not exist")
		}
		return skip
	}
	s.errorf(diag.PyLineContinuation, s.spanFrom(start), "unexpected character after line continuation character").
		WithHint("a backslash outside a string must end its line")
	return skip
}

// eof returns the tokens that end the region: an implicit NEWLINE, DEDENTs
// and ENDMARKER.
func (s *Scanner) eof() Token {
	here := s.endPos()
	hereSpan := source.Span{Start: here, End: here}
	if s.eofDone {
		return Token{Kind: ENDMARKER, Span: hereSpan}
	}
	s.eofDone = true
	if len(s.parens) > 0 {
		s.neverClosed(int(here.Offset), true)
	}
	if !s.nested && s.started && s.last != NEWLINE && s.last != DEDENT && s.last != INDENT {
		s.push(Token{Kind: NEWLINE, Span: hereSpan})
	}
	if !s.nested {
		for i := len(s.indents) - 1; i > 0; i-- {
			s.push(Token{Kind: DEDENT, Span: hereSpan})
		}
		s.indents = s.indents[:1]
		s.altIndents = s.altIndents[:1]
	}
	s.push(Token{Kind: ENDMARKER, Span: hereSpan})
	return skip
}

// endPos returns the position CPython gives the tokens that end the input
// (NEWLINE, DEDENT, ENDMARKER): on its last line, where a final line break
// does not start another one, so at that line break.
func (s *Scanner) endPos() source.Pos {
	end := s.end
	if end > s.pos0 {
		switch s.src[end-1] {
		case '\n':
			end--
			if end > s.pos0 && s.src[end-1] == '\r' {
				end--
			}
		case '\r':
			end--
		}
	}
	if end == s.end {
		return s.at(s.end)
	}
	return s.file.Pos(end)
}

// neverClosed reports the innermost open bracket and forgets them all; at
// is where it was found out (the end of the region when eof is set).
func (s *Scanner) neverClosed(at int, eof bool) {
	b := s.parens[len(s.parens)-1]
	if s.closedAt == nil {
		s.closedAt = map[int]closeInfo{}
	}
	s.closedAt[len(s.diags.Diags)] = closeInfo{at: at, eof: eof}
	d := s.errorf(diag.PyUnclosedBracket, b.span, "'%c' was never closed", b.ch)
	d.WithHint("add the matching '%c'", closerOf(b.ch))
	s.parens = s.parens[:0]
}

func closerOf(ch byte) byte {
	switch ch {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func bracketKind(ch byte) Kind {
	switch ch {
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '[':
		return LSQB
	case ']':
		return RSQB
	case '{':
		return LBRACE
	}
	return RBRACE
}

func openerOf(ch byte) byte {
	switch ch {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// stmtKeywords are the keywords that cannot appear inside an expression, so
// that a physical line inside brackets that starts with one of them must be
// a new statement.
var stmtKeywords = map[string]bool{
	"def": true, "class": true, "return": true, "import": true, "while": true,
	"with": true, "try": true, "except": true, "finally": true, "raise": true,
	"del": true, "pass": true, "break": true, "continue": true, "global": true,
	"nonlocal": true, "assert": true, "elif": true,
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// asciiName holds the ASCII bytes that continue a name: letters, digits, '_'.
var asciiName = func() (t [utf8.RuneSelf]bool) {
	for c := byte(0); c < utf8.RuneSelf; c++ {
		t[c] = c == '_' || isASCIILetter(c) || isDigit(c)
	}
	return t
}()

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }

// isIDStart and isIDContinue approximate XID_Start and XID_Continue (PEP
// 3131) without NFKC normalisation.
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// name scans an identifier, a keyword, or a string with a prefix.
func (s *Scanner) name(start source.Pos, parenBOL bool) Token {
	i := s.pos
	for i < s.end {
		c := s.src[i]
		if c < utf8.RuneSelf {
			if asciiName[c] {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s.src[i:s.end])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if i == s.pos {
			if !isIDStart(r) {
				break
			}
		} else if !isIDContinue(r) {
			break
		}
		i += size
	}
	if i == s.pos {
		return s.badChar(start)
	}
	word := s.src[s.pos:i]
	if i < s.end && (s.src[i] == '"' || s.src[i] == '\'') && isStringPrefix(word) {
		return s.str(start, i)
	}
	if parenBOL && len(s.parens) > 0 && stmtKeywords[word] {
		// A statement keyword at the start of a line inside brackets: the
		// brackets were never closed. End the logical line before it.
		if s.closedLater(s.pos) {
			// CPython's tokenizer sees the brackets closed further on:
			// no bracket error, but the keyword is out of place.
			// The brackets stay open for the tokens that close them.
			s.errorf(diag.PySyntax, source.Span{Start: start, End: s.at(i)}, "invalid syntax").
				WithHint("the '%c' opened on line %d is not closed before this statement", s.parens[len(s.parens)-1].ch, s.parens[len(s.parens)-1].span.Start.Line)
		} else {
			s.neverClosed(s.lineStart, false)
		}
		s.pos = s.lineStart
		s.atBOL = true
		ls := s.at(s.lineStart)
		return Token{Kind: NEWLINE, Span: source.Span{Start: ls, End: ls}, Reported: true}
	}
	s.pos = i
	return Token{Kind: keywordKind(word), Span: s.spanFrom(start), Text: word}
}

// closedLater reports whether the open brackets get closed in the rest of
// the region from offset from on, as CPython's tokenizer would see them
// (strings and comments skipped).
func (s *Scanner) closedLater(from int) bool {
	depth := len(s.parens)
	src := s.src
	for i := from; i < s.end; i++ {
		switch c := src[i]; c {
		case '#':
			for i < s.end && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return true
			}
		case '\'', '"':
			triple := i+2 < s.end && src[i+1] == c && src[i+2] == c
			if triple {
				i += 2
			}
			for i++; i < s.end; i++ {
				if src[i] == '\\' {
					i++
					continue
				}
				if !triple && (src[i] == '\n' || src[i] == '\r') {
					break
				}
				if src[i] == c && (!triple || i+2 < s.end && src[i+1] == c && src[i+2] == c) {
					if triple {
						i += 2
					}
					break
				}
			}
		}
	}
	return false
}

// badChar reports the character at s.pos, which starts no token.
func (s *Scanner) badChar(start source.Pos) Token {
	r, size := utf8.DecodeRuneInString(s.src[s.pos:s.end])
	if r == utf8.RuneError && size <= 1 {
		// A run of bytes that are not UTF-8.
		i := s.pos + 1
		for i < s.end {
			r, n := utf8.DecodeRuneInString(s.src[i:s.end])
			if r != utf8.RuneError || n > 1 {
				break
			}
			i++
		}
		bad := s.src[s.pos]
		s.pos = i
		s.errorf(diag.PyInvalidUTF8, s.spanFrom(start), "invalid UTF-8 byte 0x%02x in the source", bad).
			WithHint("save the file as UTF-8")
		return Token{Kind: ERRORTOKEN, Span: s.spanFrom(start), Text: s.src[start.Offset:s.pos], Reported: true}
	}
	s.pos += size
	sp := s.spanFrom(start)
	reported := false
	if r >= utf8.RuneSelf {
		if unicode.IsPrint(r) {
			s.errorf(diag.PyInvalidChar, sp, "invalid character '%c' (U+%04X)", r, r)
		} else {
			s.errorf(diag.PyInvalidChar, sp, "invalid non-printable character U+%04X", r)
		}
		reported = true
	} else if !unicode.IsPrint(r) {
		s.errorf(diag.PyInvalidChar, sp, "invalid non-printable character U+%04X", r)
		reported = true
	}
	// ASCII characters that start no token ($, ?, `, !) are left to the
	// parser, which reports "invalid syntax" as CPython does.
	return Token{Kind: ERRORTOKEN, Span: sp, Text: s.src[start.Offset:s.pos], Reported: reported}
}

// isStringPrefix reports whether w is one of the string prefixes r, u, b,
// br, rb, f, fr, rf in any case.
func isStringPrefix(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := w[0]|0x20, w[1]|0x20
		return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'))
	}
	return false
}

// str scans a string literal whose prefix starts at start and whose opening
// quote is at q.
func (s *Scanner) str(start source.Pos, q int) Token {
	quote := s.src[q]
	triple := q+2 < s.end && s.src[q+1] == quote && s.src[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	s.pos = i
	for s.pos < s.end {
		c := s.src[s.pos]
		switch {
		case c == quote:
			if !triple {
				s.pos++
				return s.strToken(start)
			}
			if s.pos+2 < s.end && s.src[s.pos+1] == quote && s.src[s.pos+2] == quote {
				s.pos += 3
				return s.strToken(start)
			}
			s.pos++
		case c == '\\':
			s.pos++
			if s.pos < s.end {
				if c := s.src[s.pos]; c == '\n' || c == '\r' {
					s.skipNewline()
				} else {
					s.pos++
				}
			}
		case c == '\n' || c == '\r':
			if !triple {
				return s.unterminated(start, false)
			}
			s.skipNewline()
		default:
			s.pos++
		}
	}
	return s.unterminated(start, triple)
}

func (s *Scanner) strToken(start source.Pos) Token {
	return Token{Kind: STRING, Span: s.spanFrom(start), Text: s.src[start.Offset:s.pos]}
}

func (s *Scanner) unterminated(start source.Pos, triple bool) Token {
	if s.pos > s.end {
		s.pos = s.end
	}
	t := s.strToken(start)
	t.Reported = true
	what := "string literal"
	if triple {
		what = "triple-quoted string literal"
	}
	line := s.line
	if s.pos == s.end && s.pos > int(start.Offset) {
		// CPython counts the lines of the input: a final line break does
		// not start another one.
		line = int(s.file.Pos(s.pos - 1).Line)
	}
	d := s.errorf(diag.PyUnterminatedStr, source.Span{Start: start, End: start}, "unterminated %s (detected at line %d)", what, line)
	d.Range.End = t.Span.End
	if !triple {
		d.WithHint("close the string on the same line, or use a triple-quoted string for text that spans lines")
	}
	return t
}

// operator scans an operator or delimiter.
func (s *Scanner) operator(start source.Pos) Token {
	c := s.src[s.pos]
	var c1, c2 byte
	if s.pos+1 < s.end {
		c1 = s.src[s.pos+1]
	}
	if s.pos+2 < s.end {
		c2 = s.src[s.pos+2]
	}
	kind, n := ERRORTOKEN, 1
	switch c {
	case '(', '[', '{':
		kind = bracketKind(c)
		s.pos++
		sp := s.spanFrom(start)
		s.parens = append(s.parens, openBracket{ch: c, span: sp})
		if len(s.parens) > maxParens && !s.deep {
			s.deep = true
			s.errorf(diag.PyTooDeep, sp, "too many nested parentheses").
				WithHint("CPython allows at most %d nested brackets", maxParens)
		}
		return Token{Kind: kind, Span: sp, Text: s.src[start.Offset:s.pos]}
	case ')', ']', '}':
		return s.closer(start)
	case ':':
		kind = COLON
		if c1 == '=' {
			kind, n = COLONEQUAL, 2
		}
	case ',':
		kind = COMMA
	case ';':
		kind = SEMI
	case '+':
		kind = PLUS
		if c1 == '=' {
			kind, n = PLUSEQUAL, 2
		}
	case '-':
		kind = MINUS
		if c1 == '=' {
			kind, n = MINEQUAL, 2
		} else if c1 == '>' {
			kind, n = RARROW, 2
		}
	case '*':
		kind = STAR
		if c1 == '*' {
			kind, n = DOUBLESTAR, 2
			if c2 == '=' {
				kind, n = DOUBLESTAREQUAL, 3
			}
		} else if c1 == '=' {
			kind, n = STAREQUAL, 2
		}
	case '/':
		kind = SLASH
		if c1 == '/' {
			kind, n = DOUBLESLASH, 2
			if c2 == '=' {
				kind, n = DOUBLESLASHEQUAL, 3
			}
		} else if c1 == '=' {
			kind, n = SLASHEQUAL, 2
		}
	case '|':
		kind = VBAR
		if c1 == '=' {
			kind, n = VBAREQUAL, 2
		}
	case '&':
		kind = AMPER
		if c1 == '=' {
			kind, n = AMPEREQUAL, 2
		}
	case '<':
		kind = LESS
		switch c1 {
		case '=':
			kind, n = LESSEQUAL, 2
		case '>':
			kind, n = NOTEQUAL, 2
		case '<':
			kind, n = LEFTSHIFT, 2
			if c2 == '=' {
				kind, n = LEFTSHIFTEQUAL, 3
			}
		}
	case '>':
		kind = GREATER
		switch c1 {
		case '=':
			kind, n = GREATEREQUAL, 2
		case '>':
			kind, n = RIGHTSHIFT, 2
			if c2 == '=' {
				kind, n = RIGHTSHIFTEQUAL, 3
			}
		}
	case '=':
		kind = EQUAL
		if c1 == '=' {
			kind, n = EQEQUAL, 2
		}
	case '!':
		if c1 == '=' {
			kind, n = NOTEQUAL, 2
		}
	case '.':
		kind = DOT
		if c1 == '.' && c2 == '.' {
			kind, n = ELLIPSIS, 3
		}
	case '%':
		kind = PERCENT
		if c1 == '=' {
			kind, n = PERCENTEQUAL, 2
		}
	case '~':
		kind = TILDE
	case '^':
		kind = CIRCUMFLEX
		if c1 == '=' {
			kind, n = CIRCUMFLEXEQUAL, 2
		}
	case '@':
		kind = AT
		if c1 == '=' {
			kind, n = ATEQUAL, 2
		}
	}
	if kind == ERRORTOKEN {
		return s.badChar(start)
	}
	s.pos += n
	return Token{Kind: kind, Span: s.spanFrom(start), Text: s.src[start.Offset:s.pos]}
}

// closer scans a closing bracket and checks it against the open ones.
func (s *Scanner) closer(start source.Pos) Token {
	c := s.src[s.pos]
	s.pos++
	sp := s.spanFrom(start)
	t := Token{Kind: bracketKind(c), Span: sp, Text: s.src[start.Offset:s.pos]}
	if s.nested && len(s.parens) == 0 {
		// The replacement field's brackets are checked by the f-string
		// splitter; the scanner sees only balanced text.
		return t
	}
	if len(s.parens) == 0 {
		s.errorf(diag.PyUnmatchedBracket, sp, "unmatched '%c'", c).WithHint("remove it, or add the opening '%c' it closes", openerOf(c))
		return skip
	}
	top := s.parens[len(s.parens)-1]
	if top.ch == openerOf(c) {
		s.parens = s.parens[:len(s.parens)-1]
		return t
	}
	msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, top.ch)
	if top.span.Start.Line != sp.Start.Line {
		msg += fmt.Sprintf(" on line %d", top.span.Start.Line)
	}
	d := s.errorf(diag.PyUnmatchedBracket, sp, "%s", msg)
	d.WithRelated(s.diags.File, top.span, "the '%c' opened here", top.ch)
	t.Reported = true
	// If a bracket further out matches, the inner ones were never closed:
	// close them with made-up tokens. Otherwise c was meant to close the
	// innermost bracket.
	for i := len(s.parens) - 2; i >= 0; i-- {
		if s.parens[i].ch == openerOf(c) {
			empty := source.Span{Start: sp.Start, End: sp.Start}
			for j := len(s.parens) - 1; j > i; j-- {
				s.push(Token{Kind: bracketKind(closerOf(s.parens[j].ch)), Span: empty, Reported: true})
			}
			s.parens = s.parens[:i]
			s.push(t)
			return skip
		}
	}
	s.parens = s.parens[:len(s.parens)-1]
	t.Kind = bracketKind(closerOf(top.ch))
	return t
}
