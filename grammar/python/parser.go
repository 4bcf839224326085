package python

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// Mode selects what Parse accepts.
type Mode uint8

// Parse modes.
const (
	// ModeModule parses a module: any number of statements (CPython's
	// "exec" mode). It is the zero Mode.
	ModeModule Mode = iota
	// ModeSingle parses one statement, simple or compound, as typed at an
	// interactive prompt or a debugger console (CPython's "single" mode);
	// more than one statement is an error.
	ModeSingle
)

// maxDepth bounds the nesting of expressions (brackets, unary operators,
// lambdas, conditional expressions, …) so that no input overflows the
// stack. CPython's tokenizer allows 200 nested brackets; this is higher so
// that the tokenizer's error comes first.
const maxDepth = 1000

// Parse parses f.Text[start:end] as Python 3.11 source and returns the
// module with every statement that parsed, and all the diagnostics of the
// scanner and the parser, sorted by position. Parse never gives up: after an
// error it resumes at the next statement, and a statement with an error is
// kept as far as it parsed (with BadExpr, BadStmt or BadPattern nodes where
// parts are missing). At most one syntax error is reported per simple
// statement or compound statement header, as CPython would report the first.
//
// Positions are positions in f: when the region is a page's frontmatter that
// starts at line 2, the first statement is on line 2.
func Parse(f *source.File, start, end int, mode Mode) (*Module, diag.List) {
	p := newParser(f, start, end, false)
	m := &Module{}
	first := p.t.Span.Start
	for p.t.Kind != ENDMARKER {
		n := len(m.Body)
		m.Body = p.statement(m.Body)
		if mode == ModeSingle && n == 0 && len(m.Body) > 0 && p.t.Kind != ENDMARKER {
			rest := p.t.Span.Start
			d := p.report(diag.PyNotSingle, source.Span{Start: rest, End: p.endOfInput()}, "multiple statements found while compiling a single statement")
			d.WithHint("enter one statement at a time")
		}
	}
	m.Loc = source.Span{Start: first, End: p.t.Span.End}
	m.Comments = p.sc.comments
	return m, p.diagnostics()
}

// ParseExpr parses f.Text[start:end] as one expression (CPython's "eval"
// mode: a comma makes a tuple, line breaks are allowed only inside
// brackets), for the debugger and the editor. The indentation of the region
// is ignored. The result is never nil: a region that holds no expression
// gives a BadExpr.
func ParseExpr(f *source.File, start, end int) (Expr, diag.List) {
	p := newParser(f, start, end, true)
	p.beginStatement()
	e := p.expressions()
	for p.t.Kind == NEWLINE {
		p.next()
	}
	if p.t.Kind != ENDMARKER {
		p.unexpected("after the expression")
	}
	return e, p.diagnostics()
}

type parser struct {
	f  *source.File
	sc Scanner

	toks    []Token // tokens read ahead; toks[i] is the current token
	tokBuf  [8]Token
	i       int
	base    int // index of toks[0] in the whole token stream
	marks   int // open backtracking marks: toks is not compacted while > 0
	t       Token
	prevEnd source.Pos // end of the last token consumed (NEWLINE, INDENT and DEDENT excluded)

	errs      diag.List
	errStmts  []int        // for each of errs, the start of its statement
	errReach  []reachPoint // for each of errs, how far CPython's parser would have read (see reach)
	failures  int          // syntax errors met, reported or not (for backtracking)
	stmtErr   bool         // the current statement already has an error
	stmtStart int          // offset of the current statement's first token
	stmts     []int        // the start of every statement, in order
	depth     int
	bail      bool // the nesting limit was hit: unwind to the statement

	// Scratch stacks on which lists are collected before being copied to
	// slices of their exact length.
	exprStack []Expr
	kwStack   []*Keyword

	// nodes allocates the most frequent nodes (shared with the parsers of
	// f-string replacement fields).
	nodes *nodeSlabs

	// lastGroup is the last expression that was parenthesised: e is written
	// "(e)" if e == lastGroup right after parsing it.
	lastGroup Expr

	// msgPrefix is "f-string: " when parsing a replacement field.
	msgPrefix string

	// reachAt, when its offset is set, is the reach of the next error (see
	// exprReach).
	reachAt reachPoint

	// lastExpr is the last expression parsed (see expression).
	lastExpr Expr

	// matchLike is the offset of the first statement that is "match"
	// followed by an expression up to the end of the line ("match(x)",
	// "match -x"), or -1. CPython 3.11's second pass over an input with a
	// syntax error takes it for a match statement without its ':' and
	// reports "expected ':'" instead of the error further on.
	matchLike int
}

// newParser returns a parser of f.Text[start:end]; noIndent makes the
// indentation insignificant (for an expression).
func newParser(f *source.File, start, end int, noIndent bool) *parser {
	p := &parser{f: f, nodes: &nodeSlabs{}, matchLike: -1}
	p.sc.init(f, start, end)
	p.sc.noIndent = noIndent
	p.start()
	return p
}

// start reads the first token.
func (p *parser) start() {
	p.toks = append(p.tokBuf[:0], p.sc.Scan())
	p.t = p.toks[0]
	p.prevEnd = p.t.Span.Start
}

// diagnostics merges the scanner's and the parser's diagnostics in source
// order, except that the error CPython 3.11 would raise comes first (see
// cpythonFirst).
//
// A parser error that follows a scanner error in the same statement is
// dropped: it is a consequence, and CPython's tokenizer error stops the
// parse there. A bracket that is never closed is found out only at the end
// of the input (or at a line that starts with a statement keyword), after
// the parser has stumbled on the lines the bracket swallowed: the parser's
// errors on those lines are dropped, and so are those on the bracket's own
// line when the parser had read up to the end of the input (CPython's
// parser reads the end of the input there and reports the bracket).
func (p *parser) diagnostics() diag.List {
	scan := p.sc.diags.Diags
	var out diag.List
	out = append(out, scan...)
	firstScanErr := map[int]int{} // statement start -> offset of its first scanner error
	type unclosed struct {
		start, line int
		info        closeInfo
	}
	var brackets []unclosed
	for i, d := range scan {
		if d.Severity != diag.Error {
			continue
		}
		if info, ok := p.sc.closedAt[i]; ok {
			brackets = append(brackets, unclosed{int(d.Range.Start.Offset), int(d.Range.Start.Line), info})
			continue
		}
		st := p.statementAt(int(d.Range.Start.Offset))
		if o, ok := firstScanErr[st]; !ok || int(d.Range.Start.Offset) < o {
			firstScanErr[st] = int(d.Range.Start.Offset)
		}
	}
	var kept diag.List
	var keptReach []reachPoint
parserErrs:
	for i, d := range p.errs {
		if d.Severity == diag.Error {
			if o, ok := firstScanErr[p.errStmts[i]]; ok && int(d.Range.Start.Offset) >= o {
				continue
			}
			off := d.Range.Start.Offset
			for _, b := range brackets {
				if int(off) < b.start || int(off) > b.info.at {
					continue
				}
				reach := p.errReach[i]
				if reach.line > b.line || int(off) >= b.info.at || b.info.eof && reach.at > b.info.at {
					continue parserErrs
				}
			}
		}
		kept = append(kept, d)
		keptReach = append(keptReach, p.errReach[i])
	}
	first, ok := p.cpythonFirst(scan, kept, keptReach)
	out = append(out, kept...)
	out.Sort()
	if ok {
		found := false
		for i := range out {
			if sameDiag(&out[i], &first) {
				copy(out[1:i+1], out[:i])
				out[0] = first
				found = true
				break
			}
		}
		if !found {
			out = append(diag.List{first}, out...)
		}
	}
	return out
}

func sameDiag(a, b *diag.Diagnostic) bool {
	return a.Code == b.Code && a.Range == b.Range && a.Message == b.Message
}

// cpythonFirst picks, among the errors of the scanner (scan) and of the
// parser (errs), the one CPython 3.11 raises. CPython stops at the first
// error its tokenizer or its parser meets, in the order of the input, with
// one twist: after a parser error (not after "unexpected indent"), it
// tokenizes the rest of the input, and the first tokenizer error that
// raises on its own (an unterminated string, an invalid character or
// number, an unmatched or mismatched bracket) replaces the parser's; an
// indentation error or a misplaced line continuation ends that search, and
// a bracket still open at the end replaces the parser's error when it was
// opened on an earlier line.
//
// A parser error counts as met where CPython's parser has read up to
// (reach, the end of the token after the one it failed at), so that a
// tokenizer error in that token's look-ahead comes first; the line of that
// token is the one CPython compares with the line of a never-closed
// bracket.
func (p *parser) cpythonFirst(scan, errs diag.List, reach []reachPoint) (diag.Diagnostic, bool) {
	type event struct {
		d    *diag.Diagnostic
		at   int
		line int // for a parser error, the line CPython read up to
		scan bool
		open bool // a never-closed bracket
	}
	var evs []event
	for i := range scan {
		d := &scan[i]
		if d.Severity != diag.Error {
			continue
		}
		// (A keyword out of place inside brackets is the parser's error
		// in CPython.)
		e := event{d: d, at: int(d.Range.Start.Offset), scan: d.Code != diag.PySyntax}
		if info, ok := p.sc.closedAt[i]; ok {
			e.at, e.open = info.at, true
		}
		evs = append(evs, e)
	}
	for i := range errs {
		if d := &errs[i]; d.Severity == diag.Error {
			evs = append(evs, event{d: d, at: max(int(d.Range.Start.Offset), reach[i].at), line: reach[i].line})
		}
	}
	if len(evs) == 0 {
		return diag.Diagnostic{}, false
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].at != evs[j].at {
			return evs[i].at < evs[j].at
		}
		// A tokenizer error that starts where the parser stopped reading
		// is in a token it did not read.
		return !evs[i].scan && evs[j].scan
	})
	first := evs[0]
	if !first.scan && p.matchLike >= 0 && p.matchLike < int(first.d.Range.Start.Offset) && p.statementAt(int(first.d.Range.Start.Offset)) > p.matchLike {
		switch first.d.Code {
		case diag.PyFString, diag.PyInvalidEscape, diag.PyMixedBytes, diag.PyBytesNonASCII:
			// Raised in CPython's first pass: no second pass.
		default:
			if strings.HasPrefix(first.d.Message, "f-string") {
				break
			}
			pos := p.f.Pos(p.f.LineStart(first.line))
			d := diag.Diagnostic{
				File:     p.f.Name,
				Range:    source.Span{Start: pos, End: pos},
				Severity: diag.Error,
				Code:     diag.PyExpected,
				Message:  "expected ':'",
				Hint: fmt.Sprintf("CPython 3.11 reports this for the statement on line %d, which it takes for a match statement without its ':' when the input has a syntax error; the error is: %s",
					p.f.Pos(p.matchLike).Line, first.d.Message),
			}
			first = event{d: &d, at: first.at, line: first.line}
		}
	}
	if first.scan || first.d.Code == diag.PyUnexpectedIndent {
		return *first.d, true
	}
	var open *diag.Diagnostic
	for _, e := range evs[1:] {
		if !e.scan {
			continue
		}
		if e.open {
			if open == nil && first.line > int(e.d.Range.Start.Line) {
				open = e.d
			}
			continue
		}
		switch e.d.Code {
		case diag.PyUnterminatedStr, diag.PyInvalidChar, diag.PyInvalidNumber, diag.PyUnmatchedBracket, diag.PyTooDeep, diag.PyInvalidUTF8:
			return *e.d, true
		}
		break
	}
	if open != nil {
		return *open, true
	}
	return *first.d, true
}

// statementAt returns the start of the statement that holds offset off.
func (p *parser) statementAt(off int) int {
	i := sort.SearchInts(p.stmts, off+1) - 1
	if i < 0 {
		return -1
	}
	return p.stmts[i]
}

// beginStatement starts a new unit of error reporting at the current token.
func (p *parser) beginStatement() {
	p.stmtErr = false
	p.stmtStart = int(p.t.Span.Start.Offset)
	if n := len(p.stmts); n == 0 || p.stmts[n-1] < p.stmtStart {
		p.stmts = append(p.stmts, p.stmtStart)
	}
}

func (p *parser) endOfInput() source.Pos { return p.f.Pos(p.sc.end) }

// next moves to the next token.
func (p *parser) next() {
	if k := p.t.Kind; k != NEWLINE && k != INDENT && k != DEDENT && k != ENDMARKER {
		p.prevEnd = p.t.Span.End
	}
	p.i++
	if p.i == len(p.toks) {
		if p.marks == 0 {
			p.base += len(p.toks)
			p.toks = p.toks[:0]
			p.i = 0
		}
		p.toks = append(p.toks, p.sc.Scan())
	}
	p.t = p.toks[p.i]
}

// peek returns the token n places after the current one.
func (p *parser) peek(n int) *Token {
	for p.i+n >= len(p.toks) {
		p.toks = append(p.toks, p.sc.Scan())
	}
	return &p.toks[p.i+n]
}

type mark struct {
	pos       int
	prevEnd   source.Pos
	nerrs     int
	failures  int
	stmtErr   bool
	lastGroup Expr
}

// mark records the current position for a later reset or release.
func (p *parser) mark() mark {
	p.marks++
	return mark{p.base + p.i, p.prevEnd, len(p.errs), p.failures, p.stmtErr, p.lastGroup}
}

// reset goes back to m, forgetting the errors met since.
func (p *parser) reset(m mark) {
	p.marks--
	p.i = m.pos - p.base
	p.t = p.toks[p.i]
	p.prevEnd = m.prevEnd
	p.errs = p.errs[:m.nerrs]
	p.errStmts = p.errStmts[:m.nerrs]
	p.errReach = p.errReach[:m.nerrs]
	p.failures = m.failures
	p.stmtErr = m.stmtErr
	p.lastGroup = m.lastGroup
}

// release keeps what was parsed since m.
func (p *parser) release(mark) { p.marks-- }

// spanFrom returns the span from start to the end of the last token.
func (p *parser) spanFrom(start source.Pos) source.Span {
	end := p.prevEnd
	if end.Offset < start.Offset {
		end = start
	}
	return source.Span{Start: start, End: end}
}

// here returns an empty span at the start of the current token.
func (p *parser) here() source.Span {
	return source.Span{Start: p.t.Span.Start, End: p.t.Span.Start}
}

// report records a diagnostic unconditionally.
func (p *parser) report(code diag.Code, rng source.Span, format string, args ...any) *diag.Diagnostic {
	msg := p.msgPrefix + fmt.Sprintf(format, args...)
	p.errStmts = append(p.errStmts, p.stmtStart)
	p.errReach = append(p.errReach, p.reach())
	p.errs = append(p.errs, diag.Diagnostic{
		File:     p.f.Name,
		Range:    rng,
		Severity: code.Severity(),
		Code:     code,
		Message:  msg,
	})
	return &p.errs[len(p.errs)-1]
}

// reach returns how far CPython's parser has read when it fails at the
// current token (past the end of the input when that is one of the tokens
// that end it), or what exprReach found: to the end of the token when it
// cannot start an expression (no rule takes it), to the end of the next
// token when it can (CPython's rules take it and look one token further).
func (p *parser) reach() reachPoint {
	if p.reachAt.at > 0 {
		r := p.reachAt
		p.reachAt = reachPoint{}
		return r
	}
	if k := p.t.Kind; startsExpr(k) && k != ERRORTOKEN && k != STAR {
		if t1 := p.peek(1); !(t1.Reported && t1.Span.Start == t1.Span.End) {
			// (Not the scanner's made-up NEWLINE before a statement
			// keyword inside brackets.)
			return p.tokenReach(t1)
		}
	}
	return p.tokenReach(&p.t)
}

// A reachPoint is how far CPython's parser read: to offset at (the end of
// a token, or past the end of the input once it read the tokens that end
// it), with line the line of that last token.
type reachPoint struct{ at, line int }

func (p *parser) tokenReach(t *Token) reachPoint {
	if t.Span.Start == t.Span.End && t.Span.Start.Offset >= p.sc.endPos().Offset {
		return reachPoint{p.sc.end + 1, int(t.Span.Start.Line)}
	}
	return reachPoint{int(t.Span.End.Offset), int(t.Span.Start.Line)}
}

// exprFollows reports whether a valid expression starts at the token
// after the current one.
func (p *parser) exprFollows() bool { return p.exprAt(1) }

// exprHere reports whether a valid expression starts at the current token.
func (p *parser) exprHere() bool { return p.exprAt(0) }

// exprAt reports whether a valid expression starts n tokens ahead (n is 0
// or 1), parsing it and going back. As in CPython's PEG rules, a prefix
// counts: "y if x" holds the expression y.
func (p *parser) exprAt(n int) bool {
	if !startsExpr(p.peek(n).Kind) {
		return false
	}
	m := p.mark()
	depth, stmtErr, last := p.depth, p.stmtErr, p.lastExpr
	p.stmtErr = false
	if n > 0 {
		p.next()
	}
	if p.t.Kind == KwLambda {
		p.expression()
	} else {
		p.disjunction()
	}
	ok := p.failures == m.failures && !p.bail
	p.depth, p.bail, p.lastExpr = depth, false, last
	p.reset(m)
	p.stmtErr = stmtErr
	return ok
}

// exprReach arranges for the next error to have read as far as an
// expression that starts at the current token goes: CPython's rule for a
// missing comma (invalid_expression) parses the expression after the one
// that ends too early before it gives up.
func (p *parser) exprReach() {
	if p.stmtErr || p.bail || !p.startsExpr() {
		return
	}
	m := p.mark()
	depth, last := p.depth, p.lastExpr
	p.expression()
	p.lastExpr = last
	if len(p.errs) > m.nerrs {
		// The expression is invalid too: CPython read up to its error.
		p.reachAt = p.errReach[m.nerrs]
	} else {
		p.reachAt = p.tokenReach(&p.t)
	}
	p.depth = depth
	p.bail = false
	p.reset(m)
}

// fail records a syntax error unless the current statement already has one.
// The result may be a throwaway diagnostic; it is never nil.
func (p *parser) fail(code diag.Code, rng source.Span, format string, args ...any) *diag.Diagnostic {
	p.failures++
	if p.stmtErr || p.scannerFailed() {
		p.stmtErr = true
		p.reachAt = reachPoint{}
		return &diag.Diagnostic{}
	}
	p.stmtErr = true
	return p.report(code, rng, format, args...)
}

// scannerFailed reports whether the scanner reported an error in the
// current statement so far: the parser's errors there would follow from it.
func (p *parser) scannerFailed() bool {
	ds := p.sc.diags.Diags
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if int(d.Range.Start.Offset) < p.stmtStart {
			return false
		}
		if info, ok := p.sc.closedAt[i]; ok && info.at > int(p.t.Span.Start.Offset) {
			// A bracket found unclosed further on (the scanner read
			// ahead): the current token is not its consequence.
			continue
		}
		if d.Severity == diag.Error && d.Range.Start.Offset <= p.t.Span.End.Offset {
			return true
		}
	}
	return false
}

// failAt is fail for an error at token t: nothing is reported when the
// scanner already reported t.
func (p *parser) failAt(t Token, code diag.Code, format string, args ...any) *diag.Diagnostic {
	if p.suppressed(t) {
		return &diag.Diagnostic{}
	}
	return p.fail(code, t.Span, format, args...)
}

// suppressed reports whether an error at t would not be reported (the
// statement has one, or the scanner reported one), counting it as met. It
// spares building the message of an error nobody will see.
func (p *parser) suppressed(t Token) bool {
	if t.Reported || p.stmtErr || p.scannerFailed() {
		p.failures++
		p.stmtErr = true
		p.reachAt = reachPoint{}
		return true
	}
	return false
}

// invalid reports CPython's generic "invalid syntax" at rng unless the
// statement already has an error; the hint says what was wrong.
func (p *parser) invalid(rng source.Span, hint string, args ...any) *diag.Diagnostic {
	return p.invalidCode(diag.PySyntax, rng, hint, args...)
}

// invalidCode is invalid with another code than E2001, for the errors
// whose code names what is wrong while CPython's message does not.
func (p *parser) invalidCode(code diag.Code, rng source.Span, hint string, args ...any) *diag.Diagnostic {
	d := p.fail(code, rng, "invalid syntax")
	if d.Code != "" && hint != "" {
		d.WithHint(hint, args...)
	}
	return d
}

// invalidAt is invalid for an error at token t: nothing is reported when
// the scanner already reported t.
func (p *parser) invalidAt(t Token, hint string, args ...any) *diag.Diagnostic {
	return p.invalidCodeAt(diag.PySyntax, t, hint, args...)
}

// invalidCodeAt is invalidCode at token t.
func (p *parser) invalidCodeAt(code diag.Code, t Token, hint string, args ...any) *diag.Diagnostic {
	if p.suppressed(t) {
		return &diag.Diagnostic{}
	}
	return p.invalidCode(code, t.Span, hint, args...)
}

// unexpected reports the current token as invalid syntax; context says
// where it is ("after the expression"). The message is CPython's "invalid
// syntax"; the hint names the token.
func (p *parser) unexpected(context string) {
	t := p.t
	if p.suppressed(t) {
		return
	}
	if p.afterExprCommaError() {
		return
	}
	if e := p.lastExpr; e != nil && e.Span().End == p.prevEnd {
		p.exprReach()
	}
	if t.Kind == NOTEQUAL && t.Text == "<>" {
		p.invalidAt(t, "'<>' is not an operator in Python 3: use '!='")
		return
	}
	hint := fmt.Sprintf("unexpected %s", t)
	if context != "" {
		hint += " " + context
	}
	if t.Kind == KwNot && !t.Reported {
		// "a not b": CPython looked at the token after 'not' for 'in' and
		// reports that one.
		p.invalid(source.Span{Start: t.Span.Start, End: p.peek(1).Span.End}, "%s", hint)
		return
	}
	p.invalidAt(t, "%s", hint)
}

// expect consumes a token of kind k or reports what was found instead
// (CPython's "invalid syntax").
func (p *parser) expect(k Kind, context string) bool {
	if p.t.Kind == k {
		p.next()
		return true
	}
	if !p.suppressed(p.t) {
		p.expected("'"+k.String()+"'", context)
	}
	return false
}

// expected reports that what was expected is missing before the current
// token, as CPython's "invalid syntax" with the hint "expected ':' after
// the 'if' condition, found NAME 'x'".
func (p *parser) expected(what, context string) {
	if p.suppressed(p.t) {
		return
	}
	if p.afterExprCommaError() {
		return
	}
	hint := "expected " + what
	if context != "" {
		hint += " " + context
	}
	hint += ", found " + p.t.String()
	p.invalidCodeAt(diag.PyExpected, p.t, "%s", hint)
}

// afterExprCommaError reports CPython's missing-comma error when the
// token before the current one ends an expression (see commaError).
func (p *parser) afterExprCommaError() bool {
	if e := p.lastExpr; e != nil && e.Span().End == p.prevEnd {
		return p.commaError(e)
	}
	return false
}

// forced reports a missing token that CPython's grammar requires at this
// place (its "&&" items): the message is CPython's "expected 'X'", the hint
// says more.
func (p *parser) forced(k Kind, hint string, args ...any) *diag.Diagnostic {
	d := p.failAt(p.t, diag.PyExpected, "expected '%s'", k)
	if d.Code != "" && hint != "" {
		d.WithHint(hint, args...)
	}
	return d
}

// enter counts one level of expression nesting; it reports false (and
// arranges for the statement to be abandoned) past maxDepth.
func (p *parser) enter() bool {
	p.depth++
	if p.bail {
		return false
	}
	if p.depth > maxDepth {
		p.bail = true
		p.fail(diag.PyTooDeep, p.t.Span, "too many nested parentheses or operators (more than %d levels)", maxDepth).
			WithHint("split the expression using variables")
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// bad returns a BadExpr covering [start, end of the last token).
func (p *parser) badFrom(start source.Pos) *BadExpr {
	return &BadExpr{Loc: p.spanFrom(start)}
}

// badHere returns an empty BadExpr at the current token.
func (p *parser) badHere() *BadExpr { return &BadExpr{Loc: p.here()} }

// syncLine skips to the start of the next logical line.
func (p *parser) syncLine() {
	for p.t.Kind != NEWLINE && p.t.Kind != ENDMARKER {
		p.next()
	}
	if p.t.Kind == NEWLINE {
		p.next()
	}
	p.bail = false
}

// skipTo skips to the closing bracket close that matches the current
// nesting (brackets opened on the way are skipped with their contents),
// without crossing the end of the logical line, and consumes it.
func (p *parser) skipTo(close Kind) {
	if p.bail {
		return
	}
	depth := 0
	for {
		switch p.t.Kind {
		case NEWLINE, ENDMARKER:
			return
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			if depth == 0 {
				if p.t.Kind == close {
					p.next()
				}
				return
			}
			depth--
		}
		p.next()
	}
}

// clone copies s, collected on a scratch stack, to a slice of its exact
// length.
func clone[T any](s []T) []T {
	out := make([]T, len(s))
	copy(out, s)
	return out
}

// nodeSlabs hands out the most frequent nodes from batches, which saves
// most of the allocations of a parse (the nodes of a tree live and die
// together).
type nodeSlabs struct {
	names     slab[Name]
	attrs     slab[Attribute]
	calls     slab[Call]
	consts    slab[Constant]
	binops    slab[BinOp]
	compares  slab[Compare]
	args      slab[Arg]
	arguments slab[Arguments]
	comps     slab[Comprehension]
}

// A slab allocates its nodes in batches of 8, then doubling up to 64.
type slab[T any] struct {
	buf  []T
	next int
}

// alloc returns a node of s set to v.
func alloc[T any](s *slab[T], v T) *T {
	n := s.new()
	*n = v
	return n
}

func (s *slab[T]) new() *T {
	if len(s.buf) == 0 {
		s.next = min(max(2*s.next, 8), 64)
		s.buf = make([]T, s.next)
	}
	n := &s.buf[0]
	s.buf = s.buf[1:]
	return n
}
