package semantic

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

// Analysis is what one check of a file tells about it: the parsed parts
// and the compiler's name tables, indexed for the semantic checks and for
// editor questions. It is immutable once built.
type Analysis struct {
	Path, Rel string
	Role      page.Role
	Res       *check.Result
	File      *page.File
	Src       *source.File

	// PageVars are the template variables the file defines: page.NAME
	// stores of its Python code, or the keys of its YAML frontmatter, in
	// order of first definition.
	PageVars []*PageVar
	// PageAttrs are the page.NAME occurrences of the Python code.
	PageAttrs []*python.Attribute

	// Template facts, from the tree and the compiler's symbols.
	TmplRefs   []tmplcompile.NameRef
	Blocks     []*template.Block
	Macros     []*template.Macro
	Components []*template.ComponentTag
	Templates  []TemplateRef
	Endpoints  []EndpointRef
	// DynamicTemplates is set when the template names a template by an
	// expression that is not a string literal ({% extends layout %}).
	DynamicTemplates bool
	// Extends is the parent template ({% extends %} or {% use_layout %}),
	// "" without one.
	Extends string
}

// PageVar is one template variable a page defines.
type PageVar struct {
	Name string
	// Defs are the spans of the definitions: the NAME of page.NAME = …,
	// or the YAML key.
	Defs []source.Span
	// Value is the first value assigned in Python (nil for YAML keys or
	// augmented assignments); yaml the YAML value.
	Value python.Expr
	YAML  ast.Node
}

// TemplateRef is a template named by a string literal: in extends,
// include, import, from and use_layout tags, or a YAML `layout` key.
type TemplateRef struct {
	Name string
	Span source.Span // the string's contents
	Tag  string      // "extends", "include", "import", "from", "use_layout", "layout"
}

// EndpointRef is an endpoint named in url_for('…') in a template or in
// Python.
type EndpointRef struct {
	Name string
	Span source.Span // the string's contents
	// Kwargs are the keyword arguments of the call (view arguments).
	Kwargs []string
}

// Analyze builds the analysis of a checked file.
func Analyze(path, rel string, role page.Role, res *check.Result) *Analysis {
	a := &Analysis{Path: path, Rel: rel, Role: role, Res: res, File: res.File, Src: res.File.Source}
	if res.Symbols != nil {
		a.TmplRefs = res.Symbols.Refs
	}
	a.pythonFacts()
	a.yamlFacts()
	a.templateFacts()
	return a
}

// PageVar returns the page variable named name, nil when none.
func (a *Analysis) PageVar(name string) *PageVar {
	for _, v := range a.PageVars {
		if v.Name == name {
			return v
		}
	}
	return nil
}

func (a *Analysis) addPageVar(name string, span source.Span) *PageVar {
	v := a.PageVar(name)
	if v == nil {
		v = &PageVar{Name: name}
		a.PageVars = append(a.PageVars, v)
	}
	v.Defs = append(v.Defs, span)
	return v
}

// HasPageObject reports whether the file's Python code sees the injected
// page object: pages and .jpy files outside an app.
func (a *Analysis) HasPageObject() bool {
	return a.Role == page.RolePage || (a.Role == page.RoleFile && a.File.Kind == split.KindJPY)
}

// pythonFacts finds the page.NAME occurrences of the Python code.
func (a *Analysis) pythonFacts() {
	mod := a.File.Python
	if mod == nil || !a.HasPageObject() {
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
			if IsPageName(n.Value) && n.Attr != "" {
				a.PageAttrs = append(a.PageAttrs, n)
				if n.Ctx == python.Store {
					v := a.addPageVar(n.Attr, n.AttrLoc)
					if v.Value == nil {
						v.Value = values[n]
					}
				}
			}
		}
		return true
	})
}

// IsPageName reports whether e is the name page.
func IsPageName(e python.Expr) bool {
	n, ok := e.(*python.Name)
	return ok && n.ID == "page"
}

// yamlFacts reads the keys of YAML frontmatter as page variables.
func (a *Analysis) yamlFacts() {
	doc := a.File.YAML
	if doc == nil {
		return
	}
	for _, k := range doc.Keys {
		v := a.addPageVar(k.Name, k.Span)
		if v.YAML == nil {
			v.YAML = k.Value
		}
		if k.Name == "layout" {
			if s, ok := k.Value.(*ast.StringNode); ok {
				span := doc.Span(s)
				name, _, _ := strings.Cut(s.Value, ":")
				if span.Len() >= len(s.Value) && span.Len() > 0 {
					// Skip the quotes of a quoted scalar.
					quote := (span.Len() - len(s.Value)) / 2
					start := int(span.Start.Offset) + quote
					span = a.Src.Span(start, start+len(name))
				}
				a.Templates = append(a.Templates, TemplateRef{Name: name, Span: span, Tag: "layout"})
			}
		}
	}
}

// templateFacts collects the blocks, macros, component tags, template
// names and url_for endpoints of the template.
func (a *Analysis) templateFacts() {
	t := a.File.Template
	if t == nil {
		return
	}
	ref := func(e template.Expr, tag string) {
		if c, ok := e.(*template.Const); ok && c.Kind == template.ConstString && len(c.Strings) == 1 {
			a.Templates = append(a.Templates, TemplateRef{Name: c.Value.(string), Span: c.Strings[0], Tag: tag})
			if tag == "extends" || tag == "use_layout" {
				a.Extends = c.Value.(string)
			}
		} else if e != nil {
			a.DynamicTemplates = true
		}
	}
	template.Inspect(t, func(n template.Node) bool {
		switch n := n.(type) {
		case *template.Block:
			a.Blocks = append(a.Blocks, n)
		case *template.Macro:
			a.Macros = append(a.Macros, n)
		case *template.ComponentTag:
			a.Components = append(a.Components, n)
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
				a.Extends = "layouts/default.html"
			}
			ref(n.Template, "use_layout")
		case *template.Call:
			if name, ok := n.Node.(*template.Name); ok && name.Name == "url_for" && len(n.Args) > 0 {
				if c, ok := n.Args[0].(*template.Const); ok && c.Kind == template.ConstString && len(c.Strings) == 1 {
					ep := EndpointRef{Name: c.Value.(string), Span: c.Strings[0]}
					for _, k := range n.Kwargs {
						ep.Kwargs = append(ep.Kwargs, k.Key)
					}
					a.Endpoints = append(a.Endpoints, ep)
				}
			}
		}
		return true
	})
	if a.File.Python != nil {
		python.Inspect(a.File.Python, func(n python.Node) bool {
			if call, ok := n.(*python.Call); ok {
				if name, ok := call.Func.(*python.Name); ok && name.ID == "url_for" && len(call.Args) > 0 {
					if c, ok := call.Args[0].(*python.Constant); ok {
						if s, ok := c.Value.(python.Str); ok {
							ep := EndpointRef{Name: string(s), Span: PyStringContents(a.Src, c)}
							for _, k := range call.Keywords {
								if k.Arg != "" {
									ep.Kwargs = append(ep.Kwargs, k.Arg)
								}
							}
							a.Endpoints = append(a.Endpoints, ep)
						}
					}
				}
			}
			return true
		})
	}
}

// PyStringContents returns the span between the quotes of a simple string
// literal (the whole literal when it is not one).
func PyStringContents(f *source.File, c *python.Constant) source.Span {
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

// InPython reports whether off is in the Python part of the file.
func (a *Analysis) InPython(off int) bool {
	if a.File.Python == nil {
		return false
	}
	if a.File.Split == nil {
		return true
	}
	fm := a.File.Split.Frontmatter
	return off >= fm.Start && off <= fm.End
}

// InTemplate reports whether off is in the template part of the file.
func (a *Analysis) InTemplate(off int) bool {
	t := a.File.Template
	if t == nil {
		return false
	}
	return off >= int(t.Loc.Start.Offset) && off <= int(t.Loc.End.Offset)
}

// PyRefAt returns the Python name occurrence at off.
func (a *Analysis) PyRefAt(off int) (pycompile.Ref, bool) {
	if a.Res.Resolution == nil {
		return pycompile.Ref{}, false
	}
	for _, r := range a.Res.Resolution.Refs {
		if Touches(r.Span, off) {
			return r, true
		}
	}
	return pycompile.Ref{}, false
}

// TmplRefAt returns the template variable occurrence at off.
func (a *Analysis) TmplRefAt(off int) (tmplcompile.NameRef, bool) {
	for _, r := range a.TmplRefs {
		if !r.Implicit && Touches(r.Span, off) {
			return r, true
		}
	}
	return tmplcompile.NameRef{}, false
}

// Touches reports whether off is in s or at its end (a caret right after a
// name still means the name).
func Touches(s source.Span, off int) bool {
	return s.IsValid() && off >= int(s.Start.Offset) && off <= int(s.End.Offset)
}

// TmplPath returns the template nodes whose span holds off, outermost
// first.
func (a *Analysis) TmplPath(off int) []template.Node {
	t := a.File.Template
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

// PyPath returns the Python nodes whose span holds off, outermost first.
func (a *Analysis) PyPath(off int) []python.Node {
	mod := a.File.Python
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

// VarRefs returns the occurrences of the local template variable id,
// merging the variables that share a binding (a for target is bound
// twice when the loop has an if test).
func (a *Analysis) VarRefs(id int) []tmplcompile.NameRef {
	ids := map[int]bool{id: true}
	stores := map[source.Pos]bool{}
	for _, r := range a.TmplRefs {
		if r.Var == id && r.Store {
			stores[r.Span.Start] = true
		}
	}
	for _, r := range a.TmplRefs {
		if r.Store && stores[r.Span.Start] {
			ids[r.Var] = true
		}
	}
	var out []tmplcompile.NameRef
	seen := map[source.Pos]bool{}
	for _, r := range a.TmplRefs {
		if ids[r.Var] && r.Var != 0 && !seen[r.Span.Start] {
			seen[r.Span.Start] = true
			out = append(out, r)
		}
	}
	return out
}

// ContextRefs returns the occurrences of name read from the render
// context, and the top-level stores that export it.
func (a *Analysis) ContextRefs(name string) []tmplcompile.NameRef {
	var out []tmplcompile.NameRef
	exported := map[int]bool{}
	for _, r := range a.TmplRefs {
		if r.Name == name && r.Export {
			exported[r.Var] = true
		}
	}
	seen := map[source.Pos]bool{}
	for _, r := range a.TmplRefs {
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

// Exports reports whether the template sets name at its top level.
func (a *Analysis) Exports(name string) (tmplcompile.NameRef, bool) {
	for _, r := range a.TmplRefs {
		if r.Name == name && r.Export {
			return r, true
		}
	}
	return tmplcompile.NameRef{}, false
}

// PyModuleDefs returns the module-level names the Python code binds, with
// their first definition.
func (a *Analysis) PyModuleDefs() []pycompile.Ref {
	res := a.Res.Resolution
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

// PyDef returns the first definition of a module-level name.
func (a *Analysis) PyDef(name string) (pycompile.Ref, bool) {
	for _, r := range a.PyModuleDefs() {
		if r.Name == name {
			return r, true
		}
	}
	return pycompile.Ref{}, false
}

// PyStmtDefining returns the module-level statement that binds name first.
func (a *Analysis) PyStmtDefining(name string) python.Stmt {
	d, ok := a.PyDef(name)
	if !ok || a.File.Python == nil {
		return nil
	}
	for _, s := range a.File.Python.Body {
		if sp := s.Span(); sp.Start.Offset <= d.Span.Start.Offset && d.Span.End.Offset <= sp.End.Offset {
			return s
		}
	}
	return nil
}
