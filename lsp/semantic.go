package lsp

import (
	"sort"
	"strings"
	"unicode"

	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/server"
)

// The semantic checks of the server: what needs the whole app (its
// templates, components, routes) on top of what `hfc check` reports for a
// file alone. Their codes are marked (hfls) in docs/diagnostics.md.

// templateGlobals are the globals the server adds to every template.
var templateGlobals = server.TemplateGlobalNames()

// semanticDiags returns the semantic diagnostics of an entry; s.mu is held.
func (w *workspace) semanticDiags(e *fileEntry) diag.List {
	an := e.an
	b := &diag.Builder{File: e.path}
	if an.file.Template != nil {
		w.checkVariables(e, b)
		w.checkComponentTags(e, b)
		w.checkMacroCalls(e, b)
	}
	w.checkTemplateRefs(e, b)
	w.checkEndpoints(e, b)
	w.checkRoutes(e, b)
	return b.Diags
}

// knownNames returns the names a template of the entry finds in its
// render context, and whether they are knowable at all; s.mu is held.
func (w *workspace) knownNames(e *fileEntry) (map[string]bool, bool) {
	an := e.an
	known := map[string]bool{"self": true, "super": true}
	switch {
	case e.role == page.RolePage:
		if passesPage(an.file.Python) {
			return nil, false
		}
		known["page"], known["template"], known["is_markdown"] = true, true, true
		for _, v := range an.pageVars {
			known[v.name] = true
		}
	case e.role == page.RoleComponent && e.app != nil && e.app.rt != nil:
		for _, n := range []string{"props", "kwargs", "args", "caller", "children"} {
			known[n] = true
		}
		if an.file.Kind == split.KindJPY && hasRender(an.file.Python) {
			return nil, false
		}
	default:
		return nil, false
	}
	for _, n := range templateGlobals {
		known[n] = true
	}
	if e.app != nil && e.app.rt != nil {
		for _, n := range e.app.rt.Env.GlobalNames() {
			known[n] = true
		}
	}
	for _, r := range an.tmplRefs {
		if r.Export {
			known[r.Name] = true
		}
	}
	// The parents' top-level names are in the context of the blocks.
	seen := map[string]bool{}
	for parent := an.extends; parent != "" && !seen[parent]; {
		seen[parent] = true
		pe := w.templateEntry(e.app, parent)
		if pe == nil {
			break
		}
		pan := w.analysis(pe)
		for _, r := range pan.tmplRefs {
			if r.Export {
				known[r.Name] = true
			}
		}
		parent = pan.extends
	}
	return known, true
}

// passesPage reports whether Python code uses the page object other than
// through page.NAME (passes it on, or sets attributes by name): then its
// template variables cannot be known.
func passesPage(mod *python.Module) bool {
	if mod == nil {
		return false
	}
	attr := map[*python.Name]bool{}
	python.Inspect(mod, func(n python.Node) bool {
		if a, ok := n.(*python.Attribute); ok {
			if v, ok := a.Value.(*python.Name); ok && v.ID == "page" && a.Attr != "template_ctx" && a.Attr != "get" {
				attr[v] = true
			}
		}
		return true
	})
	found := false
	python.Inspect(mod, func(n python.Node) bool {
		if v, ok := n.(*python.Name); ok && v.ID == "page" && v.Ctx == python.Load && !attr[v] {
			found = true
		}
		return !found
	})
	return found
}

// hasRender reports whether the module defines render().
func hasRender(mod *python.Module) bool {
	if mod == nil {
		return false
	}
	for _, s := range mod.Body {
		if fn, ok := s.(*python.FunctionDef); ok && fn.Name == "render" {
			return true
		}
	}
	return false
}

// templateEntry returns the entry of the file a template name loads in an
// app, nil when none; s.mu is held.
func (w *workspace) templateEntry(ai *appIndex, name string) *fileEntry {
	if ai == nil || ai.rt == nil {
		return nil
	}
	src, err := ai.rt.LoadTemplate(name)
	if err != nil {
		return nil
	}
	rel := src.File
	if r, ok := ai.rel(src.File); ok {
		rel = r
	}
	return ai.files[rel]
}

// checkVariables reports template variables that nothing defines.
func (w *workspace) checkVariables(e *fileEntry, b *diag.Builder) {
	known, ok := w.knownNames(e)
	if !ok {
		return
	}
	an := e.an
	var viewArgs map[string]bool
	if e.role == page.RolePage && e.app != nil {
		viewArgs = map[string]bool{}
		if r := routeOf(e.app.routeTable(w), e.rel); r != nil {
			for _, v := range r.Vars() {
				viewArgs[v.Name] = true
			}
		}
	}
	for _, r := range an.tmplRefs {
		if r.Var != 0 || r.Store || r.Implicit || known[r.Name] {
			continue
		}
		switch {
		case viewArgs[r.Name]:
			b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: URL arguments are not template variables", r.Name).
				WithHint("read it as page.%s (reference §2.5)", r.Name).
				WithFix("Replace with page."+r.Name, r.Span, "page."+r.Name)
		case e.role == page.RolePage && moduleVariable(an, r.Name):
			d := b.Add(diag.UndefinedVariable, r.Span, "'%s' is a variable of the frontmatter's module; the template sees only page attributes", r.Name).
				WithHint("assign it as page.%s (reference §1.4)", r.Name)
			if edits := toPageAttrEdits(an, r.Name); edits != nil {
				d.Fixes = append(d.Fixes, diag.Fix{Title: "Turn " + r.Name + " into page." + r.Name, Edits: edits})
			}
		case e.app != nil && e.app.rt != nil && e.app.rt.Registry.IsComponent(r.Name):
			b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: the registry's components and macros are not template variables", r.Name).
				WithHint("call it with a component tag: <{%s …}/> (reference §5.3)", r.Name)
		default:
			d := b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: no page attribute, {%% set %%}, loop, macro parameter, import or global has this name", r.Name)
			if best := diag.Closest(r.Name, visibleNames(an, known, int(r.Span.Start.Offset))); best != "" {
				d.WithHint("did you mean '%s'?", best).WithFix("Replace with "+best, r.Span, best)
			}
		}
	}
}

// visibleNames lists the names a template reference could mean: the known
// context names and the locals of the template.
func visibleNames(an *analysis, known map[string]bool, off int) []string {
	set := map[string]bool{}
	for n := range known {
		set[n] = true
	}
	for _, v := range an.localsAt(off) {
		set[v.name] = true
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// moduleVariable reports whether the frontmatter binds name at module
// level.
func moduleVariable(an *analysis, name string) bool {
	_, ok := an.pyDef(name)
	return ok
}

// toPageAttrEdits turns every occurrence of a module variable into a page
// attribute; nil when a definition is not a plain assignment (an import,
// a def, a loop target), which page.NAME cannot replace.
func toPageAttrEdits(an *analysis, name string) []diag.Edit {
	res := an.res.Resolution
	if res == nil || an.file.Python == nil {
		return nil
	}
	assigned := map[source.Pos]bool{}
	python.Inspect(an.file.Python, func(n python.Node) bool {
		var targets []python.Expr
		switch n := n.(type) {
		case *python.Assign:
			targets = n.Targets
		case *python.AugAssign:
			targets = []python.Expr{n.Target}
		case *python.AnnAssign:
			targets = []python.Expr{n.Target}
		}
		for _, t := range targets {
			if v, ok := t.(*python.Name); ok && v.ID == name {
				assigned[v.Loc.Start] = true
			}
		}
		return true
	})
	var edits []diag.Edit
	for _, r := range res.Refs {
		if r.Name != name || res.Owner(r.Scope, r.Name) != res.Module {
			continue
		}
		if r.Def && !assigned[r.Span.Start] {
			return nil
		}
		edits = append(edits, diag.Edit{File: an.path, Range: r.Span, NewText: "page." + name})
	}
	return edits
}

// routeOf returns the route of the page rel.
func routeOf(t *routes.Table, rel string) *routes.Route {
	for _, r := range t.Routes {
		if r.File == rel {
			return r
		}
	}
	return nil
}

// looksLikeComponent reports whether a tag name is meant as a component:
// it starts with an upper-case letter (HTML element names are lower case).
func looksLikeComponent(name string) bool {
	for _, r := range name {
		return unicode.IsUpper(r)
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkComponentTags reports tags naming no component, props a component
// does not read and arguments a macro does not take.
func (w *workspace) checkComponentTags(e *fileEntry, b *diag.Builder) {
	an := e.an
	callables := map[string]*callable{} // a page uses a component many times
	for _, tag := range an.components {
		if tag.Name == "" {
			continue
		}
		cl, ok := callables[tag.Name]
		if !ok {
			cl = w.callableOf(e.app, an, tag.Name)
			callables[tag.Name] = cl
		}
		if cl == nil {
			if e.app == nil || !looksLikeComponent(tag.Name) {
				continue
			}
			d := b.Add(diag.UnknownComponent, tag.NameSpan, "no component, registry macro or macro is named %s; the tag renders an HTML element <%s>", tag.Name, tag.Name)
			if contains(app.DaisyUIMacros, tag.Name) || contains(app.HyperflaskUIMacros, tag.Name) {
				d.WithHint("%s is a macro of Hyperflask's UI library, which hfc does not include; add components/%s.html", tag.Name, tag.Name)
			} else if best := diag.Closest(tag.Name, w.componentNames(e.app, an)); best != "" {
				d.WithHint("did you mean %s?", best)
				fix := diag.Fix{Title: "Replace with " + best, Edits: []diag.Edit{{File: e.path, Range: tag.NameSpan, NewText: best}}}
				if tag.Close != nil && tag.Close.Name == tag.Name {
					fix.Edits = append(fix.Edits, diag.Edit{File: e.path, Range: tag.Close.NameSpan, NewText: best})
				}
				d.Fixes = append(d.Fixes, fix)
			}
			continue
		}
		w.checkArguments(e, b, cl, tag.NameSpan, tag.Args, tag.Kwargs, tag.DynArgs != nil, tag.DynKwargs != nil)
	}
}

// checkArguments checks the arguments of a call of cl.
func (w *workspace) checkArguments(e *fileEntry, b *diag.Builder, cl *callable, at source.Span, args []template.Expr, kwargs []*template.Keyword, dynArgs, dynKwargs bool) {
	given := map[string]bool{}
	for _, k := range kwargs {
		given[k.Key] = true
		if cl.open || cl.hasParam(k.Key) || k.Key == "caller" || k.Key == "class_" || k.Key == "class" {
			continue
		}
		if cl.props {
			d := b.Add(diag.UnknownProp, k.KeySpan, "component %s does not read the prop %s", cl.name, k.Key)
			if names := cl.paramNames(); len(names) > 0 {
				d.WithHint("its props: %s", strings.Join(names, ", "))
			}
			if best := diag.Closest(k.Key, cl.paramNames()); best != "" {
				d.WithFix("Replace with "+best, k.KeySpan, best)
			}
			continue
		}
		d := b.Add(diag.MacroArity, k.KeySpan, "macro '%s' takes no keyword argument '%s'", cl.name, k.Key).
			WithHint("%s%s", cl.name, cl.signature())
		if best := diag.Closest(k.Key, cl.paramNames()); best != "" {
			d.WithFix("Replace with "+best, k.KeySpan, best)
		}
	}
	if !cl.props && !cl.varargs && len(args) > len(cl.params) {
		b.Add(diag.MacroArity, args[len(cl.params)].Span(), "macro '%s' takes not more than %d argument(s)", cl.name, len(cl.params)).
			WithHint("%s%s", cl.name, cl.signature())
	}
	if cl.props && !dynKwargs {
		for _, p := range cl.params {
			if !p.optional && !given[p.name] {
				b.Add(diag.MacroArity, at, "component %s needs the prop %s: its template reads props.%s, which fails when the prop is missing", cl.name, p.name, p.name)
			}
		}
	}
}

// checkMacroCalls checks the calls of the template's own macros.
func (w *workspace) checkMacroCalls(e *fileEntry, b *diag.Builder) {
	an := e.an
	if len(an.macros) == 0 {
		return
	}
	template.Inspect(an.file.Template, func(n template.Node) bool {
		var call *template.Call
		switch n := n.(type) {
		case *template.Call:
			call = n
		default:
			return true
		}
		name, ok := call.Node.(*template.Name)
		if !ok {
			return true
		}
		m := an.macroCalled(name)
		if m == nil {
			return true
		}
		cl := macroCallable(m, an.path, "macro")
		w.checkArguments(e, b, cl, name.Loc, call.Args, call.Kwargs, call.DynArgs != nil, call.DynKwargs != nil)
		return true
	})
}

// macroCalled returns the macro of the template that a name reads, nil
// when it reads something else.
func (an *analysis) macroCalled(n *template.Name) *template.Macro {
	ref, ok := an.tmplRefAt(int(n.Loc.Start.Offset))
	if !ok || ref.Span != n.Loc {
		return nil
	}
	for _, m := range an.macros {
		if m.Name != n.Name {
			continue
		}
		if ref.Var == 0 {
			if ex, ok := an.exports(n.Name); ok && ex.Span == m.NameSpan {
				return m
			}
			continue
		}
		for _, r := range an.varRefs(ref.Var) {
			if r.Store && r.Span == m.NameSpan {
				return m
			}
		}
	}
	return nil
}

// checkTemplateRefs reports template names that the app cannot load.
func (w *workspace) checkTemplateRefs(e *fileEntry, b *diag.Builder) {
	ai := e.app
	if ai == nil || ai.rt == nil {
		return
	}
	for _, t := range e.an.templates {
		if t.name == "" || strings.HasPrefix(t.name, "ui/") {
			continue
		}
		if _, err := ai.rt.LoadTemplate(t.name); err == nil {
			continue
		}
		d := b.Add(diag.TemplateNotFound, t.span, "template %q not found in the app", t.name)
		if best := diag.Closest(t.name, ai.templateNames()); best != "" {
			d.WithHint("did you mean %q?", best).WithFix("Replace with "+best, t.span, best)
		} else {
			d.WithHint("templates load from templates/, layouts/, pages/ and components/ (reference §1.6)")
		}
	}
}

// endpoints returns every endpoint of an app: its pages', its components'
// with a route, and static; s.mu is held.
func (w *workspace) endpoints(ai *appIndex) map[string]*routes.Route {
	out := map[string]*routes.Route{"static": nil}
	for _, r := range ai.routeTable(w).Routes {
		out[r.Endpoint] = r
	}
	if ai.rt != nil {
		for _, c := range ai.rt.Registry.Components() {
			if c.Route() != "" {
				out[c.Name] = nil
			}
		}
	}
	return out
}

// checkEndpoints reports url_for calls naming unknown endpoints or missing
// view arguments.
func (w *workspace) checkEndpoints(e *fileEntry, b *diag.Builder) {
	ai := e.app
	if ai == nil || len(e.an.endpoints) == 0 {
		return
	}
	eps := w.endpoints(ai)
	for _, ep := range e.an.endpoints {
		r, ok := eps[ep.name]
		if !ok {
			names := make([]string, 0, len(eps))
			for n := range eps {
				names = append(names, n)
			}
			sort.Strings(names)
			d := b.Add(diag.UnknownEndpoint, ep.span, "no page or component has the endpoint %q", ep.name)
			if best := diag.Closest(ep.name, names); best != "" {
				d.WithHint("did you mean %q?", best).WithFix("Replace with "+best, ep.span, best)
			} else {
				d.WithHint("a page's endpoint is its path in pages/ without the extension, segments joined with _ (reference §2.2)")
			}
			continue
		}
		if r == nil {
			continue
		}
		for _, v := range r.Vars() {
			if !contains(ep.kwargs, v.Name) {
				b.Add(diag.UnknownEndpoint, ep.span, "url_for(%q) needs the argument %s: the URL of %s is %s", ep.name, v.Name, r.File, r.Rule)
			}
		}
	}
}

// checkRoutes reports the route problems of a page: its own (rule,
// methods) and its conflicts with other pages.
func (w *workspace) checkRoutes(e *fileEntry, b *diag.Builder) {
	if e.role != page.RolePage || e.app == nil {
		return
	}
	own := routes.Build([]routes.Page{{Rel: e.rel, Path: e.path, Text: []byte(e.text), Module: e.an.file.Python}}, routes.Options{ReferenceSplit: w.s.settings.ReferenceSplit})
	b.Diags = append(b.Diags, own.Diags...)
	for _, d := range e.app.routeTable(w).Diags {
		if d.File == e.path && (d.Code == diag.RuleDuplicate || d.Code == diag.EndpointDuplicate) {
			b.Diags = append(b.Diags, d)
		}
	}
}
