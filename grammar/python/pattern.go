package python

import (
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// topPatterns parses the pattern of a case clause: an open sequence
// ("case a, *rest:") or a pattern.
func (p *parser) topPatterns() Pattern {
	start := p.t.Span.Start
	first := p.maybeStarPattern()
	if p.t.Kind != COMMA {
		if st, ok := first.(*MatchStar); ok {
			p.fail(diag.PyInvalidPattern, st.Loc, "invalid syntax").
				WithHint("a star pattern must be in a sequence pattern: add a comma, 'case %s,'", p.f.Text[st.Loc.Start.Offset:st.Loc.End.Offset])
		}
		return first
	}
	pats := []Pattern{first}
	for p.t.Kind == COMMA {
		p.next()
		if p.t.Kind == COLON || p.t.Kind == KwIf || !p.startsPattern() {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Loc: p.spanFrom(start), Patterns: pats}
}

func (p *parser) startsPattern() bool {
	switch p.t.Kind {
	case NAME, NUMBER, STRING, MINUS, LPAR, LSQB, LBRACE, STAR, KwNone, KwTrue, KwFalse:
		return true
	}
	return false
}

// maybeStarPattern parses '*' NAME or a pattern.
func (p *parser) maybeStarPattern() Pattern {
	if p.t.Kind != STAR {
		return p.pattern()
	}
	start := p.t.Span.Start
	p.next()
	st := &MatchStar{}
	if p.t.Kind == NAME {
		if p.t.Text != "_" {
			st.Name, st.NameLoc = p.t.Text, p.t.Span
		}
		p.next()
	} else {
		p.expected("a name", "after '*' in a pattern")
	}
	st.Loc = p.spanFrom(start)
	return st
}

// pattern parses or_pattern ['as' NAME].
func (p *parser) pattern() Pattern {
	if !p.enter() {
		p.leave()
		return &BadPattern{Loc: p.here()}
	}
	defer p.leave()
	start := p.t.Span.Start
	pat := p.orPattern()
	if p.t.Kind != KwAs {
		return pat
	}
	p.next()
	as := &MatchAs{Pattern: pat}
	switch {
	case p.t.Kind == NAME && p.t.Text == "_":
		p.fail(diag.PyInvalidPattern, p.t.Span, "cannot use '_' as a target")
		p.next()
	case p.t.Kind == NAME && p.peek(1).Kind != DOT && p.peek(1).Kind != LPAR && p.peek(1).Kind != EQUAL:
		as.Name, as.NameLoc = p.t.Text, p.t.Span
		p.next()
	case p.t.Kind == NAME:
		// CPython's rule for "invalid pattern target" starts with !NAME:
		// a.b or f() after 'as' is a plain syntax error after the name.
		after := p.peek(1).Span
		p.expression()
		p.fail(diag.PyInvalidPattern, after, "invalid syntax").WithHint("the target of 'as' in a pattern must be a plain name")
	case p.startsExpr():
		ts := p.t.Span.Start
		p.expression()
		p.fail(diag.PyInvalidPattern, p.spanFrom(ts), "invalid pattern target").WithHint("the target of 'as' in a pattern must be a plain name")
	default:
		p.expected("a name", "after 'as' in a pattern")
	}
	as.Loc = p.spanFrom(start)
	return as
}

func (p *parser) orPattern() Pattern {
	start := p.t.Span.Start
	first := p.closedPattern()
	if p.t.Kind != VBAR {
		return first
	}
	pats := []Pattern{first}
	for p.t.Kind == VBAR {
		p.next()
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Loc: p.spanFrom(start), Patterns: pats}
}

// closedPattern parses a literal, capture, wildcard, value, group,
// sequence, mapping or class pattern.
func (p *parser) closedPattern() Pattern {
	t := p.t
	start := t.Span.Start
	switch t.Kind {
	case NUMBER, MINUS:
		v := p.signedNumber(true)
		return &MatchValue{Loc: v.Span(), Value: v}
	case STRING:
		// (An f-string is rejected by the compiler, not the parser.)
		v := p.strings()
		return &MatchValue{Loc: v.Span(), Value: v}
	case KwNone:
		p.next()
		return &MatchSingleton{Loc: t.Span, Value: None}
	case KwTrue:
		p.next()
		return &MatchSingleton{Loc: t.Span, Value: Bool(true)}
	case KwFalse:
		p.next()
		return &MatchSingleton{Loc: t.Span, Value: Bool(false)}
	case NAME:
		if t.Text == "_" {
			// The wildcard, even before '.' or '(' (CPython's grammar
			// tries it first).
			p.next()
			return &MatchAs{Loc: t.Span}
		}
		next := p.peek(1).Kind
		if next != DOT && next != LPAR && next != EQUAL {
			p.next()
			return &MatchAs{Loc: t.Span, Name: t.Text, NameLoc: t.Span}
		}
		cls := p.nameOrAttr()
		if p.t.Kind == LPAR {
			return p.classPattern(start, cls)
		}
		if _, ok := cls.(*Name); ok {
			// NAME followed by '=': not a pattern.
			p.unexpected("in a pattern")
		}
		return &MatchValue{Loc: cls.Span(), Value: cls}
	case LPAR:
		p.next()
		if p.t.Kind == RPAR {
			p.next()
			return &MatchSequence{Loc: p.spanFrom(start), Patterns: []Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.t.Kind == RPAR {
			if _, star := first.(*MatchStar); !star {
				p.next()
				return first
			}
		}
		pats := []Pattern{first}
		if p.t.Kind != COMMA {
			p.expected("',' or ')'", "in the pattern")
		}
		for p.t.Kind == COMMA {
			p.next()
			if p.t.Kind == RPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		if !p.expect(RPAR, "to close the sequence pattern") {
			p.skipTo(RPAR)
		}
		return &MatchSequence{Loc: p.spanFrom(start), Patterns: pats}
	case LSQB:
		p.next()
		pats := []Pattern{}
		for p.t.Kind != RSQB {
			pats = append(pats, p.maybeStarPattern())
			if p.t.Kind != COMMA {
				break
			}
			p.next()
		}
		if !p.expect(RSQB, "to close the sequence pattern") {
			p.skipTo(RSQB)
		}
		return &MatchSequence{Loc: p.spanFrom(start), Patterns: pats}
	case LBRACE:
		return p.mappingPattern()
	}
	p.expected("a pattern", "")
	if t.Kind == ERRORTOKEN {
		p.next()
	}
	return &BadPattern{Loc: p.spanFrom(start)}
}

// signedNumber parses NUMBER, '-' NUMBER, or a complex literal
// "real ± imag" when complexOK.
func (p *parser) signedNumber(complexOK bool) Expr {
	start := p.t.Span.Start
	var e Expr
	if p.t.Kind == MINUS {
		p.next()
		if p.t.Kind != NUMBER {
			p.expected("a number", "after '-' in a pattern")
			return p.badFrom(start)
		}
		n := p.number(p.t)
		p.next()
		e = &UnaryOp{Loc: p.spanFrom(start), Op: USub, Operand: n}
	} else {
		e = p.number(p.t)
		p.next()
	}
	if !complexOK || (p.t.Kind != PLUS && p.t.Kind != MINUS) {
		return e
	}
	op := Add
	if p.t.Kind == MINUS {
		op = Sub
	}
	p.next()
	if isImag(e) {
		p.fail(diag.PyInvalidPattern, e.Span(), "real number required in complex literal")
	}
	if p.t.Kind != NUMBER {
		p.expected("an imaginary number", "in the complex literal")
		return &BinOp{Loc: p.spanFrom(start), Left: e, Op: op, Right: p.badHere()}
	}
	im := p.number(p.t)
	p.next()
	if !isImag(im) {
		p.fail(diag.PyInvalidPattern, im.Span(), "imaginary number required in complex literal")
	}
	return &BinOp{Loc: p.spanFrom(start), Left: e, Op: op, Right: im}
}

func isImag(e Expr) bool {
	if u, ok := e.(*UnaryOp); ok {
		e = u.Operand
	}
	c, ok := e.(*Constant)
	if !ok {
		return false
	}
	_, imag := c.Value.(Imag)
	return imag
}

// nameOrAttr parses NAME ('.' NAME)*.
func (p *parser) nameOrAttr() Expr {
	start := p.t.Span.Start
	var e Expr = &Name{Loc: p.t.Span, ID: p.t.Text}
	p.next()
	for p.t.Kind == DOT {
		p.next()
		a := &Attribute{Value: e}
		if p.t.Kind == NAME {
			a.Attr, a.AttrLoc = p.t.Text, p.t.Span
			p.next()
		} else {
			a.AttrLoc = p.here()
			p.expected("a name", "after '.' in a pattern")
		}
		a.Loc = p.spanFrom(start)
		e = a
	}
	return e
}

func (p *parser) classPattern(start source.Pos, cls Expr) Pattern {
	p.next() // (
	n := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	var late []Pattern // positional patterns after keyword patterns
	lateErr := -1      // index in p.errs of the error about them
	for p.t.Kind != RPAR {
		if p.t.Kind == NAME && p.peek(1).Kind == EQUAL {
			n.KwdAttrs = append(n.KwdAttrs, p.t.Text)
			n.KwdAttrLocs = append(n.KwdAttrLocs, p.t.Span)
			p.next()
			p.next()
			n.KwdPatterns = append(n.KwdPatterns, p.pattern())
			if lateErr >= 0 {
				lateErr = -2 // the reported run ended
			}
		} else {
			pat := p.pattern()
			if len(n.KwdAttrs) == 0 {
				n.Patterns = append(n.Patterns, pat)
			} else {
				late = append(late, pat)
				// CPython reports the first run of positional patterns
				// after keyword patterns as soon as it has read it, so
				// before an error further on: report at the first one,
				// then stretch the range over the run.
				switch {
				case lateErr == -1:
					n := len(p.errs)
					p.fail(diag.PyInvalidPattern, pat.Span(), "positional patterns follow keyword patterns").
						WithHint("put the positional patterns before the keyword patterns")
					if len(p.errs) > n {
						lateErr = n
					} else {
						lateErr = -2
					}
				case lateErr >= 0 && lateErr < len(p.errs) && p.errs[lateErr].Code == diag.PyInvalidPattern:
					p.errs[lateErr].Range.End = pat.Span().End
				}
			}
		}
		if p.t.Kind != COMMA {
			break
		}
		p.next()
	}
	n.Patterns = append(n.Patterns, late...)
	if !p.expect(RPAR, "to close the class pattern") {
		p.skipTo(RPAR)
	}
	n.Loc = p.spanFrom(start)
	return n
}

func (p *parser) mappingPattern() Pattern {
	start := p.t.Span.Start
	p.next() // {
	n := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for p.t.Kind != RBRACE {
		if p.t.Kind == DOUBLESTAR {
			p.next()
			if p.t.Kind == NAME && p.t.Text != "_" {
				n.Rest, n.RestLoc = p.t.Text, p.t.Span
				p.next()
			} else {
				p.expected("a name", "after '**' in a mapping pattern")
			}
			if p.t.Kind == COMMA {
				p.next()
			}
			break
		}
		var key Expr
		switch p.t.Kind {
		case NUMBER, MINUS:
			key = p.signedNumber(true)
		case STRING:
			key = p.strings()
		case KwNone:
			key = &Constant{Loc: p.t.Span, Value: None, Raw: p.t.Text}
			p.next()
		case KwTrue, KwFalse:
			key = &Constant{Loc: p.t.Span, Value: Bool(p.t.Kind == KwTrue), Raw: p.t.Text}
			p.next()
		case NAME:
			key = p.nameOrAttr()
			if _, ok := key.(*Name); ok {
				p.fail(diag.PyInvalidPattern, key.Span(), "invalid syntax").WithHint("a mapping pattern key must be a literal or a dotted name")
			}
		default:
			p.expected("a key", "in the mapping pattern")
			p.skipTo(RBRACE)
			n.Loc = p.spanFrom(start)
			return n
		}
		if !p.expect(COLON, "after the key of the mapping pattern") {
			p.skipTo(RBRACE)
			n.Loc = p.spanFrom(start)
			return n
		}
		n.Keys = append(n.Keys, key)
		n.Patterns = append(n.Patterns, p.pattern())
		if p.t.Kind != COMMA {
			break
		}
		p.next()
	}
	if !p.expect(RBRACE, "to close the mapping pattern") {
		p.skipTo(RBRACE)
	}
	n.Loc = p.spanFrom(start)
	return n
}
