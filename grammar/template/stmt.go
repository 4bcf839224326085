package template

import (
	"github.com/hyperflask/hfc/grammar/diag"
)

// openers maps the middle and end tags to the statements they belong to, for
// messages about stray tags.
var openers = map[string]string{
	"endfor": "{% for %}", "else": "{% if %} or {% for %}", "elif": "{% if %}", "endif": "{% if %}",
	"endmacro": "{% macro %}", "endcall": "{% call %}", "endfilter": "{% filter %}", "endset": "{% set %}",
	"endwith": "{% with %}", "endblock": "{% block %}", "endautoescape": "{% autoescape %}", "endraw": "{% raw %}",
	"fallback": "{% suspense %}", "endsuspense": "{% suspense %}", "endmarkdown": "{% markdown %}",
}

// jinjaTags are the tags of plain Jinja, for "did you mean".
var jinjaTags = []string{
	"for", "endfor", "if", "elif", "else", "endif", "macro", "endmacro", "call", "endcall",
	"filter", "endfilter", "set", "endset", "with", "endwith", "block", "endblock",
	"extends", "include", "import", "from", "print", "autoescape", "endautoescape", "raw", "endraw",
}

var hyperflaskTags = []string{"use_layout", "suspense", "fallback", "endsuspense", "markdown", "endmarkdown", "form"}

// newTag returns the Tag of a tag that starts with begin and whose name is
// kw; its end is set once the tag is closed.
func (p *parser) newTag(begin, kw Token) Tag {
	return Tag{Loc: p.span(begin.Start, kw.End), Keyword: p.tokSpan(kw)}
}

// parseStatement parses the {% %} tag at the current BlockBegin, with its
// body and end tag when it has them.
func (p *parser) parseStatement() Stmt {
	begin := p.next()
	p.beginTag(begin)
	if p.tok.Kind != TokName {
		start := begin.Start
		if p.pos(start).Line != p.pos(p.tok.Start).Line {
			start = p.tok.Start // Jinja's line is the token's
		}
		p.fail(diag.TmplTagNameExpected, start, p.tok.End, "tag name expected").
			WithHint("%s", "write a statement after {%: for, if, set, block, …")
		tag := Tag{Loc: p.tokSpan(begin)}
		p.noBody(&tag)
		return &BadTag{Base: Base{tag.Loc}, Tag: tag}
	}
	kw := p.next()
	tag := p.newTag(begin, kw)
	switch name := p.text(kw); name {
	case "for":
		return p.parseFor(tag)
	case "if":
		return p.parseIf(tag)
	case "block":
		return p.parseBlock(tag)
	case "extends":
		n := &Extends{Tag: tag, Template: p.parseExpression(true)}
		return p.simple(n, &n.Tag, &n.Base)
	case "print":
		return p.parsePrintStmt(tag)
	case "macro":
		return p.parseMacro(tag)
	case "include":
		return p.parseInclude(tag)
	case "from":
		return p.parseFrom(tag)
	case "import":
		return p.parseImport(tag)
	case "set":
		return p.parseSet(tag)
	case "with":
		return p.parseWith(tag)
	case "autoescape":
		return p.parseAutoescape(tag)
	case "call":
		return p.parseCallBlock(tag)
	case "filter":
		return p.parseFilterBlock(tag)
	case "do":
		if p.opts.Do {
			n := &ExprStmt{Tag: tag, Node: p.parseTuple(tupleOpts{withCondexpr: true})}
			return p.simple(n, &n.Tag, &n.Base)
		}
	case "break":
		if p.opts.LoopControls {
			n := &Break{Tag: tag}
			return p.simple(n, &n.Tag, &n.Base)
		}
	case "continue":
		if p.opts.LoopControls {
			n := &Continue{Tag: tag}
			return p.simple(n, &n.Tag, &n.Base)
		}
	case "use_layout":
		if p.opts.Hyperflask {
			return p.parseUseLayout(tag)
		}
	case "suspense":
		if p.opts.Hyperflask {
			return p.parseSuspense(tag)
		}
	case "markdown":
		if p.opts.Hyperflask {
			return p.parseMarkdown(tag)
		}
	case "form":
		if p.opts.Hyperflask {
			return p.parseForm(tag)
		}
	}
	return p.unknownTag(tag, kw)
}

// simple ends a statement without a body: the tag end, then the node's span.
func (p *parser) simple(n Stmt, tag *Tag, base *Base) Stmt {
	p.noBody(tag)
	base.Loc = tag.Loc
	return n
}

// unknownTag reports a tag that is no statement here and skips it, with
// Jinja's message (which names the blocks open around it).
func (p *parser) unknownTag(tag Tag, kw Token) Stmt {
	name := p.text(kw)
	kwSpan := p.tokSpan(kw)
	msg := jinjaEndMessage(name, p.stack)
	switch {
	case openers[name] != "" && (contains(jinjaTags, name) || p.opts.Hyperflask):
		if len(p.stack) == 0 {
			p.report(diag.TmplStrayEndTag, kwSpan, "%s", msg).
				WithHint("no %s block is open here: remove the tag, or move it inside the block it belongs to", openers[name])
			break
		}
		fr := p.stack[len(p.stack)-1]
		p.report(diag.TmplStrayEndTag, kwSpan, "%s", msg).
			WithRelated(p.f.Name, fr.open, "the innermost open block").
			WithHint("the innermost open block is %s started at %s, which expects %s; this tag belongs to %s: check how the blocks nest",
				fr.what(), fr.open.Start, fr.expected(), openers[name])
	case name == "raw":
		p.report(diag.TmplUnknownTag, kwSpan, "%s", msg).
			WithHint("%s", "Jinja only recognises {% raw %} or {% raw -%}: a '+' before %} is not allowed there")
	case name == "do" || name == "break" || name == "continue":
		ext := map[string]string{"do": "jinja2.ext.do (Options.Do)", "break": "jinja2.ext.loopcontrols (Options.LoopControls)", "continue": "jinja2.ext.loopcontrols (Options.LoopControls)"}[name]
		p.report(diag.TmplUnknownTag, kwSpan, "%s", msg).
			WithHint("{%% %s %%} needs the extension %s", name, ext)
	case contains(hyperflaskTags, name):
		p.report(diag.TmplUnknownTag, kwSpan, "%s", msg).
			WithHint("{%% %s %%} is a Hyperflask tag; it is only known in the files of a Hyperflask app (Options.Hyperflask)", name)
	default:
		known := append([]string{}, jinjaTags...)
		if p.opts.Do {
			known = append(known, "do")
		}
		if p.opts.LoopControls {
			known = append(known, "break", "continue")
		}
		if p.opts.Hyperflask {
			known = append(known, hyperflaskTags...)
		}
		d := p.report(diag.TmplUnknownTag, kwSpan, "%s", msg)
		if best := diag.Closest(name, known); best != "" {
			d.WithHint("did you mean '%s'?", best)
			d.WithFix("replace with '"+best+"'", kwSpan, best)
		}
	}
	p.quiet = true
	p.noBody(&tag)
	return &BadTag{Base: Base{tag.Loc}, Tag: tag, Name: name}
}

// middleTag consumes a tag such as {% else %} that continues a block: its
// name, an optional ":" and the end delimiter.
func (p *parser) middleTag() *Tag {
	begin, kw := p.tagStart()
	tag := p.newTag(begin, kw)
	p.openBody(&tag)
	return &tag
}

func (p *parser) parseFor(tag Tag) Stmt {
	n := &For{Tag: tag}
	n.Target = p.parseAssignTarget(targetOpts{withTuple: true})
	p.expectName("in")
	n.Iter = p.parseTuple(tupleOpts{})
	if p.skipName("if") {
		n.Test = p.parseExpression(true)
	}
	n.Recursive = p.skipName("recursive")
	p.openBody(&n.Tag)
	body, end := p.block("for", n.Tag.Loc, "endfor", "else")
	n.Body = body
	if end == "else" {
		n.ElseTag = p.middleTag()
		n.Else, end = p.block("for", n.Tag.Loc, "endfor")
	}
	if end == "endfor" {
		n.EndTag = p.endTag()
	}
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

func (p *parser) parseIf(tag Tag) Stmt {
	n := &If{Tag: tag}
	n.Test = p.parseTuple(tupleOpts{})
	p.openBody(&n.Tag)
	ends := []string{"elif", "else", "endif"}
	body, end := p.block("if", n.Tag.Loc, ends...)
	n.Body = body
	for end == "elif" {
		begin, kw := p.tagStart()
		e := &If{Tag: p.newTag(begin, kw)}
		e.Test = p.parseTuple(tupleOpts{})
		p.openBody(&e.Tag)
		e.Body, end = p.block("if", n.Tag.Loc, ends...)
		e.Loc = p.spanFrom(begin.Start)
		n.Elif = append(n.Elif, e)
	}
	if end == "else" {
		n.ElseTag = p.middleTag()
		n.Else, end = p.block("if", n.Tag.Loc, "endif")
	}
	if end == "endif" {
		n.EndTag = p.endTag()
	}
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

// bodyTo parses the body of a statement whose only end tag is end, and the
// end tag.
func (p *parser) bodyTo(tag *Tag, keyword, end string) ([]Stmt, *Tag) {
	p.openBody(tag)
	body, found := p.block(keyword, tag.Loc, end)
	if found == "" {
		return body, nil
	}
	return body, p.endTag()
}

func (p *parser) parseBlock(tag Tag) Stmt {
	n := &Block{Tag: tag}
	if t, ok := p.expect(TokName); ok {
		n.Name = p.text(t)
		n.NameSpan = p.tokSpan(t)
	}
	n.Scoped = p.skipName("scoped")
	n.Required = p.skipName("required")
	if p.tok.Kind == TokSub {
		p.fail(diag.TmplBlockNameHyphen, p.tok.Start, p.tok.End,
			"Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.")
	}
	p.openBody(&n.Tag)
	body, end := p.block("block", n.Tag.Loc, "endblock")
	n.Body = body
	if end != "" {
		begin, kw := p.tagStart()
		if n.Required {
			p.checkRequired(n)
		}
		if p.tok.Kind == TokName && n.Name != "" {
			if t := p.tok; p.text(t) != n.Name {
				// Jinja skips the block's own name only; another one is
				// where it expects the end of the tag.
				p.check(diag.TmplEndblockName, t.Start, t.End, "expected token '%s', got '%s'", TokBlockEnd.Describe(), p.text(t)).
					WithHint("{%% endblock %s %%} closes {%% block %s %%}: the name after endblock, when written, must be the block's own name", p.text(t), n.Name).
					WithFix("rename to "+n.Name, p.tokSpan(t), n.Name)
			}
			p.next()
		}
		n.EndTag = p.finishTag(begin, kw)
	}
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

// checkRequired enforces that a required block holds only whitespace (and
// comments, which leave no node). Jinja checks it once the body is parsed,
// when it has read the token after "endblock" (current): the error is
// reported from there to the end of the tag, and points to the content.
func (p *parser) checkRequired(n *Block) {
	end := p.tok.End
	for _, t := range p.toks[p.i:] {
		if t.Kind == TokEOF {
			break
		}
		end = t.End
		if isTagEnd(t.Kind) {
			break
		}
	}
	for _, s := range n.Body {
		if !isBlank(s) {
			p.check(diag.TmplRequiredBlockBody, p.tok.Start, end, "Required blocks can only contain comments or whitespace").
				WithRelated(p.f.Name, s.Span(), "content of the required block %s", n.Name).
				WithHint("a required block is filled by a child template; remove the content or the 'required'")
			return
		}
	}
}

func (p *parser) parsePrintStmt(tag Tag) Stmt {
	n := p.mem.outputs.alloc(Output{Tag: &tag, Nodes: []Expr{}})
	for !p.atTagEnd(TokBlockEnd) { // at the end of the template, Jinja expects one more item
		if len(n.Nodes) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		before := p.i
		n.Nodes = append(n.Nodes, p.parseExpression(true))
		if p.i == before {
			break
		}
	}
	p.noBody(n.Tag)
	n.Loc = n.Tag.Loc
	return n
}

func (p *parser) parseMacro(tag Tag) Stmt {
	n := &Macro{Tag: tag}
	if name, ok := p.parseAssignTarget(targetOpts{nameOnly: true}).(*Name); ok {
		n.Name = name.Name
		n.NameSpan = name.Loc
	}
	n.Args, n.Defaults = p.parseSignature()
	n.Body, n.EndTag = p.bodyTo(&n.Tag, "macro", "endmacro")
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

// parseSignature parses the "(a, b=1)" parameters of a macro or call block.
func (p *parser) parseSignature() ([]*Name, []Expr) {
	args, defaults := []*Name{}, []Expr{}
	if _, ok := p.expect(TokLParen); !ok {
		return args, defaults
	}
	for p.tok.Kind != TokRParen {
		if len(args) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		arg, ok := p.parseAssignTarget(targetOpts{nameOnly: true}).(*Name)
		if !ok {
			break
		}
		arg.Ctx = CtxParam
		if p.skipIf(TokAssign) {
			defaults = append(defaults, p.parseExpression(true))
		} else if len(defaults) > 0 {
			p.fail(diag.TmplDefaultArgOrder, int(arg.Loc.Start.Offset), int(arg.Loc.End.Offset), "non-default argument follows default argument").
				WithHint("give %s a default value, or move it before the parameters with defaults", arg.Name)
		}
		args = append(args, arg)
	}
	p.expect(TokRParen)
	return args, defaults
}

func (p *parser) parseCallBlock(tag Tag) Stmt {
	n := &CallBlock{Tag: tag, Args: []*Name{}, Defaults: []Expr{}}
	if p.tok.Kind == TokLParen {
		n.Args, n.Defaults = p.parseSignature()
	}
	n.Call = p.parseExpression(true)
	if _, ok := n.Call.(*Call); !ok {
		if _, bad := n.Call.(*BadExpr); !bad {
			// Jinja's line is the tag name's.
			p.check(diag.TmplExpectedCall, int(tag.Keyword.Start.Offset), int(n.Call.Span().End.Offset), "expected call").
				WithHint("%s", "{% call %} takes a call such as {% call m(x) %}")
		}
	}
	n.Body, n.EndTag = p.bodyTo(&n.Tag, "call", "endcall")
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

func (p *parser) parseFilterBlock(tag Tag) Stmt {
	n := &FilterBlock{Tag: tag}
	n.Filter = p.parseFilter(nil, true, p.tok.Start)
	n.Body, n.EndTag = p.bodyTo(&n.Tag, "filter", "endfilter")
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

func (p *parser) parseSet(tag Tag) Stmt {
	target := p.parseAssignTarget(targetOpts{withTuple: true, withNamespace: true})
	if p.skipIf(TokAssign) {
		n := &Assign{Tag: tag, Target: target, Node: p.parseTuple(tupleOpts{withCondexpr: true})}
		return p.simple(n, &n.Tag, &n.Base)
	}
	if bad, ok := target.(*BadExpr); ok {
		// A broken {% set %} does not open a block: that would swallow the
		// rest of the template into an unclosed {% set %}.
		n := &Assign{Tag: tag, Target: target, Node: &BadExpr{Base{bad.Loc}}}
		return p.simple(n, &n.Tag, &n.Base)
	}
	n := &AssignBlock{Tag: tag, Target: target}
	if p.tok.Kind == TokPipe {
		n.Filter = p.parseFilter(nil, false, p.tok.Start)
	}
	n.Body, n.EndTag = p.bodyTo(&n.Tag, "set", "endset")
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

func (p *parser) parseWith(tag Tag) Stmt {
	n := &With{Tag: tag, Targets: []Expr{}, Values: []Expr{}}
	for !p.atTagEnd(TokBlockEnd) { // at the end of the template, Jinja expects one more item
		if len(n.Targets) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		before := p.i
		target := p.parseAssignTarget(targetOpts{withTuple: true})
		setCtx(target, CtxParam)
		n.Targets = append(n.Targets, target)
		if _, ok := p.expect(TokAssign); !ok {
			break
		}
		n.Values = append(n.Values, p.parseExpression(true))
		if p.i == before {
			break
		}
	}
	n.Body, n.EndTag = p.bodyTo(&n.Tag, "with", "endwith")
	n.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return n
}

func (p *parser) parseAutoescape(tag Tag) Stmt {
	m := &ScopedEvalContextModifier{Tag: tag}
	start := p.tok.Start
	value := p.parseExpression(true)
	m.Options = []*Keyword{{Base: Base{p.spanFrom(start)}, Key: "autoescape", Value: value, KeySpan: tag.Keyword}}
	m.Body, m.EndTag = p.bodyTo(&m.Tag, "autoescape", "endautoescape")
	m.Loc = p.spanFrom(int(tag.Loc.Start.Offset))
	return &Scope{Base: m.Base, Body: []Stmt{m}}
}

// parseImportContext parses an optional "with context" or "without context".
func (p *parser) parseImportContext(def bool) bool {
	if (p.isName(p.tok, "with") || p.isName(p.tok, "without")) && p.isName(p.look(), "context") {
		with := p.isName(p.tok, "with")
		p.next()
		p.next()
		return with
	}
	return def
}

func (p *parser) parseInclude(tag Tag) Stmt {
	n := &Include{Tag: tag, Template: p.parseExpression(true)}
	if p.isName(p.tok, "ignore") && p.isName(p.look(), "missing") {
		n.IgnoreMissing = true
		p.next()
		p.next()
	}
	n.WithContext = p.parseImportContext(true)
	return p.simple(n, &n.Tag, &n.Base)
}

func (p *parser) parseImport(tag Tag) Stmt {
	n := &Import{Tag: tag, Template: p.parseExpression(true)}
	if p.expectName("as") {
		if name, ok := p.parseAssignTarget(targetOpts{nameOnly: true}).(*Name); ok {
			n.Target = name.Name
			n.TargetSpan = name.Loc
		}
	}
	n.WithContext = p.parseImportContext(false)
	return p.simple(n, &n.Tag, &n.Base)
}

func (p *parser) parseFrom(tag Tag) Stmt {
	n := &FromImport{Tag: tag, Template: p.parseExpression(true), Names: []*ImportName{}}
	p.expectName("import")
	context := func() bool {
		if (p.isName(p.tok, "with") || p.isName(p.tok, "without")) && p.isName(p.look(), "context") {
			n.WithContext = p.parseImportContext(false)
			return true
		}
		return false
	}
	for {
		if len(n.Names) > 0 {
			if _, ok := p.expect(TokComma); !ok {
				break
			}
		}
		if p.tok.Kind != TokName {
			p.expect(TokName)
			break
		}
		if context() {
			break
		}
		target := p.parseAssignTarget(targetOpts{nameOnly: true}).(*Name)
		if target.Name[0] == '_' {
			p.check(diag.TmplPrivateImport, int(target.Loc.Start.Offset), int(target.Loc.End.Offset), "names starting with an underline can not be imported").
				WithHint("names starting with _ are private to their template")
		}
		in := &ImportName{Name: target.Name, NameSpan: target.Loc}
		if p.skipName("as") {
			if alias, ok := p.parseAssignTarget(targetOpts{nameOnly: true}).(*Name); ok {
				in.Alias = alias.Name
				in.AliasSpan = alias.Loc
			}
		}
		in.Loc = p.spanFrom(int(target.Loc.Start.Offset))
		n.Names = append(n.Names, in)
		if context() || p.tok.Kind != TokComma {
			break
		}
	}
	return p.simple(n, &n.Tag, &n.Base)
}

// IsAssertion reports whether d is an error that Jinja raises as a
// TemplateAssertionError rather than a TemplateSyntaxError (its parent
// class): the parser's fail(…, exc=TemplateAssertionError), that is
// importing a name that starts with an underscore.
func IsAssertion(d diag.Diagnostic) bool {
	return d.Code == diag.TmplPrivateImport
}
