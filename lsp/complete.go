package lsp

import (
	"context"
	"encoding/json"
	"maps"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/forms"
	"github.com/hyperflask/hfc/runtime/server"
)

// completionTriggers are the characters after which clients ask for
// completion without a word being typed.
var completionTriggers = []string{".", "|", "{", "%", "<", "\"", "'", "/", " ", "-"}

// completionItem is LSP's CompletionItem with a textEdit (the range the
// item replaces: the word typed so far).
type completionItem struct {
	Label            string                      `json:"label"`
	Kind             protocol.CompletionItemKind `json:"kind,omitempty"`
	Detail           string                      `json:"detail,omitempty"`
	Documentation    *protocol.MarkupContent     `json:"documentation,omitempty"`
	SortText         string                      `json:"sortText,omitempty"`
	FilterText       string                      `json:"filterText,omitempty"`
	Preselect        bool                        `json:"preselect,omitempty"`
	InsertTextFormat protocol.InsertTextFormat   `json:"insertTextFormat,omitempty"`
	TextEdit         *protocol.TextEdit          `json:"textEdit,omitempty"`
}

// completer gathers the items of one completion request.
type completer struct {
	w        *workspace
	e        *fileEntry
	an       *semantic.Analysis
	off      int
	snippets bool
	// replace is the range the items replace: the word before the caret
	// (and a tag closer after it, for snippets that write their own).
	replace source.Span
	prefix  string
	items   []completionItem
	seen    map[string]bool
}

func (s *Server) completion(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		c := &completer{w: s.ws, e: e, an: an, off: off, snippets: s.caps.TextDocument.Completion.CompletionItem.SnippetSupport, seen: map[string]bool{}}
		c.complete()
		return map[string]any{"isIncomplete": false, "items": c.items}, nil
	})
}

// add adds an item (once per label) replacing c.replace.
func (c *completer) add(it completionItem, insert string) {
	if c.seen[it.Label] {
		return
	}
	c.seen[it.Label] = true
	if insert == "" {
		insert = it.Label
	}
	it.TextEdit = &protocol.TextEdit{Range: lspRange(c.an.Src, c.replace), NewText: insert}
	c.items = append(c.items, it)
}

// snippet adds a snippet item when the client takes snippets, else the
// plain text.
func (c *completer) snippet(it completionItem, snippet, plain string) {
	if c.snippets {
		it.InsertTextFormat = protocol.InsertTextFormatSnippet
		c.add(it, snippet)
		return
	}
	c.add(it, plain)
}

func markdown(text string) *protocol.MarkupContent {
	if text == "" {
		return nil
	}
	return &protocol.MarkupContent{Kind: protocol.Markdown, Value: text}
}

// wordBefore returns the start of the identifier that ends at off.
func wordBefore(text string, off, lo int) int {
	i := off
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		i -= n
	}
	return i
}

func (c *completer) complete() {
	text := c.an.Src.Text
	start := wordBefore(text, c.off, 0)
	c.replace = c.an.Src.Span(start, c.off)
	c.prefix = text[start:c.off]
	switch {
	case c.an.InPython(c.off):
		c.python(start)
	case c.an.InTemplate(c.off):
		c.template(start)
	}
}

// ---------------------------------------------------------------------------
// Python

func (c *completer) python(start int) {
	an := c.an
	text := an.Src.Text
	// A string: the endpoints of url_for('…'), templates of
	// render_template('…').
	for _, n := range reversePy(an.PyPath(c.off)) {
		if k, ok := n.(*python.Constant); ok {
			if _, isStr := k.Value.(python.Str); isStr {
				c.pyString(k)
				return
			}
		}
	}
	// An attribute: x.<caret>
	before := strings.TrimRight(text[:start], " \t")
	if strings.HasSuffix(before, ".") {
		dot := len(before) - 1
		for _, n := range reversePy(an.PyPath(c.off)) {
			if at, ok := n.(*python.Attribute); ok && int(at.Value.Span().End.Offset) <= dot && int(at.AttrLoc.Start.Offset) >= dot {
				c.members(c.w.inferPy(an, at.Value, 0))
				return
			}
		}
		return
	}
	c.pyNames()
}

func reversePy(path []python.Node) []python.Node {
	out := make([]python.Node, len(path))
	for i, n := range path {
		out[len(path)-1-i] = n
	}
	return out
}

// pyString completes inside a Python string literal.
func (c *completer) pyString(k *python.Constant) {
	inner := semantic.PyStringContents(c.an.Src, k)
	if !semantic.Touches(inner, c.off) {
		return
	}
	c.replace = c.an.Src.Span(int(inner.Start.Offset), c.off)
	path := c.an.PyPath(c.off)
	for i := len(path) - 1; i > 0; i-- {
		call, ok := path[i].(*python.Call)
		if !ok || len(call.Args) == 0 || call.Args[0] != k {
			continue
		}
		if name, ok := call.Func.(*python.Name); ok {
			switch name.ID {
			case "url_for":
				c.endpoints()
			case "render_template":
				c.templateNames()
			}
		}
		return
	}
}

// pyNames completes a name: locals of the enclosing functions, module
// names, injected names, builtins and keywords.
func (c *completer) pyNames() {
	an := c.an
	res := an.Res.Resolution
	if res != nil {
		path := an.PyPath(c.off)
		for i := len(path) - 1; i >= 0; i-- {
			sc := res.ScopeOf(path[i])
			if sc == nil || sc.Kind == pycompile.ClassScope {
				continue
			}
			for _, name := range append(append([]string(nil), sc.Locals...), sc.Cells...) {
				if !strings.HasPrefix(name, ".") {
					c.add(completionItem{Label: name, Kind: protocol.CompletionItemKindVariable, Detail: "local", SortText: "0" + name}, "")
				}
			}
		}
		for _, r := range an.PyModuleDefs() {
			t := c.w.inferPyName(an, r.Name, 0)
			c.add(completionItem{Label: r.Name, Kind: lspKind(kindOfType(t)), Detail: t.String(), SortText: "1" + r.Name}, "")
		}
	}
	if an.HasPageObject() {
		for _, n := range server.PageGlobalNames() {
			c.add(completionItem{Label: n, Kind: protocol.CompletionItemKindVariable, Detail: "injected", SortText: "2" + n}, "")
		}
		c.add(completionItem{Label: "page", Kind: protocol.CompletionItemKindVariable, Detail: "the page object", SortText: "2page"}, "")
	}
	for _, b := range bytecode.Builtins {
		if strings.HasPrefix(b, "_") {
			continue
		}
		d := builtinDocs[b]
		c.add(completionItem{Label: b, Kind: protocol.CompletionItemKindFunction, Detail: d.sig, Documentation: markdown(d.text), SortText: "3" + b}, "")
	}
	kws := make([]string, 0, len(keywordDocs))
	for k := range keywordDocs {
		kws = append(kws, k)
	}
	sort.Strings(kws)
	for _, k := range kws {
		c.add(completionItem{Label: k, Kind: protocol.CompletionItemKindKeyword, SortText: "4" + k}, "")
	}
}

// members completes the attributes of a type.
func (c *completer) members(t *typ) {
	for i, m := range c.w.members(c.an, t) {
		c.add(completionItem{Label: m.name, Kind: lspKind(m.kind), Detail: m.detail, Documentation: markdown(m.doc), SortText: sortKey(i)}, "")
	}
}

func sortKey(i int) string {
	const digits = "0123456789"
	return string([]byte{digits[i/100%10], digits[i/10%10], digits[i%10]})
}

func lspKind(kind string) protocol.CompletionItemKind {
	switch kind {
	case "method":
		return protocol.CompletionItemKindMethod
	case "property":
		return protocol.CompletionItemKindProperty
	case "key", "field":
		return protocol.CompletionItemKindField
	case "class":
		return protocol.CompletionItemKindClass
	case "function":
		return protocol.CompletionItemKindFunction
	case "module":
		return protocol.CompletionItemKindModule
	}
	return protocol.CompletionItemKindVariable
}

// ---------------------------------------------------------------------------
// Templates

// tmplContext is where the caret is in a template, from the lexer's
// tokens.
type tmplContext struct {
	mode  template.Kind    // TokData, TokVariableBegin, TokBlockBegin or TokComponentBegin
	open  template.Token   // the opening delimiter of the tag
	toks  []template.Token // the tag's tokens before the caret (a word at the caret excluded)
	after []template.Token // the tag's tokens from the caret on
	data  template.Token   // the data token holding the caret, in TokData mode
	str   *template.Token  // the string token holding the caret
}

// tmplContextAt lexes the template part and finds the caret's context.
func (c *completer) tmplContextAt(wordStart int) tmplContext {
	an := c.an
	t := an.File.Template
	toks, _ := template.Lex(an.Src, int(t.Loc.Start.Offset), int(t.Loc.End.Offset), template.Options{Hyperflask: an.Role != page.RoleFile})
	ctx := tmplContext{mode: template.TokData}
	for i, tok := range toks {
		if tok.Start >= c.off && !(tok.Kind == template.TokData && tok.Start == c.off && ctx.mode == template.TokData) {
			if ctx.mode != template.TokData {
				for _, a := range toks[i:] {
					ctx.after = append(ctx.after, a)
					if isTagEnd(a.Kind) {
						break
					}
				}
			}
			break
		}
		switch tok.Kind {
		case template.TokVariableBegin, template.TokBlockBegin, template.TokComponentBegin:
			ctx.mode, ctx.open, ctx.toks = tok.Kind, tok, nil
			continue
		case template.TokVariableEnd, template.TokBlockEnd, template.TokComponentEnd, template.TokComponentSelfClose:
			if tok.End <= c.off {
				ctx.mode, ctx.toks = template.TokData, nil
				continue
			}
		case template.TokData:
			if tok.Start <= c.off && c.off <= tok.End {
				ctx.data = tok
			}
			continue
		case template.TokComment:
			if tok.Start < c.off && c.off < tok.End {
				ctx.mode = template.TokComment
			}
			continue
		case template.TokString:
			if tok.Start < c.off && c.off < tok.End || (tok.End == c.off && !strings.HasSuffix(an.Src.Text[tok.Start:tok.End], an.Src.Text[tok.Start:tok.Start+1])) {
				tk := tok
				ctx.str = &tk
			}
		}
		if ctx.mode != template.TokData && tok.End <= wordStart {
			ctx.toks = append(ctx.toks, tok)
		}
	}
	return ctx
}

func isTagEnd(k template.Kind) bool {
	return k == template.TokVariableEnd || k == template.TokBlockEnd || k == template.TokComponentEnd || k == template.TokComponentSelfClose
}

func (c *completer) template(start int) {
	ctx := c.tmplContextAt(start)
	switch ctx.mode {
	case template.TokComment:
		return
	case template.TokData:
		c.html(ctx)
		return
	}
	if ctx.str != nil {
		c.tmplString(ctx)
		return
	}
	var prev template.Token
	if n := len(ctx.toks); n > 0 {
		prev = ctx.toks[n-1]
	} else {
		prev = ctx.open
	}
	text := c.an.Src.Text
	switch {
	case ctx.mode == template.TokBlockBegin && prev == ctx.open:
		c.tags(ctx)
	case ctx.mode == template.TokComponentBegin && prev == ctx.open:
		c.componentNames(ctx)
	case ctx.mode == template.TokBlockBegin && len(ctx.toks) == 1 && ctx.toks[0].Kind == template.TokName:
		switch text[ctx.toks[0].Start:ctx.toks[0].End] {
		case "block":
			c.parentBlocks()
		case "endblock":
			c.currentBlock()
		default:
			c.expression(ctx, prev)
		}
	case ctx.mode == template.TokComponentBegin && c.inTagAttrs(ctx):
		c.props(ctx)
	default:
		c.expression(ctx, prev)
	}
}

// inTagAttrs reports whether the caret is where a component tag's
// attribute name goes: after the name and after a complete attribute.
func (c *completer) inTagAttrs(ctx tmplContext) bool {
	toks := ctx.toks
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	return last.Kind != template.TokAssign && last.Kind != template.TokPipe && last.Kind != template.TokDot &&
		last.Kind != template.TokLParen && last.Kind != template.TokComma && last.Kind != template.TokLBracket &&
		c.an.Src.Text[last.End:c.replace.Start.Offset] != "" // a space after the last token
}

// expression completes inside an expression: filters, tests, attributes,
// variables.
func (c *completer) expression(ctx tmplContext, prev template.Token) {
	text := c.an.Src.Text
	switch {
	case prev.Kind == template.TokPipe:
		c.filters()
	case prev.Kind == template.TokName && text[prev.Start:prev.End] == "is",
		prev.Kind == template.TokName && text[prev.Start:prev.End] == "not" && len(ctx.toks) > 1 && text[ctx.toks[len(ctx.toks)-2].Start:ctx.toks[len(ctx.toks)-2].End] == "is":
		c.tests()
	case prev.Kind == template.TokDot:
		c.tmplMembers(prev)
	default:
		c.variables()
	}
}

// tmplMembers completes x.<caret>: the members of x's inferred type, or
// the field constructors after FORM.FIELD. (reference §7.3).
func (c *completer) tmplMembers(dot template.Token) {
	for _, n := range c.an.TmplPath(dot.Start) {
		if g, ok := n.(*template.Getattr); ok && int(g.Dot.Start.Offset) == dot.Start {
			if !c.fieldConstructors(g.Node) {
				c.members(c.w.inferTmpl(c.an, g.Node, 0))
			}
			return
		}
	}
}

// fieldConstructors completes the constructors of a form field when obj
// is FORM.FIELD and FORM is a form variable of the template (form, or one
// a {% form … = var %} declares); it reports whether it did.
func (c *completer) fieldConstructors(obj template.Expr) bool {
	field, ok := obj.(*template.Getattr)
	if !ok {
		return false
	}
	form, ok := field.Node.(*template.Name)
	if !ok || !c.isFormVar(form.Name) {
		return false
	}
	for i, name := range slices.Sorted(maps.Keys(forms.FieldTypes)) {
		it := completionItem{Label: name, Kind: protocol.CompletionItemKindMethod, SortText: sortKey(i),
			Detail:        name + "(label, **options) → WTForms " + forms.FieldTypes[name],
			Documentation: markdown("Declares `" + form.Name + "." + field.Attr + "` as a " + forms.FieldTypes[name] + ". Options: `required`, `optional`, `length=(min, max)`, `range=(min, max)`, `validators=[…]`, `choices`, `description`; others become attributes (docs/forms.md).")}
		c.snippet(it, name+`("${1:`+field.Attr+`}")`, name+"(")
	}
	return true
}

// isFormVar reports whether a template variable holds a form: form, or a
// variable that a {% form %} directive of the template names.
func (c *completer) isFormVar(name string) bool {
	if name == forms.DefaultVar {
		return true
	}
	if t := c.an.File.Template; t != nil {
		for _, d := range forms.Extract(t) {
			if d.Var == name && d.Directive {
				return true
			}
		}
	}
	return false
}

// variables completes a template variable: locals, page variables,
// globals, keywords.
func (c *completer) variables() {
	an := c.an
	for _, v := range an.LocalsAt(c.off) {
		var t *typ
		if v.Name == "loop" {
			t = typLoop
		} else {
			t = c.w.inferBinding(an, v.Def, 0)
		}
		detail := v.Kind
		if t != nil {
			detail = t.String() + " · " + v.Kind
		}
		c.add(completionItem{Label: v.Name, Kind: protocol.CompletionItemKindVariable, Detail: detail, SortText: "0" + v.Name}, "")
	}
	for _, r := range an.TmplRefs {
		if r.Export {
			c.add(completionItem{Label: r.Name, Kind: protocol.CompletionItemKindVariable, Detail: "set at the top level", SortText: "0" + r.Name}, "")
		}
	}
	if an.HasPageObject() {
		for _, v := range an.PageVars {
			t := c.w.pageVarType(an, v, 0)
			detail := "page variable"
			if t != nil {
				detail = t.String() + " · page variable"
			}
			c.add(completionItem{Label: v.Name, Kind: protocol.CompletionItemKindVariable, Detail: detail, SortText: "1" + v.Name}, "")
		}
		c.add(completionItem{Label: "page", Kind: protocol.CompletionItemKindVariable, Detail: "the page object", SortText: "2page"}, "")
	}
	if an.Role == page.RoleComponent {
		for _, n := range []string{"props", "kwargs", "args", "children", "caller"} {
			c.add(completionItem{Label: n, Kind: protocol.CompletionItemKindVariable, Detail: "component context", SortText: "1" + n}, "")
		}
	}
	for _, n := range semantic.TemplateGlobals {
		c.add(completionItem{Label: n, Kind: protocol.CompletionItemKindVariable, Detail: "global", SortText: "2" + n}, "")
	}
	if ai := c.e.app; ai != nil && ai.rt != nil {
		for _, n := range ai.rt.Env.GlobalNames() {
			c.add(completionItem{Label: n, Kind: protocol.CompletionItemKindFunction, Detail: "global", SortText: "2" + n}, "")
		}
	}
	for _, k := range []string{"and", "or", "not", "in", "is", "if", "else", "true", "false", "none"} {
		c.add(completionItem{Label: k, Kind: protocol.CompletionItemKindKeyword, SortText: "4" + k}, "")
	}
}

// filters completes a filter name.
func (c *completer) filters() {
	for _, name := range c.filterNames() {
		d := filterDocs[name]
		c.add(completionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: d.sig, Documentation: markdown(d.text)}, "")
	}
}

// filterNames are the filters of the file's environment.
func (c *completer) filterNames() []string {
	if ai := c.e.app; ai != nil && ai.env != nil {
		return sortedSet(ai.env.Filters)
	}
	return sortedSet(c.w.plainEnv().Filters)
}

// tests completes a test name.
func (c *completer) tests() {
	names := sortedSet(c.w.plainEnv().Tests)
	if ai := c.e.app; ai != nil && ai.env != nil {
		names = sortedSet(ai.env.Tests)
	}
	for _, name := range names {
		d := testDocs[name]
		c.add(completionItem{Label: name, Kind: protocol.CompletionItemKindFunction, Detail: d.sig, Documentation: markdown(d.text)}, "")
	}
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// tagSnippet is a tag offered after {%.
type tagSnippet struct {
	name, snippet, doc string
}

// closerAfter returns the end of a tag closer ("%}" or "}}") that follows
// the caret, spaces skipped, or -1.
func (c *completer) closerAfter(ctx tmplContext) int {
	if len(ctx.after) == 0 {
		return -1
	}
	last := ctx.after[len(ctx.after)-1]
	if !isTagEnd(last.Kind) || len(ctx.after) > 2 || last.Start == last.End {
		return -1
	}
	if len(ctx.after) == 2 && ctx.after[0].Start != c.off {
		return -1
	}
	return last.End
}

// tags completes a tag name after {%, the end tag of the innermost open
// block first.
func (c *completer) tags(ctx tmplContext) {
	end := c.closerAfter(ctx)
	if end >= 0 {
		c.replace = c.an.Src.Span(int(c.replace.Start.Offset), end)
	}
	closer := " %}"
	if open := c.innermostOpen(); open != "" {
		it := completionItem{Label: open, Kind: protocol.CompletionItemKindKeyword, Detail: "closes the innermost block", Preselect: true, SortText: "0"}
		c.add(it, open+closer)
	}
	for i, t := range tagSnippets(c.an.Role != page.RoleFile) {
		it := completionItem{Label: t.name, Kind: protocol.CompletionItemKindSnippet, Detail: "tag", Documentation: markdown(t.doc), SortText: "1" + sortKey(i)}
		plain := t.name + closer
		if !strings.Contains(t.snippet, "{%") && !strings.Contains(t.snippet, "$") {
			c.add(it, plain)
			continue
		}
		c.snippet(it, t.snippet, plain)
	}
}

// innermostOpen returns the end tag of the innermost block statement that
// holds the caret ("endfor"), "" when none.
func (c *completer) innermostOpen() string {
	path := c.an.TmplPath(c.off)
	for i := len(path) - 1; i >= 0; i-- {
		tags := stmtTags(path[i])
		if len(tags) < 2 || tags[0] == nil || int(tags[0].Loc.End.Offset) > c.off {
			continue
		}
		if end := tags[len(tags)-1]; end != nil && int(end.Loc.Start.Offset) < c.off {
			continue
		}
		kw := c.an.Src.Text[tags[0].Keyword.Start.Offset:tags[0].Keyword.End.Offset]
		return "end" + kw
	}
	return ""
}

// tagSnippets are the tags with the snippet that writes them (after {%).
func tagSnippets(hyperflask bool) []tagSnippet {
	tags := []tagSnippet{
		{"if", "if ${1:condition} %}\n\t$0\n{% endif %}", "Renders its body when the condition is true; `elif` and `else` branches."},
		{"for", "for ${1:item} in ${2:items} %}\n\t$0\n{% endfor %}", "Loops over a sequence; `loop` holds the iteration's details, `else` renders when it is empty."},
		{"block", "block ${1:name} %}\n\t$0\n{% endblock %}", "A block that child templates override."},
		{"macro", "macro ${1:name}(${2}) %}\n\t$0\n{% endmacro %}", "Defines a reusable template function."},
		{"set", "set ${1:name} = ${2:value} %}", "Assigns a variable."},
		{"extends", "extends \"${1}\" %}", "Renders this template's blocks in a parent template."},
		{"include", "include \"${1}\" %}", "Renders another template here."},
		{"import", "import \"${1}\" as ${2:name} %}", "Imports the macros of a template as a module."},
		{"from", "from \"${1}\" import ${2:name} %}", "Imports macros of a template by name."},
		{"with", "with ${1:name} = ${2:value} %}\n\t$0\n{% endwith %}", "Opens a scope with variables."},
		{"call", "call ${1:macro}() %}\n\t$0\n{% endcall %}", "Calls a macro with this body as `caller()`."},
		{"filter", "filter ${1:upper} %}\n\t$0\n{% endfilter %}", "Applies a filter to its body."},
		{"raw", "raw %}$0{% endraw %}", "Outputs its body as text, without template syntax."},
		{"autoescape", "autoescape ${1:true} %}\n\t$0\n{% endautoescape %}", "Turns HTML escaping on or off in its body."},
		{"elif", "elif ${1:condition} %}", "Another branch of an if."},
		{"else", "else %}", "The last branch of an if, or the empty case of a for."},
		{"print", "print ${1} %}", "Outputs an expression."},
	}
	if hyperflask {
		tags = append(tags,
			tagSnippet{"use_layout", "use_layout \"${1:layouts/default.html}\" %}", "Renders the rest of the page inside a layout's content block (jinja-layout)."},
			tagSnippet{"markdown", "markdown %}\n\t$0\n{% endmarkdown %}", "Renders its body as Markdown."},
			tagSnippet{"suspense", "suspense %}\n\t$0\n{% fallback %}\n{% endsuspense %}", "Streams its body later; the fallback shows meanwhile (flask-suspense)."},
			tagSnippet{"form", "form %}", "Declares the page's form class for page.form() (jinja-wtforms)."},
		)
	}
	return tags
}

// parentBlocks completes a block name with the blocks of the parent
// templates.
func (c *completer) parentBlocks() {
	for _, pe := range c.w.parents(c.e) {
		for _, b := range pe.an.Blocks {
			c.add(completionItem{Label: b.Name, Kind: protocol.CompletionItemKindField, Detail: "block of " + c.relName(pe.path)}, "")
		}
	}
}

// currentBlock completes the name after endblock.
func (c *completer) currentBlock() {
	path := c.an.TmplPath(c.off)
	for i := len(path) - 1; i >= 0; i-- {
		if b, ok := path[i].(*template.Block); ok {
			c.add(completionItem{Label: b.Name, Kind: protocol.CompletionItemKindField}, "")
			return
		}
	}
}

func (c *completer) relName(p string) string {
	if c.e.app != nil {
		if rel, ok := c.e.app.rel(p); ok {
			return rel
		}
	}
	return path.Base(p)
}

// componentNames completes a component tag's name, with a snippet for the
// props it needs.
func (c *completer) componentNames(ctx tmplContext) {
	for _, name := range c.w.componentNames(c.e.app, c.an) {
		cl := c.w.callableOf(c.e.app, c.an, name)
		if cl == nil {
			continue
		}
		it := completionItem{Label: name, Kind: protocol.CompletionItemKindClass, Detail: cl.Kind + " " + name + cl.Signature(), Documentation: markdown(cl.Doc)}
		snippet, plain := name, name
		n := 1
		for _, p := range cl.Params {
			if p.Optional {
				continue
			}
			snippet += " " + p.Name + "=${" + strconv.Itoa(n) + "}"
			plain += " " + p.Name + "="
			n++
		}
		if len(ctx.after) == 0 || !isTagEnd(ctx.after[len(ctx.after)-1].Kind) {
			snippet += "$0 /}>"
		}
		c.snippet(it, snippet, plain)
	}
}

// props completes the attributes of a component tag: the props the
// component reads that the tag does not give.
func (c *completer) props(ctx tmplContext) {
	text := c.an.Src.Text
	if len(ctx.toks) == 0 {
		return
	}
	name := ""
	for _, tk := range ctx.toks {
		if tk.Kind == template.TokName {
			name = text[tk.Start:tk.End]
			break
		}
	}
	given := map[string]bool{}
	for _, n := range c.an.TmplPath(c.off) {
		if tag, ok := n.(*template.ComponentTag); ok && tag.Name == name {
			for _, k := range tag.Kwargs {
				given[k.Key] = true
			}
		}
	}
	cl := c.w.callableOf(c.e.app, c.an, name)
	if cl != nil {
		for i, p := range cl.Params {
			if given[p.Name] {
				continue
			}
			detail := "prop"
			if !p.Optional {
				detail = "required prop"
			}
			it := completionItem{Label: p.Name, Kind: protocol.CompletionItemKindProperty, Detail: detail, SortText: "0" + sortKey(i)}
			c.snippet(it, p.Name+"=${1}", p.Name+"=")
		}
	}
	if cl == nil || cl.Open {
		c.htmlAttributes(strings.ToLower(name), "1")
	}
}

// tmplString completes inside a string of a tag: template names in
// extends, include, import, from and use_layout; endpoints in url_for().
func (c *completer) tmplString(ctx tmplContext) {
	str := *ctx.str
	text := c.an.Src.Text
	quote := text[str.Start]
	if quote == 'u' || quote == 'r' || quote == 'b' {
		return
	}
	c.replace = c.an.Src.Span(str.Start+1, c.off)
	if ctx.mode == template.TokBlockBegin && len(ctx.toks) > 0 {
		switch text[ctx.toks[0].Start:ctx.toks[0].End] {
		case "extends", "include", "import", "from", "use_layout":
			c.templateNames()
			return
		}
	}
	toks := ctx.toks
	if n := len(toks); n >= 3 && toks[n-1].Kind == template.TokString {
		toks = toks[:n-1]
	}
	if n := len(toks); n >= 2 && toks[n-1].Kind == template.TokLParen && toks[n-2].Kind == template.TokName {
		switch text[toks[n-2].Start:toks[n-2].End] {
		case "url_for":
			c.endpoints()
		case "include", "render_template":
			c.templateNames()
		}
	}
}

// templateNames completes template names of the app.
func (c *completer) templateNames() {
	if c.e.app == nil {
		return
	}
	for _, name := range c.e.app.templateNames() {
		c.add(completionItem{Label: name, Kind: protocol.CompletionItemKindFile}, "")
	}
}

// endpoints completes endpoint names with their URL rules.
func (c *completer) endpoints() {
	if c.e.app == nil {
		return
	}
	eps := c.w.endpoints(c.e.app)
	names := make([]string, 0, len(eps))
	for n := range eps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		detail := ""
		if r := eps[n]; r != nil {
			detail = r.Rule
			var args []string
			for _, v := range r.Vars() {
				args = append(args, v.Name)
			}
			if len(args) > 0 {
				detail += " (" + strings.Join(args, ", ") + ")"
			}
		}
		c.add(completionItem{Label: n, Kind: protocol.CompletionItemKindReference, Detail: detail}, "")
	}
}

// ---------------------------------------------------------------------------
// HTML in template text

// html completes in template text: element names after "<", attributes
// inside a start tag (htmx's included), hx-swap's values.
func (c *completer) html(ctx tmplContext) {
	text := c.an.Src.Text
	lo := ctx.data.Start
	if ctx.data.End == 0 {
		lo = int(c.an.File.Template.Loc.Start.Offset)
	}
	// The word may hold dashes (hx-get).
	start := c.off
	for start > lo && (isAttrChar(text[start-1])) {
		start--
	}
	seg := text[lo:start]
	lt := strings.LastIndexByte(seg, '<')
	if lt < 0 || strings.LastIndexByte(seg, '>') > lt {
		return
	}
	inTag := seg[lt+1:]
	c.replace = c.an.Src.Span(start, c.off)
	if inTag == "" {
		for _, el := range htmlElements {
			snippet := el + ">$0</" + el + ">"
			if htmlVoid[el] {
				snippet = el + "$0>"
			}
			c.snippet(completionItem{Label: el, Kind: protocol.CompletionItemKindProperty, Detail: "HTML element"}, snippet, el)
		}
		return
	}
	if strings.HasPrefix(inTag, "/") {
		return
	}
	tagName := inTag
	if i := strings.IndexAny(inTag, " \t\r\n"); i >= 0 {
		tagName = inTag[:i]
	} else {
		return // still in the element's name
	}
	// Inside an attribute value?
	if q := openQuote(inTag); q >= 0 {
		attr := attrBefore(inTag[:q])
		if attr == "hx-swap" {
			for _, v := range hxSwapValues {
				c.add(completionItem{Label: v, Kind: protocol.CompletionItemKindValue, Detail: "hx-swap"}, "")
			}
		}
		return
	}
	c.htmlAttributes(strings.ToLower(tagName), "")
}

// htmlAttributes completes the attributes of an element.
func (c *completer) htmlAttributes(el, sort string) {
	for _, a := range htmxAttributes {
		c.snippet(completionItem{Label: a.name, Kind: protocol.CompletionItemKindProperty, Detail: "htmx", Documentation: markdown(a.doc), SortText: sort + "0" + a.name}, a.name+"=\"$1\"", a.name+"=\"\"")
	}
	for _, a := range htmlElementAttributes[el] {
		c.snippet(completionItem{Label: a, Kind: protocol.CompletionItemKindProperty, Detail: "<" + el + "> attribute", SortText: sort + "1" + a}, a+"=\"$1\"", a+"=\"\"")
	}
	for _, a := range htmlGlobalAttributes {
		c.snippet(completionItem{Label: a, Kind: protocol.CompletionItemKindProperty, Detail: "global attribute", SortText: sort + "2" + a}, a+"=\"$1\"", a+"=\"\"")
	}
}

func isAttrChar(b byte) bool {
	return b == '-' || b == '_' || b == ':' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// openQuote returns the index of the quote of an attribute value left
// open at the end of s, or -1.
func openQuote(s string) int {
	open := -1
	var q byte
	for i := 0; i < len(s); i++ {
		switch {
		case open < 0 && (s[i] == '"' || s[i] == '\''):
			open, q = i, s[i]
		case open >= 0 && s[i] == q:
			open = -1
		}
	}
	return open
}

// attrBefore returns the attribute name before "=" at the end of s.
func attrBefore(s string) string {
	s = strings.TrimRight(s, " \t=")
	i := len(s)
	for i > 0 && isAttrChar(s[i-1]) {
		i--
	}
	return s[i:]
}
