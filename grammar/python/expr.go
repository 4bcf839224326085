package python

import (
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// startsExpr reports whether the current token can start an expression
// (star expressions included).
func (p *parser) startsExpr() bool { return startsExpr(p.t.Kind) }

// startsExpr reports whether a token of kind k can start an expression (an
// ERRORTOKEN is taken as one, for the atom to report it).
func startsExpr(k Kind) bool {
	switch k {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR,
		KwNot, KwLambda, KwAwait, KwNone, KwTrue, KwFalse, ELLIPSIS:
		return true
	case ERRORTOKEN:
		return true
	}
	return false
}

// expressions parses CPython's "expressions": expression (',' expression)*
// [','], a tuple when there is a comma.
func (p *parser) expressions() Expr {
	start := p.t.Span.Start
	e := p.expression()
	if p.t.Kind != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.t.Kind == COMMA {
		p.next()
		if !p.startsExpr() || p.t.Kind == STAR {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Loc: p.spanFrom(start), Elts: elts}
}

// starExpressions parses star_expressions: a tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.t.Span.Start
	e := p.starExpression()
	if p.t.Kind != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.t.Kind == COMMA {
		p.next()
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Loc: p.spanFrom(start), Elts: elts}
}

// starExpression parses '*' bitwise_or | expression.
func (p *parser) starExpression() Expr {
	if p.t.Kind == STAR {
		start := p.t.Span.Start
		p.next()
		v := p.bitOr()
		return &Starred{Loc: p.spanFrom(start), Value: v}
	}
	return p.expression()
}

// starNamedExpression parses '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() Expr {
	if p.t.Kind == STAR {
		return p.starExpression()
	}
	return p.namedExpression()
}

// yieldExpr parses 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() Expr {
	start := p.t.Span.Start
	p.next()
	if p.t.Kind == KwFrom {
		p.next()
		v := p.expression()
		return &YieldFrom{Loc: p.spanFrom(start), Value: v}
	}
	n := &Yield{}
	if p.startsExpr() {
		n.Value = p.starExpressions()
	}
	n.Loc = p.spanFrom(start)
	return n
}

// expression parses a conditional expression, a lambda or a disjunction.
// It records the innermost expression that ends where it ends as
// lastExpr, for commaError.
func (p *parser) expression() Expr {
	e := p.expression0()
	if l := p.lastExpr; l == nil || l.Span().End != e.Span().End {
		p.lastExpr = e
	}
	return e
}

func (p *parser) expression0() Expr {
	if !p.enter() {
		p.leave()
		return p.badHere()
	}
	defer p.leave()
	if p.t.Kind == KwLambda {
		return p.lambda()
	}
	start := p.t.Span.Start
	e := p.disjunction()
	if p.t.Kind != KwIf {
		return e
	}
	p.next()
	m := p.mark()
	test := p.disjunction()
	if p.failures > m.failures {
		// CPython reads the condition up to where it goes wrong, then
		// wants 'else'.
		p.relabel(m, test.Span().Start, false, diag.PySyntax, "expected 'else' after 'if' expression")
	}
	p.release(m)
	if p.t.Kind != KwElse {
		if p.t.Kind != COLON {
			p.fail(diag.PySyntax, p.spanFrom(start), "expected 'else' after 'if' expression").
				WithHint("a conditional expression is 'a if condition else b'")
		}
		return &IfExp{Loc: p.spanFrom(start), Test: test, Body: e, Orelse: p.badHere()}
	}
	p.next()
	orelse := p.expression()
	return &IfExp{Loc: p.spanFrom(start), Test: test, Body: e, Orelse: orelse}
}

func (p *parser) lambda() Expr {
	start := p.t.Span.Start
	p.next()
	args := p.parameters(true)
	if !p.expect(COLON, "after the lambda parameters") {
		return &Lambda{Loc: p.spanFrom(start), Args: args, Body: p.badHere()}
	}
	body := p.expression()
	return &Lambda{Loc: p.spanFrom(start), Args: args, Body: body}
}

// namedExpression parses NAME ':=' expression | expression.
func (p *parser) namedExpression() Expr {
	start := p.t.Span.Start
	if p.t.Kind == NAME && p.peek(1).Kind == COLONEQUAL {
		target := &Name{Loc: p.t.Span, ID: p.t.Text, Ctx: Store}
		p.next()
		p.next()
		v := p.expression()
		return &NamedExpr{Loc: p.spanFrom(start), Target: target, Value: v}
	}
	e := p.expression()
	switch p.t.Kind {
	case COLONEQUAL:
		p.walrusTarget(e)
		p.next()
		v := p.expression()
		return &NamedExpr{Loc: p.spanFrom(start), Target: e, Value: v}
	case EQUAL:
		p.misusedEqual(e)
	}
	return e
}

// walrusTarget reports the target e of the ':=' at the current token,
// which is not a plain name: CPython's rule wants an expression after the
// ':=', else the ':=' is a plain syntax error.
func (p *parser) walrusTarget(e Expr) {
	if p.exprFollows() {
		p.fail(diag.PyInvalidTarget, e.Span(), "cannot use assignment expressions with %s", exprName(e)).
			WithHint("the target of ':=' must be a plain name")
	} else {
		p.invalidAt(p.t, "the target of ':=' must be a plain name")
	}
}

// groupAfter reports whether an expression then close (')', or the end
// of an f-string replacement field) follows the next n tokens (CPython's
// rules for "(*a)" and "(**a)").
func (p *parser) groupAfter(n int, close Kind) bool {
	m := p.mark()
	depth, stmtErr, last := p.depth, p.stmtErr, p.lastExpr
	p.stmtErr = false
	for ; n > 0; n-- {
		p.next()
	}
	ok := startsExpr(p.t.Kind)
	if ok {
		p.expression()
		ok = p.failures == m.failures && !p.bail && p.t.Kind == close
	}
	p.depth, p.bail, p.lastExpr = depth, false, last
	p.reset(m)
	p.stmtErr = stmtErr
	return ok
}

// relabel turns the first error met since m, when the parser reported
// it, into CPython's message for the construct around it: CPython's rules
// take the longest valid prefix of an expression, then fail on what
// follows with that message. The original message becomes the hint.
//
// When firstPass is set, the message comes from CPython's first pass (a
// token its grammar forces): it replaces the specific messages of its
// second pass too, though not its first pass's own (f-strings, escapes).
func (p *parser) relabel(m mark, start source.Pos, firstPass bool, code diag.Code, msg string) {
	if len(p.errs) <= m.nerrs {
		return
	}
	d := &p.errs[m.nerrs]
	if d.Severity != diag.Error || d.Range.Start.Offset <= start.Offset {
		// An error at the first token leaves no prefix.
		return
	}
	if firstPass {
		switch d.Code {
		case diag.PyFString, diag.PyInvalidEscape, diag.PyMixedBytes, diag.PyBytesNonASCII:
			return
		}
		if strings.HasPrefix(d.Message, "f-string") {
			return
		}
	} else if d.Message != "invalid syntax" {
		// A specific error raised by an inner rule stays.
		return
	}
	hint := d.Message
	if d.Hint != "" && d.Message == "invalid syntax" {
		hint = d.Hint
	}
	d.Code, d.Message, d.Hint = code, msg, hint
}

// misusedEqual reports an '=' after the expression e where a condition or
// a value is expected, with CPython's messages ("invalid syntax. Maybe you
// meant '==' or ':=' instead of '='?").
func (p *parser) misusedEqual(e Expr) {
	eq := p.t
	if !p.isBitwiseOr(e) {
		return
	}
	// CPython's rule: the right side is a bitwise_or not followed by '='
	// or ':='.
	m := p.mark()
	p.next()
	if !p.startsBitwiseOr() {
		p.reset(m)
		return
	}
	rhs := p.bitOr()
	if p.t.Kind == EQUAL || p.t.Kind == COLONEQUAL {
		p.reset(m)
		return
	}
	p.release(m)
	if _, isName := e.(*Name); isName && p.lastGroup != e {
		p.fail(diag.PySyntax, source.Span{Start: e.Span().Start, End: rhs.Span().End},
			"invalid syntax. Maybe you meant '==' or ':=' instead of '='?").
			WithFix("Compare with '=='", eq.Span, "==")
		return
	}
	switch e.(type) {
	case *List, *Tuple, *GeneratorExp:
		p.invalid(eq.Span, "unexpected '=': %s cannot be assigned to", exprName(e))
		return
	case *Constant:
		switch e.(*Constant).Value.(type) {
		case NoneType, Bool:
			p.invalid(eq.Span, "unexpected '=': %s cannot be assigned to", exprName(e))
			return
		}
	}
	p.fail(diag.PyInvalidTarget, e.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)).
		WithFix("Compare with '=='", eq.Span, "==")
}

// isBitwiseOr reports whether e, just parsed, is an expression of
// CPython's bitwise_or level or tighter (a comparison, not, and, or, a
// conditional expression or a lambda count only in parentheses).
func (p *parser) isBitwiseOr(e Expr) bool {
	return p.lastGroup == e || isBitwiseOrNode(e)
}

// isBitwiseOrNode is isBitwiseOr for an expression not in parentheses.
func isBitwiseOrNode(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred, *Yield, *YieldFrom, *BadExpr:
		return false
	case *UnaryOp:
		return e.Op != Not
	}
	return true
}

// startsBitwiseOr reports whether the current token can start a bitwise_or.
func (p *parser) startsBitwiseOr() bool {
	switch p.t.Kind {
	case STAR, KwNot, KwLambda:
		return false
	}
	return p.startsExpr()
}

func (p *parser) disjunction() Expr {
	start := p.t.Span.Start
	e := p.conjunction()
	if p.t.Kind != KwOr {
		return e
	}
	values := []Expr{e}
	for p.t.Kind == KwOr {
		p.next()
		values = append(values, p.conjunction())
	}
	return &BoolOp{Loc: p.spanFrom(start), Op: Or, Values: values}
}

func (p *parser) conjunction() Expr {
	start := p.t.Span.Start
	e := p.inversion()
	if p.t.Kind != KwAnd {
		return e
	}
	values := []Expr{e}
	for p.t.Kind == KwAnd {
		p.next()
		values = append(values, p.inversion())
	}
	return &BoolOp{Loc: p.spanFrom(start), Op: And, Values: values}
}

func (p *parser) inversion() Expr {
	if p.t.Kind != KwNot {
		return p.comparison()
	}
	var starts []source.Pos
	for p.t.Kind == KwNot {
		starts = append(starts, p.t.Span.Start)
		p.next()
	}
	e := p.comparison()
	for i := len(starts) - 1; i >= 0; i-- {
		e = &UnaryOp{Loc: p.spanFrom(starts[i]), Op: Not, Operand: e}
	}
	return e
}

// cmpOp returns the comparison operator at the current token and the
// number of tokens it takes, or 0.
func (p *parser) cmpOp() (CmpOp, int) {
	switch p.t.Kind {
	case EQEQUAL:
		return Eq, 1
	case NOTEQUAL:
		return NotEq, 1
	case LESS:
		return Lt, 1
	case LESSEQUAL:
		return LtE, 1
	case GREATER:
		return Gt, 1
	case GREATEREQUAL:
		return GtE, 1
	case KwIn:
		return In, 1
	case KwIs:
		if p.peek(1).Kind == KwNot {
			return IsNot, 2
		}
		return Is, 1
	case KwNot:
		if p.peek(1).Kind == KwIn {
			return NotIn, 2
		}
	}
	return 0, 0
}

func (p *parser) comparison() Expr {
	start := p.t.Span.Start
	left := p.bitOr()
	op, n := p.cmpOp()
	if op == 0 {
		return left
	}
	c := alloc(&p.nodes.compares, Compare{Left: left})
	for op != 0 {
		if p.t.Kind == NOTEQUAL && p.t.Text == "<>" {
			p.unexpected("")
		}
		for ; n > 0; n-- {
			p.next()
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitOr())
		op, n = p.cmpOp()
	}
	c.Loc = p.spanFrom(start)
	return c
}

// binary operators from bitwise_or to term, with their precedence.
var binOps = [numKinds]struct {
	op   Operator
	prec int8
}{
	VBAR:        {BitOr, 1},
	CIRCUMFLEX:  {BitXor, 2},
	AMPER:       {BitAnd, 3},
	LEFTSHIFT:   {LShift, 4},
	RIGHTSHIFT:  {RShift, 4},
	PLUS:        {Add, 5},
	MINUS:       {Sub, 5},
	STAR:        {Mult, 6},
	SLASH:       {Div, 6},
	DOUBLESLASH: {FloorDiv, 6},
	PERCENT:     {Mod, 6},
	AT:          {MatMult, 6},
}

// bitOr parses a bitwise_or: binary operators of precedence 1 (|) to 6
// (* / // % @), all left-associative, over factors.
func (p *parser) bitOr() Expr { return p.binary(1) }

func (p *parser) binary(minPrec int8) Expr {
	start := p.t.Span.Start
	left := p.factor()
	for {
		b := binOps[p.t.Kind]
		if b.op == 0 || b.prec < minPrec {
			return left
		}
		p.next()
		right := p.binary(b.prec + 1)
		left = alloc(&p.nodes.binops, BinOp{Loc: p.spanFrom(start), Left: left, Op: b.op, Right: right})
	}
}

// factor parses ('+' | '-' | '~')* power.
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.t.Kind {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	if !p.enter() {
		p.leave()
		return p.badHere()
	}
	start := p.t.Span.Start
	p.next()
	operand := p.factor()
	p.leave()
	return &UnaryOp{Loc: p.spanFrom(start), Op: op, Operand: operand}
}

// power parses await_primary ['**' factor].
func (p *parser) power() Expr {
	start := p.t.Span.Start
	e := p.awaitPrimary()
	if p.t.Kind != DOUBLESTAR {
		return e
	}
	p.next()
	if !p.enter() {
		p.leave()
		return p.badHere()
	}
	right := p.factor()
	p.leave()
	return alloc(&p.nodes.binops, BinOp{Loc: p.spanFrom(start), Left: e, Op: Pow, Right: right})
}

func (p *parser) awaitPrimary() Expr {
	if p.t.Kind != KwAwait {
		return p.primary()
	}
	start := p.t.Span.Start
	p.next()
	v := p.primary()
	return &Await{Loc: p.spanFrom(start), Value: v}
}

// primary parses an atom followed by attribute references, calls and
// subscripts.
func (p *parser) primary() Expr {
	start := p.t.Span.Start
	e := p.atom()
	for {
		switch p.t.Kind {
		case DOT:
			p.next()
			a := p.nodes.attrs.new()
			a.Value = e
			if p.t.Kind == NAME {
				a.Attr, a.AttrLoc = p.t.Text, p.t.Span
				p.next()
			} else {
				a.AttrLoc = p.here()
				p.expected("an attribute name", "after '.'")
			}
			a.Loc = p.spanFrom(start)
			e = a
		case LPAR:
			lpar := p.t.Span.Start
			p.next()
			c := p.nodes.calls.new()
			c.Func = e
			c.Args, c.Keywords = p.arguments(lpar, true)
			c.Loc = p.spanFrom(start)
			e = c
		case LSQB:
			p.next()
			s := &Subscript{Value: e, Slice: p.slices()}
			if p.t.Kind != RSQB && p.startsExpr() {
				last := s.Slice
				if tup, ok := last.(*Tuple); ok && len(tup.Elts) > 0 {
					last = tup.Elts[len(tup.Elts)-1]
				}
				if _, starred := last.(*Starred); starred || last == s.Slice {
					p.missingComma(last)
				} else {
					// CPython 3.11 suggests the comma for one element or
					// after a starred one only.
					p.invalidAt(p.t, "expected ',' or ']' in the subscript, found %s", p.t)
				}
			}
			if !p.expect(RSQB, "to close the subscript") {
				p.skipTo(RSQB)
			}
			s.Loc = p.spanFrom(start)
			e = s
		default:
			return e
		}
	}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.t.Span.Start
	first := p.slice()
	if _, starred := first.(*Starred); !starred && p.t.Kind != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.t.Kind == COMMA {
		p.next()
		if p.t.Kind == RSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Loc: p.spanFrom(start), Elts: elts}
}

// slice parses [expression] ':' [expression] [':' [expression]], a named
// expression or '*' expression.
func (p *parser) slice() Expr {
	start := p.t.Span.Start
	if p.t.Kind == STAR {
		p.next()
		v := p.expression()
		return &Starred{Loc: p.spanFrom(start), Value: v}
	}
	s := &Slice{}
	if p.t.Kind != COLON {
		e := p.namedExpression()
		if p.t.Kind != COLON {
			return e
		}
		if _, named := e.(*NamedExpr); named && p.lastGroup != e {
			p.invalid(p.t.Span, "unexpected ':' after an assignment expression: parenthesize it")
		}
		s.Lower = e
	}
	p.next()
	if p.t.Kind != COLON && p.t.Kind != COMMA && p.t.Kind != RSQB {
		s.Upper = p.expression()
	}
	if p.t.Kind == COLON {
		p.next()
		if p.t.Kind != COMMA && p.t.Kind != RSQB {
			s.Step = p.expression()
		}
	}
	s.Loc = p.spanFrom(start)
	return s
}

// atom parses a name, a literal or a display.
func (p *parser) atom() Expr {
	t := p.t
	switch t.Kind {
	case NAME:
		p.next()
		n := p.nodes.names.new()
		n.Loc, n.ID = t.Span, t.Text
		return n
	case NUMBER:
		p.next()
		return p.number(t)
	case STRING:
		return p.strings()
	case KwNone:
		p.next()
		return &Constant{Loc: t.Span, Value: None, Raw: t.Text}
	case KwTrue:
		p.next()
		return &Constant{Loc: t.Span, Value: Bool(true), Raw: t.Text}
	case KwFalse:
		p.next()
		return &Constant{Loc: t.Span, Value: Bool(false), Raw: t.Text}
	case ELLIPSIS:
		p.next()
		return &Constant{Loc: t.Span, Value: Ellipsis, Raw: t.Text}
	case LPAR:
		start := t.Span.Start
		p.next()
		return p.parenBody(start, RPAR)
	case LSQB:
		return p.listDisplay()
	case LBRACE:
		return p.braceDisplay()
	case ERRORTOKEN:
		p.invalidAt(t, "unexpected character %s", t.Text)
		p.next()
		return &BadExpr{Loc: t.Span}
	}
	if t.Kind == KwYield {
		p.invalid(t.Span, "a yield expression must be in parentheses here")
		p.yieldExpr()
		return p.badFrom(t.Span.Start)
	}
	p.expected("an expression", "")
	return p.badHere()
}

// parenBody parses what follows a '(' at start: a group, a tuple, a
// generator expression or a yield expression, up to the closing token
// close (RPAR, or ENDMARKER for an f-string replacement field, whose '{'
// and end stand for the parentheses).
func (p *parser) parenBody(start source.Pos, close Kind) Expr {
	if !p.enter() {
		p.leave()
		return p.badHere()
	}
	defer p.leave()
	closeParen := func() bool {
		if p.t.Kind == close {
			if close == ENDMARKER {
				p.prevEnd = p.closeOfField()
			} else {
				p.next()
			}
			return true
		}
		if close == RPAR {
			p.expected("')'", "to close the parenthesis")
			p.skipTo(RPAR)
		} else {
			p.unexpected("in the replacement field")
		}
		return false
	}
	switch p.t.Kind {
	case close:
		closeParen()
		return &Tuple{Loc: p.spanFrom(start), Elts: []Expr{}, Parenthesized: true}
	case KwYield:
		y := p.yieldExpr()
		if closeParen() {
			p.lastGroup = y
		}
		return y
	case DOUBLESTAR:
		// CPython's rule is '(' '**' expression ')'.
		if p.groupAfter(1, close) {
			p.fail(diag.PyInvalidStarred, p.t.Span, "cannot use double starred expression here")
		} else {
			p.invalidAt(p.t, "cannot use double starred expression here")
		}
		p.next()
		e := p.expression()
		closeParen()
		return e
	}
	first := p.starNamedExpression()
	switch p.t.Kind {
	case close:
		if st, ok := first.(*Starred); ok {
			p.fail(diag.PyInvalidStarred, st.Loc, "cannot use starred expression here")
		}
		if closeParen() {
			p.lastGroup = first
		}
		return first
	case KwFor, KwAsync:
		gens := p.comprehensionClauses(first)
		closeParen()
		return &GeneratorExp{Loc: p.spanFrom(start), Elt: first, Generators: gens}
	case COMMA:
		elts := []Expr{first}
		for p.t.Kind == COMMA {
			p.next()
			if p.t.Kind == close {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		if p.t.Kind != close {
			p.missingComma(first)
		}
		closeParen()
		return &Tuple{Loc: p.spanFrom(start), Elts: elts, Parenthesized: true}
	}
	p.missingComma(first)
	closeParen()
	return first
}

// closeOfField returns the end of the virtual ')' of an f-string
// replacement field: one byte after the expression.
func (p *parser) closeOfField() source.Pos {
	return p.f.Pos(int(p.t.Span.End.Offset + 1))
}

// missingComma reports an element followed by something that is neither a
// comma nor the end of the display. Inside brackets, when the next token
// starts an expression, CPython says "Perhaps you forgot a comma?".
func (p *parser) missingComma(prev Expr) {
	if p.t.Kind == COMMA || p.bail {
		return
	}
	if p.commaError(prev) {
		return
	}
	p.unexpected("")
}

// commaError reports CPython's "invalid syntax. Perhaps you forgot a
// comma?" when its rule (invalid_expression) applies: the expression prev
// (which ends at the current token) is followed by the start of another,
// inside brackets, prev does not start with a soft keyword, and is not a
// name followed by a string (or print or exec, the Python 2 statements).
func (p *parser) commaError(prev Expr) bool {
	t := p.t
	if p.stmtErr || p.bail || !startsExpr(t.Kind) || t.Kind == STAR || t.Kind == ERRORTOKEN || t.Reported || t.Depth == 0 {
		return false
	}
	if !p.exprHere() {
		// CPython's rule parses the second expression whole.
		return false
	}
	first := p.f.Text[prev.Span().Start.Offset:]
	if nm, ok := prev.(*Name); ok {
		if t.Kind == STRING || nm.ID == "print" || nm.ID == "exec" {
			return false
		}
	}
	for _, kw := range SoftKeywords {
		if strings.HasPrefix(first, kw) && (len(first) == len(kw) || !isIDByte(first[len(kw)])) {
			return false
		}
	}
	// CPython's range ends with the next expression; ending it with the
	// next token spares parsing that expression twice.
	p.exprReach()
	p.fail(diag.PySyntax, source.Span{Start: prev.Span().Start, End: t.Span.End}, "invalid syntax. Perhaps you forgot a comma?").
		WithFix("Insert a comma", source.Span{Start: prev.Span().End, End: prev.Span().End}, ",")
	return true
}

// isIDByte reports whether c can continue an identifier (any byte of a
// non-ASCII character counts).
func isIDByte(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '_' || c >= utf8.RuneSelf }

// listDisplay parses [a, b], [] and [elt for …].
func (p *parser) listDisplay() Expr {
	start := p.t.Span.Start
	p.next()
	if !p.enter() {
		p.leave()
		return p.badHere()
	}
	defer p.leave()
	if p.t.Kind == RSQB {
		p.next()
		return &List{Loc: p.spanFrom(start), Elts: []Expr{}}
	}
	first := p.starNamedExpression()
	if p.t.Kind == KwFor || p.t.Kind == KwAsync {
		gens := p.comprehensionClauses(first)
		p.closeDisplay(RSQB, "list")
		return &ListComp{Loc: p.spanFrom(start), Elt: first, Generators: gens}
	}
	elts := p.displayRest(first, RSQB)
	p.closeDisplay(RSQB, "list")
	return &List{Loc: p.spanFrom(start), Elts: elts}
}

// displayRest parses the elements after the first of a list or set display.
func (p *parser) displayRest(first Expr, close Kind) []Expr {
	elts := []Expr{first}
	for p.t.Kind == COMMA {
		p.next()
		if p.t.Kind == close {
			break
		}
		e := p.starNamedExpression()
		if p.t.Kind == KwFor || p.t.Kind == KwAsync {
			p.fail(diag.PySyntax, source.Span{Start: first.Span().Start, End: e.Span().End}, "did you forget parentheses around the comprehension target?")
			p.comprehensionClauses(e)
		}
		elts = append(elts, e)
	}
	if p.t.Kind != close {
		p.missingComma(elts[len(elts)-1])
	}
	return elts
}

func (p *parser) closeDisplay(close Kind, what string) {
	if p.t.Kind == close {
		p.next()
		return
	}
	if !p.stmtErr {
		p.expected("'"+close.String()+"'", "to close the "+what)
	}
	p.skipTo(close)
}

// braceDisplay parses dict and set displays and comprehensions.
func (p *parser) braceDisplay() Expr {
	start := p.t.Span.Start
	p.next()
	if !p.enter() {
		p.leave()
		return p.badHere()
	}
	defer p.leave()
	if p.t.Kind == RBRACE {
		p.next()
		return &Dict{Loc: p.spanFrom(start), Keys: []Expr{}, Values: []Expr{}}
	}
	if p.t.Kind == DOUBLESTAR {
		return p.dictRest(start, nil)
	}
	if p.t.Kind == STAR || (p.t.Kind == NAME && p.peek(1).Kind == COLONEQUAL) {
		first := p.starNamedExpression()
		return p.setRest(start, first)
	}
	first := p.expression()
	switch p.t.Kind {
	case COLON:
		return p.dictRest(start, first)
	case COLONEQUAL:
		// A walrus whose target is not a plain name.
		p.walrusTarget(first)
		p.next()
		v := p.expression()
		first = &NamedExpr{Loc: p.spanFrom(first.Span().Start), Target: first, Value: v}
	case EQUAL:
		p.misusedEqual(first)
	}
	return p.setRest(start, first)
}

func (p *parser) setRest(start source.Pos, first Expr) Expr {
	if p.t.Kind == KwFor || p.t.Kind == KwAsync {
		gens := p.comprehensionClauses(first)
		p.closeDisplay(RBRACE, "set")
		return &SetComp{Loc: p.spanFrom(start), Elt: first, Generators: gens}
	}
	elts := p.displayRest(first, RBRACE)
	p.closeDisplay(RBRACE, "set")
	return &Set{Loc: p.spanFrom(start), Elts: elts}
}

// dictRest parses a dict display or comprehension whose first key, nil
// for '**', was parsed; the current token is ':' or '**'.
func (p *parser) dictRest(start source.Pos, key Expr) Expr {
	keys, values := []Expr{}, []Expr{}
	for {
		if key == nil {
			if p.t.Kind == DOUBLESTAR {
				star := p.t
				p.next()
				v := p.bitOr()
				if p.t.Kind == KwFor || p.t.Kind == KwAsync {
					p.fail(diag.PyInvalidStarred, star.Span, "dict unpacking cannot be used in dict comprehension")
					p.comprehensionClauses(v)
				}
				keys = append(keys, nil)
				values = append(values, v)
			} else {
				m := p.mark()
				k := p.expression()
				if p.failures > m.failures && len(keys) > 0 {
					// CPython reads the key up to where it goes wrong,
					// then wants ':'.
					p.relabel(m, k.Span().Start, false, diag.PyExpected, "':' expected after dictionary key")
				}
				p.release(m)
				if p.t.Kind != COLON {
					if !p.stmtErr && !p.bail {
						p.fail(diag.PyExpected, k.Span(), "':' expected after dictionary key").
							WithHint("a dict display holds key: value pairs")
					}
					keys = append(keys, k)
					values = append(values, &BadExpr{Loc: source.Span{Start: k.Span().End, End: k.Span().End}})
					if p.t.Kind != COMMA {
						break
					}
				} else {
					key = k
				}
			}
		}
		if key != nil {
			colon := p.t
			p.next()
			var v Expr
			switch {
			case p.t.Kind == STAR:
				st := p.t.Span.Start
				p.next()
				p.bitOr()
				p.fail(diag.PyInvalidStarred, p.spanFrom(st), "cannot use a starred expression in a dictionary value")
				v = p.badFrom(st)
			case p.t.Kind == COMMA || p.t.Kind == RBRACE:
				p.fail(diag.PySyntax, colon.Span, "expression expected after dictionary key and ':'")
				v = p.badHere()
			default:
				v = p.expression()
			}
			if len(keys) == 0 && (p.t.Kind == KwFor || p.t.Kind == KwAsync) {
				gens := p.comprehensionClauses(nil)
				p.closeDisplay(RBRACE, "dict")
				return &DictComp{Loc: p.spanFrom(start), Key: key, Value: v, Generators: gens}
			}
			keys = append(keys, key)
			values = append(values, v)
			key = nil
		}
		if p.t.Kind != COMMA {
			break
		}
		p.next()
		if p.t.Kind == RBRACE {
			break
		}
	}
	if p.t.Kind != RBRACE && len(values) > 0 {
		p.missingComma(values[len(values)-1])
	}
	p.closeDisplay(RBRACE, "dict")
	return &Dict{Loc: p.spanFrom(start), Keys: keys, Values: values}
}

// comprehensionClauses parses for_if_clauses after the element elt (nil
// for a dict comprehension, whose key and value were checked).
func (p *parser) comprehensionClauses(elt Expr) []*Comprehension {
	if st, ok := elt.(*Starred); ok {
		p.fail(diag.PyInvalidStarred, st.Loc, "iterable unpacking cannot be used in comprehension")
	}
	var gens []*Comprehension
	for p.t.Kind == KwFor || (p.t.Kind == KwAsync && p.peek(1).Kind == KwFor) {
		start := p.t.Span.Start
		c := p.nodes.comps.new()
		if p.t.Kind == KwAsync {
			c.IsAsync = true
			p.next()
		}
		p.next()
		c.Target = p.starTargets()
		if p.t.Kind == KwIn {
			p.checkTarget(c.Target, Store, forTargets)
			p.next()
			c.Iter = p.disjunction()
		} else {
			p.forTargetError(c.Target)
			c.Iter = p.badHere()
		}
		c.Ifs = []Expr{}
		for p.t.Kind == KwIf {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.Loc = p.spanFrom(start)
		gens = append(gens, c)
	}
	if p.t.Kind == KwAsync {
		p.expected("'for'", "after 'async' in a comprehension")
		p.next()
	}
	return gens
}

// starTargets parses the targets of a for loop or comprehension: star
// targets separated by commas, a tuple when there is a comma. They are
// parsed as expressions (to bitwise_or, so that 'in' is left alone) and
// checked by the caller.
func (p *parser) starTargets() Expr {
	start := p.t.Span.Start
	e := p.starTarget()
	if p.t.Kind != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.t.Kind == COMMA {
		p.next()
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Loc: p.spanFrom(start), Elts: elts}
}

// starTarget parses '*' star_target | target, as an expression.
func (p *parser) starTarget() Expr {
	if p.t.Kind == STAR {
		start := p.t.Span.Start
		p.next()
		if !p.enter() {
			p.leave()
			return p.badHere()
		}
		v := p.starTarget()
		p.leave()
		return &Starred{Loc: p.spanFrom(start), Value: v}
	}
	return p.bitOr()
}
