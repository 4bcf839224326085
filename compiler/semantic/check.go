// Package semantic is the analysis of an app's files that needs the whole
// app — its templates, components, macros and routes — on top of what
// compiler/check finds in one file: the facts an editor asks about (page
// variables, template variables and their scopes, blocks, macros, component
// tags, template names, url_for endpoints, what a component tag calls) and
// the semantic diagnostics (W5006–E5011 and the route problems of pages).
// `hfc check` and the language server both run it, each through its own
// view of the app (App).
package semantic

import (
	"slices"
	"sort"
	"strings"
	"sync"
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

// TemplateGlobals are the globals the server (runtime/server) adds to every template.
var TemplateGlobals = server.TemplateGlobalNames()

// App is what the semantic analysis reads of the app a file belongs to:
// the language server answers from its index (open documents first), `hfc
// check` from the disk (Project).
type App interface {
	// Runtime is the runtime's view of the app: its template loader,
	// environment and component registry; nil when it could not be built.
	Runtime() *app.App
	// Routes is the route table of the app's pages.
	Routes() *routes.Table
	// Analysis returns the analysis of the app's file at rel (its path
	// relative to the app root), nil when the app has no such file.
	Analysis(rel string) *Analysis
	// Rel returns the path of a file relative to the app root.
	Rel(path string) (string, bool)
	// TemplateNames lists the names the app's templates load by.
	TemplateNames() []string
	// Rels lists the paths, relative to the app root, of the app's files.
	Rels() []string
	// Memo holds what the analysis computes once for the whole app; the
	// same Memo until a file of the app changes, a new one after.
	Memo() *Memo
}

// Memo is what the semantic analysis computes once per state of an app
// and reuses for each of its files: the endpoints, which files name which
// template. Its zero value is empty; it is safe for concurrent use.
type Memo struct {
	mu        sync.Mutex
	endpoints map[string]*routes.Route
	users     map[string][]templateUse // nil until built
	dynamic   bool                     // a file names templates that cannot be known
}

// templateUse is a file naming a template, and the tag that names it.
type templateUse struct {
	an  *Analysis
	tag string
}

// Options control the semantic checks.
type Options struct {
	// ReferenceSplit splits frontmatter as the Python reference does
	// (the route table reads the pages' methods from it).
	ReferenceSplit bool
}

// checker runs the semantic checks of one file.
type checker struct {
	an   *Analysis
	app  App      // nil outside an app
	rt   *app.App // the app's runtime, nil when unknown
	opts Options
	b    *diag.Builder
}

// Check returns the semantic diagnostics of an analysed file of a (nil for
// a file outside an app).
func Check(an *Analysis, a App, opts Options) diag.List {
	c := &checker{an: an, app: a, opts: opts, b: &diag.Builder{File: an.Path}}
	if a != nil {
		c.rt = a.Runtime()
	}
	if an.File.Template != nil {
		c.checkVariables()
		c.checkComponentTags()
		c.checkMacroCalls()
	}
	c.checkTemplateRefs()
	c.checkEndpoints()
	c.checkRoutes()
	return c.b.Diags
}

// knownNames returns the names a template of the entry finds in its
// render context, and whether they are knowable at all.
func (c *checker) knownNames() (map[string]bool, bool) {
	an := c.an
	known := map[string]bool{"self": true, "super": true}
	switch {
	case c.an.Role == page.RolePage:
		if passesPage(an.File.Python) {
			return nil, false
		}
		known["page"], known["template"], known["is_markdown"] = true, true, true
		for _, v := range an.PageVars {
			known[v.Name] = true
		}
	case c.an.Role == page.RoleLayout || c.an.Role == page.RoleTemplate:
		// Rendered as the parent of pages: it sees what they pass.
		known["page"], known["template"], known["is_markdown"] = true, true, true
		if !c.extendersContext(known) {
			return nil, false
		}
	case c.an.Role == page.RoleMacro:
		// The registry's macros are imported with the caller's context
		// (reference §5.3): a name is certainly undefined only when no
		// file of the app could pass it.
		for _, n := range []string{"props", "kwargs", "varargs", "caller", "children"} {
			known[n] = true
		}
		if !c.appNames(known) {
			return nil, false
		}
	case c.an.Role == page.RoleComponent && c.rt != nil:
		for _, n := range []string{"props", "kwargs", "args", "caller", "children"} {
			known[n] = true
		}
		if an.File.Kind == split.KindJPY && hasRender(an.File.Python) {
			return nil, false
		}
	default:
		return nil, false
	}
	for _, n := range TemplateGlobals {
		known[n] = true
	}
	if c.rt != nil {
		for _, n := range c.rt.Env.GlobalNames() {
			known[n] = true
		}
	}
	for _, r := range an.TmplRefs {
		if r.Export {
			known[r.Name] = true
		}
	}
	// The parents' top-level names are in the context of the blocks.
	seen := map[string]bool{}
	for parent := an.Extends; parent != "" && !seen[parent]; {
		seen[parent] = true
		pan := TemplateAnalysis(c.app, parent)
		if pan == nil {
			break
		}
		for _, r := range pan.TmplRefs {
			if r.Export {
				known[r.Name] = true
			}
		}
		parent = pan.Extends
	}
	return known, true
}

// templateRenderers are the names of Python code that renders a template
// by name, with a context of its own.
var templateRenderers = []string{"render_template", "stream_template", "get_template", "select_template"}

// extendersContext adds to known what the context of a layout or template
// holds when it renders: the page variables and top-level names of every
// page that extends it, directly or through other layouts, and of those
// layouts. It reports false when that cannot be known for certain (see
// Extenders) or a page passes its page object on.
func (c *checker) extendersContext(known map[string]bool) bool {
	if c.rt == nil {
		return false
	}
	pages, templates, ok := Extenders(c.app, c.an.Rel)
	if !ok {
		return false
	}
	exports := func(an *Analysis) {
		for _, r := range an.TmplRefs {
			if r.Export {
				known[r.Name] = true
			}
		}
	}
	for _, p := range pages {
		if passesPage(p.File.Python) {
			return false
		}
		for _, v := range p.PageVars {
			known[v.Name] = true
		}
		exports(p)
	}
	for _, t := range templates {
		exports(t)
	}
	return true
}

// appNames adds to known every name a template of the app could hold in
// its context or locals where it calls a macro: every page variable and
// every name a template binds. It reports false when that cannot be known
// (a page passes its page object on, or Python code renders templates by
// name with a context of its own).
func (c *checker) appNames(known map[string]bool) bool {
	if c.app == nil || c.rt == nil {
		return false
	}
	for _, rel := range c.app.Rels() {
		an := c.app.Analysis(rel)
		if an == nil {
			continue
		}
		if an.PassesPage() || rendersTemplates(an) {
			return false
		}
		for _, v := range an.PageVars {
			known[v.Name] = true
		}
		for _, r := range an.TmplRefs {
			if r.Store {
				known[r.Name] = true
			}
		}
	}
	return true
}

// Extenders returns the pages that render the template at rel (a path
// relative to the app root) as their parent, directly or through other
// templates, and those templates. It reports false when that is not
// certain: the template is included or imported (it then renders inside
// another template, with its locals), is extended by a component or a
// macro file, or by nothing; or some file of the app names templates by
// an expression, sets page.template, or has Python code that renders
// templates by name (render_template and its kin pass any context).
func Extenders(a App, rel string) (pages, templates []*Analysis, ok bool) {
	if a == nil {
		return nil, nil, false
	}
	users, ok := templateUsers(a)
	if !ok {
		return nil, nil, false
	}
	seen := map[string]bool{}
	var visit func(rel string) bool
	visit = func(rel string) bool {
		if seen[rel] {
			return true
		}
		seen[rel] = true
		if len(users[rel]) == 0 {
			return false
		}
		for _, u := range users[rel] {
			if u.tag != "extends" && u.tag != "use_layout" && u.tag != "layout" {
				return false
			}
			switch u.an.Role {
			case page.RolePage:
				pages = append(pages, u.an)
			case page.RoleLayout, page.RoleTemplate:
				templates = append(templates, u.an)
				if !visit(u.an.Rel) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	if !visit(rel) {
		return nil, nil, false
	}
	return pages, templates, true
}

// templateUsers returns, by the path of each template file, the files
// that name it, and false when a file of the app names templates in a way
// that cannot be known (see extendersContext).
func templateUsers(a App) (map[string][]templateUse, bool) {
	m := a.Memo()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.users != nil || m.dynamic {
		return m.users, !m.dynamic
	}
	users := map[string][]templateUse{}
	for _, rel := range a.Rels() {
		an := a.Analysis(rel)
		if an == nil {
			continue
		}
		if an.DynamicTemplates || an.PageVar("template") != nil || rendersTemplates(an) {
			m.dynamic = true
			return nil, false
		}
		named := false
		for _, t := range an.Templates {
			if r, ok := TemplateRel(a, t.Name); ok {
				users[r] = append(users[r], templateUse{an, t.Tag})
			}
			named = named || t.Name == an.Extends
		}
		if an.Extends != "" && !named { // {% use_layout %} of the default layout
			if r, ok := TemplateRel(a, an.Extends); ok {
				users[r] = append(users[r], templateUse{an, "use_layout"})
			}
		}
	}
	m.users = users
	return users, true
}

// rendersTemplates reports whether the Python code of a file names a
// function that renders templates by name.
func rendersTemplates(an *Analysis) bool {
	if an.File.Python == nil {
		return false
	}
	code := an.Src.Text
	if sp := an.File.Split; sp != nil {
		code = sp.FrontmatterText(code)
	}
	for _, n := range templateRenderers {
		if strings.Contains(code, n) {
			return true
		}
	}
	return false
}

// PassesPage reports whether the file's Python code uses the page object
// other than through page.NAME, so that its template variables cannot be
// known.
func (an *Analysis) PassesPage() bool { return passesPage(an.File.Python) }

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

// TemplateRel returns the path, relative to the app root, of the file a
// template name loads in an app.
func TemplateRel(a App, name string) (string, bool) {
	if a == nil || a.Runtime() == nil {
		return "", false
	}
	src, err := a.Runtime().LoadTemplate(name)
	if err != nil {
		return "", false
	}
	if r, ok := a.Rel(src.File); ok {
		return r, true
	}
	return src.File, true
}

// TemplateAnalysis returns the analysis of the file a template name loads
// in an app, nil when none.
func TemplateAnalysis(a App, name string) *Analysis {
	rel, ok := TemplateRel(a, name)
	if !ok {
		return nil
	}
	return a.Analysis(rel)
}

// checkVariables reports template variables that nothing defines.
func (c *checker) checkVariables() {
	b := c.b
	known, ok := c.knownNames()
	if !ok {
		return
	}
	an := c.an
	var viewArgs map[string]bool
	if c.an.Role == page.RolePage && c.app != nil {
		viewArgs = map[string]bool{}
		if r := RouteOf(c.app.Routes(), c.an.Rel); r != nil {
			for _, v := range r.Vars() {
				viewArgs[v.Name] = true
			}
		}
	}
	for _, r := range an.TmplRefs {
		if r.Var != 0 || r.Store || r.Implicit || known[r.Name] {
			continue
		}
		switch {
		case viewArgs[r.Name]:
			b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: URL arguments are not template variables", r.Name).
				WithHint("read it as page.%s (reference §2.5)", r.Name).
				WithFix("Replace with page."+r.Name, r.Span, "page."+r.Name)
		case c.an.Role == page.RolePage && moduleVariable(an, r.Name):
			d := b.Add(diag.UndefinedVariable, r.Span, "'%s' is a variable of the frontmatter's module; the template sees only page attributes", r.Name).
				WithHint("assign it as page.%s (reference §1.4)", r.Name)
			if edits := ToPageAttrEdits(an, r.Name); edits != nil {
				d.Fixes = append(d.Fixes, diag.Fix{Title: "Turn " + r.Name + " into page." + r.Name, Edits: edits})
			}
		case c.rt != nil && c.rt.Registry.IsComponent(r.Name):
			b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: the registry's components and macros are not template variables", r.Name).
				WithHint("call it with a component tag: <{%s …}/> (reference §5.3)", r.Name)
		case an.Role == page.RoleMacro:
			d := b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: no page of the app sets page.%s and no template, macro parameter or global has this name", r.Name, r.Name)
			if best := diag.Closest(r.Name, visibleNames(an, known, int(r.Span.Start.Offset))); best != "" {
				d.WithHint("did you mean '%s'?", best).WithFix("Replace with "+best, r.Span, best)
			}
		case an.Role == page.RoleLayout || an.Role == page.RoleTemplate:
			d := b.Add(diag.UndefinedVariable, r.Span, "'%s' is not defined: no page that extends this template sets page.%s, and no {%% set %%}, loop, macro parameter, import or global has this name", r.Name, r.Name)
			if best := diag.Closest(r.Name, visibleNames(an, known, int(r.Span.Start.Offset))); best != "" {
				d.WithHint("did you mean '%s'?", best).WithFix("Replace with "+best, r.Span, best)
			}
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
func visibleNames(an *Analysis, known map[string]bool, off int) []string {
	set := map[string]bool{}
	for n := range known {
		set[n] = true
	}
	for _, v := range an.LocalsAt(off) {
		set[v.Name] = true
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
func moduleVariable(an *Analysis, name string) bool {
	_, ok := an.PyDef(name)
	return ok
}

// ToPageAttrEdits turns every occurrence of a module variable into a page
// attribute; nil when a definition is not a plain assignment (an import,
// a def, a loop target), which page.NAME cannot replace.
func ToPageAttrEdits(an *Analysis, name string) []diag.Edit {
	res := an.Res.Resolution
	if res == nil || an.File.Python == nil {
		return nil
	}
	assigned := map[source.Pos]bool{}
	python.Inspect(an.File.Python, func(n python.Node) bool {
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
		edits = append(edits, diag.Edit{File: an.Path, Range: r.Span, NewText: "page." + name})
	}
	return edits
}

// RouteOf returns the route of the page rel.
func RouteOf(t *routes.Table, rel string) *routes.Route {
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

// checkComponentTags reports tags naming no component, props a component
// does not read and arguments a macro does not take.
func (c *checker) checkComponentTags() {
	b := c.b
	an := c.an
	callables := map[string]*Callable{} // a page uses a component many times
	for _, tag := range an.Components {
		if tag.Name == "" {
			continue
		}
		cl, ok := callables[tag.Name]
		if !ok {
			cl = CallableOf(c.app, an, tag.Name)
			callables[tag.Name] = cl
		}
		if cl == nil {
			if c.app == nil || !looksLikeComponent(tag.Name) {
				continue
			}
			d := b.Add(diag.UnknownComponent, tag.NameSpan, "no component, registry macro or macro is named %s; the tag renders an HTML element <%s>", tag.Name, tag.Name)
			if slices.Contains(app.DaisyUIMacros, tag.Name) || slices.Contains(app.HyperflaskUIMacros, tag.Name) {
				d.WithHint("%s is a macro of Hyperflask's UI library, which hfc does not include; add components/%s.html", tag.Name, tag.Name)
			} else if best := diag.Closest(tag.Name, ComponentNames(c.app, an)); best != "" {
				d.WithHint("did you mean %s?", best)
				fix := diag.Fix{Title: "Replace with " + best, Edits: []diag.Edit{{File: c.an.Path, Range: tag.NameSpan, NewText: best}}}
				if tag.Close != nil && tag.Close.Name == tag.Name {
					fix.Edits = append(fix.Edits, diag.Edit{File: c.an.Path, Range: tag.Close.NameSpan, NewText: best})
				}
				d.Fixes = append(d.Fixes, fix)
			}
			continue
		}
		c.checkArguments(cl, tag.NameSpan, tag.Args, tag.Kwargs, tag.DynArgs != nil, tag.DynKwargs != nil)
	}
}

// checkArguments checks the arguments of a call of cl.
func (c *checker) checkArguments(cl *Callable, at source.Span, args []template.Expr, kwargs []*template.Keyword, dynArgs, dynKwargs bool) {
	b := c.b
	given := map[string]bool{}
	for _, k := range kwargs {
		given[k.Key] = true
		if cl.Open || cl.HasParam(k.Key) || k.Key == "caller" || k.Key == "class_" || k.Key == "class" {
			continue
		}
		if cl.Props {
			d := b.Add(diag.UnknownProp, k.KeySpan, "component %s does not read the prop %s", cl.Name, k.Key)
			if names := cl.ParamNames(); len(names) > 0 {
				d.WithHint("its props: %s", strings.Join(names, ", "))
			}
			if best := diag.Closest(k.Key, cl.ParamNames()); best != "" {
				d.WithFix("Replace with "+best, k.KeySpan, best)
			}
			continue
		}
		d := b.Add(diag.MacroArity, k.KeySpan, "macro '%s' takes no keyword argument '%s'", cl.Name, k.Key).
			WithHint("%s%s", cl.Name, cl.Signature())
		if best := diag.Closest(k.Key, cl.ParamNames()); best != "" {
			d.WithFix("Replace with "+best, k.KeySpan, best)
		}
	}
	if !cl.Props && !cl.Varargs && len(args) > len(cl.Params) {
		b.Add(diag.MacroArity, args[len(cl.Params)].Span(), "macro '%s' takes not more than %d argument(s)", cl.Name, len(cl.Params)).
			WithHint("%s%s", cl.Name, cl.Signature())
	}
	if cl.Props && !dynKwargs {
		for _, p := range cl.Params {
			if !p.Optional && !given[p.Name] {
				b.Add(diag.MacroArity, at, "component %s needs the prop %s: its template reads props.%s, which fails when the prop is missing", cl.Name, p.Name, p.Name)
			}
		}
	}
}

// checkMacroCalls checks the calls of the template's own macros.
func (c *checker) checkMacroCalls() {
	an := c.an
	if len(an.Macros) == 0 {
		return
	}
	template.Inspect(an.File.Template, func(n template.Node) bool {
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
		m := an.MacroCalled(name)
		if m == nil {
			return true
		}
		cl := MacroCallable(m, an.Path, "macro")
		c.checkArguments(cl, name.Loc, call.Args, call.Kwargs, call.DynArgs != nil, call.DynKwargs != nil)
		return true
	})
}

// MacroCalled returns the macro of the template that a name reads, nil
// when it reads something else.
func (an *Analysis) MacroCalled(n *template.Name) *template.Macro {
	ref, ok := an.TmplRefAt(int(n.Loc.Start.Offset))
	if !ok || ref.Span != n.Loc {
		return nil
	}
	for _, m := range an.Macros {
		if m.Name != n.Name {
			continue
		}
		if ref.Var == 0 {
			if ex, ok := an.Exports(n.Name); ok && ex.Span == m.NameSpan {
				return m
			}
			continue
		}
		for _, r := range an.VarRefs(ref.Var) {
			if r.Store && r.Span == m.NameSpan {
				return m
			}
		}
	}
	return nil
}

// checkTemplateRefs reports template names that the app cannot load.
func (c *checker) checkTemplateRefs() {
	b := c.b
	if c.rt == nil {
		return
	}
	for _, t := range c.an.Templates {
		if t.Name == "" || strings.HasPrefix(t.Name, "ui/") {
			continue
		}
		if _, err := c.rt.LoadTemplate(t.Name); err == nil {
			continue
		}
		d := b.Add(diag.TemplateNotFound, t.Span, "template %q not found in the app", t.Name)
		if best := diag.Closest(t.Name, c.app.TemplateNames()); best != "" {
			d.WithHint("did you mean %q?", best).WithFix("Replace with "+best, t.Span, best)
		} else {
			d.WithHint("templates load from templates/, layouts/, pages/ and components/ (reference §1.6)")
		}
	}
}

// Endpoints returns every endpoint of an app: its pages', its components'
// with a route, and static.
func Endpoints(a App) map[string]*routes.Route {
	m := a.Memo()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.endpoints != nil {
		return m.endpoints
	}
	out := map[string]*routes.Route{"static": nil}
	for _, r := range a.Routes().Routes {
		out[r.Endpoint] = r
	}
	if rt := a.Runtime(); rt != nil {
		for _, c := range rt.Registry.Components() {
			if c.Route() != "" {
				out[c.Name] = nil
			}
		}
	}
	m.endpoints = out
	return out
}

// checkEndpoints reports url_for calls naming unknown endpoints or missing
// view arguments.
func (c *checker) checkEndpoints() {
	b := c.b
	if c.app == nil || len(c.an.Endpoints) == 0 {
		return
	}
	eps := Endpoints(c.app)
	for _, ep := range c.an.Endpoints {
		r, ok := eps[ep.Name]
		if !ok {
			names := make([]string, 0, len(eps))
			for n := range eps {
				names = append(names, n)
			}
			sort.Strings(names)
			d := b.Add(diag.UnknownEndpoint, ep.Span, "no page or component has the endpoint %q", ep.Name)
			if best := diag.Closest(ep.Name, names); best != "" {
				d.WithHint("did you mean %q?", best).WithFix("Replace with "+best, ep.Span, best)
			} else {
				d.WithHint("a page's endpoint is its path in pages/ without the extension, segments joined with _ (reference §2.2)")
			}
			continue
		}
		if r == nil {
			continue
		}
		for _, v := range r.Vars() {
			if !slices.Contains(ep.Kwargs, v.Name) {
				b.Add(diag.UnknownEndpoint, ep.Span, "url_for(%q) needs the argument %s: the URL of %s is %s", ep.Name, v.Name, r.File, r.Rule)
			}
		}
	}
}

// checkRoutes reports the route problems of a page: its own (rule,
// methods) and its conflicts with other pages.
func (c *checker) checkRoutes() {
	b := c.b
	if c.an.Role != page.RolePage || c.app == nil {
		return
	}
	own := routes.Build([]routes.Page{{Rel: c.an.Rel, Path: c.an.Path, Text: []byte(c.an.Src.Text), Module: c.an.File.Python}}, routes.Options{ReferenceSplit: c.opts.ReferenceSplit})
	b.Diags = append(b.Diags, own.Diags...)
	for _, d := range c.app.Routes().Diags {
		if d.File == c.an.Path && (d.Code == diag.RuleDuplicate || d.Code == diag.EndpointDuplicate) {
			b.Diags = append(b.Diags, d)
		}
	}
}
