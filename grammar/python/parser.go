package python

import (
	"fmt"
	"sort"

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
	errStmts  []int // for each of errs, the start of its statement
	failures  int   // syntax errors met, reported or not (for backtracking)
	stmtErr   bool  // the current statement already has an error
	stmtStart int   // offset of the current statement's first token
	stmts     []int // the start of every statement, in order
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
}

// newParser returns a parser of f.Text[start:end]; noIndent makes the
// indentation insignificant (for an expression).
func newParser(f *source.File, start, end int, noIndent bool) *parser {
	p := &parser{f: f, nodes: &nodeSlabs{}}
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
// order. A parser error that follows a scanner error in the same statement
// is dropped: it is a consequence (the scanner reports a never-closed
// bracket only when it reaches the end of the input, after the parser has
// stumbled on the lines the bracket swallowed).
func (p *parser) diagnostics() diag.List {
	var out diag.List
	out = append(out, p.sc.diags.Diags...)
	firstScanErr := map[int]int{} // statement start -> offset of its first scanner error
	for _, d := range p.sc.diags.Diags {
		if d.Severity != diag.Error {
			continue
		}
		st := p.statementAt(d.Range.Start.Offset)
		if o, ok := firstScanErr[st]; !ok || d.Range.Start.Offset < o {
			firstScanErr[st] = d.Range.Start.Offset
		}
	}
	for i, d := range p.errs {
		if o, ok := firstScanErr[p.errStmts[i]]; ok && d.Severity == diag.Error && d.Range.Start.Offset >= o {
			continue
		}
		out = append(out, d)
	}
	out.Sort()
	return out
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
	p.stmtStart = p.t.Span.Start.Offset
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
	p.errs = append(p.errs, diag.Diagnostic{
		File:     p.f.Name,
		Range:    rng,
		Severity: code.Severity(),
		Code:     code,
		Message:  msg,
	})
	return &p.errs[len(p.errs)-1]
}

// fail records a syntax error unless the current statement already has one.
// The result may be a throwaway diagnostic; it is never nil.
func (p *parser) fail(code diag.Code, rng source.Span, format string, args ...any) *diag.Diagnostic {
	p.failures++
	if p.stmtErr || p.scannerFailed() {
		p.stmtErr = true
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
		if d.Range.Start.Offset < p.stmtStart {
			return false
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
		return true
	}
	return false
}

// unexpected reports the current token as invalid syntax; context says
// where it is ("after the expression").
func (p *parser) unexpected(context string) {
	t := p.t
	if p.suppressed(t) {
		return
	}
	msg := "invalid syntax"
	if t.Kind == NOTEQUAL && t.Text == "<>" {
		p.failAt(t, diag.PySyntax, "invalid syntax: '<>' is not an operator in Python 3").WithHint("use '!='")
		return
	}
	if context != "" {
		msg += fmt.Sprintf(": unexpected %s %s", t, context)
	} else {
		msg += fmt.Sprintf(": unexpected %s", t)
	}
	if t.Kind == KwNot && !t.Reported {
		// "a not b": CPython looked at the token after 'not' for 'in' and
		// reports that one.
		p.fail(diag.PySyntax, source.Span{Start: t.Span.Start, End: p.peek(1).Span.End}, "%s", msg)
		return
	}
	p.failAt(t, diag.PySyntax, "%s", msg)
}

// expect consumes a token of kind k or reports what was found instead.
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
// token: "expected ':' after the 'if' condition, found NAME 'x'".
func (p *parser) expected(what, context string) {
	if p.suppressed(p.t) {
		return
	}
	msg := "expected " + what
	if context != "" {
		msg += " " + context
	}
	msg += ", found " + p.t.String()
	p.failAt(p.t, diag.PyExpected, "%s", msg)
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
	names  slab[Name]
	attrs  slab[Attribute]
	calls  slab[Call]
	consts slab[Constant]
}

// A slab allocates its nodes in batches of 8, then doubling up to 64.
type slab[T any] struct {
	buf  []T
	next int
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
