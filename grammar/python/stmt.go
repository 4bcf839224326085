package python

import (
	"fmt"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// statements parses statements up to a DEDENT or the end of the input.
func (p *parser) statements() []Stmt {
	body := make([]Stmt, 0, 4)
	for p.t.Kind != DEDENT && p.t.Kind != ENDMARKER {
		body = p.statement(body)
	}
	return body
}

// statement parses one statement (or one line of simple statements) and
// appends it to list. It always consumes at least one token.
func (p *parser) statement(list []Stmt) []Stmt {
	p.beginStatement()
	p.bail = false
	p.depth = 0
	switch p.t.Kind {
	case KwDef:
		return append(list, p.funcDef(nil, p.t.Span.Start, false))
	case KwClass:
		return append(list, p.classDef(nil))
	case KwIf:
		return append(list, p.ifStmt())
	case KwWhile:
		return append(list, p.whileStmt())
	case KwFor:
		return append(list, p.forStmt(p.t.Span.Start, false))
	case KwTry:
		return append(list, p.tryStmt())
	case KwWith:
		return append(list, p.withStmt(p.t.Span.Start, false))
	case AT:
		return append(list, p.decorated())
	case KwAsync:
		start := p.t.Span.Start
		switch p.peek(1).Kind {
		case KwDef:
			p.next()
			return append(list, p.funcDef(nil, start, true))
		case KwFor:
			p.next()
			return append(list, p.forStmt(start, true))
		case KwWith:
			p.next()
			return append(list, p.withStmt(start, true))
		}
		p.next()
		p.expected("'def', 'with' or 'for'", "after 'async'")
		p.syncLine()
		return append(list, &BadStmt{Loc: p.spanFrom(start)})
	case NAME:
		if p.t.Text == "match" && p.matchLike < 0 && p.matchLikeStmt() {
			p.matchLike = int(p.t.Span.Start.Offset)
		}
		if p.t.Text == "match" && p.isMatchStmt() {
			return append(list, p.matchStmt())
		}
	case INDENT:
		t := p.t
		p.reachAt = reachPoint{int(t.Span.End.Offset), int(t.Span.Start.Line)} // CPython reads no further
		p.report(diag.PyUnexpectedIndent, source.Span{Start: p.f.PosAt(int(t.Span.Start.Line), 1), End: t.Span.Start}, "unexpected indent").
			WithHint("this line is indented more than the statement before it, which does not open a block")
		p.next()
		list = append(list, p.statements()...)
		if p.t.Kind == DEDENT {
			p.next()
		}
		return list
	case DEDENT:
		// The scanner balances INDENT and DEDENT and blocks consume their
		// DEDENT, so this is a safety net: a statement always consumes a
		// token.
		p.next()
		return list
	case NEWLINE:
		if !p.t.Reported {
			p.invalid(p.t.Span, "a line cannot start with %s", p.t)
		}
		p.next()
		return list
	case KwElse, KwElif, KwExcept, KwFinally:
		return p.orphanClause(list)
	}
	return p.simpleStmts(list)
}

// orphanClause handles else, elif, except and finally without the
// statement they belong to: the clause is reported and its body kept.
func (p *parser) orphanClause(list []Stmt) []Stmt {
	kw := p.t
	start := kw.Span.Start
	p.invalid(kw.Span, "'%s' without a matching %s", kw.Kind, map[Kind]string{
		KwElse:    "if, for, while or try",
		KwElif:    "if",
		KwExcept:  "try",
		KwFinally: "try",
	}[kw.Kind])
	p.next()
	if p.t.Kind != COLON {
		// Skip the clause's expression (elif test, except type).
		p.skipToColon()
	}
	body := p.block(fmt.Sprintf("'%s' statement", kw.Kind), kw)
	list = append(list, &BadStmt{Loc: source.Span{Start: start, End: kw.Span.End}})
	return append(list, body...)
}

// skipToColon skips to the last ':' outside brackets on the logical line,
// or to its end.
func (p *parser) skipToColon() {
	last, depth := -1, 0
	for i := 0; ; i++ {
		t := p.peek(i)
		if t.Kind == NEWLINE || t.Kind == ENDMARKER {
			break
		}
		switch t.Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
		case COLON:
			if depth == 0 {
				last = i
			}
		}
	}
	if last < 0 {
		for p.t.Kind != NEWLINE && p.t.Kind != ENDMARKER {
			p.next()
		}
		return
	}
	for i := 0; i < last; i++ {
		p.next()
	}
}

// block parses the ':' and the body of a compound statement. what names
// the statement for messages ("'if' statement"); kw is its keyword.
func (p *parser) block(what string, kw Token) []Stmt {
	if p.t.Kind == COLON {
		p.next()
	} else {
		switch {
		case p.t.Kind == NEWLINE:
			p.forced(COLON, "a %s ends its first line with ':'", what)
		case forcedColon[what]:
			p.forced(COLON, "expected ':' to end the %s, found %s", what, p.t)
			p.skipToColon()
		default:
			p.expected("':'", "to end the "+what)
			p.skipToColon()
		}
		if p.t.Kind == COLON {
			p.next()
		} else if p.peek(1).Kind != INDENT {
			p.syncLine()
			return nil
		}
	}
	p.bail = false
	if p.t.Kind != NEWLINE {
		if p.t.Kind == ENDMARKER {
			p.blockMissing(what, kw)
			return nil
		}
		return p.simpleStmts(nil)
	}
	p.next()
	if p.t.Kind != INDENT {
		p.blockMissing(what, kw)
		return nil
	}
	p.next()
	body := p.statements()
	if p.t.Kind == DEDENT {
		p.next()
	}
	return body
}

// headerHasColon reports whether a ':' outside brackets ends the logical
// line from the current token.
func (p *parser) headerHasColon() bool {
	depth := 0
	for i := 0; ; i++ {
		switch p.peek(i).Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
		case NEWLINE, ENDMARKER:
			return false
		case COLON:
			if depth == 0 {
				return true
			}
		}
	}
}

// forcedColon lists the statements whose ':' CPython 3.11's grammar
// requires as soon as the header is read (&&':'), reporting "expected ':'"
// whatever comes instead; elsewhere a wrong token is "invalid syntax" and
// only a line break in place of the ':' is "expected ':'".
var forcedColon = map[string]bool{
	"function definition": true,
	"'try' statement":     true,
	"'finally' statement": true,
	"'else' statement":    true,
}

func (p *parser) blockMissing(what string, kw Token) {
	// CPython points at the token that should have been INDENT (at the end
	// of the input, on its last line).
	rng := p.t.Span
	p.stmtErr = false
	p.report(diag.PyExpectedBlock, rng, "expected an indented block after %s on line %d", what, kw.Span.Start.Line).
		WithHint("indent the body of the %s, or write 'pass' if it has nothing to do", what)
}

// simpleStmts parses simple statements separated by ';' up to the end of
// the line.
func (p *parser) simpleStmts(list []Stmt) []Stmt {
	for {
		list = append(list, p.simpleStmt())
		if p.t.Kind != SEMI {
			break
		}
		p.next()
		if p.t.Kind == NEWLINE || p.t.Kind == ENDMARKER {
			break
		}
	}
	switch p.t.Kind {
	case NEWLINE:
		p.next()
	case ENDMARKER:
	default:
		p.unexpected("at the end of the statement")
		p.syncLine()
	}
	return list
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() Stmt {
	start := p.t.Span.Start
	switch p.t.Kind {
	case KwPass:
		p.next()
		return &Pass{Loc: p.spanFrom(start)}
	case KwBreak:
		p.next()
		return &Break{Loc: p.spanFrom(start)}
	case KwContinue:
		p.next()
		return &Continue{Loc: p.spanFrom(start)}
	case KwReturn:
		p.next()
		n := &Return{}
		if p.startsExpr() {
			n.Value = p.starExpressions()
		}
		n.Loc = p.spanFrom(start)
		return n
	case KwRaise:
		p.next()
		n := &Raise{}
		if p.startsExpr() {
			n.Exc = p.expression()
			if p.t.Kind == KwFrom {
				p.next()
				n.Cause = p.expression()
			}
		}
		n.Loc = p.spanFrom(start)
		return n
	case KwGlobal, KwNonlocal:
		kind := p.t.Kind
		p.next()
		var names []string
		var locs []source.Span
		for {
			if p.t.Kind != NAME {
				p.expected("a name", fmt.Sprintf("in the '%s' statement", kind))
				break
			}
			names = append(names, p.t.Text)
			locs = append(locs, p.t.Span)
			p.next()
			if p.t.Kind != COMMA {
				break
			}
			p.next()
		}
		if kind == KwGlobal {
			return &Global{Loc: p.spanFrom(start), Names: names, NameLocs: locs}
		}
		return &Nonlocal{Loc: p.spanFrom(start), Names: names, NameLocs: locs}
	case KwDel:
		return p.delStmt()
	case KwAssert:
		p.next()
		n := &Assert{Test: p.expression()}
		if p.t.Kind == COMMA {
			p.next()
			n.Msg = p.expression()
		}
		n.Loc = p.spanFrom(start)
		return n
	case KwImport:
		return p.importStmt()
	case KwFrom:
		return p.importFrom()
	}
	return p.exprStmt()
}

// exprStmt parses an expression statement, an assignment, an annotated or
// an augmented assignment.
func (p *parser) exprStmt() Stmt {
	start := p.t.Span.Start
	first := p.t
	e := p.rhs()
	if _, name := e.(*Name); p.t.Kind == COLONEQUAL && (!name || p.lastGroup == e) {
		// CPython's rule for a walrus whose target is not a name.
		p.walrusTarget(e)
	}
	switch k := p.t.Kind; {
	case k == EQUAL:
		targets := []Expr{e}
		parens := []bool{p.lastGroup == e}
		var value Expr
		var valueStart Kind
		for p.t.Kind == EQUAL {
			p.next()
			if !p.startsExpr() && p.t.Kind != KwYield {
				// CPython reports an invalid target before the missing
				// value ("f() =").
				p.misusedAssign(targets, parens, nil)
				for i, t := range targets {
					if !p.validAssignTarget(t, parens[i]) {
						p.assignTarget(t, parens[i], false, 0)
						break
					}
				}
			}
			valueStart = p.t.Kind
			value = p.rhs()
			if p.t.Kind == EQUAL {
				targets = append(targets, value)
				parens = append(parens, p.lastGroup == value)
			}
		}
		p.misusedAssign(targets, parens, value)
		for i, t := range targets {
			p.assignTarget(t, parens[i], len(targets) == 1, valueStart)
		}
		return &Assign{Loc: p.spanFrom(start), Targets: targets, Value: value}
	case k == COLON:
		if k1 := p.peek(1).Kind; startsExpr(k1) && k1 != STAR {
			p.annTarget(e)
		} else {
			// CPython's rules for invalid annotation targets want an
			// expression after the ':'; without one, the ':' is the
			// error unless the target can be annotated.
			switch e.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.invalidAt(p.t, "only a name, an attribute or a subscript can be annotated")
			}
		}
		p.next()
		n := &AnnAssign{Target: e, Annotation: p.expression()}
		_, isName := e.(*Name)
		n.Simple = isName && first.Kind != LPAR
		if p.t.Kind == EQUAL {
			p.next()
			n.Value = p.rhs()
		}
		n.Loc = p.spanFrom(start)
		return n
	case augOps[k] != 0:
		op := augOps[k]
		p.augTarget(e)
		p.next()
		n := &AugAssign{Target: e, Op: op, Value: p.rhs()}
		n.Loc = p.spanFrom(start)
		return n
	}
	if name, ok := e.(*Name); ok && (name.ID == "print" || name.ID == "exec") && p.startsLegacyArg() {
		arg := p.starExpressions()
		p.fail(diag.PyLegacyStatement, source.Span{Start: start, End: p.prevEnd},
			"Missing parentheses in call to '%s'. Did you mean %s(...)?", name.ID, name.ID).
			WithFix("Add parentheses", source.Span{Start: name.Loc.End, End: p.prevEnd}, "("+p.f.Text[name.Loc.End.Offset:p.prevEnd.Offset]+")")
		call := &Call{Loc: p.spanFrom(start), Func: e, Args: []Expr{arg}}
		return &ExprStmt{Loc: call.Loc, Value: call}
	}
	return &ExprStmt{Loc: p.spanFrom(start), Value: e}
}

// validAssignTarget reports whether t, parenthesized or not, can be the
// target of an assignment.
func (p *parser) validAssignTarget(t Expr, paren bool) bool {
	switch t.(type) {
	case *Yield, *YieldFrom:
		if !paren {
			return false
		}
	}
	return invalidTarget(t, starTargets) == nil
}

// misusedAssign reports an assignment statement some of whose targets
// cannot be assigned the way CPython 3.11 does when it reads the statement
// as an expression: its rule invalid_named_expression, tried on the first
// elements of the statement before the targets are checked, turns
// "a = 1, b = 2" into "invalid syntax. Maybe you meant '==' or ':='
// instead of '='?" and "f() = 1, 2 = 3" into "cannot assign to function
// call here. Maybe you meant '==' instead of '='?". The element before the
// first '=' (the last element of an unparenthesized tuple) and the first
// bitwise_or after it decide; when that bitwise_or is followed by '=' or
// ':=', the targets are checked as usual.
func (p *parser) misusedAssign(targets []Expr, parens []bool, value Expr) {
	bad := false
	for i, t := range targets {
		if !p.validAssignTarget(t, parens[i]) {
			bad = true
			break
		}
	}
	if !bad {
		return
	}
	last := targets[0]
	if tup, ok := last.(*Tuple); ok && !parens[0] && !tup.Parenthesized && len(tup.Elts) > 0 {
		last = tup.Elts[len(tup.Elts)-1]
	} else if len(targets) == 1 {
		// One target that is not a tuple: assignTarget has CPython's
		// messages.
		return
	}
	next := value
	if len(targets) > 1 {
		next = targets[1]
	}
	if next == nil {
		return
	}
	fb := firstBitwiseOr(next, p.lastGroup)
	if fb == nil || fb == next && len(targets) > 1 {
		// Nothing that can be compared, or it is followed by '='.
		return
	}
	if nm, ok := last.(*Name); ok && p.nextChar(int(nm.Loc.End.Offset)) == '=' {
		p.fail(diag.PyInvalidTarget, source.Span{Start: nm.Loc.Start, End: fb.Span().End},
			"invalid syntax. Maybe you meant '==' or ':=' instead of '='?").
			WithHint("'%s' is assigned here, then the statement goes on after '%s' as if it were a comparison",
				nm.ID, p.f.Text[fb.Span().Start.Offset:fb.Span().End.Offset])
		return
	}
	if isBitwiseOrNode(last) && !startsWithDisplay(last) {
		if _, tuple := last.(*Tuple); !tuple {
			p.fail(diag.PyInvalidTarget, last.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(last))
		}
	}
}

// firstBitwiseOr returns the bitwise_or that e starts with (e itself when
// it is one), or nil when it starts with '*', 'not', 'lambda' or 'yield'.
// group is the last parenthesized expression.
func firstBitwiseOr(e Expr, group Expr) Expr {
	for {
		if e == group {
			return e
		}
		switch x := e.(type) {
		case *Tuple:
			if x.Parenthesized || len(x.Elts) == 0 {
				return e
			}
			e = x.Elts[0]
		case *IfExp:
			e = x.Body
		case *BoolOp:
			e = x.Values[0]
		case *Compare:
			e = x.Left
		case *UnaryOp:
			if x.Op == Not {
				return nil
			}
			return e
		case *Lambda, *Starred, *Yield, *YieldFrom, *NamedExpr, *BadExpr:
			return nil
		default:
			return e
		}
	}
}

// nextChar returns the first character at or after offset off that is not
// a blank, or 0 at the end of the input.
func (p *parser) nextChar(off int) byte {
	for ; off < p.sc.end; off++ {
		switch c := p.f.Text[off]; c {
		case ' ', '\t', '\f', '\\', '\n', '\r':
		default:
			return c
		}
	}
	return 0
}

// rhs parses the right-hand side of an assignment: a yield expression or
// star expressions.
func (p *parser) rhs() Expr {
	if p.t.Kind == KwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// startsLegacyArg reports whether the current token can start the argument
// of a Python 2 print statement.
func (p *parser) startsLegacyArg() bool {
	switch p.t.Kind {
	case NAME, NUMBER, STRING, KwNone, KwTrue, KwFalse, LBRACE, TILDE, KwNot, KwLambda, KwAwait, ELLIPSIS:
		return true
	}
	return false
}

var augOps = [numKinds]Operator{
	PLUSEQUAL:        Add,
	MINEQUAL:         Sub,
	STAREQUAL:        Mult,
	ATEQUAL:          MatMult,
	SLASHEQUAL:       Div,
	PERCENTEQUAL:     Mod,
	AMPEREQUAL:       BitAnd,
	VBAREQUAL:        BitOr,
	CIRCUMFLEXEQUAL:  BitXor,
	LEFTSHIFTEQUAL:   LShift,
	RIGHTSHIFTEQUAL:  RShift,
	DOUBLESTAREQUAL:  Pow,
	DOUBLESLASHEQUAL: FloorDiv,
}

func (p *parser) delStmt() Stmt {
	start := p.t.Span.Start
	p.next()
	n := &Delete{}
	for {
		if !p.startsExpr() {
			if len(n.Targets) == 0 {
				p.expected("a target", "after 'del'")
			}
			break
		}
		t := p.starExpression()
		p.delTarget(t)
		n.Targets = append(n.Targets, t)
		if p.t.Kind != COMMA {
			break
		}
		p.next()
	}
	n.Loc = p.spanFrom(start)
	return n
}

// dottedName parses NAME ('.' NAME)*.
func (p *parser) dottedName(context string) (string, source.Span) {
	start := p.t.Span.Start
	if p.t.Kind != NAME {
		p.expected("a module name", context)
		return "", p.here()
	}
	name := p.t.Text
	p.next()
	for p.t.Kind == DOT {
		p.next()
		if p.t.Kind != NAME {
			p.expected("a name", "after '.' in the module name")
			break
		}
		name += "." + p.t.Text
		p.next()
	}
	return name, p.spanFrom(start)
}

// asName parses an optional "as NAME".
func (p *parser) asName(a *Alias) {
	if p.t.Kind != KwAs {
		return
	}
	p.next()
	if p.t.Kind != NAME {
		p.expected("a name", "after 'as'")
		return
	}
	a.Asname, a.AsnameLoc = p.t.Text, p.t.Span
	p.next()
}

func (p *parser) importStmt() Stmt {
	start := p.t.Span.Start
	p.next()
	n := &Import{}
	for {
		a := &Alias{}
		a.Name, a.NameLoc = p.dottedName("after 'import'")
		p.asName(a)
		a.Loc = p.spanFrom(a.NameLoc.Start)
		n.Names = append(n.Names, a)
		if p.t.Kind != COMMA {
			break
		}
		p.next()
	}
	if p.t.Kind == KwFrom {
		p.invalid(p.t.Span, "'import' comes after 'from': did you mean to use 'from ... import ...' instead?")
	}
	n.Loc = p.spanFrom(start)
	return n
}

func (p *parser) importFrom() Stmt {
	start := p.t.Span.Start
	p.next()
	n := &ImportFrom{}
	for p.t.Kind == DOT || p.t.Kind == ELLIPSIS {
		n.Level += len(p.t.Text)
		p.next()
	}
	if n.Level == 0 || p.t.Kind != KwImport {
		n.Module, n.ModuleLoc = p.dottedName("after 'from'")
	}
	if !p.expect(KwImport, "after the module name") {
		n.Loc = p.spanFrom(start)
		return n
	}
	switch p.t.Kind {
	case STAR:
		n.Names = []*Alias{{Loc: p.t.Span, Name: "*", NameLoc: p.t.Span}}
		p.next()
	case LPAR:
		p.next()
		n.Names = p.importNames(true)
		p.expect(RPAR, "to close the list of imported names")
	default:
		n.Names = p.importNames(false)
	}
	n.Loc = p.spanFrom(start)
	return n
}

func (p *parser) importNames(parens bool) []*Alias {
	var names []*Alias
	for {
		if p.t.Kind != NAME {
			p.expected("a name", "to import")
			return names
		}
		a := &Alias{Name: p.t.Text, NameLoc: p.t.Span}
		p.next()
		p.asName(a)
		a.Loc = p.spanFrom(a.NameLoc.Start)
		names = append(names, a)
		if p.t.Kind != COMMA {
			return names
		}
		comma := p.t
		p.next()
		if parens && p.t.Kind == RPAR {
			return names
		}
		if !parens && (p.t.Kind == NEWLINE || p.t.Kind == SEMI || p.t.Kind == ENDMARKER) {
			p.fail(diag.PySyntax, comma.Span, "trailing comma not allowed without surrounding parentheses").
				WithHint("remove the comma, or put the names in parentheses")
			return names
		}
	}
}

// decorated parses decorators and the def or class they decorate.
func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.t.Kind == AT {
		p.next()
		decos = append(decos, p.namedExpression())
		if p.t.Kind != NEWLINE {
			p.unexpected("after the decorator")
			for p.t.Kind != NEWLINE && p.t.Kind != ENDMARKER {
				p.next()
			}
		}
		if p.t.Kind == NEWLINE {
			p.next()
		}
		p.beginStatement()
	}
	switch p.t.Kind {
	case KwDef:
		return p.funcDef(decos, p.t.Span.Start, false)
	case KwClass:
		return p.classDef(decos)
	case KwAsync:
		if p.peek(1).Kind == KwDef {
			start := p.t.Span.Start
			p.next()
			return p.funcDef(decos, start, true)
		}
	}
	switch p.t.Kind {
	case INDENT:
		// The next statement reports CPython's "unexpected indent".
	case DEDENT:
		// CPython's IndentationError for a parser that fails there.
		p.fail(diag.PyUnexpectedIndent, p.t.Span, "unexpected unindent").
			WithHint("expected 'def' or 'class' after the decorators, at the same indentation")
	case ENDMARKER:
		end := source.Span{Start: p.prevEnd, End: p.prevEnd}
		p.invalidCode(diag.PyExpected, end, "expected 'def' or 'class' after the decorators, found %s", p.t)
	default:
		p.expected("'def' or 'class'", "after the decorators")
	}
	return &BadStmt{Loc: p.spanFrom(decos[0].Span().Start)}
}

func (p *parser) funcDef(decos []Expr, start source.Pos, async bool) Stmt {
	kw := p.t
	p.next() // def
	name, nameLoc := "", p.here()
	if p.t.Kind == NAME {
		name, nameLoc = p.t.Text, p.t.Span
		p.next()
	} else {
		p.expected("a function name", "after 'def'")
	}
	var args *Arguments
	if p.t.Kind == LPAR {
		p.next()
		args = p.parameters(false)
		p.expect(RPAR, "to close the parameter list")
	} else {
		if name != "" {
			p.forced(LPAR, "expected '(' after the function name, found %s", p.t)
		}
		args = &Arguments{Loc: p.here()}
	}
	var returns Expr
	if p.t.Kind == RARROW {
		if !startsExpr(p.peek(1).Kind) {
			// ['->' expression] fails as a whole, then CPython's &&':'.
			p.forced(COLON, "expected the return annotation after '->', found %s", p.peek(1))
		}
		p.next()
		m := p.mark()
		returns = p.expression()
		if p.failures > m.failures {
			// CPython reads the annotation up to where it goes wrong,
			// then its &&':' fails there.
			p.relabel(m, returns.Span().Start, true, diag.PyExpected, "expected ':'")
		}
		p.release(m)
	}
	body := p.block("function definition", kw)
	if decos == nil {
		decos = []Expr{}
	}
	if async {
		return &AsyncFunctionDef{Loc: p.spanFrom(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, NameLoc: nameLoc}
	}
	return &FunctionDef{Loc: p.spanFrom(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, NameLoc: nameLoc}
}

func (p *parser) classDef(decos []Expr) Stmt {
	kw := p.t
	start := kw.Span.Start
	p.next()
	n := &ClassDef{NameLoc: p.here()}
	if p.t.Kind == NAME {
		n.Name, n.NameLoc = p.t.Text, p.t.Span
		p.next()
	} else {
		p.expected("a class name", "after 'class'")
	}
	if p.t.Kind == LPAR {
		lpar := p.t.Span.Start
		p.next()
		n.Bases, n.Keywords = p.arguments(lpar, false)
	}
	n.Body = p.block("class definition", kw)
	n.DecoratorList = decos
	if n.DecoratorList == nil {
		n.DecoratorList = []Expr{}
	}
	n.Loc = p.spanFrom(start)
	return n
}

func (p *parser) ifStmt() Stmt {
	kw := p.t
	p.next()
	n := &If{Test: p.namedExpression()}
	what := "'if' statement"
	if kw.Kind == KwElif {
		what = "'elif' statement"
	}
	n.Body = p.block(what, kw)
	switch p.t.Kind {
	case KwElif:
		n.Orelse = []Stmt{p.ifStmt()}
	case KwElse:
		n.Orelse = p.elseBlock()
	}
	n.Loc = p.spanFrom(kw.Span.Start)
	return n
}

func (p *parser) elseBlock() []Stmt {
	kw := p.t
	p.beginStatement()
	p.next()
	return p.block("'else' statement", kw)
}

func (p *parser) whileStmt() Stmt {
	kw := p.t
	p.next()
	n := &While{Test: p.namedExpression()}
	n.Body = p.block("'while' statement", kw)
	if p.t.Kind == KwElse {
		n.Orelse = p.elseBlock()
	}
	n.Loc = p.spanFrom(kw.Span.Start)
	return n
}

func (p *parser) forStmt(start source.Pos, async bool) Stmt {
	kw := p.t
	p.next()
	target := p.starTargets()
	var iter Expr
	if p.t.Kind == KwIn {
		p.checkTarget(target, Store, forTargets)
		p.next()
		iter = p.starExpressions()
	} else {
		if !p.stmtErr {
			p.forTargetError(target)
		}
		iter = p.badHere()
	}
	body := p.block("'for' statement", kw)
	var orelse []Stmt
	if p.t.Kind == KwElse {
		orelse = p.elseBlock()
	}
	if async {
		return &AsyncFor{Loc: p.spanFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Loc: p.spanFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// forTargetError reports a for statement or clause whose target is not
// followed by 'in'.
func (p *parser) forTargetError(target Expr) {
	// CPython reads the target as star_expressions first (its rule
	// invalid_for_target), where a missing comma is reported.
	if target.Span().End == p.prevEnd && p.commaError(lastOf(target)) {
		return
	}
	if p.checkTarget(target, Store, forTargets) {
		p.expected("'in'", "after the loop variable")
	}
}

// lastOf returns the last element of an unparenthesized tuple, or e.
func lastOf(e Expr) Expr {
	if t, ok := e.(*Tuple); ok && !t.Parenthesized && len(t.Elts) > 0 {
		return t.Elts[len(t.Elts)-1]
	}
	return e
}

func (p *parser) withStmt(start source.Pos, async bool) Stmt {
	kw := p.t
	p.next()
	var items []*WithItem
	if p.t.Kind == LPAR && p.parenthesizedWith() {
		m := p.mark()
		p.next()
		items = p.withItems(true)
		commaErr := len(p.errs) > m.nerrs && p.errs[m.nerrs].Message == "invalid syntax. Perhaps you forgot a comma?"
		if commaErr || p.failures == m.failures && p.t.Kind == RPAR && (p.peek(1).Kind == COLON || p.peek(1).Kind == NEWLINE) {
			p.release(m)
			if !commaErr {
				p.next()
			}
			for _, it := range items {
				if it.OptionalVars != nil && !p.checkTarget(it.OptionalVars, Store, starTargets) {
					break
				}
			}
		} else {
			p.reset(m)
			items = p.withItems(false)
		}
	} else {
		items = p.withItems(false)
	}
	body := p.block("'with' statement", kw)
	if async {
		return &AsyncWith{Loc: p.spanFrom(start), Items: items, Body: body}
	}
	return &With{Loc: p.spanFrom(start), Items: items, Body: body}
}

// parenthesizedWith reports whether the '(' after 'with' is matched by a
// ')' that is followed by ':' (or by the end of the line, where the ':' is
// missing), which makes it CPython's parenthesized form of the with items
// (tried first, as in the grammar).
func (p *parser) parenthesizedWith() bool {
	depth := 0
	for i := 0; ; i++ {
		switch p.peek(i).Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
			if depth == 0 {
				k := p.peek(i + 1).Kind
				return k == COLON || k == NEWLINE
			}
		case NEWLINE, ENDMARKER:
			return false
		}
	}
}

// withItems parses the comma-separated items of a with statement; inParens
// is set inside the parenthesized form, which allows a trailing comma.
func (p *parser) withItems(inParens bool) []*WithItem {
	var items []*WithItem
	for {
		start := p.t.Span.Start
		it := &WithItem{ContextExpr: p.expression()}
		if p.t.Kind == KwAs {
			p.next()
			t := p.starTarget()
			if !inParens {
				// (In parentheses, once the form is known.)
				p.checkTarget(t, Store, starTargets)
			} else if t.Span().End == p.prevEnd && p.commaError(t) {
				// CPython reads the target as an expression there.
				it.OptionalVars = t
				it.Loc = p.spanFrom(start)
				return append(items, it)
			}
			it.OptionalVars = t
		}
		it.Loc = p.spanFrom(start)
		items = append(items, it)
		if p.t.Kind != COMMA {
			return items
		}
		p.next()
		if inParens && p.t.Kind == RPAR {
			return items
		}
	}
}

func (p *parser) tryStmt() Stmt {
	kw := p.t
	start := kw.Span.Start
	p.next()
	body := p.block("'try' statement", kw)
	var handlers []*ExceptHandler
	star, plain := false, false
	for p.t.Kind == KwExcept {
		ex := p.t
		p.beginStatement()
		p.next()
		h := &ExceptHandler{}
		isStar := false
		if p.t.Kind == STAR {
			isStar = true
			p.next()
		}
		switch {
		case isStar && (p.t.Kind == COLON || p.t.Kind == NEWLINE):
			p.fail(diag.PyInvalidTry, p.t.Span, "expected one or more exception types")
		case p.t.Kind == NEWLINE:
			p.forced(COLON, "an 'except' clause ends its first line with ':'")
		case (isStar && plain || !isStar && star) && p.headerHasColon():
			rng := ex.Span
			if isStar {
				rng.End = p.prevEnd
			}
			p.fail(diag.PyInvalidTry, rng, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = star || isStar
		plain = plain || !isStar
		if p.t.Kind != COLON && p.t.Kind != NEWLINE {
			{
				typ := p.expression()
				if p.t.Kind == COMMA {
					ts := typ.Span().Start
					comma := p.t
					for p.t.Kind == COMMA {
						p.next()
						p.expression()
					}
					rng := p.spanFrom(ts)
					// CPython's rule wants the ':' after the types (and
					// 'as' NAME): without it, the comma is a plain error.
					colon := p.t.Kind == COLON || p.t.Kind == KwAs && p.peek(1).Kind == NAME && p.peek(2).Kind == COLON
					if colon {
						p.fail(diag.PySyntax, rng, "multiple exception types must be parenthesized").
							WithFix("Parenthesize the exception types", rng, "("+p.f.Text[ts.Offset:p.prevEnd.Offset]+")")
					} else {
						p.invalid(comma.Span, "multiple exception types must be parenthesized")
					}
				}
				h.Type = typ
				if p.t.Kind == KwAs {
					p.next()
					if p.t.Kind == NAME {
						h.Name, h.NameLoc = p.t.Text, p.t.Span
						p.next()
					} else {
						p.expected("a name", "after 'as'")
					}
				}
			}
		}
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		h.Body = p.block(what, ex)
		h.Loc = p.spanFrom(ex.Span.Start)
		handlers = append(handlers, h)
	}
	var orelse, final []Stmt
	if p.t.Kind == KwElse && len(handlers) > 0 {
		orelse = p.elseBlock()
	}
	hasFinally := p.t.Kind == KwFinally
	if hasFinally {
		fk := p.t
		p.beginStatement()
		p.next()
		final = p.block("'finally' statement", fk)
	}
	if len(handlers) == 0 && !hasFinally && body != nil {
		p.stmtErr = false
		rng := p.t.Span
		if p.t.Kind == DEDENT || p.t.Kind == ENDMARKER || p.t.Kind == NEWLINE {
			rng = p.here()
		}
		p.fail(diag.PyInvalidTry, rng, "expected 'except' or 'finally' block").
			WithRelated(p.f.Name, kw.Span, "the 'try' statement")
	}
	if star {
		return &TryStar{Loc: p.spanFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Loc: p.spanFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

// matchLikeStmt reports whether the statement that starts with the soft
// keyword "match" reads as "match" subject_expr NEWLINE, CPython's rule
// for a match statement without its ':' ("match(x)", "match -x"; see
// parser.matchLike).
func (p *parser) matchLikeStmt() bool {
	if k := p.peek(1).Kind; k == STAR || !startsExpr(k) {
		return false
	}
	m := p.mark()
	depth, stmtErr, last := p.depth, p.stmtErr, p.lastExpr
	p.stmtErr = false
	p.next()
	p.namedExpression()
	ok := p.failures == m.failures && !p.bail && p.t.Kind == NEWLINE
	p.depth, p.bail, p.lastExpr = depth, false, last
	p.reset(m)
	p.stmtErr = stmtErr
	return ok
}

// isMatchStmt reports whether the statement that starts with the soft
// keyword "match" is a match statement: the logical line must end with ':'
// (or, for the "expected ':'" error, "match" must be followed by something
// that cannot continue an expression statement).
func (p *parser) isMatchStmt() bool {
	switch p.peek(1).Kind {
	case NAME, NUMBER, STRING, LBRACE, TILDE, KwNot, KwLambda, KwAwait, KwNone, KwTrue, KwFalse, ELLIPSIS:
		return true
	case LPAR, LSQB, MINUS, PLUS, STAR:
	default:
		return false
	}
	for i := 2; ; i++ {
		switch p.peek(i).Kind {
		case NEWLINE, ENDMARKER:
			return p.peek(i-1).Kind == COLON
		}
	}
}

func (p *parser) matchStmt() Stmt {
	kw := p.t
	start := kw.Span.Start
	p.next()
	n := &Match{}
	// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
	subjStart := p.t.Span.Start
	first := p.starNamedExpression()
	if p.t.Kind == COMMA {
		elts := []Expr{first}
		for p.t.Kind == COMMA {
			p.next()
			if p.t.Kind == COLON || !p.startsExpr() {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		n.Subject = &Tuple{Loc: p.spanFrom(subjStart), Elts: elts}
	} else {
		if st, ok := first.(*Starred); ok {
			p.fail(diag.PyInvalidStarred, st.Loc, "invalid syntax").WithHint("a starred match subject needs a comma")
		}
		n.Subject = first
	}
	if p.t.Kind != COLON {
		if p.t.Kind == NEWLINE {
			p.forced(COLON, "a 'match' statement ends its first line with ':'")
		} else {
			p.expected("':'", "after the match subject")
		}
		p.skipToColon()
	}
	if p.t.Kind == COLON {
		p.next()
	}
	if p.t.Kind != NEWLINE {
		p.expected("a line break", "after 'match ...:' (the cases go on the next lines)")
		p.syncLine()
	} else {
		p.next()
	}
	if p.t.Kind != INDENT {
		p.blockMissing("'match' statement", kw)
		// Take the case clauses that follow at the same indentation.
		for p.t.Kind == NAME && p.t.Text == "case" && p.peek(1).Kind != EQUAL && p.peek(1).Kind != DOT {
			p.beginStatement()
			n.Cases = append(n.Cases, p.caseBlock())
		}
		n.Loc = p.spanFrom(start)
		return n
	}
	p.next()
	for p.t.Kind != DEDENT && p.t.Kind != ENDMARKER {
		p.beginStatement()
		p.bail = false
		p.depth = 0
		if p.t.Kind == NAME && p.t.Text == "case" {
			n.Cases = append(n.Cases, p.caseBlock())
			continue
		}
		if last := len(n.Cases) - 1; last >= 0 && n.Cases[last].Body == nil {
			// The body of the previous case was not indented (reported):
			// take the statement as its body.
			n.Cases[last].Body = p.statement(nil)
			continue
		}
		p.invalid(p.t.Span, "expected 'case' in the body of a match statement, found %s", p.t)
		p.statement(nil)
	}
	if p.t.Kind == DEDENT {
		p.next()
	}
	n.Loc = p.spanFrom(start)
	return n
}

func (p *parser) caseBlock() *MatchCase {
	kw := p.t
	p.next()
	c := &MatchCase{Pattern: p.topPatterns()}
	if p.t.Kind == KwIf {
		p.next()
		c.Guard = p.namedExpression()
	}
	c.Body = p.block("'case' statement", kw)
	c.Loc = p.spanFrom(kw.Span.Start)
	return c
}
