package python

import "github.com/hyperflask/hfc/grammar/diag"

// Targets are parsed as expressions and checked afterwards, which gives
// the same trees as CPython's target rules and the same errors as its
// invalid_* rules.

type targetKind uint8

const (
	starTargets targetKind = iota // assignment, with item
	forTargets                    // for loop, comprehension
	delTargets                    // del statement
)

// invalidTarget returns the first part of e that cannot be assigned or
// deleted (CPython's _PyPegen_get_invalid_target), or nil.
func invalidTarget(e Expr, kind targetKind) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript, *BadExpr:
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(e.Value, kind)
	}
	return e
}

// setContext sets the context of the target e and of its elements.
func setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		setContext(e.Value, ctx)
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setContext(x, ctx)
		}
	}
}

// checkTarget checks that e can be assigned (or deleted) and sets its
// context; it reports the first part that cannot and returns false.
func (p *parser) checkTarget(e Expr, ctx ExprContext, kind targetKind) bool {
	bad := invalidTarget(e, kind)
	if bad == nil {
		setContext(e, ctx)
		return true
	}
	if kind == delTargets {
		p.fail(diag.PyInvalidTarget, bad.Span(), "cannot delete %s", exprName(bad))
	} else {
		p.fail(diag.PyInvalidTarget, bad.Span(), "cannot assign to %s", exprName(bad))
	}
	return false
}

// assignTarget checks a target of an assignment; paren is set when it is
// written in parentheses. single is set for the only target of
// "t = value", where CPython suggests '==' when t is an expression that
// could be compared; valueStart is the first token of the value.
func (p *parser) assignTarget(t Expr, paren, single bool, valueStart Kind) {
	switch t.(type) {
	case *Yield, *YieldFrom:
		if !paren {
			p.fail(diag.PyInvalidTarget, t.Span(), "assignment to yield expression not possible")
			return
		}
	}
	bad := invalidTarget(t, starTargets)
	if bad == nil {
		setContext(t, Store)
		return
	}
	if single && bad == t && (paren || isBitwiseOrNode(t)) && !startsWithDisplay(t) {
		switch valueStart {
		case STAR, KwNot, KwLambda, KwYield:
		default:
			p.fail(diag.PyInvalidTarget, t.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(t))
			return
		}
	}
	p.fail(diag.PyInvalidTarget, bad.Span(), "cannot assign to %s", exprName(bad))
}

// startsWithDisplay reports whether e starts with a list, tuple or
// generator expression display, or with None, True or False.
func startsWithDisplay(e Expr) bool {
	for {
		switch x := e.(type) {
		case *BinOp:
			e = x.Left
		case *Attribute:
			e = x.Value
		case *Subscript:
			e = x.Value
		case *Call:
			e = x.Func
		case *List, *GeneratorExp:
			return true
		case *Tuple:
			return x.Parenthesized
		case *Constant:
			switch x.Value.(type) {
			case NoneType, Bool:
				return true
			}
			return false
		default:
			return false
		}
	}
}

// annTarget checks the target of an annotated assignment.
func (p *parser) annTarget(e Expr) {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		setContext(e, Store)
	case *Tuple:
		at := e.Span()
		if !x.Parenthesized && len(x.Elts) > 0 {
			at = x.Elts[0].Span()
		}
		p.fail(diag.PyInvalidTarget, at, "only single target (not tuple) can be annotated")
	case *List:
		p.fail(diag.PyInvalidTarget, e.Span(), "only single target (not list) can be annotated")
	case *BadExpr:
	default:
		p.fail(diag.PyInvalidTarget, e.Span(), "illegal target for annotation")
	}
}

// augTarget checks the target of an augmented assignment.
func (p *parser) augTarget(e Expr) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		setContext(e, Store)
	case *BadExpr:
	default:
		p.fail(diag.PyInvalidTarget, e.Span(), "'%s' is an illegal expression for augmented assignment", exprName(e))
	}
}

// delTarget checks a target of a del statement.
func (p *parser) delTarget(e Expr) { p.checkTarget(e, Del, delTargets) }

// exprName names the kind of e as CPython's messages do
// (_PyPegen_get_expr_name).
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case NoneType:
			return "None"
		case Bool:
			return v.String()
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
