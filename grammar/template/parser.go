package template

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// maxDepth bounds the nesting of blocks and of expressions. Jinja itself runs
// into Python's recursion limit at about this depth.
const maxDepth = 200

// Parse parses the template part [start, end) of f. It always returns a
// tree: what does not parse becomes BadExpr and BadTag nodes, and parsing
// goes on after every error (an error in {{ }} skips to its }}, in a tag to
// its %}, in a component tag to its }> or }/>). Every position is in file
// coordinates. The diagnostics are sorted by position.
//
// The first error is the one Jinja raises, with Jinja's message (the
// explanation goes to the hint): IsAssertion tells its class.
//
// The diagnostics are sorted by position, except where a tag is not closed
// before the next tag starts: Jinja's error there (see jinjaFirst) comes
// first.
func Parse(f *source.File, start, end int, opts Options) (*Template, diag.List) {
	tree, diags, unclosed := parse(f, start, end, opts, false)
	if unclosed >= 0 {
		for i, d := range diags {
			if d.Severity == diag.Error {
				if unclosed <= int(d.Range.Start.Offset) {
					jinjaFirst(f, start, end, opts, diags, i, unclosed)
				}
				break
			}
		}
	}
	return tree, diags
}

// jinjaFirst makes Jinja's error the first error (diags[first]) where a
// tag is not closed before the next tag, at offset unclosed, and no error
// comes before. Jinja's lexer goes on into the next tag (reading "{{" as
// two '{', "{%" as '{' and '%', "{#" as '{' and a bad '#') and its parser
// fails somewhere in there, which only a parse with that reading tells:
// the template is parsed again so, and the first error of that parse gives
// the message and the place of our report of the unclosed tag, which moves
// first (what we report of the next tag, an unclosed comment for instance,
// may come before it by position). The hint keeps our explanation.
func jinjaFirst(f *source.File, start, end int, opts Options, diags diag.List, first, unclosed int) {
	_, strict, _ := parse(f, start, end, opts, true)
	for _, s := range strict {
		if s.Severity != diag.Error {
			continue
		}
		i := first
		for j, d := range diags {
			if d.Code == diag.TmplTagNotClosed && int(d.Range.Start.Offset) == unclosed {
				i = j
				break
			}
		}
		d := diags[i]
		d.Message = s.Message
		d.Range = s.Range
		if IsAssertion(s) {
			d.Code = s.Code
		}
		copy(diags[first+1:i+1], diags[first:i])
		diags[first] = d
		return
	}
}

// parse parses the template; strict lexes tags as Jinja does, on into the
// next tag when one is not closed (no recovery there). It returns the
// offset of the first tag end that the lexer made up before a next tag
// (-1 if none).
func parse(f *source.File, start, end int, opts Options, strict bool) (*Template, diag.List, int) {
	l := newLexer(f, start, end, opts)
	l.strict = strict
	l.run()
	p := newParser(f, l.toks, opts)
	p.setLexErrors(l)
	p.template.Body = p.parseBody()
	p.template.Loc = f.Span(clamp(start, 0, len(f.Text)), clamp(end, clamp(start, 0, len(f.Text)), len(f.Text)))
	diags := append(l.diags.Diags, p.diags.Diags...)
	sortDiags(diags)
	putTokens(l.toks)
	return p.template, diags, l.unclosed
}

// sortDiags sorts diagnostics by position; at the same position the
// lexer's come first, then the parser's in the order it reported them,
// which is the order Jinja meets them in.
func sortDiags(diags diag.List) {
	sort.SliceStable(diags, func(i, j int) bool {
		return diags[i].Range.Start.Offset < diags[j].Range.Start.Offset
	})
}

// ParseExpr parses [start, end) of f as one expression, as the contents of a
// {{ }} are parsed (a comma-separated list makes a Tuple), for the
// debugger's evaluate and for editors. It always returns an expression (a
// BadExpr when nothing parses).
func ParseExpr(f *source.File, start, end int, opts Options) (Expr, diag.List) {
	start = clamp(start, 0, len(f.Text))
	end = clamp(end, start, len(f.Text))
	l := newLexer(f, start, end, opts)
	l.end = end
	for q := l.skipSpace(start, end); q < end; q = l.skipSpace(q, end) {
		q = l.exprToken(q, end, false)
	}
	l.emit(TokEOF, 0, end, end)
	p := newParser(f, l.toks, opts)
	p.setLexErrors(l)
	p.tagOpen = start
	e := p.parseTuple(tupleOpts{withCondexpr: true})
	if p.tok.Kind != TokEOF {
		p.fail(diag.TmplUnexpectedToken, p.tok.Start, p.tok.End, "expected end of expression, got '%s'", p.tok.describe(p.src))
	}
	diags := append(l.diags.Diags, p.diags.Diags...)
	sortDiags(diags)
	putTokens(l.toks)
	return e, diags
}

func clamp(x, lo, hi int) int {
	return min(max(x, lo), hi)
}

// frame is an open block: a statement with a body or a block component tag.
type frame struct {
	keyword   string // the statement ("for", "if", …) or the component name
	component bool
	open      source.Span // the opening tag
	ends      []string    // tag names that end the current part of the block, in Jinja's order
}

type parser struct {
	f     *source.File
	src   string
	toks  []Token
	i     int
	tok   Token // toks[i]
	opts  Options
	loc   *source.Locator
	diags diag.Builder

	// lastEnd is the end offset of the last consumed token.
	lastEnd int
	// quiet is set once an error was reported in the current tag (or the
	// lexer reported one there before the current token): further errors
	// in it are not reported.
	quiet bool
	depth int
	stack []*frame

	// lexErrs are the sorted offsets where Jinja raises the lexer's errors
	// (lexer.errAt); tagOpen is the start of the current tag. Jinja reads
	// tokens as its parser asks for them, so a lexical error comes first
	// when it is at or before the last token the parser has read (pulled:
	// the current token, or the one after it when Jinja looked ahead).
	lexErrs []int
	origin  int // start of the template part
	tagOpen int
	pulled  int
	// unclosedAt is the offset of the Unclosed end token that was
	// reported already, or -1.
	unclosedAt int
	jpos       jinjaCounter

	template *Template
	mem      arena
	openRaw  *Raw
	layout   *UseLayout // the {% use_layout %} of the template
	tooDeep  bool       // the nesting limit was reported
}

func newParser(f *source.File, toks []Token, opts Options) *parser {
	p := &parser{
		f: f, src: f.Text, toks: toks, opts: opts, loc: f.Locator(),
		diags:      diag.Builder{File: f.Name},
		template:   &Template{},
		unclosedAt: -1,
	}
	p.tok = toks[0]
	p.lastEnd = p.tok.Start
	p.mem.reserve(toks, p.src)
	return p
}

// Tokens.

func (p *parser) next() Token {
	t := p.tok
	if t.Kind != TokEOF {
		p.i++
		p.tok = p.toks[p.i]
		p.lastEnd = t.End
		p.pulled = max(p.pulled, p.i)
	}
	return t
}

// peek returns the token n positions ahead of the current one.
func (p *parser) peek(n int) Token {
	if p.i+n < len(p.toks) {
		return p.toks[p.i+n]
	}
	return p.toks[len(p.toks)-1]
}

// look is peek(1) where Jinja's parser calls stream.look(), which reads the
// token (and raises a lexical error there).
func (p *parser) look() Token {
	if p.i+1 < len(p.toks) {
		p.pulled = max(p.pulled, p.i+1)
	}
	return p.peek(1)
}

// setLexErrors takes the offsets of the lexer's errors.
func (p *parser) setLexErrors(l *lexer) {
	p.lexErrs = l.errAt
	p.origin = l.start
	if !sort.IntsAreSorted(p.lexErrs) {
		sort.Ints(p.lexErrs)
	}
	p.jpos = newJinjaCounter(l.src, l.start)
}

// lexErrorFirst reports whether Jinja's lexer fails in the current tag
// before its parser gets to report an error at the current token.
func (p *parser) lexErrorFirst() bool {
	last := p.toks[min(max(p.pulled, p.i), len(p.toks)-1)]
	limit := last.Start
	if last.Flags&Unclosed != 0 {
		// The next tag starts there: its errors are the next tag's.
		limit--
	}
	k := sort.SearchInts(p.lexErrs, p.tagOpen)
	return k < len(p.lexErrs) && p.lexErrs[k] <= limit
}

func (p *parser) text(t Token) string { return p.src[t.Start:t.End] }

// isName reports whether t is the name s.
func (p *parser) isName(t Token, s string) bool {
	return t.Kind == TokName && t.End-t.Start == len(s) && p.src[t.Start:t.End] == s
}

// skipIf consumes the current token if it has kind k.
func (p *parser) skipIf(k Kind) bool {
	if p.tok.Kind == k {
		p.next()
		return true
	}
	return false
}

// skipName consumes the current token if it is the name s.
func (p *parser) skipName(s string) bool {
	if p.isName(p.tok, s) {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k, or reports Jinja's "expected token"
// error and leaves the current token in place.
func (p *parser) expect(k Kind) (Token, bool) {
	if p.tok.Kind == k {
		return p.next(), true
	}
	p.expected(k.Describe())
	return p.tok, false
}

// expectName consumes the name s, or reports the error.
func (p *parser) expectName(s string) bool {
	if p.skipName(s) {
		return true
	}
	p.expected(s)
	return false
}

// expected reports that what was expected is not the current token, with
// Jinja's TokenStream.expect wording.
func (p *parser) expected(what string) *diag.Diagnostic {
	if p.tok.Kind == TokEOF {
		return p.fail(diag.TmplUnexpectedEOF, p.tok.Start, p.tok.End, "unexpected end of template, expected '%s'.", what)
	}
	return p.fail(diag.TmplUnexpectedToken, p.tok.Start, p.tok.End, "expected token '%s', got '%s'", what, p.tok.describe(p.src))
}

// Positions and errors.

func (p *parser) pos(off int) source.Pos { return p.loc.Pos(off) }

func (p *parser) span(a, b int) source.Span { return p.loc.Span(a, max(a, b)) }

// spanFrom returns the span from a to the end of the last consumed token.
func (p *parser) spanFrom(a int) source.Span { return p.span(a, p.lastEnd) }

func (p *parser) tokSpan(t Token) source.Span { return p.span(t.Start, t.End) }

// fail reports an error inside the current tag, unless one was reported
// there already or Jinja's lexer fails first; the rest of the tag is then
// skipped by closeTag. An error at an Unclosed end token is the report of
// the unclosed tag.
func (p *parser) fail(code diag.Code, start, end int, format string, args ...any) *diag.Diagnostic {
	if p.quiet || p.lexErrorFirst() {
		p.quiet = true
		return new(diag.Diagnostic) // not reported; callers may still attach hints
	}
	p.quiet = true
	if p.tok.Kind == TokEOF && start == p.tok.Start {
		return p.diags.Add(code, p.eofSpan(), format, args...)
	}
	if p.tok.Flags&Unclosed != 0 && start == p.tok.Start {
		p.unclosedAt = p.tok.Start
		d := p.diags.Add(diag.TmplTagNotClosed, p.span(start, max(end, min(start+2, len(p.src)))), format, args...)
		return p.unclosedHint(d)
	}
	return p.diags.Add(code, p.span(start, end), format, args...)
}

// check reports an error that Jinja raises although the tag parses (a
// private import name, {% call %} without a call, …): as fail, except that
// the syntax errors that follow in the tag are still reported.
func (p *parser) check(code diag.Code, start, end int, format string, args ...any) *diag.Diagnostic {
	if p.quiet || p.lexErrorFirst() {
		return new(diag.Diagnostic)
	}
	return p.diags.Add(code, p.span(start, end), format, args...)
}

// eofSpan is where an error at the end of the template is reported: Jinja
// gives its end token the line of the last token it read (comments and raw
// tags are no tokens for its parser), so the range is that token's start
// (the template's start when there is none).
func (p *parser) eofSpan() source.Span {
	eof := p.toks[len(p.toks)-1]
	at := p.origin
	for i := len(p.toks) - 2; i >= 0; i-- {
		if k := p.toks[i].Kind; k != TokComment && k != TokRawBegin && k != TokRawEnd {
			at = p.toks[i].Start
			break
		}
	}
	if n := len(p.lexErrs); n > 0 && p.lexErrs[n-1] >= at || at > eof.Start {
		// Jinja's lexer fails before its parser gets to the end: keep
		// the error after the lexer's.
		at = eof.Start
	}
	for _, d := range p.diags.Diags {
		if int(d.Range.Start.Offset) >= at && d.Severity == diag.Error {
			// Likewise after an error that Jinja raises before it
			// reaches the end.
			at = eof.Start
		}
	}
	return p.span(at, at)
}

// unclosedHint explains the Unclosed end token at the current position: the
// tag is not closed before the next one.
func (p *parser) unclosedHint(d *diag.Diagnostic) *diag.Diagnostic {
	want, what := "%}", "statement block"
	if p.tok.Kind == TokVariableEnd {
		want, what = "}}", "print statement"
	}
	next := p.src[p.tok.Start:min(p.tok.Start+2, len(p.src))]
	d.WithHint("the %s is not closed: add '%s' before the next tag %s", what, want, next)
	if p.tagOpen < p.tok.Start {
		d.WithRelated(p.f.Name, p.span(p.tagOpen, p.tagOpen+2), "the %s opens here", what)
	}
	return d
}

// report records a diagnostic that does not belong to one tag (unclosed
// blocks, misplaced tags, warnings).
func (p *parser) report(code diag.Code, rng source.Span, format string, args ...any) *diag.Diagnostic {
	return p.diags.Add(code, rng, format, args...)
}

// beginTag starts a tag at its opening token: errors the lexer reported in
// the tag silence the parser's.
func (p *parser) beginTag(open Token) {
	p.quiet = false
	p.tagOpen = open.Start
}

// atTagEnd reports whether the current token is the end k of the tag, as
// Jinja reads it (see Token.jinjaOperator).
func (p *parser) atTagEnd(k Kind) bool {
	return p.tok.Kind == k && !p.tok.jinjaOperator(p.src)
}

// isTagEnd reports whether k ends a tag.
func isTagEnd(k Kind) bool {
	switch k {
	case TokBlockEnd, TokVariableEnd, TokComponentEnd, TokComponentSelfClose, TokEOF:
		return true
	}
	return false
}

// closeTag consumes the end delimiter of the current tag (want: BlockEnd or
// VariableEnd). Tokens before it are reported (Jinja's "expected token 'end
// of statement block'") and skipped. It returns the end token, or an empty
// token at the end of the last consumed token when the template ends first.
func (p *parser) closeTag(want Kind) (Token, bool) {
	if p.tok.Kind != want || p.tok.Flags&Unclosed != 0 {
		p.expected(want.Describe())
		for !isTagEnd(p.tok.Kind) {
			p.next()
		}
	}
	if p.tok.Kind == want {
		if p.tok.Flags&Unclosed != 0 && p.unclosedAt != p.tok.Start {
			// Reported whether or not the tag had another error: the
			// next tag is where the end is missing.
			p.unclosedAt = p.tok.Start
			d := p.report(diag.TmplTagNotClosed, p.span(p.tok.Start, min(p.tok.Start+2, len(p.src))),
				"expected token '%s', got '{'", want.Describe())
			p.unclosedHint(d)
		}
		return p.next(), true
	}
	return Token{Kind: want, Start: p.lastEnd, End: p.lastEnd}, false
}

// Bodies.

// parseBody parses template data, {{ }}, tags and component tags until the
// end of the template or a tag that ends an open block (which is left
// current).
func (p *parser) parseBody() []Stmt {
	body := p.mem.stmts.mark()
	var out *Output
	var outStart, outEnd, nodes, prints int
	flush := func() {
		if out != nil {
			out.Loc = p.span(outStart, outEnd)
			out.Nodes = p.mem.exprs.done(nodes)
			out.Prints = p.mem.prints.done(prints)
			p.mem.stmts.push(out)
			out = nil
		}
	}
	// add appends e, whose source (delimiters included) is [start, end), to
	// the current Output.
	add := func(e Expr, start, end int) {
		if out == nil {
			out = p.mem.outputs.alloc(Output{})
			outStart = start
			nodes = p.mem.exprs.mark()
			prints = p.mem.prints.mark()
		}
		p.mem.exprs.push(e)
		outEnd = end
	}
	for {
		t := p.tok
		switch t.Kind {
		case TokEOF:
			flush()
			return p.mem.stmts.done(body)
		case TokData:
			p.next()
			add(p.mem.data.alloc(TemplateData{Base: Base{p.tokSpan(t)}, Data: normalizeNewlines(p.text(t))}), t.Start, t.End)
		case TokComment:
			p.next()
			p.template.Comments = append(p.template.Comments, p.comment(t))
		case TokRawBegin:
			p.next()
			p.openRaw = &Raw{Base: Base{p.tokSpan(t)}, Open: p.tokSpan(t)}
			p.template.Raws = append(p.template.Raws, p.openRaw)
		case TokRawEnd:
			p.next()
			if p.openRaw != nil {
				p.openRaw.Close = p.tokSpan(t)
				p.openRaw.Loc.End = p.pos(t.End)
				p.openRaw = nil
			}
		case TokVariableBegin:
			e, print := p.parsePrint()
			add(e, t.Start, p.lastEnd)
			print.Node = p.mem.exprs.len(nodes) - 1
			p.mem.prints.push(print)
		case TokComponentBegin:
			c := p.parseComponent()
			if c.Inline {
				add(c, t.Start, p.lastEnd)
			} else {
				flush()
				p.mem.stmts.push(c)
			}
		case TokComponentClose:
			if p.closesFrame(true, "") {
				flush()
				return p.mem.stmts.done(body)
			}
			p.next()
			p.report(diag.TmplCompStrayClose, p.tokSpan(t), "unexpected close tag %s: no block component tag is open", p.text(t)).
				WithHint("a close tag ends the innermost open block tag <{Name …}>; remove it, or open the block before")
		case TokBlockBegin:
			if name := p.tagName(); name != "" && p.closesFrame(false, name) {
				flush()
				return p.mem.stmts.done(body)
			}
			flush()
			p.mem.stmts.push(p.parseStatement())
		default:
			// Expression tokens outside a tag cannot come from the lexer;
			// skip them rather than loop.
			p.next()
		}
	}
}

// comment builds the Comment node of a Comment token.
func (p *parser) comment(t Token) *Comment {
	text := p.text(t)
	inner := text[min(2, len(text)):]
	if len(inner) > 0 && (inner[0] == '-' || inner[0] == '+') {
		inner = inner[1:]
	}
	if t.Flags&Bad == 0 {
		inner = strings.TrimSuffix(inner, "#}")
		if len(inner) > 0 && (inner[len(inner)-1] == '-' || inner[len(inner)-1] == '+') {
			inner = inner[:len(inner)-1]
		}
	}
	return &Comment{Base: Base{p.tokSpan(t)}, Text: inner}
}

// tagName returns the name that follows the current BlockBegin, or "".
func (p *parser) tagName() string {
	if t := p.peek(1); t.Kind == TokName {
		return p.text(t)
	}
	return ""
}

// closesFrame reports whether a tag named name (or a component close tag)
// ends some open block, the innermost or an outer one.
func (p *parser) closesFrame(component bool, name string) bool {
	for i := len(p.stack) - 1; i >= 0; i-- {
		fr := p.stack[i]
		if component {
			if fr.component {
				return true
			}
			continue
		}
		if !fr.component && contains(fr.ends, name) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// block parses the body of a block part whose tag has been consumed, up to
// one of its end tags, and returns the body and the end tag's name, left
// current. When the template ends or an outer block's end tag comes first,
// the block is reported as unclosed and the name is "". Past the nesting
// limit the body is not parsed at all.
func (p *parser) block(keyword string, open source.Span, ends ...string) ([]Stmt, string) {
	if !p.enter(int(open.Start.Offset)) {
		return nil, ""
	}
	fr := &frame{keyword: keyword, open: open, ends: ends}
	p.stack = append(p.stack, fr)
	body := p.parseBody()
	p.stack = p.stack[:len(p.stack)-1]
	if p.tok.Kind == TokBlockBegin {
		if name := p.tagName(); contains(ends, name) {
			return body, name
		}
	}
	p.unclosed(fr)
	return body, ""
}

// unclosed reports an open block that the current token (the end of the
// template, an outer block's end tag, a component close tag) cuts short;
// fr is no longer on the stack. The message is Jinja's for the end of the
// template or for the end tag (which Jinja takes for an unknown tag, since
// the innermost block does not expect it); a block component tag, which is
// Hyperflask's, keeps our wording.
func (p *parser) unclosed(fr *frame) {
	what := fmt.Sprintf("unclosed %s started at %s; expected %s", fr.what(), fr.open.Start, fr.expected())
	rng := p.tokSpan(p.tok)
	if !fr.component {
		rng = p.eofSpan()
	}
	name := ""
	if p.tok.Kind != TokEOF {
		end := p.tok.End
		start := p.tok.Start
		if p.tok.Kind == TokBlockBegin {
			end = p.tagEndOffset()
			name = p.tagName()
			if !fr.component {
				start = p.peek(1).Start // Jinja's line is the tag name's
			}
		}
		rng = p.span(start, end)
		what += fmt.Sprintf(" before %s", p.src[p.tok.Start:end])
	}
	var d *diag.Diagnostic
	if fr.component || p.tok.Kind == TokComponentClose {
		d = p.report(diag.TmplUnclosedBlock, rng, "%s", what)
	} else {
		frames := append(p.stack[:len(p.stack):len(p.stack)], fr)
		d = p.report(diag.TmplUnclosedBlock, rng, "%s", jinjaEndMessage(name, frames))
	}
	d.WithRelated(p.f.Name, fr.open, "the block opens here")
	if fr.component {
		d.WithHint("%s: close the component tag with </{%s}> or </{}>, or end its open tag with }/> to make it inline", what, fr.keyword)
	} else {
		d.WithHint("%s: add %s where the block ends", what, "{% "+fr.closer()+" %}")
	}
}

// jinjaEndMessage is Jinja's message (Parser._fail_ut_eof) for the tag name
// that no open block expects, or for the end of the template when name is
// "", while the blocks of frames are open (the innermost last).
func jinjaEndMessage(name string, frames []*frame) string {
	var b strings.Builder
	if name == "" {
		b.WriteString("Unexpected end of template.")
	} else {
		b.WriteString("Encountered unknown tag '" + name + "'.")
	}
	if len(frames) == 0 {
		return b.String()
	}
	inner := frames[len(frames)-1]
	ends, _ := inner.jinja()
	looking := "'" + strings.Join(ends, "' or '") + "'"
	expected := false
	for _, fr := range frames {
		if e, _ := fr.jinja(); name != "" && contains(e, name) {
			expected = true
		}
	}
	if expected {
		b.WriteString(" You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for " + looking + ".")
	} else {
		b.WriteString(" Jinja was looking for the following tags: " + looking + ".")
	}
	_, tag := inner.jinja()
	b.WriteString(" The innermost block that needs to be closed is '" + tag + "'.")
	return b.String()
}

// jinja returns the end tags and the tag name that Jinja has for the
// frame: a block component tag is the {% call %} the reference makes of it.
func (fr *frame) jinja() (ends []string, tag string) {
	if fr.component {
		return []string{"endcall"}, "call"
	}
	return fr.ends, fr.keyword
}

// closer returns the tag that closes the block ({% endfor %} for a for).
func (fr *frame) closer() string {
	for _, e := range fr.ends {
		if strings.HasPrefix(e, "end") {
			return e
		}
	}
	return fr.ends[len(fr.ends)-1]
}

// tagEndOffset returns the end of the tag that starts at the current token.
func (p *parser) tagEndOffset() int {
	for j := p.i + 1; j < len(p.toks); j++ {
		if isTagEnd(p.toks[j].Kind) {
			if p.toks[j].Kind == TokEOF {
				return p.toks[j-1].End
			}
			return p.toks[j].End
		}
	}
	return p.tok.End
}

// what names the block's opening tag: {% for %} or <{Name}>.
func (fr *frame) what() string {
	if fr.component {
		return "<{" + fr.keyword + "}>"
	}
	return "{% " + fr.keyword + " %}"
}

// expected lists the tags that may come next in the block.
func (fr *frame) expected() string {
	if fr.component {
		return "</{" + fr.keyword + "}> or </{}>"
	}
	tags := make([]string, len(fr.ends))
	for i, e := range fr.ends {
		tags[i] = "{% " + e + " %}"
	}
	return joinOr(tags)
}

func joinOr(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " or " + list[len(list)-1]
}

// Tags.

// tagStart consumes "{%" and the tag name of a middle or end tag ({% else %},
// {% endfor %}, …) that block has left current.
func (p *parser) tagStart() (begin, kw Token) {
	begin = p.next()
	p.beginTag(begin)
	kw = p.next()
	return begin, kw
}

// finishTag consumes the end of a tag started by begin and returns its Tag.
func (p *parser) finishTag(begin, kw Token) *Tag {
	end, _ := p.closeTag(TokBlockEnd)
	return &Tag{Loc: p.span(begin.Start, end.End), Keyword: p.tokSpan(kw)}
}

// endTag consumes a whole end tag such as {% endfor %}.
func (p *parser) endTag() *Tag {
	begin, kw := p.tagStart()
	return p.finishTag(begin, kw)
}

// openBody ends the tag that opens a body: an optional ":" (as Jinja allows)
// and the end delimiter. It sets the end of tag.
func (p *parser) openBody(tag *Tag) {
	p.skipIf(TokColon)
	end, _ := p.closeTag(TokBlockEnd)
	tag.Loc.End = p.pos(end.End)
}

// noBody ends a tag without a body and sets the end of tag.
func (p *parser) noBody(tag *Tag) {
	end, _ := p.closeTag(TokBlockEnd)
	tag.Loc.End = p.pos(end.End)
}

// enter pushes a nesting level and reports when the limit is passed.
func (p *parser) enter(start int) bool {
	if len(p.stack)+p.depth >= maxDepth {
		if !p.tooDeep {
			p.tooDeep = true
			p.report(diag.TmplTooDeep, p.span(start, p.tok.End), "blocks and expressions nested too deeply (more than %d levels)", maxDepth).
				WithHint("split the template, for instance into macros or included templates")
		}
		p.quiet = true
		return false
	}
	return true
}

// arena allocates the most frequent nodes in chunks.
type arena struct {
	names    slab[Name]
	consts   slab[Const]
	data     slab[TemplateData]
	getattrs slab[Getattr]
	calls    slab[Call]
	filters  slab[Filter]
	keywords slab[Keyword]
	outputs  slab[Output]
	operands slab[Operand]

	exprs   lists[Expr]
	stmts   lists[Stmt]
	kwlists lists[*Keyword]
	prints  lists[Print]
	ops     lists[*Operand]
	spans   lists[source.Span]
}

// reserve sizes the first chunk of each slab from the token counts, so that
// a parse usually makes one allocation per node type.
func (m *arena) reserve(toks []Token, src string) {
	var n [numKinds]int
	// names counts the name tokens that can be Name nodes: not an
	// attribute (after "."), a filter or test (after "|" or "is"), a
	// statement keyword (after "{%"), a component name (after "<{") or an
	// operator word. A call is a "(" after a name that is not a filter's,
	// ")" or "]".
	names, calls := 0, 0
	prev, filter := TokEOF, false
	for _, t := range toks {
		n[t.Kind]++
		switch t.Kind {
		case TokName:
			filter = prev == TokPipe
			switch prev {
			case TokDot, TokPipe, TokBlockBegin, TokComponentBegin:
			default:
				if !isWordOperator(src[t.Start:t.End]) {
					names++
				}
			}
		case TokLParen:
			if prev == TokName && !filter || prev == TokRParen || prev == TokRBracket {
				calls++
			}
		}
		prev = t.Kind
	}
	m.names.reserve(names)
	m.consts.reserve(n[TokString] + n[TokInteger] + n[TokFloat] + 8)
	m.data.reserve(n[TokData])
	m.getattrs.reserve(n[TokDot])
	m.calls.reserve(calls)
	m.filters.reserve(n[TokPipe] + 4)
	m.keywords.reserve(n[TokAssign])
	outputs := min(n[TokData]+n[TokVariableBegin]+n[TokComponentBegin], n[TokBlockBegin]+n[TokComponentBegin]+1)
	m.outputs.reserve(outputs)
	comparisons := n[TokEq] + n[TokNe] + n[TokLt] + n[TokLtEq] + n[TokGt] + n[TokGtEq]
	m.operands.reserve(comparisons + 4)
	// The lists too: doubling chunks would leave up to half of the last
	// one unused.
	m.exprs.reserve(len(toks)/4 + 8)
	m.stmts.reserve(outputs + n[TokBlockBegin] + n[TokComponentBegin])
	m.prints.reserve(n[TokVariableBegin])
	m.spans.reserve(n[TokString])
	m.kwlists.reserve(n[TokAssign])
	m.ops.reserve(comparisons)
}

// isWordOperator reports whether a name token is one of the words of the
// expression language that never makes a Name node.
func isWordOperator(s string) bool {
	switch s {
	case "in", "is", "not", "and", "or", "if", "else", "for", "recursive", "as", "with", "without", "context":
		return true
	}
	return false
}

// slab hands out pointers into chunks of T, so that a parse makes a few
// large allocations rather than one per node. Chunks grow from 8 to 256
// elements, so that a small parse stays small.
type slab[T any] struct{ chunk []T }

// reserve makes the next chunk hold n elements.
func (s *slab[T]) reserve(n int) {
	if n > 0 {
		s.chunk = make([]T, 0, n)
	}
}

func (s *slab[T]) alloc(v T) *T {
	if len(s.chunk) == cap(s.chunk) {
		s.chunk = make([]T, 0, min(max(2*cap(s.chunk), 8), 256))
	}
	s.chunk = append(s.chunk, v)
	return &s.chunk[len(s.chunk)-1]
}

// lists builds the slices of the tree. While a list is parsed its items are
// pushed on a scratch stack (the lists nested in it push above and are done
// first); when it is complete it is copied into a shared chunk. A list is
// nil when empty.
type lists[T any] struct {
	scratch []T
	chunk   []T
}

// reserve makes the next chunk hold n items.
func (l *lists[T]) reserve(n int) {
	if n > 0 {
		l.chunk = make([]T, 0, n)
	}
}

// mark returns where a new list starts on the stack.
func (l *lists[T]) mark() int { return len(l.scratch) }

func (l *lists[T]) push(v T) { l.scratch = append(l.scratch, v) }

// len returns the number of items of the list that started at mark.
func (l *lists[T]) len(mark int) int { return len(l.scratch) - mark }

// done pops the list that started at mark and returns it.
func (l *lists[T]) done(mark int) []T {
	items := l.scratch[mark:]
	n := len(items)
	if n == 0 {
		return nil
	}
	if cap(l.chunk)-len(l.chunk) < n {
		l.chunk = make([]T, 0, max(n, min(max(2*cap(l.chunk), 16), 1024)))
	}
	start := len(l.chunk)
	l.chunk = append(l.chunk, items...)
	// The items stay on the scratch stack until they are overwritten: it
	// dies with the parser, and clearing it cost a write barrier per item
	// while the collector runs.
	l.scratch = l.scratch[:mark]
	return l.chunk[start:len(l.chunk):len(l.chunk)]
}
