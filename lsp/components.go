package lsp

import (
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/app"
)

// callable is what a component tag or a macro call reaches: a file
// component, a registry macro or a macro of the template, with what can be
// known of its parameters.
type callable struct {
	name string
	// kind is "component", "macro" or "registry macro".
	kind string
	// path and span locate the definition: the component's file (span
	// empty) or the macro's name.
	path string
	span source.Span
	// params are the named parameters in order; required holds those
	// without a default.
	params   []param
	varargs  bool // extra positional arguments are accepted
	open     bool // any keyword argument is accepted
	props    bool // a file component: keywords are props
	doc      string
	template *template.Macro // the macro, for macros
}

// param is one named parameter of a callable.
type param struct {
	name     string
	optional bool
}

// signature renders the callable's parameters: "(a, b=…, **kwargs)".
func (c *callable) signature() string {
	var parts []string
	for _, p := range c.params {
		if p.optional {
			parts = append(parts, p.name+"=…")
		} else {
			parts = append(parts, p.name)
		}
	}
	if c.varargs && !c.props {
		parts = append(parts, "*varargs")
	}
	if c.open {
		parts = append(parts, "**kwargs")
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// hasParam reports whether the callable names a parameter.
func (c *callable) hasParam(name string) bool {
	for _, p := range c.params {
		if p.name == name {
			return true
		}
	}
	return false
}

// paramNames lists the parameters' names.
func (c *callable) paramNames() []string {
	var out []string
	for _, p := range c.params {
		out = append(out, p.name)
	}
	return out
}

// macroCallable describes a {% macro %}.
func macroCallable(m *template.Macro, file string, kind string) *callable {
	c := &callable{name: m.Name, kind: kind, path: file, span: m.NameSpan, template: m}
	first := len(m.Args) - len(m.Defaults)
	for i, a := range m.Args {
		c.params = append(c.params, param{name: a.Name, optional: i >= first})
	}
	nodes := make([]template.Node, 0, len(m.Body))
	for _, s := range m.Body {
		nodes = append(nodes, s)
	}
	c.varargs = usesName("varargs", nodes)
	c.open = usesName("kwargs", nodes)
	return c
}

// usesName reports whether a template variable name is read in nodes.
func usesName(name string, nodes []template.Node) bool {
	found := false
	for _, n := range nodes {
		template.Inspect(n, func(n template.Node) bool {
			if v, ok := n.(*template.Name); ok && v.Name == name && v.Ctx == template.CtxLoad {
				found = true
			}
			return !found
		})
	}
	return found
}

// componentCallable describes a file component from its analysis: the
// props its template reads (props.x is required, kwargs.x and
// kwargs.get('x') optional), the parameters of its render function, and
// whether it accepts any keyword (the template passes kwargs or props on
// as a whole, render takes **kwargs, or the kind forwards them all).
func componentCallable(c *app.Component, an *analysis) *callable {
	cl := &callable{name: c.Name, kind: "component", props: true}
	if an != nil {
		cl.path = an.path
		cl.doc = leadingComment(an)
	}
	switch c.Kind {
	case app.WebComponent, app.ReactComponent:
		cl.open, cl.varargs = true, true
		return cl
	}
	if an == nil {
		cl.open, cl.varargs = true, true
		return cl
	}
	cl.varargs = true // positional arguments land in `args`
	seen := map[string]bool{}
	add := func(name string, optional bool) {
		if !seen[name] {
			seen[name] = true
			cl.params = append(cl.params, param{name: name, optional: optional})
		}
	}
	if an.file.Python != nil {
		for _, s := range an.file.Python.Body {
			fn, ok := s.(*python.FunctionDef)
			if !ok || fn.Name != "render" || fn.Args == nil {
				continue
			}
			args := append(append([]*python.Arg(nil), fn.Args.PosOnlyArgs...), fn.Args.Args...)
			first := len(args) - len(fn.Args.Defaults)
			for i, a := range args {
				add(a.Arg, i >= first)
			}
			for i, a := range fn.Args.KwOnlyArgs {
				add(a.Arg, i < len(fn.Args.KwDefaults) && fn.Args.KwDefaults[i] != nil)
			}
			if fn.Args.Kwarg != nil {
				cl.open = true
			}
		}
	}
	if t := an.file.Template; t != nil {
		template.Inspect(t, func(n template.Node) bool {
			switch n := n.(type) {
			case *template.Getattr:
				if v, ok := n.Node.(*template.Name); ok && n.Attr != "" {
					switch v.Name {
					case "props":
						add(n.Attr, false)
					case "kwargs":
						switch n.Attr {
						case "get":
						case "items", "keys", "values", "copy", "pop", "update", "setdefault":
							cl.open = true // the keywords as a whole
						default:
							add(n.Attr, true)
						}
					}
				}
			case *template.Call:
				if g, ok := n.Node.(*template.Getattr); ok && g.Attr == "get" && len(n.Args) > 0 {
					if v, ok := g.Node.(*template.Name); ok && (v.Name == "kwargs" || v.Name == "props") {
						if k, ok := n.Args[0].(*template.Const); ok && k.Kind == template.ConstString {
							add(k.Value.(string), true)
						}
					}
				}
			case *template.Getitem:
				if v, ok := n.Node.(*template.Name); ok && (v.Name == "kwargs" || v.Name == "props") {
					if k, ok := n.Arg.(*template.Const); ok && k.Kind == template.ConstString {
						add(k.Value.(string), v.Name == "kwargs")
					}
				}
			}
			return true
		})
		// A bare use of kwargs or props (passed on, iterated, printed)
		// accepts anything.
		cl.open = cl.open || bareUse(t, "kwargs") || bareUse(t, "props")
	}
	sort.SliceStable(cl.params, func(i, j int) bool { return !cl.params[i].optional && cl.params[j].optional })
	return cl
}

// bareUse reports whether the template reads name other than as x.attr,
// x.get(…) or x['…'].
func bareUse(t *template.Template, name string) bool {
	attrOf := map[*template.Name]bool{}
	template.Inspect(t, func(n template.Node) bool {
		switch n := n.(type) {
		case *template.Getattr:
			if v, ok := n.Node.(*template.Name); ok {
				attrOf[v] = true
			}
		case *template.Getitem:
			if v, ok := n.Node.(*template.Name); ok {
				if _, isConst := n.Arg.(*template.Const); isConst {
					attrOf[v] = true
				}
			}
		}
		return true
	})
	found := false
	template.Inspect(t, func(n template.Node) bool {
		if v, ok := n.(*template.Name); ok && v.Name == name && v.Ctx == template.CtxLoad && !attrOf[v] {
			found = true
		}
		return !found
	})
	return found
}

// leadingComment returns the text of a {# … #} comment that opens the
// template, or a docstring of the Python part: the component's doc.
func leadingComment(an *analysis) string {
	if mod := an.file.Python; mod != nil && len(mod.Body) > 0 {
		if es, ok := mod.Body[0].(*python.ExprStmt); ok {
			if c, ok := es.Value.(*python.Constant); ok {
				if s, ok := c.Value.(python.Str); ok {
					return strings.TrimSpace(string(s))
				}
			}
		}
	}
	t := an.file.Template
	if t == nil || len(t.Comments) == 0 {
		return ""
	}
	c := t.Comments[0]
	before := an.src.Text[t.Loc.Start.Offset:c.Loc.Start.Offset]
	if strings.TrimSpace(before) != "" {
		return ""
	}
	return strings.TrimSpace(c.Text)
}

// callableAt returns what a component tag named name calls from the file
// an of app ai: a macro of the template, a registry macro or a file
// component; nil when the name is none of them (it renders an HTML
// element). s.mu is held.
func (w *workspace) callableOf(ai *appIndex, an *analysis, name string) *callable {
	if an != nil {
		for _, m := range an.macros {
			if m.Name == name {
				return macroCallable(m, an.path, "macro")
			}
		}
		if cl := w.importedMacro(ai, an, name); cl != nil {
			return cl
		}
	}
	if ai == nil || ai.rt == nil {
		return nil
	}
	reg := ai.rt.Registry
	if c := reg.Component(name); c != nil {
		var can *analysis
		if e := ai.files[c.File]; e != nil {
			can = w.analysis(e)
		}
		return componentCallable(c, can)
	}
	rel, ok := reg.DefinedIn(name)
	if !ok {
		if reg.IsComponent(name) {
			// A function macro of the runtime (HtmxOob, Image).
			return &callable{name: name, kind: "built-in macro", open: true, varargs: true}
		}
		return nil
	}
	e := ai.files[rel]
	if e == nil {
		return &callable{name: name, kind: "registry macro", open: true, varargs: true}
	}
	man := w.analysis(e)
	if strings.HasSuffix(rel, ".macro.html") {
		// A whole-file macro: its props are the keywords, as for a
		// component, but props is the plain dict of them there, so a
		// missing one is undefined rather than an error.
		cl := componentCallable(&app.Component{Name: name, File: rel, Kind: app.HTMLComponent}, man)
		cl.kind = "registry macro"
		for i := range cl.params {
			cl.params[i].optional = true
		}
		return cl
	}
	for _, m := range man.macros {
		if m.Name == name {
			cl := macroCallable(m, man.path, "registry macro")
			cl.doc = macroDoc(man, m)
			return cl
		}
	}
	return &callable{name: name, kind: "registry macro", path: man.path, open: true, varargs: true}
}

// importedMacro returns the macro that {% from T import name %} brings
// into a template (a tag calls it like a macro of the template); nil when
// the template imports no such name. A macro whose template cannot be
// read takes any argument.
func (w *workspace) importedMacro(ai *appIndex, an *analysis, name string) *callable {
	if an.file.Template == nil {
		return nil
	}
	var found *callable
	template.Inspect(an.file.Template, func(n template.Node) bool {
		fi, ok := n.(*template.FromImport)
		if !ok || found != nil {
			return found == nil
		}
		for _, in := range fi.Names {
			local := in.Name
			if in.Alias != "" {
				local = in.Alias
			}
			if local != name {
				continue
			}
			found = &callable{name: name, kind: "imported macro", open: true, varargs: true}
			c, ok := fi.Template.(*template.Const)
			if !ok || c.Kind != template.ConstString {
				return false
			}
			if te := w.templateEntry(ai, c.Value.(string)); te != nil {
				tan := w.analysis(te)
				for _, m := range tan.macros {
					if m.Name == in.Name {
						found = macroCallable(m, tan.path, "imported macro")
						found.name = name
						found.doc = macroDoc(tan, m)
					}
				}
			}
		}
		return found == nil
	})
	return found
}

// macroDoc returns the {# … #} comment right before a macro.
func macroDoc(an *analysis, m *template.Macro) string {
	t := an.file.Template
	if t == nil {
		return ""
	}
	for _, c := range t.Comments {
		if c.Loc.End.Offset <= m.Loc.Start.Offset && strings.TrimSpace(an.src.Text[c.Loc.End.Offset:m.Loc.Start.Offset]) == "" {
			return strings.TrimSpace(c.Text)
		}
	}
	return ""
}

// componentNames returns the names a component tag can use in a file:
// its macros, the registry's names; s.mu is held.
func (w *workspace) componentNames(ai *appIndex, an *analysis) []string {
	seen := map[string]bool{}
	var out []string
	if an != nil {
		for _, m := range an.macros {
			if !seen[m.Name] {
				seen[m.Name] = true
				out = append(out, m.Name)
			}
		}
	}
	if ai != nil && ai.rt != nil {
		for _, n := range ai.rt.Registry.Names() {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}
