package template

import (
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
)

// The expression parser follows jinja2.parser.Parser method by method, with
// the same precedence (lowest first): conditional expression, or, and, not,
// comparisons (==, !=, <, <=, >, >=, in, not in), + and -, ~, *, /, // and
// %, **, unary - and +, then primaries with their postfix chains (.attr,
// [key], calls) and filters and tests.

// tupleOpts are the parameters of Jinja's parse_tuple.
type tupleOpts struct {
	simplified     bool // only primaries (assignment targets)
	withCondexpr   bool // allow "a if b else c" as elements
	explicitParens bool // inside ( ): an empty tuple is fine
}

// parseTuple parses one expression or a comma-separated tuple of them.
func (p *parser) parseTuple(o tupleOpts) Expr {
	start := p.tok.Start
	args := p.mem.exprs.mark()
	isTuple := false
	for {
		if p.mem.exprs.len(args) > 0 {
			p.next() // the comma seen below
		}
		if p.isTupleEnd() {
			break
		}
		if o.simplified {
			p.mem.exprs.push(p.parsePrimary())
		} else {
			p.mem.exprs.push(p.parseExpression(o.withCondexpr))
		}
		if p.tok.Kind != TokComma {
			break
		}
		isTuple = true
	}
	if !isTuple {
		if p.mem.exprs.len(args) > 0 {
			return p.mem.exprs.done(args)[0]
		}
		if !o.explicitParens {
			p.fail(diag.TmplExpectedExpr, p.tok.Start, p.tok.End, "Expected an expression, got '%s'", p.tok.describe(p.src))
			return p.missing()
		}
	}
	return &Tuple{Base: Base{p.spanFrom(start)}, Items: p.mem.exprs.done(args), Ctx: CtxLoad}
}

// isTupleEnd is Jinja's is_tuple_end. Jinja also passes "extra end rules"
// ("in" after a for target, "recursive" after its iterable) but tests them
// wrongly, so they never end a tuple: {% for a, in x %} is an error there,
// and here.
func (p *parser) isTupleEnd() bool {
	switch p.tok.Kind {
	case TokVariableEnd, TokBlockEnd:
		return !p.tok.jinjaOperator(p.src)
	case TokRParen:
		return true
	}
	return false
}

// missing returns an empty BadExpr at the current token, for an expression
// that is not there.
func (p *parser) missing() *BadExpr {
	return &BadExpr{Base{p.span(p.tok.Start, p.tok.Start)}}
}

// nest enters one level of expression nesting; it fails past the limit.
func (p *parser) nest(start int) bool {
	if !p.enter(start) {
		return false
	}
	p.depth++
	return true
}

func (p *parser) unnest() { p.depth-- }

// parseExpression parses an expression, with conditional expressions or not.
func (p *parser) parseExpression(withCondexpr bool) Expr {
	if withCondexpr {
		return p.parseCondExpr()
	}
	return p.parseOr()
}

func (p *parser) parseCondExpr() Expr {
	start := p.tok.Start
	if !p.nest(start) {
		return p.missing()
	}
	defer p.unnest()
	expr1 := p.parseOr()
	for p.skipName("if") {
		expr2 := p.parseOr()
		var expr3 Expr
		if p.skipName("else") {
			expr3 = p.parseCondExpr()
		}
		expr1 = &CondExpr{Base: Base{p.spanFrom(start)}, Test: expr2, Expr1: expr1, Expr2: expr3}
	}
	return expr1
}

func (p *parser) parseOr() Expr {
	start := p.tok.Start
	left := p.parseAnd()
	for p.isName(p.tok, "or") {
		op := p.next()
		right := p.parseAnd()
		left = &Or{p.bin(start, op, left, right)}
	}
	return left
}

func (p *parser) parseAnd() Expr {
	start := p.tok.Start
	left := p.parseNot()
	for p.isName(p.tok, "and") {
		op := p.next()
		right := p.parseNot()
		left = &And{p.bin(start, op, left, right)}
	}
	return left
}

func (p *parser) bin(start int, op Token, left, right Expr) BinExpr {
	return BinExpr{Base: Base{p.spanFrom(start)}, Left: left, Right: right, OpSpan: p.tokSpan(op)}
}

func (p *parser) parseNot() Expr {
	if !p.isName(p.tok, "not") {
		return p.parseCompare()
	}
	start := p.tok.Start
	if !p.nest(start) {
		return p.missing()
	}
	defer p.unnest()
	p.next()
	node := p.parseNot()
	return &Not{UnaryExpr{Base: Base{p.spanFrom(start)}, Node: node}}
}

// compareOp returns Jinja's name of a comparison operator token, or "".
func compareOp(k Kind) string {
	switch k {
	case TokEq:
		return "eq"
	case TokNe:
		return "ne"
	case TokLt:
		return "lt"
	case TokLtEq:
		return "lteq"
	case TokGt:
		return "gt"
	case TokGtEq:
		return "gteq"
	}
	return ""
}

func (p *parser) parseCompare() Expr {
	start := p.tok.Start
	expr := p.parseMath1()
	if p.tok.Kind != TokName && compareOp(p.tok.Kind) == "" {
		return expr
	}
	ops := p.mem.ops.mark()
	for {
		opStart := p.tok.Start
		var op string
		if name := compareOp(p.tok.Kind); name != "" {
			op = name
			p.next()
		} else if p.skipName("in") {
			op = "in"
		} else if p.isName(p.tok, "not") && p.isName(p.look(), "in") {
			p.next()
			p.next()
			op = "notin"
		} else {
			break
		}
		opSpan := p.spanFrom(opStart)
		right := p.parseMath1()
		p.mem.ops.push(p.mem.operands.alloc(Operand{Base: Base{p.spanFrom(opStart)}, Op: op, Expr: right, OpSpan: opSpan}))
	}
	if p.mem.ops.len(ops) == 0 {
		return expr
	}
	return &Compare{Base: Base{p.spanFrom(start)}, Expr: expr, Ops: p.mem.ops.done(ops)}
}

func (p *parser) parseMath1() Expr {
	start := p.tok.Start
	left := p.parseConcat()
	for p.tok.Kind == TokAdd || p.tok.Kind == TokSub {
		op := p.next()
		right := p.parseConcat()
		if op.Kind == TokAdd {
			left = &Add{p.bin(start, op, left, right)}
		} else {
			left = &Sub{p.bin(start, op, left, right)}
		}
	}
	return left
}

func (p *parser) parseConcat() Expr {
	start := p.tok.Start
	first := p.parseMath2()
	if p.tok.Kind != TokTilde {
		return first
	}
	args := p.mem.exprs.mark()
	p.mem.exprs.push(first)
	for p.tok.Kind == TokTilde {
		p.next()
		p.mem.exprs.push(p.parseMath2())
	}
	return &Concat{Base: Base{p.spanFrom(start)}, Nodes: p.mem.exprs.done(args)}
}

func (p *parser) parseMath2() Expr {
	start := p.tok.Start
	left := p.parsePow()
	for {
		k := p.tok.Kind
		if k != TokMul && k != TokDiv && k != TokFloorDiv && k != TokMod {
			return left
		}
		op := p.next()
		right := p.parsePow()
		b := p.bin(start, op, left, right)
		switch k {
		case TokMul:
			left = &Mul{b}
		case TokDiv:
			left = &Div{b}
		case TokFloorDiv:
			left = &FloorDiv{b}
		default:
			left = &Mod{b}
		}
	}
}

func (p *parser) parsePow() Expr {
	start := p.tok.Start
	left := p.parseUnary(true)
	for p.tok.Kind == TokPow {
		op := p.next()
		right := p.parseUnary(true)
		left = &Pow{p.bin(start, op, left, right)}
	}
	return left
}

// parseUnary parses unary - and +, a primary, its postfix chain and, with
// withFilter, its filters and tests. As in Jinja, -x|f is (-x)|f and -2**2
// is (-2)**2.
func (p *parser) parseUnary(withFilter bool) Expr {
	start := p.tok.Start
	if !p.nest(start) {
		return p.missing()
	}
	defer p.unnest()
	node := p.unaryHead(start)
	if withFilter {
		node = p.parseFilterExpr(node, start)
	}
	return node
}

// unaryHead parses an optional - or + (whose operand takes no filters), or a
// primary, then the postfix chain.
func (p *parser) unaryHead(start int) Expr {
	var node Expr
	switch p.tok.Kind {
	case TokSub:
		p.next()
		operand := p.parseUnary(false)
		node = &Neg{UnaryExpr{Base: Base{p.spanFrom(start)}, Node: operand}}
	case TokAdd:
		p.next()
		operand := p.parseUnary(false)
		node = &Pos{UnaryExpr{Base: Base{p.spanFrom(start)}, Node: operand}}
	default:
		node = p.parsePrimary()
	}
	return p.parsePostfix(node, start)
}

// parsePrimary parses a name, a literal, a parenthesised expression or
// tuple, a list or a dict.
func (p *parser) parsePrimary() Expr {
	t := p.tok
	switch t.Kind {
	case TokName:
		p.next()
		switch name := p.text(t); name {
		case "true", "True":
			return p.mem.consts.alloc(Const{Base: Base{p.tokSpan(t)}, Kind: ConstBool, Value: true})
		case "false", "False":
			return p.mem.consts.alloc(Const{Base: Base{p.tokSpan(t)}, Kind: ConstBool, Value: false})
		case "none", "None":
			return p.mem.consts.alloc(Const{Base: Base{p.tokSpan(t)}, Kind: ConstNone})
		default:
			return p.mem.names.alloc(Name{Base: Base{p.tokSpan(t)}, Name: name, Ctx: CtxLoad})
		}
	case TokString:
		return p.parseStrings()
	case TokInteger:
		p.next()
		return p.mem.consts.alloc(Const{Base: Base{p.tokSpan(t)}, Kind: ConstInt, Value: parseInt(p.text(t))})
	case TokFloat:
		p.next()
		return p.mem.consts.alloc(Const{Base: Base{p.tokSpan(t)}, Kind: ConstFloat, Value: parseFloat(p.text(t))})
	case TokLParen:
		if !p.nest(t.Start) {
			return p.missing()
		}
		defer p.unnest()
		p.next()
		node := p.parseTuple(tupleOpts{withCondexpr: true, explicitParens: true})
		p.expect(TokRParen)
		if tuple, ok := node.(*Tuple); ok {
			tuple.Loc = p.spanFrom(t.Start)
		}
		return node
	case TokLBracket:
		return p.parseList()
	case TokLBrace:
		return p.parseDict()
	}
	if t.Flags&Unclosed != 0 {
		p.unclosedOperand(t)
		return p.bad()
	}
	p.fail(diag.TmplExpectedExpr, t.Start, t.End, "unexpected '%s'", t.describe(p.src))
	return p.bad()
}

// unclosedOperand reports an operand missing at the Unclosed end token t
// (the tag is not closed before the next one). Jinja reads the next tag's
// '{' as the start of a dict, and fails inside: at the '%' of "{%", at the
// '#' of "{#" (a lexical error); after "{{" it depends on the next tag's
// expression, which is not worth following.
func (p *parser) unclosedOperand(t Token) {
	switch c := p.src[min(t.Start+1, len(p.src)-1)]; {
	case c == '%':
		p.fail(diag.TmplExpectedExpr, t.Start, t.Start+2, "unexpected '%s'", "%")
	case c == '#' && !p.lexErrorFirst():
		p.fail(diag.TmplUnexpectedChar, t.Start, t.Start+2, "unexpected char '#' at %d", p.jpos.at(t.Start+1))
	default:
		p.fail(diag.TmplExpectedExpr, t.Start, t.Start+2, "unexpected '%s'", t.describe(p.src))
	}
}

// bad returns a BadExpr for the current token, consuming it unless it ends
// or separates something (a tag end, a closing bracket, ",", ":").
func (p *parser) bad() *BadExpr {
	switch p.tok.Kind {
	case TokEOF, TokVariableEnd, TokBlockEnd, TokComponentEnd, TokComponentSelfClose, TokRParen, TokRBracket, TokRBrace, TokComma, TokColon:
		return p.missing()
	}
	t := p.next()
	return &BadExpr{Base{p.tokSpan(t)}}
}

// parseStrings joins adjacent string literals into one constant.
func (p *parser) parseStrings() Expr {
	start := p.tok.Start
	var value string
	var b strings.Builder
	spans := p.mem.spans.mark()
	for n := 0; p.tok.Kind == TokString; n++ {
		t := p.next()
		v, _ := decodeString(p.src[t.Start:t.End]) // the lexer reported a bad escape
		switch n {
		case 0:
			value = v
		case 1:
			b.WriteString(value)
			fallthrough
		default:
			b.WriteString(v)
		}
		p.mem.spans.push(p.span(t.Start+1, t.End-1))
	}
	if p.mem.spans.len(spans) > 1 {
		value = b.String()
	}
	return p.mem.consts.alloc(Const{Base: Base{p.spanFrom(start)}, Kind: ConstString, Value: value, Strings: p.mem.spans.done(spans)})
}

func (p *parser) parseList() Expr {
	start := p.next().Start
	items := p.mem.exprs.mark()
	for p.tok.Kind != TokRBracket {
		if p.mem.exprs.len(items) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		if p.tok.Kind == TokRBracket {
			break
		}
		before := p.i
		p.mem.exprs.push(p.parseExpression(true))
		if p.i == before {
			break
		}
	}
	p.expect(TokRBracket)
	return &List{Base: Base{p.spanFrom(start)}, Items: p.mem.exprs.done(items)}
}

func (p *parser) parseDict() Expr {
	start := p.next().Start
	items := []*Pair{}
	for p.tok.Kind != TokRBrace {
		if len(items) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		if p.tok.Kind == TokRBrace {
			break
		}
		before := p.i
		keyStart := p.tok.Start
		key := p.parseExpression(true)
		if _, ok := p.expect(TokColon); !ok {
			break
		}
		value := p.parseExpression(true)
		items = append(items, &Pair{Base: Base{p.spanFrom(keyStart)}, Key: key, Value: value})
		if p.i == before {
			break
		}
	}
	p.expect(TokRBrace)
	return &Dict{Base: Base{p.spanFrom(start)}, Items: items}
}

// parsePostfix parses the chain of .attr, [key] and calls after node, which
// starts at start.
func (p *parser) parsePostfix(node Expr, start int) Expr {
	for {
		switch p.tok.Kind {
		case TokDot, TokLBracket:
			node = p.parseSubscript(node, start)
		case TokLParen:
			node = p.parseCall(node, start)
		default:
			return node
		}
	}
}

// parseFilterExpr parses the filters, tests and calls after node.
func (p *parser) parseFilterExpr(node Expr, start int) Expr {
	for {
		switch {
		case p.tok.Kind == TokPipe:
			node = p.parseFilter(node, false, start)
		case p.isName(p.tok, "is"):
			node = p.parseTest(node, start)
		case p.tok.Kind == TokLParen:
			node = p.parseCall(node, start)
		default:
			return node
		}
	}
}

func (p *parser) parseSubscript(node Expr, start int) Expr {
	t := p.next()
	if t.Kind == TokDot {
		a := p.tok
		switch a.Kind {
		case TokName:
			p.next()
			return p.mem.getattrs.alloc(Getattr{Base: Base{p.spanFrom(start)}, Node: node, Attr: p.text(a), Ctx: CtxLoad,
				Dot: p.tokSpan(t), AttrSpan: p.tokSpan(a)})
		case TokInteger:
			p.next()
			arg := p.mem.consts.alloc(Const{Base: Base{p.tokSpan(a)}, Kind: ConstInt, Value: parseInt(p.text(a))})
			return &Getitem{Base: Base{p.spanFrom(start)}, Node: node, Arg: arg, Ctx: CtxLoad, Open: p.tokSpan(t)}
		}
		p.look() // Jinja reads the token after the dot before it checks it
		p.fail(diag.TmplExpectedAttr, a.Start, a.End, "expected name or number").
			WithHint("write an attribute name or an integer index after the dot")
		return p.mem.getattrs.alloc(Getattr{Base: Base{p.spanFrom(start)}, Node: node, Ctx: CtxLoad,
			Dot: p.tokSpan(t), AttrSpan: p.span(t.End, t.End)})
	}
	var args []Expr
	for p.tok.Kind != TokRBracket {
		if len(args) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		before := p.i
		args = append(args, p.parseSubscribed())
		if p.i == before {
			break
		}
	}
	inner := p.span(t.End, p.tok.Start)
	p.expect(TokRBracket)
	var arg Expr
	if len(args) == 1 {
		arg = args[0]
	} else {
		arg = &Tuple{Base: Base{inner}, Items: args, Ctx: CtxLoad}
	}
	return &Getitem{Base: Base{p.spanFrom(start)}, Node: node, Arg: arg, Ctx: CtxLoad, Open: p.tokSpan(t)}
}

// parseSubscribed parses one subscript: an expression or a slice.
func (p *parser) parseSubscribed() Expr {
	start := p.tok.Start
	var first Expr
	if p.tok.Kind == TokColon {
		p.next()
	} else {
		node := p.parseExpression(true)
		if p.tok.Kind != TokColon {
			return node
		}
		p.next()
		first = node
	}
	var stop, step Expr
	if p.tok.Kind != TokColon && p.tok.Kind != TokRBracket && p.tok.Kind != TokComma {
		stop = p.parseExpression(true)
	}
	if p.tok.Kind == TokColon {
		p.next()
		if p.tok.Kind != TokRBracket && p.tok.Kind != TokComma {
			step = p.parseExpression(true)
		}
	}
	return &Slice{Base: Base{p.spanFrom(start)}, Start: first, Stop: stop, Step: step}
}

// callArgs are the parsed arguments of a call, filter or test.
type callArgs struct {
	args      []Expr
	kwargs    []*Keyword
	dynArgs   Expr
	dynKwargs Expr
	open      int // offset of "("
}

// parseCallArgs parses "(…)" call arguments.
func (p *parser) parseCallArgs() callArgs {
	ca := callArgs{open: p.tok.Start}
	if _, ok := p.expect(TokLParen); !ok {
		return ca
	}
	args, kwargs := p.mem.exprs.mark(), p.mem.kwlists.mark()
	requireComma := false
	for p.tok.Kind != TokRParen {
		before := p.i
		if requireComma {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
			if p.tok.Kind == TokRParen {
				break
			}
		}
		argStart := p.tok.Start
		switch {
		case p.tok.Kind == TokMul:
			p.checkArgOrder(ca.dynArgs == nil && ca.dynKwargs == nil, ca.open, argStart, "*args after *args or **kwargs")
			p.next()
			ca.dynArgs = p.parseExpression(true)
		case p.tok.Kind == TokPow:
			p.checkArgOrder(ca.dynKwargs == nil, ca.open, argStart, "a second **kwargs")
			p.next()
			ca.dynKwargs = p.parseExpression(true)
		case p.tok.Kind == TokName && p.look().Kind == TokAssign:
			p.checkArgOrder(ca.dynKwargs == nil, ca.open, argStart, "a keyword argument after **kwargs")
			key := p.next()
			p.next()
			value := p.parseExpression(true)
			p.mem.kwlists.push(p.mem.keywords.alloc(Keyword{Base: Base{p.spanFrom(argStart)}, Key: p.text(key), Value: value, KeySpan: p.tokSpan(key)}))
		default:
			p.checkArgOrder(ca.dynArgs == nil && ca.dynKwargs == nil && p.mem.kwlists.len(kwargs) == 0, ca.open, argStart,
				"a positional argument after a keyword argument, *args or **kwargs")
			p.mem.exprs.push(p.parseExpression(true))
		}
		requireComma = true
		if p.i == before {
			break
		}
	}
	p.expect(TokRParen)
	ca.args, ca.kwargs = p.mem.exprs.done(args), p.mem.kwlists.done(kwargs)
	return ca
}

// checkArgOrder reports Jinja's "invalid syntax for function call
// expression" when ok is false, at the argument that starts at at (from the
// "(" at open when the argument is on another line: Jinja's line is the
// parenthesis').
func (p *parser) checkArgOrder(ok bool, open, at int, what string) {
	if !ok {
		if p.pos(open).Line != p.pos(at).Line {
			at = open
		}
		p.fail(diag.TmplBadCallArgs, at, p.tok.End, "invalid syntax for function call expression").
			WithHint("%s is not allowed: write positional arguments, then *args, keyword arguments and **kwargs", what)
	}
}

func (p *parser) parseCall(node Expr, start int) Expr {
	ca := p.parseCallArgs()
	return p.mem.calls.alloc(Call{Base: Base{p.spanFrom(start)}, Node: node, Args: ca.args, Kwargs: ca.kwargs,
		DynArgs: ca.dynArgs, DynKwargs: ca.dynKwargs, Parens: p.spanFrom(ca.open)})
}

// parseFilter parses "|name(args)" filters after node (none for {% filter
// %} and {% set %} blocks, where the first filter has no "|": startInline).
func (p *parser) parseFilter(node Expr, startInline bool, start int) Expr {
	for p.tok.Kind == TokPipe || startInline {
		if !startInline {
			p.next()
		}
		if node == nil {
			start = p.tok.Start
		}
		if p.tok.Kind != TokName {
			p.expected("name").WithHint("%s", "write a filter name after '|', e.g. x|upper")
			return p.mem.filters.alloc(Filter{Base: Base{p.spanFrom(start)}, Node: node, Args: []Expr{}, Kwargs: []*Keyword{},
				NameSpan: p.span(p.lastEnd, p.lastEnd)})
		}
		nameTok := p.next()
		name := p.dottedName(nameTok)
		f := p.mem.filters.alloc(Filter{Node: node, Name: name, NameSpan: p.spanFrom(nameTok.Start), Args: []Expr{}, Kwargs: []*Keyword{}})
		if p.tok.Kind == TokLParen {
			ca := p.parseCallArgs()
			f.Args, f.Kwargs, f.DynArgs, f.DynKwargs, f.Parens = ca.args, ca.kwargs, ca.dynArgs, ca.dynKwargs, p.spanFrom(ca.open)
		}
		f.Loc = p.spanFrom(start)
		node = f
		startInline = false
	}
	return node
}

// dottedName continues a filter or test name after its first token with
// ".name" parts, as Jinja allows.
func (p *parser) dottedName(first Token) string {
	name := p.text(first)
	for p.tok.Kind == TokDot {
		p.next()
		t, ok := p.expect(TokName)
		if !ok {
			break
		}
		name += "." + p.text(t)
	}
	return name
}

// testArgStart reports whether k starts the single argument of a test
// written without parentheses ("x is divisibleby 3").
func testArgStart(k Kind) bool {
	switch k {
	case TokName, TokString, TokInteger, TokFloat, TokLParen, TokLBracket, TokLBrace:
		return true
	}
	return false
}

func (p *parser) parseTest(node Expr, start int) Expr {
	is := p.next()
	negated := p.skipName("not")
	t := &Test{Node: node, Args: []Expr{}, Kwargs: []*Keyword{}, Is: p.tokSpan(is)}
	if p.tok.Kind != TokName {
		p.expected("name").WithHint("%s", "write a test name after 'is', e.g. x is defined")
		t.NameSpan = p.span(p.lastEnd, p.lastEnd)
	} else {
		nameTok := p.next()
		t.Name = p.dottedName(nameTok)
		t.NameSpan = p.spanFrom(nameTok.Start)
		switch {
		case p.tok.Kind == TokLParen:
			ca := p.parseCallArgs()
			t.Args, t.Kwargs, t.DynArgs, t.DynKwargs, t.Parens = ca.args, ca.kwargs, ca.dynArgs, ca.dynKwargs, p.spanFrom(ca.open)
		case testArgStart(p.tok.Kind) && !p.isName(p.tok, "else") && !p.isName(p.tok, "or") && !p.isName(p.tok, "and"):
			if p.isName(p.tok, "is") {
				p.fail(diag.TmplChainedTests, p.tok.Start, p.tok.End, "You cannot chain multiple tests with is").
					WithHint("combine the tests with 'and': x is a and x is b")
			}
			argStart := p.tok.Start
			arg := p.parsePrimary()
			t.Args = []Expr{p.parsePostfix(arg, argStart)}
		}
	}
	t.Loc = p.spanFrom(start)
	if negated {
		return &Not{UnaryExpr{Base: Base{t.Loc}, Node: t}}
	}
	return t
}

// Assignment targets.

type targetOpts struct {
	withTuple     bool
	nameOnly      bool
	withNamespace bool
}

// parseAssignTarget parses the target of for, set, with, a macro or import
// name: a name, a tuple of names, or (with withNamespace) ns.attr.
func (p *parser) parseAssignTarget(o targetOpts) Expr {
	start := p.tok.Start
	var target Expr
	switch {
	case o.withNamespace && p.look().Kind == TokDot:
		nameTok, ok := p.expect(TokName)
		if !ok {
			return p.missing()
		}
		p.next()
		attrTok, ok := p.expect(TokName)
		ns := &NSRef{Name: p.text(nameTok)}
		if ok {
			ns.Attr = p.text(attrTok)
			ns.AttrSpan = p.tokSpan(attrTok)
		} else {
			ns.AttrSpan = p.span(p.lastEnd, p.lastEnd)
		}
		ns.Loc = p.spanFrom(start)
		target = ns
	case o.nameOnly:
		t, ok := p.expect(TokName)
		if !ok {
			return p.missing()
		}
		target = p.mem.names.alloc(Name{Base: Base{p.tokSpan(t)}, Name: p.text(t), Ctx: CtxStore})
	default:
		if o.withTuple {
			target = p.parseTuple(tupleOpts{simplified: true})
		} else {
			target = p.parsePrimary()
		}
		setCtx(target, CtxStore)
	}
	if !canAssign(target) {
		loc := target.Span()
		p.fail(diag.TmplCannotAssign, int(loc.Start.Offset), int(loc.End.Offset), "can't assign to '%s'", nodeTypeName(target)).
			WithHint("assign to a name, a tuple of names or a namespace attribute (ns.attr)")
	}
	return target
}

// setCtx sets the context of an assignment target and of the items of a
// tuple target.
func setCtx(e Expr, ctx string) {
	switch n := e.(type) {
	case *Name:
		n.Ctx = ctx
	case *Tuple:
		n.Ctx = ctx
		for _, item := range n.Items {
			setCtx(item, ctx)
		}
	}
}

// canAssign is Jinja's Node.can_assign. A BadExpr was reported already.
func canAssign(e Expr) bool {
	switch n := e.(type) {
	case *Name:
		switch n.Name {
		case "true", "false", "none", "True", "False", "None":
			return false
		}
		return true
	case *Tuple:
		for _, item := range n.Items {
			if !canAssign(item) {
				return false
			}
		}
		return true
	case *NSRef, *BadExpr:
		return true
	}
	return false
}

// nodeTypeName returns the lower-case node class name that Jinja's messages
// show ("const", "getattr").
func nodeTypeName(n Node) string {
	s := fmt.Sprintf("%T", n)
	return strings.ToLower(s[strings.LastIndexByte(s, '.')+1:])
}
