package app

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"testing/fstest"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/yamlfm"
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
// the page's attributes, through Markdown and page.layout as they ask.
func (a *App) RenderPage(th *vm.Thread, rel string, data *vm.Dict) (string, error) {
	text, err := fs.ReadFile(a.FS, rel)
	if err != nil {
		return "", tmpl.NotFound(rel)
	}
	kind := split.KindOf(rel)
	sf := a.split(a.File(rel), string(text))
	f, res := sf.f, sf.res

	p := NewPage()
	data.Items(func(k, v vm.Value) bool {
		if s, ok := k.(vm.Str); ok {
			p.Set(string(s), v)
		}
		return true
	})
	if kind == split.KindPython {
		p.Set("template", vm.None)
		p.Set("is_markdown", vm.None)
	} else {
		p.Set("template", vm.Str(rel))
		p.Set("is_markdown", vm.MakeBool(strings.HasSuffix(rel, ".md")))
	}

	switch {
	case kind == split.KindPython:
		if out, done, err := a.runPython(th, rel, string(text), p); err != nil || done {
			return out, err
		}
	case kind == split.KindJPY && res.HasCode():
		// One leading newline keeps Python's line numbers equal to the
		// file's, and the reference appends its __jinja_template__
		// assignment after a blank line (reference §1.4): CPython's syntax
		// errors count those lines too ("unterminated triple-quoted string
		// literal (detected at line N)", a bracket left open).
		code := "\n" + res.FrontmatterText(f.Text) + "\n\n__jinja_template__ = '" + rel + "'"
		if out, done, err := a.runPython(th, rel, code, p); err != nil || done {
			return out, err
		}
	case kind != split.KindJPY && res.HasCode():
		if err := a.mergeYAML(th, f, res, p); err != nil {
			return "", err
		}
	}

	out, err := a.renderTemplate(th, p)
	if err != nil {
		return "", err
	}
	return a.applyLayout(th, p, out)
}

// runPython runs a page's module body with the page object, then its get
// function; a truthy return value of get is the response (done).
func (a *App) runPython(th *vm.Thread, rel, code string, p *Page) (string, bool, error) {
	prog, diags := a.Python.CompileSource(a.File(rel), code, pycompile.Options{Injected: PageGlobals})
	if prog == nil {
		return "", false, loader.SyntaxError(th, diags)
	}
	name := strings.TrimSuffix(rel, path.Ext(rel))
	m := vm.NewModule(strings.ReplaceAll(name, "/", "."), prog)
	m.SetGlobal("page", p)
	th.Importer = a.Python
	if _, err := th.RunModule(m); err != nil {
		return "", false, err
	}
	get, ok := m.Global("get")
	if !ok || !vm.IsCallable(get) {
		return "", false, nil
	}
	r, err := th.CallValue(get, nil, nil)
	if err != nil {
		return "", false, err
	}
	if truthy, err := th.Truth(r); err != nil || !truthy {
		return "", false, err
	}
	s, err := th.Str(r)
	return s, true, err
}

// mergeYAML sets the keys of a static page's YAML frontmatter on the page.
func (a *App) mergeYAML(th *vm.Thread, f *source.File, res *split.Result, p *Page) error {
	doc, diags := yamlfm.Parse(f, res.Frontmatter.Start, res.Frontmatter.End)
	if diags.HasErrors() {
		d := diags[0]
		return th.Raise(vm.ValueErrorClass, "%s:%d:%d: %s", d.File, d.Range.Start.Line, d.Range.Start.Col, d.Message)
	}
	c := &yamlConverter{th: th}
	v, err := c.value(doc.Body)
	if err != nil {
		return err
	}
	d, ok := v.(*vm.Dict)
	if !ok {
		return th.Raise(vm.ValueErrorClass, "%s: the YAML frontmatter is not a mapping", f.Name)
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
	t, err := a.Env.FromString("{% extends __hf_layout__ %}{% block " + block + " %}{{ __hf_output__ }}{% endblock %}")
	if err != nil {
		return "", err
	}
	vars := templateVars(p)
	vars.SetStr("__hf_layout__", vm.Str(name))
	vars.SetStr("__hf_output__", vm.Markup(out))
	return t.Render(th, vars)
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
