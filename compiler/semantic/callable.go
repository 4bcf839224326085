package semantic

import (
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/app"
)

// Callable is what a component tag or a macro call reaches: a file
// component, a registry macro or a macro of the template, with what can be
// known of its parameters.
type Callable struct {
	Name string
	// kind is "component", "macro" or "registry macro".
	Kind string
	// path and span locate the definition: the component's file (span
	// empty) or the macro's name.
	Path string
	Span source.Span
	// Params are the named parameters in order; required holds those
	// without a default.
	Params  []Param
	Varargs bool // extra positional arguments are accepted
	Open    bool // any keyword argument is accepted
	Props   bool // a file component: keywords are props
	Doc     string
	Macro   *template.Macro // the macro, for macros
}

// Param is one named parameter of a callable.
type Param struct {
	Name     string
	Optional bool
}

// Signature renders the callable's parameters: "(a, b=…, **kwargs)".
func (c *Callable) Signature() string {
	return "(" + strings.Join(c.ParamLabels(), ", ") + ")"
}

// ParamLabels renders each parameter: "a", "b=…", "*varargs", "**kwargs".
func (c *Callable) ParamLabels() []string {
	var parts []string
	for _, p := range c.Params {
		if p.Optional {
			parts = append(parts, p.Name+"=…")
		} else {
			parts = append(parts, p.Name)
		}
	}
	if c.Varargs && !c.Props {
		parts = append(parts, "*varargs")
	}
	if c.Open {
		parts = append(parts, "**kwargs")
	}
	return parts
}

// HasParam reports whether the callable names a parameter.
func (c *Callable) HasParam(name string) bool {
	for _, p := range c.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// ParamNames lists the parameters' names.
func (c *Callable) ParamNames() []string {
	var out []string
	for _, p := range c.Params {
		out = append(out, p.Name)
	}
	return out
}

// MacroCallable describes a {% macro %}.
func MacroCallable(m *template.Macro, file string, kind string) *Callable {
	c := &Callable{Name: m.Name, Kind: kind, Path: file, Span: m.NameSpan, Macro: m}
	first := len(m.Args) - len(m.Defaults)
	for i, a := range m.Args {
		c.Params = append(c.Params, Param{Name: a.Name, Optional: i >= first})
	}
	nodes := make([]template.Node, 0, len(m.Body))
	for _, s := range m.Body {
		nodes = append(nodes, s)
	}
	c.Varargs = usesName("varargs", nodes)
	c.Open = usesName("kwargs", nodes)
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

// ComponentCallable describes a file component from its analysis: the
// props its template reads (props.x is required, kwargs.x and
// kwargs.get('x') optional), the parameters of its render function, and
// whether it accepts any keyword (the template passes kwargs or props on
// as a whole, render takes **kwargs, or the kind forwards them all).
func ComponentCallable(c *app.Component, an *Analysis) *Callable {
	cl := &Callable{Name: c.Name, Kind: "component", Props: true}
	if an != nil {
		cl.Path = an.Path
		cl.Doc = LeadingComment(an)
	}
	switch c.Kind {
	case app.WebComponent, app.ReactComponent:
		cl.Open, cl.Varargs = true, true
		return cl
	}
	if an == nil {
		cl.Open, cl.Varargs = true, true
		return cl
	}
	cl.Varargs = true // positional arguments land in `args`
	seen := map[string]bool{}
	add := func(name string, optional bool) {
		if !seen[name] {
			seen[name] = true
			cl.Params = append(cl.Params, Param{Name: name, Optional: optional})
		}
	}
	if an.File.Python != nil {
		for _, s := range an.File.Python.Body {
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
				cl.Open = true
			}
		}
	}
	if t := an.File.Template; t != nil {
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
							cl.Open = true // the keywords as a whole
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
		cl.Open = cl.Open || bareUse(t, "kwargs") || bareUse(t, "props")
	}
	sort.SliceStable(cl.Params, func(i, j int) bool { return !cl.Params[i].Optional && cl.Params[j].Optional })
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

// LeadingComment returns the text of a {# … #} comment that opens the
// template, or a docstring of the Python part: the component's doc.
func LeadingComment(an *Analysis) string {
	if mod := an.File.Python; mod != nil && len(mod.Body) > 0 {
		if es, ok := mod.Body[0].(*python.ExprStmt); ok {
			if c, ok := es.Value.(*python.Constant); ok {
				if s, ok := c.Value.(python.Str); ok {
					return strings.TrimSpace(string(s))
				}
			}
		}
	}
	t := an.File.Template
	if t == nil || len(t.Comments) == 0 {
		return ""
	}
	c := t.Comments[0]
	before := an.Src.Text[t.Loc.Start.Offset:c.Loc.Start.Offset]
	if strings.TrimSpace(before) != "" {
		return ""
	}
	return strings.TrimSpace(c.Text)
}

// CallableOf returns what a component tag named name calls from the file
// an of app a (nil outside an app): a macro of the template, a registry
// macro or a file component; nil when the name is none of them (it renders
// an HTML element).
func CallableOf(a App, an *Analysis, name string) *Callable {
	if an != nil {
		for _, m := range an.Macros {
			if m.Name == name {
				return MacroCallable(m, an.Path, "macro")
			}
		}
		if cl := importedMacro(a, an, name); cl != nil {
			return cl
		}
	}
	if a == nil || a.Runtime() == nil {
		return nil
	}
	reg := a.Runtime().Registry
	if c := reg.Component(name); c != nil {
		return ComponentCallable(c, a.Analysis(c.File))
	}
	rel, ok := reg.DefinedIn(name)
	if !ok {
		if reg.Builtin(name) {
			if cl := uiCallable(name); cl != nil {
				return cl
			}
		}
		if reg.IsComponent(name) {
			// A function macro of the runtime (HtmxOob, Image).
			return &Callable{Name: name, Kind: "built-in macro", Open: true, Varargs: true}
		}
		return nil
	}
	man := a.Analysis(rel)
	if man == nil {
		return &Callable{Name: name, Kind: "registry macro", Open: true, Varargs: true}
	}
	if strings.HasSuffix(rel, ".macro.html") {
		// A whole-file macro: its props are the keywords, as for a
		// component, but props is the plain dict of them there, so a
		// missing one is undefined rather than an error.
		cl := ComponentCallable(&app.Component{Name: name, File: rel, Kind: app.HTMLComponent}, man)
		cl.Kind = "registry macro"
		for i := range cl.Params {
			cl.Params[i].Optional = true
		}
		return cl
	}
	for _, m := range man.Macros {
		if m.Name == name {
			cl := MacroCallable(m, man.Path, "registry macro")
			cl.Doc = MacroDoc(man, m)
			return cl
		}
	}
	return &Callable{Name: name, Kind: "registry macro", Path: man.Path, Open: true, Varargs: true}
}

// importedMacro returns the macro that {% from T import name %} brings
// into a template (a tag calls it like a macro of the template); nil when
// the template imports no such name. A macro whose template cannot be
// read takes any argument.
func importedMacro(a App, an *Analysis, name string) *Callable {
	if an.File.Template == nil {
		return nil
	}
	var found *Callable
	template.Inspect(an.File.Template, func(n template.Node) bool {
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
			found = &Callable{Name: name, Kind: "imported macro", Open: true, Varargs: true}
			c, ok := fi.Template.(*template.Const)
			if !ok || c.Kind != template.ConstString {
				return false
			}
			if tan := TemplateAnalysis(a, c.Value.(string)); tan != nil {
				for _, m := range tan.Macros {
					if m.Name == in.Name {
						found = MacroCallable(m, tan.Path, "imported macro")
						found.Name = name
						found.Doc = MacroDoc(tan, m)
					}
				}
			}
		}
		return found == nil
	})
	return found
}

// MacroDoc returns the {# … #} comment right before a macro.
func MacroDoc(an *Analysis, m *template.Macro) string {
	t := an.File.Template
	if t == nil {
		return ""
	}
	for _, c := range t.Comments {
		if c.Loc.End.Offset <= m.Loc.Start.Offset && strings.TrimSpace(an.Src.Text[c.Loc.End.Offset:m.Loc.Start.Offset]) == "" {
			return strings.TrimSpace(c.Text)
		}
	}
	return ""
}

// ComponentNames returns the names a component tag can use in a file of
// app a: its macros, the registry's names, the built-in UI macros the app
// does not replace.
func ComponentNames(a App, an *Analysis) []string {
	seen := map[string]bool{}
	var out []string
	if an != nil {
		for _, m := range an.Macros {
			if !seen[m.Name] {
				seen[m.Name] = true
				out = append(out, m.Name)
			}
		}
	}
	if a != nil && a.Runtime() != nil {
		reg := a.Runtime().Registry
		for _, n := range reg.Names() {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
		for _, n := range app.UIMacros {
			if !seen[n] && reg.Builtin(n) {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}
