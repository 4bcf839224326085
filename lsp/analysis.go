package lsp

import (
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
)

// analysis is what the server reads from one check of a file: the parsed
// parts and the compiler's name tables, indexed for editor questions. It is
// immutable once built.
type analysis struct {
	path, rel string
	role      page.Role
	res       *check.Result
	file      *page.File
	src       *source.File

	// pageVars are the template variables the file defines: page.NAME
	// stores of its Python code, or the keys of its YAML frontmatter, in
	// order of first definition.
	pageVars []*pageVar
	// pageAttrs are the page.NAME occurrences of the Python code.
	pageAttrs []*python.Attribute

	// Template facts, from the tree and the compiler's symbols.
	tmplRefs   []tmplcompile.NameRef
	blocks     []*template.Block
	macros     []*template.Macro
	components []*template.ComponentTag
	templates  []templateRef
	endpoints  []endpointRef
	// extends is the parent template ({% extends %} or {% use_layout %}),
	// "" without one.
	extends string
}

// pageVar is one template variable a page defines.
type pageVar struct {
	name string
	// defs are the spans of the definitions: the NAME of page.NAME = …,
	// or the YAML key.
	defs []source.Span
	// value is the first value assigned in Python (nil for YAML keys or
	// augmented assignments); yaml the YAML value.
	value python.Expr
	yaml  ast.Node
}

// templateRef is a template named by a string literal: in extends,
// include, import, from and use_layout tags, or a YAML `layout` key.
type templateRef struct {
	name string
	span source.Span // the string's contents
	tag  string      // "extends", "include", "import", "from", "use_layout", "layout"
}

// endpointRef is an endpoint named in url_for('…') in a template or in
// Python.
type endpointRef struct {
	name string
	span source.Span // the string's contents
	// kwargs are the keyword arguments of the call (view arguments).
	kwargs []string
}

// analyze builds the analysis of a checked file.
func analyze(path, rel string, role page.Role, res *check.Result) *analysis {
	a := &analysis{path: path, rel: rel, role: role, res: res, file: res.File, src: res.File.Source}
	if res.Symbols != nil {
		a.tmplRefs = res.Symbols.Refs
	}
	a.pythonFacts()
	a.yamlFacts()
	a.templateFacts()
	return a
}

// pageVar returns the page variable named name, nil when none.
func (a *analysis) pageVar(name string) *pageVar {
	for _, v := range a.pageVars {
		if v.name == name {
			return v
		}
	}
	return nil
}

func (a *analysis) addPageVar(name string, span source.Span) *pageVar {
	v := a.pageVar(name)
	if v == nil {
		v = &pageVar{name: name}
		a.pageVars = append(a.pageVars, v)
	}
	v.defs = append(v.defs, span)
	return v
}

// hasPageObject reports whether the file's Python code sees the injected
// page object: pages and .jpy files outside an app.
func (a *analysis) hasPageObject() bool {
	return a.role == page.RolePage || (a.role == page.RoleFile && a.file.Kind == split.KindJPY)
}

// pythonFacts finds the page.NAME occurrences of the Python code.
func (a *analysis) pythonFacts() {
	mod := a.file.Python
	if mod == nil || !a.hasPageObject() {
		return
	}
	// Values of simple assignments, for type inference.
	values := map[*python.Attribute]python.Expr{}
	python.Inspect(mod, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Assign:
			for _, t := range n.Targets {
				if at, ok := t.(*python.Attribute); ok {
					values[at] = n.Value
				}
			}
		case *python.AnnAssign:
			if at, ok := n.Target.(*python.Attribute); ok && n.Value != nil {
				values[at] = n.Value
			}
		case *python.Attribute:
			if isPageName(n.Value) && n.Attr != "" {
				a.pageAttrs = append(a.pageAttrs, n)
				if n.Ctx == python.Store {
					v := a.addPageVar(n.Attr, n.AttrLoc)
					if v.value == nil {
						v.value = values[n]
					}
				}
			}
		}
		return true
	})
}

// isPageName reports whether e is the name page.
func isPageName(e python.Expr) bool {
	n, ok := e.(*python.Name)
	return ok && n.ID == "page"
}

// yamlFacts reads the keys of YAML frontmatter as page variables.
func (a *analysis) yamlFacts() {
	doc := a.file.YAML
	if doc == nil {
		return
	}
	for _, k := range doc.Keys {
		v := a.addPageVar(k.Name, k.Span)
		if v.yaml == nil {
			v.yaml = k.Value
		}
		if k.Name == "layout" {
			if s, ok := k.Value.(*ast.StringNode); ok {
				span := doc.Span(s)
				name, _, _ := strings.Cut(s.Value, ":")
				if span.Len() >= len(s.Value) && span.Len() > 0 {
					// Skip the quotes of a quoted scalar.
					quote := (span.Len() - len(s.Value)) / 2
					start := int(span.Start.Offset) + quote
					span = a.src.Span(start, start+len(name))
				}
				a.templates = append(a.templates, templateRef{name: name, span: span, tag: "layout"})
			}
		}
	}
}

// templateFacts collects the blocks, macros, component tags, template
// names and url_for endpoints of the template.
func (a *analysis) templateFacts() {
	t := a.file.Template
	if t == nil {
		return
	}
	ref := func(e template.Expr, tag string) {
		if c, ok := e.(*template.Const); ok && c.Kind == template.ConstString && len(c.Strings) == 1 {
			a.templates = append(a.templates, templateRef{name: c.Value.(string), span: c.Strings[0], tag: tag})
			if tag == "extends" || tag == "use_layout" {
				a.extends = c.Value.(string)
			}
		}
	}
	template.Inspect(t, func(n template.Node) bool {
		switch n := n.(type) {
		case *template.Block:
			a.blocks = append(a.blocks, n)
		case *template.Macro:
			a.macros = append(a.macros, n)
		case *template.ComponentTag:
			a.components = append(a.components, n)
		case *template.Extends:
			ref(n.Template, "extends")
		case *template.Include:
			ref(n.Template, "include")
		case *template.Import:
			ref(n.Template, "import")
		case *template.FromImport:
			ref(n.Template, "from")
		case *template.UseLayout:
			if n.Template == nil {
				a.extends = "layouts/default.html"
			}
			ref(n.Template, "use_layout")
		case *template.Call:
			if name, ok := n.Node.(*template.Name); ok && name.Name == "url_for" && len(n.Args) > 0 {
				if c, ok := n.Args[0].(*template.Const); ok && c.Kind == template.ConstString && len(c.Strings) == 1 {
					ep := endpointRef{name: c.Value.(string), span: c.Strings[0]}
					for _, k := range n.Kwargs {
						ep.kwargs = append(ep.kwargs, k.Key)
					}
					a.endpoints = append(a.endpoints, ep)
				}
			}
		}
		return true
	})
	if a.file.Python != nil {
		python.Inspect(a.file.Python, func(n python.Node) bool {
			if call, ok := n.(*python.Call); ok {
				if name, ok := call.Func.(*python.Name); ok && name.ID == "url_for" && len(call.Args) > 0 {
					if c, ok := call.Args[0].(*python.Constant); ok {
						if s, ok := c.Value.(python.Str); ok {
							ep := endpointRef{name: string(s), span: pyStringContents(a.src, c)}
							for _, k := range call.Keywords {
								if k.Arg != "" {
									ep.kwargs = append(ep.kwargs, k.Arg)
								}
							}
							a.endpoints = append(a.endpoints, ep)
						}
					}
				}
			}
			return true
		})
	}
}

// pyStringContents returns the span between the quotes of a simple string
// literal (the whole literal when it is not one).
func pyStringContents(f *source.File, c *python.Constant) source.Span {
	raw := c.Raw
	i := strings.IndexAny(raw, `"'`)
	if i < 0 || len(raw) < i+2 {
		return c.Loc
	}
	q := raw[i:]
	quote := 1
	if strings.HasPrefix(q, `"""`) || strings.HasPrefix(q, `'''`) {
		quote = 3
	}
	start := int(c.Loc.Start.Offset) + i + quote
	end := int(c.Loc.End.Offset) - quote
	if end < start {
		return c.Loc
	}
	return f.Span(start, end)
}

// inPython reports whether off is in the Python part of the file.
func (a *analysis) inPython(off int) bool {
	if a.file.Python == nil {
		return false
	}
	if a.file.Split == nil {
		return true
	}
	fm := a.file.Split.Frontmatter
	return off >= fm.Start && off <= fm.End
}

// inTemplate reports whether off is in the template part of the file.
func (a *analysis) inTemplate(off int) bool {
	t := a.file.Template
	if t == nil {
		return false
	}
	return off >= int(t.Loc.Start.Offset) && off <= int(t.Loc.End.Offset)
}

// pyRefAt returns the Python name occurrence at off.
func (a *analysis) pyRefAt(off int) (pycompile.Ref, bool) {
	if a.res.Resolution == nil {
		return pycompile.Ref{}, false
	}
	for _, r := range a.res.Resolution.Refs {
		if touches(r.Span, off) {
			return r, true
		}
	}
	return pycompile.Ref{}, false
}

// tmplRefAt returns the template variable occurrence at off.
func (a *analysis) tmplRefAt(off int) (tmplcompile.NameRef, bool) {
	for _, r := range a.tmplRefs {
		if !r.Implicit && touches(r.Span, off) {
			return r, true
		}
	}
	return tmplcompile.NameRef{}, false
}

// touches reports whether off is in s or at its end (a caret right after a
// name still means the name).
func touches(s source.Span, off int) bool {
	return s.IsValid() && off >= int(s.Start.Offset) && off <= int(s.End.Offset)
}

// tmplPath returns the template nodes whose span holds off, outermost
// first.
func (a *analysis) tmplPath(off int) []template.Node {
	t := a.file.Template
	if t == nil {
		return nil
	}
	var path []template.Node
	template.Inspect(t, func(n template.Node) bool {
		if n == nil {
			return false
		}
		s := n.Span()
		if off < int(s.Start.Offset) || off > int(s.End.Offset) {
			return false
		}
		path = append(path, n)
		return true
	})
	return path
}

// pyPath returns the Python nodes whose span holds off, outermost first.
func (a *analysis) pyPath(off int) []python.Node {
	mod := a.file.Python
	if mod == nil {
		return nil
	}
	var path []python.Node
	python.Inspect(mod, func(n python.Node) bool {
		if n == nil {
			return false
		}
		if _, ok := n.(*python.Module); ok {
			return true
		}
		s := n.Span()
		if !s.IsValid() || off < int(s.Start.Offset) || off > int(s.End.Offset) {
			return false
		}
		path = append(path, n)
		return true
	})
	return path
}

// varRefs returns the occurrences of the local template variable id,
// merging the variables that share a binding (a for target is bound
// twice when the loop has an if test).
func (a *analysis) varRefs(id int) []tmplcompile.NameRef {
	ids := map[int]bool{id: true}
	stores := map[source.Pos]bool{}
	for _, r := range a.tmplRefs {
		if r.Var == id && r.Store {
			stores[r.Span.Start] = true
		}
	}
	for _, r := range a.tmplRefs {
		if r.Store && stores[r.Span.Start] {
			ids[r.Var] = true
		}
	}
	var out []tmplcompile.NameRef
	seen := map[source.Pos]bool{}
	for _, r := range a.tmplRefs {
		if ids[r.Var] && r.Var != 0 && !seen[r.Span.Start] {
			seen[r.Span.Start] = true
			out = append(out, r)
		}
	}
	return out
}

// contextRefs returns the occurrences of name read from the render
// context, and the top-level stores that export it.
func (a *analysis) contextRefs(name string) []tmplcompile.NameRef {
	var out []tmplcompile.NameRef
	exported := map[int]bool{}
	for _, r := range a.tmplRefs {
		if r.Name == name && r.Export {
			exported[r.Var] = true
		}
	}
	seen := map[source.Pos]bool{}
	for _, r := range a.tmplRefs {
		if r.Name != name || r.Implicit || seen[r.Span.Start] {
			continue
		}
		if r.Var == 0 || exported[r.Var] {
			seen[r.Span.Start] = true
			out = append(out, r)
		}
	}
	return out
}

// exports reports whether the template sets name at its top level.
func (a *analysis) exports(name string) (tmplcompile.NameRef, bool) {
	for _, r := range a.tmplRefs {
		if r.Name == name && r.Export {
			return r, true
		}
	}
	return tmplcompile.NameRef{}, false
}

// pyModuleDefs returns the module-level names the Python code binds, with
// their first definition.
func (a *analysis) pyModuleDefs() []pycompile.Ref {
	res := a.res.Resolution
	if res == nil {
		return nil
	}
	var out []pycompile.Ref
	seen := map[string]bool{}
	for _, r := range res.Refs {
		if r.Def && !seen[r.Name] && res.Owner(r.Scope, r.Name) == res.Module {
			seen[r.Name] = true
			out = append(out, r)
		}
	}
	return out
}

// pyDef returns the first definition of a module-level name.
func (a *analysis) pyDef(name string) (pycompile.Ref, bool) {
	for _, r := range a.pyModuleDefs() {
		if r.Name == name {
			return r, true
		}
	}
	return pycompile.Ref{}, false
}

// pyStmtDefining returns the module-level statement that binds name first.
func (a *analysis) pyStmtDefining(name string) python.Stmt {
	d, ok := a.pyDef(name)
	if !ok || a.file.Python == nil {
		return nil
	}
	for _, s := range a.file.Python.Body {
		if sp := s.Span(); sp.Start.Offset <= d.Span.Start.Offset && d.Span.End.Offset <= sp.End.Offset {
			return s
		}
	}
	return nil
}
