package app

import (
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// ComponentKind is how a file component renders (reference §5.6, §5.10).
type ComponentKind uint8

// Component kinds, by file extension.
const (
	// HTMLComponent (.html) is a template without Python.
	HTMLComponent ComponentKind = iota
	// JPYComponent (.jpy) is a module (its frontmatter) and a template.
	JPYComponent
	// PythonComponent (.py) is a module whose render() returns the HTML.
	PythonComponent
	// WebComponent (.js, .ts) renders <NAME-WITH-DASHES ATTRS>BODY</…>.
	WebComponent
	// ReactComponent (.jsx, .tsx) renders an <hf-react-component> element.
	ReactComponent
)

var componentKinds = map[string]ComponentKind{
	".html": HTMLComponent, ".jpy": JPYComponent, ".py": PythonComponent,
	".js": WebComponent, ".ts": WebComponent, ".jsx": ReactComponent, ".tsx": ReactComponent,
}

// String names the kind as the reference's adapters do.
func (k ComponentKind) String() string {
	return [...]string{"html", "jpy", "py", "webcomponent", "react"}[k]
}

// Component is a file of components/ (reference §5.6). Tags call it with
// positional and keyword arguments and, for block tags, the body as caller;
// it renders in an isolated context (§5.7) and returns safe HTML.
type Component struct {
	// Name is the tag name: the file's basename up to the first ".", with
	// "-" replaced by "_".
	Name string
	// File is the file's path in the app.
	File string
	Kind ComponentKind
	// Alpine is set for .html and .jpy components whose template uses
	// x-data or x-init: they render as the others and need the Alpine
	// bundle.
	Alpine bool
	// Template is the name of the component's template ("components/…");
	// "" for the kinds without one.
	Template string
	// Methods are the HTTP methods of the component's route (§5.8), found
	// in its Python code; none means no route.
	Methods []string

	app *App
	// module is the Python module's name (components.NAME…); code is the
	// frontmatter of a .jpy component ("" for none).
	module string
	code   string

	mu  sync.Mutex
	mod *vm.Module // the .jpy component's module, once imported
}

// newComponent reads the component file rel; nil for files that are not
// components (other extensions, Python package markers).
func newComponent(a *App, rel string) *Component {
	base := path.Base(rel)
	kind, ok := componentKinds[path.Ext(base)]
	if !ok || base == "__init__.py" {
		return nil
	}
	name := strings.ReplaceAll(base[:strings.IndexByte(base, '.')], "-", "_")
	if name == "" {
		return nil
	}
	inner := strings.TrimPrefix(rel, "components/")
	c := &Component{
		Name:   name,
		File:   rel,
		Kind:   kind,
		app:    a,
		module: "components." + strings.ReplaceAll(strings.TrimSuffix(inner, path.Ext(inner)), "/", "."),
	}
	switch kind {
	case HTMLComponent, JPYComponent:
		c.Template = rel
		data, err := fs.ReadFile(a.FS, rel)
		if err != nil {
			return nil
		}
		sf := a.split(a.File(rel), string(data))
		text := sf.res.TemplateText(sf.f.Text)
		c.Alpine = strings.Contains(text, "x-data") || strings.Contains(text, "x-init")
		if kind == JPYComponent && sf.res.HasCode() {
			c.code = sf.res.FrontmatterText(sf.f.Text)
			c.Methods = detectMethods(c.code)
		}
	case PythonComponent:
		data, err := fs.ReadFile(a.FS, rel)
		if err != nil {
			return nil
		}
		c.Methods = detectMethods(string(data))
	}
	return c
}

// ComponentClass is the class of file components as Python sees them.
var ComponentClass = vm.NewGoClass("Component", "hyperflask.components", nil, nil)

// Type implements vm.Value.
func (c *Component) Type() *vm.Class { return ComponentClass }

// Repr implements repr(c).
func (c *Component) Repr(*vm.Thread) (string, error) {
	return "<Component '" + c.Name + "' " + c.File + ">", nil
}

// Route returns the URL of the component's route (reference §5.8):
// /__components/ and the name with every "_" as "/"; "" when it has none.
func (c *Component) Route() string {
	if len(c.Methods) == 0 {
		return ""
	}
	return "/__components/" + strings.ReplaceAll(c.Name, "_", "/")
}

// Call renders the component for a tag or a programmatic call: positional
// arguments, keyword arguments, and the body as the keyword caller (None
// or absent for none). The result is safe HTML.
func (c *Component) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	pos := vm.Tuple(append([]vm.Value(nil), args[:npos]...))
	kwargs := vm.NewDict(len(kwnames))
	var caller vm.Value
	for i, k := range kwnames {
		v := args[npos+i]
		if k == "caller" {
			if !vm.Is(v, vm.None) {
				caller = v
			}
			continue
		}
		kwargs.SetStr(k, v)
	}
	c.useAssets(th)
	switch c.Kind {
	case PythonComponent:
		return c.renderPython(th, pos, kwargs)
	case WebComponent:
		return c.renderWebComponent(th, kwargs, caller)
	case ReactComponent:
		return c.renderReact(th, kwargs)
	}
	var body vm.Value
	if caller != nil {
		body = &Children{caller: caller}
	} else {
		// What a macro's caller is when none was passed (Jinja's
		// Macro.__call__): calling it fails, testing it is false.
		body = &vm.Undefined{Kind: c.app.Env.UndefinedKind(), Name: "caller", Hint: "No caller defined"}
	}
	return c.render(th, pos, kwargs, body, nil)
}

// useAssets records the bundles that a page rendering the component
// loads: the component's script for web and React components (with the
// script that mounts React ones), Alpine for Alpine components.
func (c *Component) useAssets(th *vm.Thread) {
	switch {
	case c.Kind == WebComponent:
		UseAsset(th, AssetUse{Name: c.File})
	case c.Kind == ReactComponent:
		UseAsset(th, AssetUse{Name: ReactBundle})
		UseAsset(th, AssetUse{Name: c.File})
	case c.Alpine:
		UseAsset(th, AssetUse{Name: AlpineBundle})
	}
}

// render renders a template component in an isolated context (reference
// §5.7): vars (the server's, for routes; nil for tags), then props,
// kwargs, args, caller and children, then what the module's render()
// returns.
func (c *Component) render(th *vm.Thread, pos vm.Tuple, kwargs *vm.Dict, body vm.Value, vars *vm.Dict) (vm.Value, error) {
	ctx := vm.NewDict(8)
	if vars != nil {
		vars.Items(func(k, v vm.Value) bool {
			_ = ctx.SetItem(nil, k, v)
			return true
		})
	}
	ctx.SetStr("props", &Props{kwargs: kwargs})
	ctx.SetStr("kwargs", kwargs)
	ctx.SetStr("args", pos)
	ctx.SetStr("caller", body)
	ctx.SetStr("children", body)
	if c.code != "" {
		mod, err := c.importModule(th)
		if err != nil {
			return nil, err
		}
		if fn, ok := mod.Global("render"); ok {
			extra, err := callWith(th, fn, pos, kwargs)
			if err != nil {
				return nil, err
			}
			if ok, err := th.Truth(extra); err != nil {
				return nil, err
			} else if ok {
				update, err := th.GetAttr(ctx, "update")
				if err != nil {
					return nil, err
				}
				if _, err := th.CallValue(update, []vm.Value{extra}, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	t, err := c.app.Env.GetTemplate(c.Template)
	if err != nil {
		return nil, err
	}
	out, err := t.Render(th, ctx)
	if err != nil {
		return nil, err
	}
	return vm.Markup(out), nil
}

// renderPython returns what a .py component's render() returns, as safe
// HTML ("" when it is falsy).
func (c *Component) renderPython(th *vm.Thread, pos vm.Tuple, kwargs *vm.Dict) (vm.Value, error) {
	r, err := c.callRender(th, pos, kwargs)
	if err != nil {
		return nil, err
	}
	if ok, err := th.Truth(r); err != nil || !ok {
		return vm.Markup(""), err
	}
	return markupOf(th, r)
}

// callRender calls the render function of a .py component's module.
func (c *Component) callRender(th *vm.Thread, pos vm.Tuple, kwargs *vm.Dict) (vm.Value, error) {
	mod, err := c.importModule(th)
	if err != nil {
		return nil, err
	}
	fn, err := th.GetAttr(mod, "render")
	if err != nil {
		return nil, err
	}
	return callWith(th, fn, pos, kwargs)
}

// renderWebComponent renders <NAME ATTRS>BODY</NAME> with the name's "_"
// as "-" and the keyword arguments as attributes (html_tag's rules).
func (c *Component) renderWebComponent(th *vm.Thread, kwargs *vm.Dict, caller vm.Value) (vm.Value, error) {
	tag := strings.ReplaceAll(c.Name, "_", "-")
	args := []vm.Value{vm.Str(tag)}
	var names []string
	kwargs.Items(func(k, v vm.Value) bool {
		names = append(names, string(k.(vm.Str)))
		args = append(args, v)
		return true
	})
	start, err := htmlTag(th, args, names)
	if err != nil {
		return nil, err
	}
	out := string(start.(vm.Markup))
	if caller != nil {
		r, err := th.CallValue(caller, nil, nil)
		if err != nil {
			return nil, err
		}
		body, err := markupOf(th, r)
		if err != nil {
			return nil, err
		}
		out += string(body)
	}
	return vm.Markup(out + "</" + tag + ">"), nil
}

// renderReact renders the element that mounts a React component: its
// script's URL and the keyword arguments as HTML-escaped JSON (json.dumps,
// html.escape). The body is not rendered.
func (c *Component) renderReact(th *vm.Thread, kwargs *vm.Dict) (vm.Value, error) {
	jsonMod, err := c.app.Python.Import(th, "json")
	if err != nil {
		return nil, err
	}
	dumps, err := th.GetAttr(jsonMod, "dumps")
	if err != nil {
		return nil, err
	}
	js, err := th.CallValue(dumps, []vm.Value{kwargs}, nil)
	if err != nil {
		return nil, err
	}
	s, err := th.Str(js)
	if err != nil {
		return nil, err
	}
	url := c.app.assetURL(c.File)
	return vm.Markup(`<hf-react-component component-url="` + url + `" props="` + htmlEscapeQuote(s) + `"></hf-react-component>`), nil
}

// htmlEscapeQuote is Python's html.escape(s, quote=True).
var htmlEscapeQuote = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#x27;").Replace

// callWith calls fn(*pos, **kwargs).
func callWith(th *vm.Thread, fn vm.Value, pos vm.Tuple, kwargs *vm.Dict) (vm.Value, error) {
	args := make([]vm.Value, 0, len(pos)+kwargs.Len())
	args = append(args, pos...)
	names := make([]string, 0, kwargs.Len())
	kwargs.Items(func(k, v vm.Value) bool {
		names = append(names, string(k.(vm.Str)))
		args = append(args, v)
		return true
	})
	return th.CallValue(fn, args, names)
}

// importModule returns the component's Python module, importing it on
// first use, once per app (reference §5.6): a .py file through the app's
// module loader (so it is the module `import components.NAME` gives), a
// .jpy frontmatter compiled and run here, with no injected names. A module
// whose body fails is imported again next time, as in Python.
func (c *Component) importModule(th *vm.Thread) (*vm.Module, error) {
	th.Importer = c.app.Python
	if c.Kind == PythonComponent {
		return c.app.Python.Import(th, c.module)
	}
	c.mu.Lock()
	if c.mod != nil {
		m := c.mod
		c.mu.Unlock()
		return m, nil
	}
	file := c.app.File(c.File)
	// One leading newline keeps Python's line numbers equal to the file's
	// (reference §1.4).
	prog, diags := c.app.Python.CompileSource(file, "\n"+c.code, pycompile.Options{})
	if prog == nil {
		c.mu.Unlock()
		return nil, loader.SyntaxError(th, diags)
	}
	m := vm.NewModule(c.module, prog)
	m.SetGlobal("__package__", vm.Str(c.module[:strings.LastIndexByte(c.module, '.')]))
	// The module is visible while its body runs, so that the body can
	// render its own component, as a partly initialised module in Python.
	c.mod = m
	c.mu.Unlock()
	_, err := th.RunModule(m)
	if err != nil {
		c.mu.Lock()
		if c.mod == m {
			c.mod = nil
		}
		c.mu.Unlock()
		return nil, err
	}
	return m, nil
}

// ChildrenClass is the class of `children` (and `caller`) in a component.
var ChildrenClass = vm.NewGoClass("Children", "hyperflask.components", nil, nil)

// Children is the body of a block tag as a component sees it: calling it
// renders the body (compiled and escaped in the calling template) and
// returns it as safe HTML.
type Children struct{ caller vm.Value }

// Type implements vm.Value.
func (ch *Children) Type() *vm.Class { return ChildrenClass }

// Call renders the body with the caller arguments of the tag, if any.
func (ch *Children) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	r, err := th.CallValue(ch.caller, args, kwnames)
	if err != nil {
		return nil, err
	}
	return markupOf(th, r)
}

// PropsClass is the class of `props` in a component.
var PropsClass = vm.NewGoClass("Props", "hyperflask.components", nil, nil)

// Props is `props` in a file component (reference §5.7): props.NAME is
// the keyword argument NAME; a name that was not passed raises
// KeyError("unknown prop 'NAME'") rather than giving an undefined value,
// even under `is defined` (§10.10). The reference states that it raises
// but not what; the class and message are those of the conformance
// corpus's model (conformance/gen/pages.py). Names starting with "_" are
// not props: they are missing attributes, as on any object.
type Props struct{ kwargs *vm.Dict }

// Type implements vm.Value.
func (p *Props) Type() *vm.Class { return PropsClass }

// GetAttr implements props.NAME.
func (p *Props) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	if strings.HasPrefix(name, "_") {
		return nil, false, nil
	}
	if v, ok := p.kwargs.GetStr(name); ok {
		return v, true, nil
	}
	key, err := th.Repr(vm.Str(name))
	if err != nil {
		return nil, false, err
	}
	return nil, false, vm.NewException(vm.KeyErrorClass, vm.Str("unknown prop "+key))
}

// Repr implements repr(props).
func (p *Props) Repr(th *vm.Thread) (string, error) {
	s, err := th.Repr(p.kwargs)
	return "<Props " + s + ">", err
}
