package template

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// Lex splits the template part [start, end) of f into tokens, with Jinja
// 3.1's lexing rules (jinja2.lexer) and, with opts.Hyperflask, component tags.
// The token list always ends with an EOF token. Lexical errors are reported
// and lexing goes on: a bad character becomes an Invalid token, a tag that is
// not closed before the next tag starts ends there.
func Lex(f *source.File, start, end int, opts Options) ([]Token, diag.List) {
	l := newLexer(f, start, end, opts)
	l.run()
	return l.toks, l.diags.Diags
}

// jinjaCounter converts byte offsets to Jinja's offsets: characters
// (code points) from the start of the template, a "\r\n" counting as one
// (Jinja's lexer reads every line break as "\n"), as Jinja's message
// "unexpected char 'x' at N" gives them. Offsets asked in increasing order
// cost the text between them.
type jinjaCounter struct {
	src        string
	start      int
	off, count int
}

func newJinjaCounter(src string, start int) jinjaCounter {
	return jinjaCounter{src: src, start: start, off: start}
}

// at returns Jinja's offset of the byte offset off, which is not inside a
// "\r\n" or a UTF-8 sequence.
func (c *jinjaCounter) at(off int) int {
	if off < c.off {
		c.off, c.count = c.start, 0
	}
	s := c.src[c.off:off]
	c.count += utf8.RuneCountInString(s) - strings.Count(s, "\r\n")
	c.off = off
	return c.count
}

// bracket is an open bracket inside a tag: the closer it expects and where it
// opened.
type bracket struct {
	closer byte
	pos    int
}

type lexer struct {
	f     *source.File
	src   string
	start int // start of the template part
	pos   int
	end   int // end of the lexed text: the template part minus its final newline
	opts  Options
	toks  []Token
	diags diag.Builder

	// errAt holds, for each error reported, the offset where Jinja raises
	// it: the offset of the character or of the token (a name, a string)
	// that Jinja fails to lex. The parser stays quiet about what it finds
	// at or after such an offset in the same tag, as Jinja never gets there.
	errAt []int
	jpos  jinjaCounter
	// strict lexes a tag on into the next tag when it is not closed
	// before, as Jinja does, rather than end it there; otherwise unclosed
	// is the offset of the first such next tag (-1 if none).
	strict   bool
	unclosed int

	// lineStarting is Jinja's line_starting: the text consumed last ended
	// with a newline (or nothing was consumed yet).
	lineStarting bool
	// tagBegin is the index in toks of the begin token of the tag being
	// lexed.
	tagBegin int
	stack    []bracket

	// noCommentEnd is an offset after which no "#}" exists (0: unknown),
	// so that many unclosed comments do not rescan the text.
	noCommentEnd int
	// noCloser marks offsets from which a scan for a component tag's closer
	// is known to fail: a failed scan marks every offset it passed outside a
	// string, since a scan from there would do the same.
	noCloser []bool
}

func newLexer(f *source.File, start, end int, opts Options) *lexer {
	src := f.Text
	if start < 0 {
		start = 0
	}
	if end > len(src) {
		end = len(src)
	}
	if end < start {
		end = start
	}
	lexEnd := end
	if !opts.KeepTrailingNewline && lexEnd > start {
		// Jinja drops one final "\n", "\r\n" or "\r" of the template.
		switch src[lexEnd-1] {
		case '\n':
			lexEnd--
			if lexEnd > start && src[lexEnd-1] == '\r' {
				lexEnd--
			}
		case '\r':
			lexEnd--
		}
	}
	return &lexer{
		f: f, src: src, start: start, pos: start, end: lexEnd, opts: opts,
		toks:         getTokens((lexEnd-start)/3 + 16),
		diags:        diag.Builder{File: f.Name},
		jpos:         newJinjaCounter(src, start),
		unclosed:     -1,
		lineStarting: true,
		tagBegin:     -1,
	}
}

// tokenPool recycles the token buffers of finished parses: tokens are
// scratch (the tree copies what it keeps), and a page's template makes up to
// one token per three bytes, the largest allocation of a parse.
var tokenPool sync.Pool

// getTokens returns an empty token buffer with room for n tokens.
func getTokens(n int) []Token {
	if b, ok := tokenPool.Get().(*[]Token); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]Token, 0, n)
}

// putTokens gives a buffer back to tokenPool once nothing refers to it.
func putTokens(toks []Token) {
	if cap(toks) <= 1<<20 {
		tokenPool.Put(&toks)
	}
}

func (l *lexer) emit(k Kind, flags Flags, start, end int) {
	l.toks = append(l.toks, Token{Kind: k, Flags: flags, Start: start, End: end})
}

func (l *lexer) errorf(code diag.Code, start, end int, format string, args ...any) *diag.Diagnostic {
	if code.Severity() == diag.Error {
		l.errAt = append(l.errAt, start)
	}
	return l.diags.Add(code, l.f.Span(start, end), format, args...)
}

// tagError reports a lexical error inside the tag being lexed and marks the
// tag.
func (l *lexer) tagError(code diag.Code, start, end int, format string, args ...any) *diag.Diagnostic {
	l.markTag()
	return l.errorf(code, start, end, format, args...)
}

func (l *lexer) markTag() {
	if l.tagBegin >= 0 && l.tagBegin < len(l.toks) {
		l.toks[l.tagBegin].Flags |= TagLexErr
	}
}

// jinjaChar formats Jinja's "unexpected char" message for the character r
// at offset p.
func (l *lexer) jinjaChar(r rune, p int) string {
	return "unexpected char " + pyQuoteRune(r) + " at " + strconv.Itoa(l.jpos.at(p))
}

// opener is the kind of construct that ends a run of template data.
type opener uint8

const (
	openNone opener = iota
	openVariable
	openBlock
	openComment
	openRaw
	openComponent
	openClose
)

func (l *lexer) run() {
	for l.pos < l.end {
		at, kind := l.nextOpener(l.pos)
		switch kind {
		case openNone:
			l.emit(TokData, 0, l.pos, l.end)
			l.pos = l.end
		case openVariable:
			l.data(l.pos, at, l.signAt(at+2), false)
			l.tag(at, TokVariableBegin)
		case openBlock:
			l.data(l.pos, at, l.signAt(at+2), true)
			l.tag(at, TokBlockBegin)
		case openComment:
			l.data(l.pos, at, l.signAt(at+2), true)
			l.comment(at)
		case openRaw:
			l.data(l.pos, at, l.signAt(at+2), true)
			l.raw(at)
		case openComponent:
			l.component(at)
		case openClose:
			l.closeTag(at)
		}
	}
	l.emit(TokEOF, 0, l.end, l.end)
}

func (l *lexer) signAt(i int) byte {
	if i < l.end && (l.src[i] == '-' || l.src[i] == '+') {
		return l.src[i]
	}
	return 0
}

// nextOpener finds the next tag opener at or after p.
func (l *lexer) nextOpener(p int) (int, opener) {
	src := l.src[:l.end]
	for p < len(src) {
		var i int
		if l.opts.Hyperflask {
			i = strings.IndexAny(src[p:], "{<")
		} else {
			i = strings.IndexByte(src[p:], '{')
		}
		if i < 0 {
			return len(src), openNone
		}
		i += p
		if src[i] == '{' && i+1 < len(src) {
			switch src[i+1] {
			case '{':
				return i, openVariable
			case '#':
				return i, openComment
			case '%':
				if _, _, ok := l.matchRawBegin(i); ok {
					return i, openRaw
				}
				return i, openBlock
			}
		} else if src[i] == '<' {
			if _, ok := l.componentName(i, l.end); ok {
				return i, openComponent
			}
			if _, _, ok := l.matchCloseTag(i, l.end); ok {
				return i, openClose
			}
		}
		p = i + 1
	}
	return len(src), openNone
}

// data emits the template data [a, b) that precedes a tag, after the
// whitespace control of Jinja's root rule: a "-" sign strips all trailing
// whitespace; otherwise, for block-like tags with LstripBlocks and no "+"
// sign, the spaces between the last line break and the tag are stripped.
func (l *lexer) data(a, b int, sign byte, blockLike bool) {
	switch {
	case sign == '-':
		b = rstripSpace(l.src, a, b)
	case sign != '+' && blockLike && l.opts.LstripBlocks:
		lpos := a
		if nl := strings.LastIndexAny(l.src[a:b], "\n\r"); nl >= 0 {
			lpos = a + nl + 1
		}
		if (lpos > a || l.lineStarting) && lpos < b && allSpace(l.src[lpos:b]) {
			b = lpos
		}
	}
	if b > a {
		l.emit(TokData, 0, a, b)
	}
}

// skipSpace returns the first offset at or after p that is not Python
// whitespace.
func (l *lexer) skipSpace(p, end int) int {
	for p < end {
		c := l.src[p]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return p
			}
			p++
			continue
		}
		r, n := utf8.DecodeRuneInString(l.src[p:end])
		if !isSpace(r) {
			return p
		}
		p += n
	}
	return p
}

// afterEnd consumes the whitespace that follows a closing delimiter: all of
// it after a "-" sign, one line break with trim (TrimBlocks on a block-like
// tag), nothing otherwise. It sets lineStarting from the last consumed byte.
func (l *lexer) afterEnd(p int, sign byte, trim bool) {
	q := p
	switch {
	case sign == '-':
		q = l.skipSpace(p, l.end)
	case sign == 0 && trim:
		q = skipNewline(l.src, p, l.end)
	}
	l.lineStarting = q > p && (l.src[q-1] == '\n' || l.src[q-1] == '\r')
	l.pos = q
}

func skipNewline(src string, p, end int) int {
	if p < end {
		switch src[p] {
		case '\n':
			return p + 1
		case '\r':
			if p+1 < end && src[p+1] == '\n' {
				return p + 2
			}
			return p + 1
		}
	}
	return p
}

// matchRawBegin matches Jinja's raw_begin rule at i ("{%" sign? ws* "raw"
// ws* ("-%}" ws* | "%}")) and returns the end and the sign of the closing
// delimiter.
func (l *lexer) matchRawBegin(i int) (end int, closeSign byte, ok bool) {
	p := i + 2
	if l.signAt(p) != 0 {
		p++
	}
	p = l.skipSpace(p, l.end)
	if !strings.HasPrefix(l.src[p:l.end], "raw") {
		return 0, 0, false
	}
	p = l.skipSpace(p+3, l.end)
	rest := l.src[p:l.end]
	switch {
	case strings.HasPrefix(rest, "-%}"):
		return p + 3, '-', true
	case strings.HasPrefix(rest, "%}"):
		return p + 2, 0, true
	}
	return 0, 0, false
}

// matchEndRaw matches Jinja's endraw rule at i ("{%" sign? ws* "endraw" ws*
// ("+%}" | "-%}" | "%}")) and returns the end sign and the closing
// delimiter's end.
func (l *lexer) matchEndRaw(i int) (sign byte, endSign byte, end int, ok bool) {
	p := i + 2
	sign = l.signAt(p)
	if sign != 0 {
		p++
	}
	p = l.skipSpace(p, l.end)
	if !strings.HasPrefix(l.src[p:l.end], "endraw") {
		return 0, 0, 0, false
	}
	p = l.skipSpace(p+6, l.end)
	rest := l.src[p:l.end]
	switch {
	case strings.HasPrefix(rest, "+%}"):
		return sign, '+', p + 3, true
	case strings.HasPrefix(rest, "-%}"):
		return sign, '-', p + 3, true
	case strings.HasPrefix(rest, "%}"):
		return sign, 0, p + 2, true
	}
	return 0, 0, 0, false
}

// raw lexes {% raw %}…{% endraw %} at i. The raw tag does not trim the
// newline after it (Jinja's raw_begin rule has no trim_blocks suffix); the
// endraw tag does.
func (l *lexer) raw(i int) {
	end, closeSign, _ := l.matchRawBegin(i)
	l.emit(TokRawBegin, signFlag(l.signAt(i+2)), i, end)
	l.afterEnd(end, closeSign, false)
	content := l.pos
	for p := content; p < l.end; {
		j := strings.Index(l.src[p:l.end], "{%")
		if j < 0 {
			break
		}
		j += p
		sign, endSign, tagEnd, ok := l.matchEndRaw(j)
		if !ok {
			p = j + 1
			continue
		}
		l.data(content, j, sign, true)
		l.checkComponentsInRaw(content, j)
		l.emit(TokRawEnd, signFlag(sign), j, tagEnd)
		l.afterEnd(tagEnd, endSign, l.opts.TrimBlocks)
		return
	}
	if content >= l.end {
		// Jinja's lexer finds nothing left to lex and stops without an
		// error.
		l.errorf(diag.TmplOpenAtEnd, i, end, "%s", "{% raw %} is not closed").
			WithHint("%s", "add {% endraw %}; Jinja accepts a {% raw %} that ends the template")
		l.pos = l.end
		return
	}
	at := i
	if l.f.Pos(content).Line != l.f.Pos(i).Line {
		// Jinja reports the line where the raw text starts, after the
		// whitespace that {% raw -%} strips.
		at = content
	}
	l.errorf(diag.TmplUnclosedRaw, at, max(at, end), "Missing end of raw directive").
		WithHint("%s", "add {% endraw %}; everything after {% raw %} is text until then")
	l.emit(TokData, Bad, content, l.end)
	l.checkComponentsInRaw(content, l.end)
	l.pos = l.end
}

func signFlag(sign byte) Flags {
	switch sign {
	case '-':
		return SignMinus
	case '+':
		return SignPlus
	}
	return 0
}

// comment lexes {# … #} at i.
func (l *lexer) comment(i int) {
	p := i + 2
	if l.signAt(p) != 0 {
		p++
	}
	if l.noCommentEnd == 0 || p < l.noCommentEnd {
		j := strings.Index(l.src[p:l.end], "#}")
		if j < 0 {
			l.noCommentEnd = p
		} else {
			j += p
			sign := byte(0)
			if j-1 >= p && (l.src[j-1] == '-' || l.src[j-1] == '+') {
				sign = l.src[j-1]
			}
			l.emit(TokComment, signFlag(l.signAt(i+2)), i, j+2)
			l.afterEnd(j+2, sign, l.opts.TrimBlocks)
			return
		}
	}
	if p >= l.end {
		// Jinja's lexer finds nothing left to lex and stops without an
		// error.
		l.errorf(diag.TmplOpenAtEnd, i, p, "the comment is not closed").
			WithHint("close the comment with #}; Jinja accepts a {# that ends the template")
		l.emit(TokComment, signFlag(l.signAt(i+2)), i, p)
		l.pos = p
		l.lineStarting = false
		return
	}
	// Not closed: Jinja fails. End the comment before the next tag so that
	// the rest of the template still parses.
	stop := l.end
	for q := p; q < l.end; {
		k := strings.IndexByte(l.src[q:l.end], '{')
		if k < 0 {
			break
		}
		k += q
		if k+1 < l.end && strings.IndexByte("{%#", l.src[k+1]) >= 0 {
			stop = k
			break
		}
		q = k + 1
	}
	l.errorf(diag.TmplUnclosedComment, i, i+2, "Missing end of comment tag").
		WithHint("close the comment with #}")
	l.emit(TokComment, signFlag(l.signAt(i+2))|Bad, i, stop)
	l.pos = stop
	l.lineStarting = false
}

// tag lexes a {{ … }} or {% … %} tag whose opener is at i.
func (l *lexer) tag(i int, begin Kind) {
	sign := l.signAt(i + 2)
	open := i + 2
	if sign != 0 {
		open++
	}
	l.tagBegin = len(l.toks)
	l.emit(begin, signFlag(sign), i, open)
	l.stack = l.stack[:0]
	variable := begin == TokVariableBegin
	p := open
	for {
		p = l.skipSpace(p, l.end)
		if p >= l.end {
			// The template ends inside the tag; the parser reports it.
			l.pos = p
			l.lineStarting = false
			l.tagBegin = -1
			return
		}
		if end, endSign, closer, wrong := l.tagEnd(p, variable); end > 0 {
			kind := TokBlockEnd
			if variable {
				kind = TokVariableEnd
			}
			flags := signFlag(endSign)
			q := p
			if wrong || len(l.stack) > 0 {
				// Jinja does not end the tag here: it reads the sign and
				// the '%' as operators, then fails at the '}' (or, when
				// the '}' closes a dict, goes on and its parser fails).
				if endSign != 0 {
					l.emit(map[byte]Kind{'-': TokSub, '+': TokAdd}[endSign], 0, q, q+1)
					q++
				}
				if closer == "%}" {
					l.emit(TokMod, 0, q, q+1)
					q++
				}
				flags |= Bad
				l.closerError(p, q, end, variable, closer, endSign, wrong)
			}
			l.emit(kind, flags, q, end)
			l.afterEnd(end, endSign, !variable && l.opts.TrimBlocks)
			l.tagBegin = -1
			return
		}
		if !l.strict && l.src[p] == '{' && p+1 < l.end && (l.src[p+1] == '%' || l.src[p+1] == '#' || l.src[p+1] == '{') {
			// The parser reports it (Jinja's lexer goes on into the next
			// tag, and its parser fails at the '{').
			l.markTag()
			if l.unclosed < 0 {
				l.unclosed = p
			}
			kind := TokBlockEnd
			if variable {
				kind = TokVariableEnd
			}
			l.emit(kind, Bad|Unclosed, p, p)
			l.pos = p
			l.lineStarting = false
			l.tagBegin = -1
			return
		}
		p = l.exprToken(p, l.end, true)
	}
}

func closerWithSign(closer string, sign byte) string {
	if sign == 0 {
		return closer
	}
	return string(sign) + closer
}

// tagEnd matches the end of a tag at p. It follows Jinja where Jinja accepts
// the template: "}}" or "-}}" ends a print statement and "%}", "-%}", "+%}" a
// block, when no bracket is open (a "}" that closes a dict is not an end).
// Where Jinja would fail it recovers: an end delimiter with an unclosed "(" or
// "[" still ends the tag, and a delimiter of the other kind ("%}" in a print
// statement, "}}" in a block) ends it with wrong=true. Neither can be valid
// Jinja: "%" needs a right operand and "}" closes nothing.
func (l *lexer) tagEnd(p int, variable bool) (end int, sign byte, closer string, wrong bool) {
	if c := l.src[p]; c != '}' && c != '%' && c != '-' && c != '+' {
		return 0, 0, "", false // most tokens of a tag: no end here
	}
	body := l.src[p:l.end]
	if body[0] == '-' || body[0] == '+' {
		sign = body[0]
		body = body[1:]
	}
	n := l.end - p - len(body) + 2
	dictOpen := len(l.stack) > 0 && l.stack[len(l.stack)-1].closer == '}'
	switch {
	case strings.HasPrefix(body, "}}"):
		if variable && !dictOpen && sign != '+' {
			return p + n, sign, "}}", false
		}
		if !variable && len(l.stack) == 0 {
			return p + n, sign, "}}", true
		}
	case strings.HasPrefix(body, "%}"):
		if !variable {
			return p + n, sign, "%}", false
		}
		if !dictOpen && !strings.HasPrefix(body, "%}}") {
			// In "%}}" Jinja reads '%' and the end "}}".
			return p + n, sign, "%}", true
		}
	}
	return 0, 0, "", false
}

// closerError reports a tag end [p, end) that Jinja does not take as the
// end: a delimiter of the other kind (wrong) or one written while a bracket
// is open. Jinja fails at its '}' (at brace) with "unexpected '}'", or
// "unexpected '}', expected ')'" when a bracket is open; a '}' that closes
// a dict is no lexical error (the parser reports what follows).
func (l *lexer) closerError(p, brace, end int, variable bool, closer string, sign byte, wrong bool) {
	defer func() { l.stack = l.stack[:0] }()
	want, what := "%}", "statement block"
	if variable {
		want, what = "}}", "print statement"
	}
	if len(l.stack) == 0 {
		l.tagError(diag.TmplWrongCloser, brace, end, "unexpected '}'").
			WithHint("expected '%s' to end the %s, got '%s'", want, what, closer).
			WithFix("replace with "+want, l.f.Span(p, end), closerWithSign(want, sign))
		return
	}
	b := l.stack[len(l.stack)-1]
	if b.closer == '}' {
		return
	}
	code := diag.TmplUnclosedBracket
	hint := fmt.Sprintf("'%c' was never closed: expected '%c' before '%s'", l.src[b.pos], b.closer, closer)
	if wrong {
		code = diag.TmplWrongCloser
		hint += fmt.Sprintf(", and the %s ends with '%s'", what, want)
	}
	l.tagError(code, brace, end, "unexpected '}', expected '%c'", b.closer).
		WithHint("%s", hint).
		WithRelated(l.f.Name, l.f.Span(b.pos, b.pos+1), "'%c' opened here", l.src[b.pos])
}

// exprToken lexes one expression token at p (which is not whitespace) and
// returns the offset after it. track enables the bracket balance that
// decides where a tag ends.
func (l *lexer) exprToken(p, end int, track bool) int {
	src := l.src
	c := src[p]
	if isDigit(c) {
		if q, ok := l.float(p, end); ok {
			l.emit(TokFloat, 0, p, q)
			return q
		}
		q := integerEnd(src, p, end)
		l.emit(TokInteger, 0, p, q)
		return q
	}
	if c == '\'' || c == '"' {
		if q, ok := stringEnd(src, p, end); ok {
			if _, err := decodeString(src[p:q]); err != nil {
				// Jinja decodes the string as it reads the token, so the
				// error comes when the token does, on its line.
				at := p + err.start
				if strings.ContainsAny(src[p:at], "\r\n") {
					at = p
				}
				l.tagError(diag.TmplBadEscape, at, p+err.end, "%s", err.msg).WithHint("%s", err.hint)
				l.errAt[len(l.errAt)-1] = p
			}
			l.emit(TokString, 0, p, q)
			if l.opts.Hyperflask {
				l.checkComponentsInString(p, q)
			}
			return q
		}
		l.tagError(diag.TmplUnexpectedChar, p, p+1, "%s", l.jinjaChar(rune(c), p)).
			WithHint("the string is not closed: close it with %c", c)
		l.emit(TokInvalid, Bad, p, p+1)
		return p + 1
	}
	if c == '_' || isASCIILetter(c) || c >= utf8.RuneSelf {
		if q, ascii := l.nameEnd(p, end); q > p {
			flags := Flags(0)
			if !ascii && !isIdentifier(src[p:q]) {
				l.tagError(diag.TmplBadIdentifier, p, q, "Invalid character in identifier").
					WithHint("names are Python identifiers: letters, digits and underscores, not starting with a digit")
				flags = Bad
			}
			l.emit(TokName, flags, p, q)
			return q
		}
	}
	if k, n := operatorAt(src[p:end]); n > 0 {
		if track {
			l.balance(k, p)
		}
		l.emit(k, 0, p, p+n)
		return p + n
	}
	r, n := utf8.DecodeRuneInString(src[p:end])
	d := l.tagError(diag.TmplUnexpectedChar, p, p+n, "%s", l.jinjaChar(r, p))
	switch {
	case strings.HasPrefix(src[p:end], "&&"):
		d.WithHint("use 'and'")
	case strings.HasPrefix(src[p:end], "||"):
		d.WithHint("use 'or'")
	case c == '!':
		d.WithHint("use 'not' (or '!=' to compare)")
	case c == '#':
		d.WithHint("comments are written {# … #}, outside other tags")
	}
	l.emit(TokInvalid, Bad, p, p+n)
	return p + n
}

// balance keeps Jinja's balancing stack of brackets.
func (l *lexer) balance(k Kind, p int) {
	switch k {
	case TokLParen:
		l.stack = append(l.stack, bracket{')', p})
	case TokLBracket:
		l.stack = append(l.stack, bracket{']', p})
	case TokLBrace:
		l.stack = append(l.stack, bracket{'}', p})
	case TokRParen, TokRBracket, TokRBrace:
		c := l.src[p]
		if len(l.stack) == 0 {
			l.tagError(diag.TmplUnmatchedBracket, p, p+1, "unexpected '%c'", c)
			return
		}
		top := l.stack[len(l.stack)-1]
		if top.closer == c {
			l.stack = l.stack[:len(l.stack)-1]
			return
		}
		l.tagError(diag.TmplUnmatchedBracket, p, p+1, "unexpected '%c', expected '%c'", c, top.closer).
			WithRelated(l.f.Name, l.f.Span(top.pos, top.pos+1), "'%c' opened here", l.src[top.pos])
		for i := len(l.stack) - 1; i >= 0; i-- {
			if l.stack[i].closer == c {
				l.stack = l.stack[:i]
				return
			}
		}
	}
}

// float matches Jinja's float_re at p: digits (with single underscores)
// followed by a fraction, an exponent or both; not right after a ".".
func (l *lexer) float(p, end int) (int, bool) {
	if p > l.start && l.src[p-1] == '.' {
		return 0, false
	}
	q := digitsEnd(l.src, p, end)
	if q < 0 {
		return 0, false
	}
	frac := -1
	if q < end && l.src[q] == '.' {
		frac = digitsEnd(l.src, q+1, end)
	}
	if frac > 0 {
		if e := exponentEnd(l.src, frac, end); e > 0 {
			return e, true
		}
		return frac, true
	}
	if e := exponentEnd(l.src, q, end); e > 0 {
		return e, true
	}
	return 0, false
}

// digitsEnd matches (\d+_)*\d+ at p and returns its end, or -1.
func digitsEnd(src string, p, end int) int {
	if p >= end || !isDigit(src[p]) {
		return -1
	}
	for p < end && isDigit(src[p]) {
		p++
	}
	for p+1 < end && src[p] == '_' && isDigit(src[p+1]) {
		p++
		for p < end && isDigit(src[p]) {
			p++
		}
	}
	return p
}

// exponentEnd matches e[+-]?(\d+_)*\d+ at p and returns its end, or -1.
func exponentEnd(src string, p, end int) int {
	if p >= end || src[p]|0x20 != 'e' {
		return -1
	}
	p++
	if p < end && (src[p] == '+' || src[p] == '-') {
		p++
	}
	return digitsEnd(src, p, end)
}

// integerEnd matches Jinja's integer_re at p, which starts with a digit: the
// first of binary, octal, hex, decimal and zero that matches.
func integerEnd(src string, p, end int) int {
	if src[p] == '0' && p+1 < end {
		var ok func(byte) bool
		switch src[p+1] | 0x20 {
		case 'b':
			ok = func(c byte) bool { return c == '0' || c == '1' }
		case 'o':
			ok = func(c byte) bool { return c >= '0' && c <= '7' }
		case 'x':
			ok = isHexDigit
		}
		if ok != nil {
			if q := radixEnd(src, p+2, end, ok); q > 0 {
				return q
			}
		}
	}
	digit := isDigit
	if src[p] == '0' {
		digit = func(c byte) bool { return c == '0' }
	}
	q := p + 1
	for q < end {
		if digit(src[q]) {
			q++
		} else if src[q] == '_' && q+1 < end && digit(src[q+1]) {
			q += 2
		} else {
			break
		}
	}
	return q
}

// radixEnd matches (_?D)+ at p and returns its end, or -1.
func radixEnd(src string, p, end int, ok func(byte) bool) int {
	q := p
	for q < end {
		if ok(src[q]) {
			q++
		} else if src[q] == '_' && q+1 < end && ok(src[q+1]) {
			q += 2
		} else {
			break
		}
	}
	if q == p {
		return -1
	}
	return q
}

// stringEnd matches Jinja's string_re at p: a quote, then characters or
// backslash escapes (a backslash takes the next character, whatever it is),
// then the same quote.
func stringEnd(src string, p, end int) (int, bool) {
	quote := src[p]
	for q := p + 1; q < end; q++ {
		switch src[q] {
		case '\\':
			q++
		case quote:
			return q + 1, true
		}
	}
	return 0, false
}

// nameEnd returns the end of the run of name characters at p (Jinja's
// name_re: Python's \w plus the other identifier characters) and whether
// they are all ASCII (then, not starting with a digit, they make an
// identifier).
func (l *lexer) nameEnd(p, end int) (int, bool) {
	q := p
	ascii := true
	for q < end {
		c := l.src[q]
		if c < utf8.RuneSelf {
			if asciiName[c] {
				q++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(l.src[q:end])
		if !isNameRune(r) {
			break
		}
		ascii = false
		q += n
	}
	return q, ascii
}

// operatorAt matches an operator at the start of s, longest first.
func operatorAt(s string) (Kind, int) {
	if len(s) >= 2 {
		switch s[:2] {
		case "**":
			return TokPow, 2
		case "//":
			return TokFloorDiv, 2
		case "==":
			return TokEq, 2
		case "!=":
			return TokNe, 2
		case ">=":
			return TokGtEq, 2
		case "<=":
			return TokLtEq, 2
		}
	}
	if len(s) == 0 {
		return TokEOF, 0
	}
	switch s[0] {
	case '+':
		return TokAdd, 1
	case '-':
		return TokSub, 1
	case '/':
		return TokDiv, 1
	case '*':
		return TokMul, 1
	case '%':
		return TokMod, 1
	case '~':
		return TokTilde, 1
	case '[':
		return TokLBracket, 1
	case ']':
		return TokRBracket, 1
	case '(':
		return TokLParen, 1
	case ')':
		return TokRParen, 1
	case '{':
		return TokLBrace, 1
	case '}':
		return TokRBrace, 1
	case '>':
		return TokGt, 1
	case '<':
		return TokLt, 1
	case '=':
		return TokAssign, 1
	case '.':
		return TokDot, 1
	case ':':
		return TokColon, 1
	case '|':
		return TokPipe, 1
	case ',':
		return TokComma, 1
	case ';':
		return TokSemicolon, 1
	}
	return TokEOF, 0
}

// componentName matches the component open tag regex <\{\s*([a-zA-Z_0-9]+)
// at i and returns the end of the name.
func (l *lexer) componentName(i, end int) (int, bool) {
	if i+1 >= end || l.src[i+1] != '{' {
		return 0, false
	}
	p := l.skipSpace(i+2, end)
	q := p
	for q < end && isTagNameByte(l.src[q]) {
		q++
	}
	return q, q > p
}

// matchCloseTag matches the component close tag regex
// </\{(\s*([a-zA-Z_0-9]+)\s*)?\}> at i.
func (l *lexer) matchCloseTag(i, end int) (nameStart, tagEnd int, ok bool) {
	if !strings.HasPrefix(l.src[i:end], "</{") {
		return 0, 0, false
	}
	p := i + 3
	if strings.HasPrefix(l.src[p:end], "}>") {
		return p, p + 2, true
	}
	p = l.skipSpace(p, end)
	q := p
	for q < end && isTagNameByte(l.src[q]) {
		q++
	}
	if q == p {
		return 0, 0, false
	}
	r := l.skipSpace(q, end)
	if !strings.HasPrefix(l.src[r:end], "}>") {
		return 0, 0, false
	}
	return p, r + 2, true
}

// findCloser finds the end of a component open tag's body: the first "}>"
// or "}/>" after p that is not inside a '…' or "…" string, where a quote
// preceded by a backslash does not close the string (jinja-super-macros'
// scan).
func (l *lexer) findCloser(p int) (at, end int, inline, ok bool) {
	src := l.src
	if l.noCloser != nil && l.noCloser[p-l.start] {
		return 0, 0, false, false
	}
	var quote byte
	for q := p; q < l.end; q++ {
		c := src[q]
		if quote != 0 {
			if c == quote && src[q-1] != '\\' {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '}':
			if q+1 < l.end && src[q+1] == '>' {
				return q, q + 2, false, true
			}
			if q+2 < l.end && src[q+1] == '/' && src[q+2] == '>' {
				return q, q + 3, true, true
			}
		}
	}
	l.markNoCloser(p)
	return 0, 0, false, false
}

// markNoCloser records the offsets that a failed closer scan from p passed
// outside strings.
func (l *lexer) markNoCloser(p int) {
	if l.noCloser == nil {
		l.noCloser = make([]bool, l.end-l.start+1)
	}
	var quote byte
	for q := p; q < l.end; q++ {
		c := l.src[q]
		if quote != 0 {
			if c == quote && l.src[q-1] != '\\' {
				quote = 0
			}
			continue
		}
		l.noCloser[q-l.start] = true
		if c == '\'' || c == '"' {
			quote = c
		}
	}
}

// recoverCloser picks where an open tag without "}>" or "}/>" ends: at the
// first ">" ("/>" makes it inline), or before the next tag opener, or at the
// end of the template. It ignores strings, so that it stays short.
func (l *lexer) recoverCloser(p int) (at, end int, inline bool) {
	src := l.src
	for q := p; q < l.end; q++ {
		switch c := src[q]; c {
		case '>':
			if q > p && src[q-1] == '/' {
				return q - 1, q + 1, true
			}
			return q, q + 1, false
		case '{', '<':
			if q+1 < l.end && (src[q+1] == '{' || src[q+1] == '%' || src[q+1] == '#' || (c == '<' && src[q+1] == '/')) {
				return q, q, true
			}
		}
	}
	return l.end, l.end, true
}

// component lexes a component open tag at i: ComponentBegin, the name as a
// Name, the attribute tokens, then ComponentEnd or ComponentSelfClose. A
// block tag acts like the {% call %} tag the reference turns it into, for
// lstrip_blocks and trim_blocks; an inline tag like a {{ }}.
func (l *lexer) component(i int) {
	nameEnd, _ := l.componentName(i, l.end)
	nameStart := nameEnd
	for nameStart > i+2 && isTagNameByte(l.src[nameStart-1]) {
		nameStart--
	}
	at, end, inline, ok := l.findCloser(nameEnd)
	bad := Flags(0)
	if !ok {
		at, end, inline = l.recoverCloser(nameEnd)
		bad = Bad
	}
	l.data(l.pos, i, 0, !inline)
	l.tagBegin = len(l.toks)
	l.emit(TokComponentBegin, 0, i, i+2)
	if !ok {
		name := l.src[nameStart:nameEnd]
		l.tagError(diag.TmplCompUnclosed, i, nameEnd, "Missing closing bracket for %s: expected '}>' or '}/>'", name).
			WithHint("end the tag with }> (block tag, closed by </{%s}>) or }/> (inline tag)", name)
	}
	l.emit(TokName, 0, nameStart, nameEnd)
	for p := l.skipSpace(nameEnd, at); p < at; p = l.skipSpace(p, at) {
		p = l.exprToken(p, at, false)
	}
	kind := TokComponentEnd
	if inline {
		kind = TokComponentSelfClose
	}
	l.emit(kind, bad, at, end)
	l.tagBegin = -1
	l.afterEnd(end, 0, !inline && l.opts.TrimBlocks)
	if end == at {
		l.lineStarting = false
	}
}

// closeTag lexes a component close tag </{ name }> at i; it acts like an
// {% endcall %} for lstrip_blocks and trim_blocks.
func (l *lexer) closeTag(i int) {
	_, end, _ := l.matchCloseTag(i, l.end)
	l.data(l.pos, i, 0, true)
	l.emit(TokComponentClose, 0, i, end)
	l.afterEnd(end, 0, l.opts.TrimBlocks)
}

// checkComponentsInRaw warns about component tags inside {% raw %}, which the
// reference rewrites anyway.
func (l *lexer) checkComponentsInRaw(a, b int) {
	if !l.opts.Hyperflask {
		return
	}
	if start, end, name, ok := l.findComponentTag(a, b); ok {
		l.errorf(diag.TmplCompInRaw, start, end, "component tag %s inside {%% raw %%} is kept as text", l.src[start:end]).
			WithHint("the Python reference (jinja-super-macros) rewrites component tags before Jinja runs, even inside {%% raw %%}, so it would %s here; write &lt;{ to show the text", componentAction(name))
	}
}

// checkComponentsInString warns about component tags inside a string
// literal [a, b), which the reference rewrites anyway.
func (l *lexer) checkComponentsInString(a, b int) {
	if start, end, name, ok := l.findComponentTag(a, b); ok {
		l.errorf(diag.TmplCompInString, start, end, "component tag %s inside a string literal is kept as text", l.src[start:end]).
			WithHint("the Python reference (jinja-super-macros) rewrites component tags before Jinja runs, even inside string literals, so the string would %s", componentAction(name))
	}
}

// componentAction says what the reference makes of a component tag found
// by findComponentTag.
func componentAction(name string) string {
	if name == "" {
		return "end a component block"
	}
	return "call " + name
}

// findComponentTag finds the first component open tag (up to its name) or
// close tag in [a, b); name is "" for a close tag.
func (l *lexer) findComponentTag(a, b int) (start, end int, name string, ok bool) {
	for p := a; p < b; {
		j := strings.IndexByte(l.src[p:b], '<')
		if j < 0 {
			break
		}
		j += p
		if q, ok := l.componentName(j, b); ok {
			s := q
			for s > j && isTagNameByte(l.src[s-1]) {
				s--
			}
			return j, q, l.src[s:q], true
		}
		if _, q, ok := l.matchCloseTag(j, b); ok {
			return j, q, "", true
		}
		p = j + 1
	}
	return 0, 0, "", false
}

// Character classes.

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true}

// isSpace reports whether r is whitespace for Python (str.isspace, the \s of
// re): Go's unicode.IsSpace plus the separators U+001C…U+001F.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

func allSpace(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// rstripSpace returns the end of src[a:b] without its trailing Python
// whitespace (str.rstrip).
func rstripSpace(src string, a, b int) int {
	for b > a {
		c := src[b-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return b
			}
			b--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(src[a:b])
		if !isSpace(r) {
			return b
		}
		b -= n
	}
	return b
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// asciiName holds the ASCII bytes that continue a name: letters, digits, '_'.
var asciiName = func() (t [utf8.RuneSelf]bool) {
	for c := byte(0); c < utf8.RuneSelf; c++ {
		t[c] = c == '_' || isASCIILetter(c) || isDigit(c)
	}
	return t
}()

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isHexDigit(c byte) bool    { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
func isTagNameByte(c byte) bool { return c == '_' || isASCIILetter(c) || isDigit(c) }

// isNameRune reports whether a non-ASCII r belongs to Jinja's name pattern
// (\w and the other characters that may continue an identifier).
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Other_ID_Continue)
}

func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.In(r, unicode.Nl, unicode.Other_ID_Start)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Nd, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Other_ID_Continue)
}

// isIdentifier is Python's str.isidentifier (without NFKC subtleties).
func isIdentifier(s string) bool {
	for i, r := range s {
		if r < utf8.RuneSelf {
			c := byte(r)
			if c == '_' || isASCIILetter(c) || (i > 0 && isDigit(c)) {
				continue
			}
			return false
		}
		if i == 0 && !isIDStart(r) || i > 0 && !isIDContinue(r) {
			return false
		}
	}
	return s != ""
}

// pyQuoteChar and pyQuoteRune quote a character the way Python's repr does,
// as Jinja's messages show it ('@', "'").
func pyQuoteChar(c byte) string { return pyQuoteRune(rune(c)) }

func pyQuoteRune(r rune) string {
	switch r {
	case '\'':
		return `"'"`
	case '\\':
		return `'\\'`
	case '\t':
		return `'\t'`
	case '\n':
		return `'\n'`
	case '\r':
		return `'\r'`
	}
	if r != ' ' && !pyPrintable(r) {
		h := strconv.FormatInt(int64(r), 16)
		switch {
		case r < 0x100:
			return `'\x` + strings.Repeat("0", 2-len(h)) + h + "'"
		case r < 0x10000:
			return `'\u` + strings.Repeat("0", 4-len(h)) + h + "'"
		}
		return `'\U` + strings.Repeat("0", 8-len(h)) + h + "'"
	}
	return "'" + string(r) + "'"
}

// pyPrintable is Python's str.isprintable for one character other than
// the space: false for control, format, surrogate, private use, unassigned
// characters and separators.
func pyPrintable(r rune) bool {
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zs, unicode.Zl, unicode.Zp) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}
