package app

import (
	"context"
	"strings"
	"testing/fstest"

	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// PageGlobals are the names a page's Python code finds in its module
// without importing them (reference §1.4). Outside a request only page is
// set; the others are NameErrors until the server provides them.
var PageGlobals = []string{"page", "g", "request", "render_template", "url_for", "redirect", "abort", "app", "current_app", "asset_url", "static_url"}

// RenderFiles renders the page named page of an app held in memory (path →
// content), with the variables of a JSON object set on the page object
// first: the conformance corpus and `hfc render` use it.
func RenderFiles(files map[string]string, page string, dataJSON []byte, opts Options) (string, error) {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	a, err := New(fsys, opts)
	if err != nil {
		return "", err
	}
	th := vm.NewThread(context.Background())
	data := vm.NewDict(0)
	if len(dataJSON) > 0 {
		v, err := json.Loads(th, string(dataJSON))
		if err != nil {
			return "", err
		}
		d, ok := v.(*vm.Dict)
		if !ok {
			return "", th.Raise(vm.TypeErrorClass, "page data must be a JSON object, not %s", v.Type().Name)
		}
		data = d
	}
	return a.RenderPage(th, page, data)
}

// RenderPage runs the page file rel (a slash path in the app, such as
// pages/index.jpy) as a GET without HTTP (reference §2.4–2.5): data is set
// on the page object, the frontmatter runs, then the template renders with
// the page's attributes, through Markdown and page.layout as they ask. A
// truthy value returned by the page's get function is the output, as str.
func (a *App) RenderPage(th *vm.Thread, rel string, data *vm.Dict) (string, error) {
	p := NewPage()
	data.Items(func(k, v vm.Value) bool {
		if s, ok := k.(vm.Str); ok {
			p.Set(string(s), v)
		}
		return true
	})
	res, err := a.RunPage(th, rel, PageRun{Method: "GET", Page: p})
	if err != nil {
		return "", err
	}
	if res.Response != nil {
		return th.Str(res.Response)
	}
	return a.FinishAssets(th, res.Body, false), nil
}

// PageRun is one execution of a page.
type PageRun struct {
	// Method is the request's method: the page module's function named
	// after it, lower-cased, is called after the module body (HEAD calls
	// head, else get, as Flask's method views do).
	Method string
	// Page is the page object, its view arguments set; they are also the
	// keyword arguments of the method function.
	Page *Page
	// Inject sets the names that page modules find without importing them
	// (PageGlobals; page is set already). Nil leaves them unset.
	Inject func(m *vm.Module)
}

// PageResult is what a page run produced.
type PageResult struct {
	// Response is the truthy value a method function returned (the
	// server converts it, reference §2.6); nil when the page rendered.
	Response vm.Value
	// Body is the rendered page when Response is nil.
	Body string
}

// RunPage runs the page file rel for a request (reference §2.4–2.5):
// page.template and page.is_markdown are set, the module body runs fresh
// with the page object and the injected names, then its method function
// with the view arguments as keyword arguments; a truthy return value is
// the response. Otherwise static pages merge their YAML frontmatter, and
// the template renders through Markdown and page.layout. Compiled code is
// kept per file; each run gets a new module namespace.
func (a *App) RunPage(th *vm.Thread, rel string, run PageRun) (PageResult, error) {
	pf, err := a.pageFile(rel)
	if err != nil {
		return PageResult{}, err
	}
	p := run.Page
	if pf.kind == split.KindPython {
		p.Set("template", vm.None)
		p.Set("is_markdown", vm.None)
	} else {
		p.Set("template", vm.Str(rel))
		p.Set("is_markdown", vm.MakeBool(strings.HasSuffix(rel, ".md")))
	}

	switch {
	case pf.hasCode:
		if pf.prog == nil {
			return PageResult{}, loader.SyntaxError(th, pf.compileErr)
		}
		r, err := a.runModule(th, pf, run)
		if err != nil || r != nil {
			return PageResult{Response: r}, err
		}
	case pf.yaml != nil:
		if err := a.mergeYAML(th, pf, p); err != nil {
			return PageResult{}, err
		}
	}

	out, err := a.renderTemplate(th, p)
	if err != nil {
		return PageResult{}, err
	}
	out, err = a.applyLayout(th, p, out)
	return PageResult{Body: out}, err
}

// runModule runs a page's module body, then its method function; it
// returns the function's value when it is truthy.
func (a *App) runModule(th *vm.Thread, pf *pageFile, run PageRun) (vm.Value, error) {
	m := vm.NewModule(pf.module, pf.prog)
	m.SetGlobal("page", run.Page)
	if run.Inject != nil {
		run.Inject(m)
	}
	th.Importer = a.Python
	if _, err := th.RunModule(m); err != nil {
		return nil, err
	}
	name := strings.ToLower(run.Method)
	fn, ok := m.Global(name)
	if (!ok || !vm.IsCallable(fn)) && name == "head" {
		fn, ok = m.Global("get")
	}
	if !ok || !vm.IsCallable(fn) {
		return nil, nil
	}
	va := run.Page.ViewArgs
	args := make([]vm.Value, 0, va.Len())
	names := make([]string, 0, va.Len())
	va.Items(func(k, v vm.Value) bool {
		names = append(names, string(k.(vm.Str)))
		args = append(args, v)
		return true
	})
	r, err := th.CallValue(fn, args, names)
	if err != nil {
		return nil, err
	}
	if truthy, err := th.Truth(r); err != nil || !truthy {
		return nil, err
	}
	return r, nil
}

// mergeYAML sets the keys of a static page's YAML frontmatter on the page;
// a frontmatter that does not parse, or is not a mapping, fails the request
// (reference §1.5, §10.14).
func (a *App) mergeYAML(th *vm.Thread, pf *pageFile, p *Page) error {
	if pf.yamlErr != nil {
		d := pf.yamlErr
		return th.Raise(vm.ValueErrorClass, "%s:%d:%d: %s", d.File, d.Range.Start.Line, d.Range.Start.Col, d.Message)
	}
	v, err := YAMLValue(th, pf.yaml)
	if err != nil {
		return err
	}
	d, ok := v.(*vm.Dict)
	if !ok {
		return th.Raise(vm.ValueErrorClass, "%s: the YAML frontmatter is not a mapping", pf.file)
	}
	var serr error
	d.Items(func(k, val vm.Value) bool {
		var s string
		if s, serr = th.Str(k); serr != nil {
			return false
		}
		p.Set(s, val)
		return true
	})
	return serr
}

// templateVars are the variables of a page render: page, then every
// attribute of the page (reference §2.5).
func templateVars(p *Page) *vm.Dict {
	vars := vm.NewDict(p.Ctx.Len() + 1)
	vars.SetStr("page", p)
	p.Ctx.Items(func(k, v vm.Value) bool {
		_ = vars.SetItem(nil, k, v)
		return true
	})
	return vars
}

// renderTemplate renders page.template (nothing when it is falsy), then
// converts it from Markdown when page.is_markdown is truthy.
func (a *App) renderTemplate(th *vm.Thread, p *Page) (string, error) {
	name, _ := p.Get("template")
	if name == nil {
		return "", nil
	}
	if ok, err := th.Truth(name); err != nil || !ok {
		return "", err
	}
	s, err := th.Str(name)
	if err != nil {
		return "", err
	}
	t, err := a.Env.GetTemplate(s)
	if err != nil {
		return "", err
	}
	out, err := t.Render(th, templateVars(p))
	if err != nil {
		return "", err
	}
	if md, _ := p.Get("is_markdown"); md != nil {
		if ok, err := th.Truth(md); err != nil || !ok {
			return out, err
		}
		return a.markdown(th, p, out)
	}
	return out, nil
}

// applyLayout wraps the output in page.layout ("layout" or "layout:block",
// the block "content" by default). The reference pastes the output into a
// template's source (§10.7); here it is passed as data, so text that looks
// like Jinja in the output is never evaluated.
func (a *App) applyLayout(th *vm.Thread, p *Page, out string) (string, error) {
	layout, _ := p.Get("layout")
	if layout == nil {
		return out, nil
	}
	if ok, err := th.Truth(layout); err != nil || !ok {
		return out, err
	}
	spec, err := th.Str(layout)
	if err != nil {
		return "", err
	}
	name, block := spec, "content"
	if i := strings.LastIndexByte(spec, ':'); i >= 0 {
		name, block = spec[:i], spec[i+1:]
	}
	if !isIdentifier(block) {
		return "", th.Raise(vm.TemplateSyntaxErrorClass, "page.layout %q: the block name %q is not a name", spec, block)
	}
	t, err := a.layoutWrapper(block)
	if err != nil {
		return "", err
	}
	vars := templateVars(p)
	vars.SetStr("__hf_layout__", vm.Str(name))
	vars.SetStr("__hf_output__", vm.Markup(out))
	return t.Render(th, vars)
}

// layoutWrapper returns the template that puts a page's output into a
// block of its layout, compiled once per block name.
func (a *App) layoutWrapper(block string) (*tmpl.Template, error) {
	if t, ok := a.wrappers.Load(block); ok {
		return t.(*tmpl.Template), nil
	}
	t, err := a.Env.FromString("{% extends __hf_layout__ %}{% block " + block + " %}{{ __hf_output__ }}{% endblock %}")
	if err != nil {
		return nil, err
	}
	v, _ := a.wrappers.LoadOrStore(block, t)
	return v.(*tmpl.Template), nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
