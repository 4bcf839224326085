package template

import (
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
)

// parsePrint parses a {{ … }} at the current VariableBegin.
func (p *parser) parsePrint() (Expr, Print) {
	begin := p.next()
	p.beginTag(begin)
	e := p.parseTuple(tupleOpts{withCondexpr: true})
	exprEnd := p.lastEnd
	end, ok := p.closeTag(TokVariableEnd)
	pr := Print{Loc: p.span(begin.Start, end.End), Open: p.tokSpan(begin)}
	if ok {
		pr.Close = p.tokSpan(end)
	}
	if bad, isBad := e.(*BadExpr); isBad && end.Start > exprEnd {
		// The expression did not parse: let the BadExpr cover what was
		// skipped.
		bad.Loc = p.span(int(bad.Loc.Start.Offset), end.Start)
	}
	return e, pr
}

// Component tags.

// parseComponent parses a component tag at the current ComponentBegin, with
// the body and close tag of a block tag.
func (p *parser) parseComponent() *ComponentTag {
	begin := p.next()
	p.beginTag(begin)
	nameTok := p.next()
	c := &ComponentTag{
		Name: p.text(nameTok), NameSpan: p.tokSpan(nameTok),
		CallerArgs: []*Name{}, CallerDefaults: []Expr{}, Args: []Expr{}, Kwargs: []*Keyword{}, Body: []Stmt{},
	}
	closer := p.i
	for closer < len(p.toks)-1 && p.toks[closer].Kind != TokComponentEnd && p.toks[closer].Kind != TokComponentSelfClose {
		closer++
	}
	c.Inline = p.toks[closer].Kind == TokComponentSelfClose
	if p.tok.Kind == TokLParen && p.tok.Start == nameTok.End {
		sigStart := p.tok.Start
		if c.Inline {
			p.fail(diag.TmplCompSignature, sigStart, p.tok.End, "a caller signature is only allowed on a block component tag").
				WithHint("<{%s(a, b) …}> declares the arguments its body receives from caller(); an inline tag <{… }/> has no body", c.Name)
		}
		c.CallerArgs, c.CallerDefaults = p.parseSignature()
		c.Signature = p.spanFrom(sigStart)
	}
	p.parseAttributes(c)
	for p.i < closer {
		p.next()
	}
	end := p.next()
	c.Open = p.span(begin.Start, end.End)
	if !c.Inline && p.enter(begin.Start) {
		fr := &frame{keyword: c.Name, component: true, open: c.Open}
		p.stack = append(p.stack, fr)
		c.Body = p.parseBody()
		p.stack = p.stack[:len(p.stack)-1]
		if p.tok.Kind == TokComponentClose {
			c.Close = p.parseClose(c)
		} else {
			p.unclosed(fr)
		}
	}
	c.Loc = p.spanFrom(begin.Start)
	return c
}

func (p *parser) atCloser() bool {
	switch p.tok.Kind {
	case TokComponentEnd, TokComponentSelfClose, TokEOF:
		return true
	}
	return false
}

// parseAttributes parses the attributes of a component tag (reference
// §5.2): name=VALUE (with dashed names), VALUE, *EXPR and **EXPR, separated
// by whitespace; positional values come first.
func (p *parser) parseAttributes(c *ComponentTag) {
	for !p.atCloser() {
		before := p.i
		start := p.tok.Start
		afterKeywords := len(c.Kwargs) > 0 || c.DynArgs != nil || c.DynKwargs != nil
		switch t := p.tok; {
		case t.Kind == TokMul:
			if c.DynArgs != nil || c.DynKwargs != nil {
				p.attrOrder(start, "*EXPR after *EXPR or **EXPR")
			}
			p.next()
			c.DynArgs = p.parseAttrValue()
		case t.Kind == TokPow:
			if c.DynKwargs != nil {
				p.attrOrder(start, "a second **EXPR")
			}
			p.next()
			c.DynKwargs = p.parseAttrValue()
		case t.Kind == TokName && p.keywordAhead():
			if c.DynKwargs != nil {
				p.attrOrder(start, "a keyword attribute after **EXPR")
			}
			c.Kwargs = append(c.Kwargs, p.parseAttrKeyword())
		case t.Kind == TokSub && len(c.Args) == 0 && !afterKeywords:
			p.fail(diag.TmplCompBadValue, t.Start, t.End, "a positional attribute value may not start with '-'").
				WithHint("parenthesise it: (-x)")
			p.skipToNextAttr()
		case p.isOperatorToken(t) || t.Kind == TokAdd && afterKeywords:
			d := p.fail(diag.TmplCompOperator, t.Start, t.End, "operator '%s' in an unparenthesised attribute value", p.text(t))
			if t.Kind == TokGt || t.Kind == TokDiv {
				d.WithHint("%s", "is a '}' missing before '>' or '/>'? The tag ends at the first '}>' or '}/>' outside a string")
			} else {
				d.WithHint("%s", `an attribute value is a single term: parenthesise the whole value, e.g. class=("a " ~ b)`)
			}
			p.skipToNextAttr()
		case isValueStart(t.Kind):
			if afterKeywords {
				p.attrOrder(start, "a positional attribute after keyword attributes, *EXPR or **EXPR")
			}
			c.Args = append(c.Args, p.parseAttrValue())
		case t.Kind == TokComma:
			p.fail(diag.TmplCompBadValue, t.Start, t.End, "unexpected ',' between component attributes").
				WithHint("attributes are separated by spaces, not commas")
			p.next()
		default:
			p.fail(diag.TmplCompBadValue, t.Start, t.End, "expected an attribute (name=VALUE, VALUE, *EXPR or **EXPR), got '%s'", t.describe(p.src))
			p.skipToNextAttr()
		}
		if p.i == before {
			p.skipToNextAttr()
		}
	}
}

func (p *parser) attrOrder(at int, what string) {
	p.fail(diag.TmplCompArgOrder, at, p.tok.End, "invalid syntax for function call expression").
		WithHint("%s is not allowed: write positional attributes first, then name=VALUE, *EXPR and **EXPR", what)
}

// isValueStart reports whether k can start an attribute value.
func isValueStart(k Kind) bool {
	switch k {
	case TokName, TokString, TokInteger, TokFloat, TokLParen, TokLBracket, TokLBrace, TokAdd:
		return true
	}
	return false
}

// isOperatorToken reports whether t is a binary operator (a token that can
// only continue an expression) in an attribute list.
func (p *parser) isOperatorToken(t Token) bool {
	switch t.Kind {
	case TokSub, TokDiv, TokFloorDiv, TokMod, TokTilde, TokEq, TokNe, TokGt, TokGtEq, TokLt, TokLtEq, TokPipe, TokDot:
		return true
	case TokName:
		switch p.text(t) {
		case "and", "or", "if", "else", "in", "is", "not":
			return true
		}
	}
	return false
}

// skipToNextAttr skips tokens after an error up to the next keyword
// attribute, splat or the end of the tag.
func (p *parser) skipToNextAttr() {
	if !p.atCloser() {
		p.next()
	}
	for !p.atCloser() {
		if p.tok.Kind == TokMul || p.tok.Kind == TokPow {
			return
		}
		if p.tok.Kind == TokName {
			ok, stop := p.keywordScan()
			if ok {
				return
			}
			// No name of the dashed chain up to stop starts a keyword.
			for p.i < stop && !p.atCloser() {
				p.next()
			}
			continue
		}
		p.next()
	}
}

// keywordAhead reports whether the tokens from the current Name form a
// keyword attribute name: name(-+name)* followed by "=".
func (p *parser) keywordAhead() bool {
	ok, _ := p.keywordScan()
	return ok
}

// keywordScan is keywordAhead; it also returns the index of the token where
// the scan stopped.
func (p *parser) keywordScan() (bool, int) {
	j := p.i + 1
	for {
		switch p.toks[j].Kind {
		case TokAssign:
			return true, j
		case TokSub:
			for p.toks[j].Kind == TokSub {
				j++
			}
			if p.toks[j].Kind != TokName {
				return false, j
			}
			j++
		default:
			return false, j
		}
	}
}

// parseAttrKeyword parses name=VALUE where name may be dashed: each "-"
// becomes "_" in the Python name (hx-on--after-request →
// hx_on__after_request).
func (p *parser) parseAttrKeyword() *Keyword {
	start := p.tok.Start
	written := p.text(p.next())
	if p.tok.Kind == TokSub {
		var b strings.Builder
		b.WriteString(written)
		for p.tok.Kind == TokSub {
			p.next()
			b.WriteByte('-')
			if p.tok.Kind == TokName {
				b.WriteString(p.text(p.next()))
			}
		}
		written = b.String()
	}
	keySpan := p.spanFrom(start)
	p.next() // "="
	value := p.parseAttrValue()
	return p.mem.keywords.alloc(Keyword{Base: Base{p.spanFrom(start)}, Key: strings.ReplaceAll(written, "-", "_"), Value: value,
		KeySpan: keySpan, Attr: written})
}

// parseAttrValue parses an attribute VALUE: an optional - or +, a primary
// (a parenthesised expression is one), its postfix chain, then filters and
// calls; no binary operator and no test.
func (p *parser) parseAttrValue() Expr {
	start := p.tok.Start
	if !p.nest(start) {
		return p.missing()
	}
	defer p.unnest()
	node := p.unaryHead(start)
	for {
		switch p.tok.Kind {
		case TokPipe:
			node = p.parseFilter(node, false, start)
		case TokLParen:
			node = p.parseCall(node, start)
		default:
			return node
		}
	}
}

// parseClose parses the close tag of the block component c.
func (p *parser) parseClose(c *ComponentTag) *ComponentClose {
	t := p.next()
	cl := &ComponentClose{Base: Base{p.tokSpan(t)}}
	text := p.text(t)
	if i := strings.IndexFunc(text[3:], func(r rune) bool { return r < 0x80 && isTagNameByte(byte(r)) }); i >= 0 {
		a := t.Start + 3 + i
		b := a
		for b < t.End && isTagNameByte(p.src[b]) {
			b++
		}
		cl.Name = p.src[a:b]
		cl.NameSpan = p.span(a, b)
	}
	if cl.Name != "" && cl.Name != c.Name {
		p.report(diag.TmplCompCloseMismatch, cl.NameSpan, "close tag </{%s}> closes <{%s}> (opened at %s)", cl.Name, c.Name, c.Open.Start).
			WithRelated(p.f.Name, c.Open, "the tag it closes").
			WithHint("a close tag always ends the innermost open block tag, whatever its name (the Python reference does not check it); write </{%s}> or </{}>", c.Name).
			WithFix("rename to </{"+c.Name+"}>", cl.NameSpan, c.Name)
	}
	return cl
}

// Hyperflask statements.

func (p *parser) parseUseLayout(tag Tag) Stmt {
	n := &UseLayout{Tag: tag, Body: []Stmt{}}
	if p.tok.Kind != TokBlockEnd && p.tok.Kind != TokEOF {
		n.Template = p.parseExpression(true)
		if p.skipIf(TokComma) {
			switch e := p.parseExpression(true).(type) {
			case *Name:
				n.BlockName = e.Name
				n.BlockNameSpan = e.Loc
			case *BadExpr:
			default:
				loc := e.Span()
				p.fail(diag.TmplUseLayoutArgs, int(loc.Start.Offset), int(loc.End.Offset), "the block name of {%% use_layout %%} must be a name, got %s", nodeTypeName(e)).
					WithHint("%s", `write {% use_layout "layout.html", body %}: the second argument names the block that receives the page`)
			}
			p.skipIf(TokComma)
		}
	}
	p.noBody(&n.Tag)
	n.Loc = n.Tag.Loc
	switch {
	case len(p.stack) > 0:
		fr := p.stack[len(p.stack)-1]
		what := "{% " + fr.keyword + " %}"
		if fr.component {
			what = "<{" + fr.keyword + "}>"
		}
		p.report(diag.TmplUseLayoutPlace, n.Tag.Loc, "{%% use_layout %%} must be at the top level of the template, not inside %s", what).
			WithRelated(p.f.Name, fr.open, "the enclosing block").
			WithHint("the tag takes the rest of the template as the layout's content; the Python reference fails at the end tag of the enclosing block")
	case p.layout != nil:
		p.report(diag.TmplUseLayoutPlace, n.Tag.Loc, "a second {%% use_layout %%}: the template already uses a layout at %s", p.layout.Tag.Loc.Start).
			WithRelated(p.f.Name, p.layout.Tag.Loc, "%s", "the first {% use_layout %}").
			WithHint("a template has one layout; remove this tag")
	default:
		p.layout = n
		n.Body = p.parseBody()
		n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
		p.checkDiscarded(n)
	}
	return n
}

// checkDiscarded warns about content that jinja-layout drops because the
// default block is defined explicitly.
func (p *parser) checkDiscarded(n *UseLayout) {
	name := n.BlockName
	if name == "" {
		name = "content"
	}
	_, blocks, loose, named := n.Parts(name)
	if !named {
		return
	}
	for _, s := range loose {
		if isBlank(s) {
			continue
		}
		rng := s.Span()
		if _, ok := s.(*Output); ok {
			// Point at the first non-blank text, not at the line break
			// after the tag.
			text := p.src[rng.Start.Offset:rng.End.Offset]
			rng.Start = p.pos(int(rng.Start.Offset) + len(text) - len(strings.TrimLeftFunc(text, isSpace)))
		}
		var block *Block
		for _, b := range blocks {
			if b.Name == name {
				block = b
				break
			}
		}
		p.report(diag.TmplUseLayoutDropped, rng, "content outside blocks after {%% use_layout %%} is discarded because {%% block %s %%} is defined", name).
			WithRelated(p.f.Name, block.Tag.Loc, "the block that receives the page").
			WithHint("move it into a block; the Python reference (jinja-layout) drops it silently")
		return
	}
}

// isBlank reports whether s is template data of whitespace only (Python's
// str.isspace, which is false for "").
func isBlank(s Stmt) bool {
	out, ok := s.(*Output)
	if !ok || out.Tag != nil {
		return false
	}
	for _, e := range out.Nodes {
		if td, ok := e.(*TemplateData); !ok || td.Data == "" || !allSpace(td.Data) {
			return false
		}
	}
	return true
}

func (p *parser) parseSuspense(tag Tag) Stmt {
	n := &Suspense{Tag: tag, Fallback: []Stmt{}}
	p.noBody(&n.Tag)
	p.checkSpelling(n.Tag, "suspense")
	body, end := p.block("suspense", n.Tag.Loc, "endsuspense", "fallback")
	n.Body = body
	if end == "fallback" {
		begin, kw := p.tagStart()
		t := p.newTag(begin, kw)
		p.noBody(&t)
		p.checkSpelling(t, "fallback")
		n.FallbackTag = &t
		n.Fallback, end = p.block("suspense", n.Tag.Loc, "endsuspense")
	}
	if end == "endsuspense" {
		n.EndTag = p.endTag()
		p.checkSpelling(*n.EndTag, "endsuspense")
	}
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

// checkSpelling warns when a suspense tag is not written exactly as
// flask-suspense's text search expects it.
func (p *parser) checkSpelling(tag Tag, name string) {
	want := "{% " + name + " %}"
	if got := p.src[tag.Loc.Start.Offset:tag.Loc.End.Offset]; got != want {
		p.report(diag.TmplSuspenseSpelling, tag.Loc, "the Python reference only recognises this tag written exactly %s", want).
			WithHint("flask-suspense finds its tags by searching the text %s (single spaces, no whitespace control) and fails otherwise", want).
			WithFix("write "+want, tag.Loc, want)
	}
}

func (p *parser) parseMarkdown(tag Tag) Stmt {
	n := &Markdown{Tag: tag}
	p.noBody(&n.Tag)
	body, end := p.block("markdown", n.Tag.Loc, "endmarkdown")
	n.Body = body
	if end != "" {
		n.EndTag = p.endTag()
	}
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

func (p *parser) parseForm(tag Tag) Stmt {
	n := &Form{Tag: tag, Meta: []*Keyword{}}
	if p.tok.Kind == TokName {
		t := p.next()
		n.ClassName = p.text(t)
		n.ClassNameSpan = p.tokSpan(t)
	}
	if p.tok.Kind == TokLParen {
		ca := p.parseCallArgs()
		n.Meta = ca.kwargs
		var extra []Expr
		extra = append(extra, ca.args...)
		if ca.dynArgs != nil {
			extra = append(extra, ca.dynArgs)
		}
		if ca.dynKwargs != nil {
			extra = append(extra, ca.dynKwargs)
		}
		if len(extra) > 0 {
			loc := extra[0].Span()
			p.report(diag.TmplFormArgs, loc, "%s", "{% form %} options must be keyword arguments").
				WithHint("%s", "write {% form Name(csrf=False) %}; the Python reference (jinja-wtforms) ignores other arguments")
		}
	}
	if p.skipIf(TokAssign) {
		if t, ok := p.expect(TokName); ok {
			n.Var = p.text(t)
			n.VarSpan = p.tokSpan(t)
		}
	}
	return p.simple(n, &n.Tag, &n.Base)
}
