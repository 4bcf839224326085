package python

import (
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// arguments parses the arguments of a call or class definition after the
// '(' at lpar, and the ')'. In a call (not in a class definition), a
// generator expression alone is the only argument, with the parentheses of
// the call as its own.
func (p *parser) arguments(lpar source.Pos, call bool) ([]Expr, []*Keyword) {
	// The arguments are collected on the parser's scratch stacks and copied
	// out, which saves the allocations of growing the slices.
	ab, kb := len(p.exprStack), len(p.kwStack)
	p.argList(lpar, call, ab, kb)
	args, kws := clone(p.exprStack[ab:]), clone(p.kwStack[kb:])
	p.exprStack, p.kwStack = p.exprStack[:ab], p.kwStack[:kb]
	return args, kws
}

// argList pushes the arguments on p.exprStack and p.kwStack, whose lengths
// were ab and kb.
func (p *parser) argList(lpar source.Pos, call bool, ab, kb int) {
	if !p.enter() {
		p.leave()
		return
	}
	defer p.leave()
	var sawKeyword, sawDoubleStar bool
	for p.t.Kind != RPAR {
		start := p.t.Span.Start
		switch {
		case p.t.Kind == STAR:
			if len(p.exprStack)+len(p.kwStack) > ab+kb && !p.exprFollows() {
				// CPython's rule "args ',' '*'" has this message.
				p.fail(diag.PyInvalidArgs, p.t.Span, "iterable argument unpacking follows keyword argument unpacking").
					WithHint("'*' must be followed by the iterable to unpack")
			}
			p.next()
			v := p.expression()
			st := &Starred{Loc: p.spanFrom(start), Value: v}
			if p.t.Kind == KwFor || p.t.Kind == KwAsync {
				p.fail(diag.PyInvalidStarred, st.Loc, "iterable unpacking cannot be used in comprehension")
				p.comprehensionClauses(nil)
			}
			if sawDoubleStar {
				p.fail(diag.PyInvalidArgs, st.Loc, "iterable argument unpacking follows keyword argument unpacking").
					WithHint("put *iterable arguments before **mapping arguments")
			}
			p.exprStack = append(p.exprStack, st)
		case p.t.Kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			p.kwStack = append(p.kwStack, &Keyword{Loc: p.spanFrom(start), Value: v, ArgLoc: source.Span{Start: start, End: start}})
			sawDoubleStar = true
		case (p.t.Kind == NAME || p.t.Kind == KwTrue || p.t.Kind == KwFalse || p.t.Kind == KwNone) && p.peek(1).Kind == EQUAL:
			name := p.t
			p.next()
			eq := p.t
			p.next()
			if name.Kind != NAME {
				p.fail(diag.PyInvalidTarget, source.Span{Start: name.Span.Start, End: eq.Span.End}, "cannot assign to %s", name.Kind)
			}
			v := p.expression()
			if p.t.Kind == KwFor || p.t.Kind == KwAsync {
				p.fail(diag.PySyntax, source.Span{Start: name.Span.Start, End: eq.Span.End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
				p.comprehensionClauses(v)
			}
			p.kwStack = append(p.kwStack, &Keyword{Loc: p.spanFrom(start), Arg: name.Text, Value: v, ArgLoc: name.Span})
			sawKeyword = true
		default:
			// assignment_expression | expression !':=' (not
			// named_expression: "f(a.b := 1)" is plain invalid syntax).
			var e Expr
			if p.t.Kind == NAME && p.peek(1).Kind == COLONEQUAL {
				e = p.namedExpression()
			} else {
				e = p.expression()
			}
			switch p.t.Kind {
			case KwFor, KwAsync:
				if !call {
					p.unexpected("in the base classes")
					p.skipTo(RPAR)
					return
				}
				gens := p.comprehensionClauses(e)
				last := p.prevEnd
				g := &GeneratorExp{Elt: e, Generators: gens}
				if len(p.exprStack) == ab && len(p.kwStack) == kb && p.t.Kind == RPAR {
					p.next()
					g.Loc = p.spanFrom(lpar)
					p.exprStack = append(p.exprStack, g)
					return
				}
				g.Loc = p.spanFrom(start)
				p.fail(diag.PySyntax, source.Span{Start: start, End: last}, "Generator expression must be parenthesized").
					WithFix("Parenthesize the generator expression", source.Span{Start: start, End: last}, "("+p.f.Text[start.Offset:last.Offset]+")")
				e = g
			case EQUAL:
				eq := p.t
				if _, walrus := e.(*NamedExpr); walrus {
					// CPython's rule wants an expression before the '='.
					p.invalidAt(eq, "unexpected '=' after an assignment expression")
				} else {
					p.fail(diag.PySyntax, source.Span{Start: start, End: eq.Span.End}, "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				p.next()
				p.expression()
			}
			if sawKeyword || sawDoubleStar {
				msg := "positional argument follows keyword argument"
				if sawDoubleStar {
					msg += " unpacking"
				}
				p.fail(diag.PyInvalidArgs, e.Span(), "%s", msg).WithHint("put positional arguments before keyword arguments")
			}
			p.exprStack = append(p.exprStack, e)
		}
		if p.t.Kind == COMMA {
			p.next()
			continue
		}
		if p.t.Kind != RPAR {
			if last := len(p.exprStack) - 1; last >= ab && p.exprStack[last].Span().Start == start {
				p.missingComma(p.exprStack[last])
			} else {
				p.expected("',' or ')'", "in the argument list")
			}
			p.skipTo(RPAR)
			return
		}
	}
	p.next()
}

// parameters parses the parameter list of a def (up to the ')') or of a
// lambda (up to the ':'), checking the order rules CPython's grammar
// enforces.
func (p *parser) parameters(lambda bool) *Arguments {
	close, what := RPAR, "Function parameters"
	if lambda {
		close, what = COLON, "Lambda expression parameters"
	}
	start := p.t.Span.Start
	a := alloc(&p.nodes.arguments, Arguments{PosOnlyArgs: []*Arg{}, Args: []*Arg{}, KwOnlyArgs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}})
	var sawDefault, sawSlash, sawStar, sawKwarg, bareStar bool
	var bareStarTok Token
	for p.t.Kind != close && p.t.Kind != NEWLINE && p.t.Kind != ENDMARKER {
		tok := p.t
		if sawKwarg && (tok.Kind == NAME || tok.Kind == STAR || tok.Kind == DOUBLESTAR || tok.Kind == SLASH) {
			p.fail(diag.PyInvalidParams, tok.Span, "arguments cannot follow var-keyword argument")
		}
		switch tok.Kind {
		case SLASH:
			switch {
			case len(a.Args) == 0 && !sawSlash && !sawStar:
				// CPython's rule is "/" ",": a lone "/" is invalid syntax.
				if p.peek(1).Kind == COMMA {
					p.fail(diag.PyInvalidParams, tok.Span, "at least one argument must precede /")
				} else {
					p.invalidCode(diag.PyInvalidParams, tok.Span, "at least one argument must precede /")
				}
			case sawSlash:
				p.fail(diag.PyInvalidParams, tok.Span, "/ may appear only once")
			case sawStar:
				p.fail(diag.PyInvalidParams, tok.Span, "/ must be ahead of *")
			default:
				// The parameters so far become positional-only; Defaults
				// stays aligned with PosOnlyArgs followed by Args.
				a.PosOnlyArgs, a.Args = a.Args, []*Arg{}
			}
			sawSlash = true
			p.next()
			if p.t.Kind == STAR {
				p.fail(diag.PyInvalidParams, p.t.Span, "expected comma between / and *")
			}
		case STAR:
			if sawStar {
				// CPython's rule wants a name or ',' after the second '*'.
				if k := p.peek(1).Kind; k == NAME || k == COMMA {
					p.fail(diag.PyInvalidParams, tok.Span, "* argument may appear only once")
				} else {
					p.invalidCode(diag.PyInvalidParams, tok.Span, "* argument may appear only once")
				}
			}
			sawStar = true
			p.next()
			if p.t.Kind == NAME {
				arg := p.param(!lambda, true)
				if p.t.Kind == EQUAL {
					if _, starred := arg.Annotation.(*Starred); starred {
						// CPython's rule wants an expression as annotation.
						p.invalidCodeAt(diag.PyInvalidParams, p.t, "var-positional argument cannot have default value")
					} else {
						p.fail(diag.PyInvalidParams, p.t.Span, "var-positional argument cannot have default value")
					}
					p.next()
					p.expression()
				}
				if a.Vararg == nil {
					a.Vararg = arg
				}
			} else {
				bareStar, bareStarTok = true, tok
			}
		case DOUBLESTAR:
			p.next()
			if p.t.Kind != NAME {
				p.expected("a parameter name", "after '**'")
				p.skipParams(close)
				continue
			}
			arg := p.param(!lambda, false)
			if p.t.Kind == EQUAL {
				p.fail(diag.PyInvalidParams, p.t.Span, "var-keyword argument cannot have default value")
				p.next()
				p.expression()
			}
			a.Kwarg = arg
			sawKwarg = true
		case NAME:
			arg := p.param(!lambda, false)
			var def Expr
			if p.t.Kind == EQUAL {
				eq := p.t
				p.next()
				if p.t.Kind == COMMA || p.t.Kind == RPAR {
					p.fail(diag.PyInvalidParams, eq.Span, "expected default value expression")
					def = p.badHere()
				} else {
					def = p.expression()
				}
			}
			switch {
			case sawStar:
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			case def != nil:
				a.Args = append(a.Args, arg)
				a.Defaults = append(a.Defaults, def)
				sawDefault = true
			default:
				if sawDefault {
					// CPython's rule wants the parameter followed by ','
					// or the end of the list.
					if p.t.Kind == COMMA || p.t.Kind == close {
						p.fail(diag.PyInvalidParams, arg.Loc, "non-default argument follows default argument").
							WithHint("give '%s' a default value, or move it before the parameters that have one", arg.Arg)
					}
				}
				a.Args = append(a.Args, arg)
			}
		case LPAR:
			// CPython's rule: plain parameters (no default, '/', '*')
			// then '(' names ','? ')'; anything else is invalid syntax.
			if !sawDefault && !sawSlash && !sawStar && !sawKwarg && p.parenthesizedParams(lambda) {
				p.fail(diag.PyInvalidParams, tok.Span, "%s cannot be parenthesized", what)
			} else {
				p.invalidCodeAt(diag.PyInvalidParams, tok, "%s cannot be parenthesized", what)
			}
			p.next()
			p.skipTo(RPAR)
		default:
			p.expected("a parameter name", "in the parameter list")
			p.skipParams(close)
			continue
		}
		if p.t.Kind == COMMA {
			p.next()
			if bareStar && tok == bareStarTok && (p.t.Kind == close || p.t.Kind == DOUBLESTAR) {
				p.fail(diag.PyInvalidParams, bareStarTok.Span, "named arguments must follow bare *")
				bareStar = false
			}
			continue
		}
		if p.t.Kind != close {
			p.expected("',' or '"+close.String()+"'", "in the parameter list")
			p.skipParams(close)
		}
	}
	if bareStar && len(a.KwOnlyArgs) == 0 {
		p.fail(diag.PyInvalidParams, bareStarTok.Span, "named arguments must follow bare *").
			WithHint("a bare * must be followed by keyword-only parameters")
	}
	a.Loc = p.spanFrom(start)
	return a
}

// parenthesizedParams reports whether the '(' at the current token holds
// parameter names (with annotations for a def) separated by commas, with
// an optional trailing comma, up to its ')'.
func (p *parser) parenthesizedParams(lambda bool) bool {
	i := 1
	for n := 0; ; n++ {
		if p.peek(i).Kind != NAME {
			return n > 0 && p.peek(i).Kind == RPAR
		}
		i++
		if !lambda && p.peek(i).Kind == COLON {
			// Skip the annotation, up to a ',' or ')' outside brackets.
			depth := 0
		annotation:
			for i++; ; i++ {
				switch p.peek(i).Kind {
				case NEWLINE, ENDMARKER:
					return false
				case LPAR, LSQB, LBRACE:
					depth++
				case RPAR, RSQB, RBRACE:
					if depth == 0 {
						break annotation
					}
					depth--
				case COMMA:
					if depth == 0 {
						break annotation
					}
				}
			}
		}
		switch p.peek(i).Kind {
		case RPAR:
			return true
		case COMMA:
			i++
		default:
			return false
		}
	}
}

// skipParams skips to the end of the parameter list.
func (p *parser) skipParams(close Kind) {
	if close == RPAR {
		for p.t.Kind != RPAR && p.t.Kind != NEWLINE && p.t.Kind != ENDMARKER {
			if k := p.t.Kind; k == LPAR || k == LSQB || k == LBRACE {
				p.next()
				p.skipTo(closerKind(k))
				continue
			}
			p.next()
		}
		return
	}
	for p.t.Kind != COLON && p.t.Kind != NEWLINE && p.t.Kind != ENDMARKER {
		p.next()
	}
}

func closerKind(open Kind) Kind {
	switch open {
	case LPAR:
		return RPAR
	case LSQB:
		return RSQB
	}
	return RBRACE
}

// param parses NAME [':' annotation]; annotations are allowed in a def
// (withAnnotation), and may be starred after '*' (PEP 646).
func (p *parser) param(withAnnotation, star bool) *Arg {
	a := alloc(&p.nodes.args, Arg{Loc: p.t.Span, Arg: p.t.Text})
	p.next()
	if withAnnotation && p.t.Kind == COLON {
		p.next()
		if star {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
		a.Loc = p.spanFrom(a.Loc.Start)
	}
	return a
}
