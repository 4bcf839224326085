package app

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// testApp opens an app held in memory, with the reference's autoescape
// rule (the expectations come from the reference).
func testApp(t testing.TB, files map[string]string) *App {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	a, err := New(fsys, Options{Template: tmpl.Options{Autoescape: "hyperflask"}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// renderPage renders a page of an app with no data.
func renderPage(t testing.TB, a *App, page string) (string, error) {
	t.Helper()
	return a.RenderPage(vm.NewThread(context.Background()), page, vm.NewDict(0))
}

// errText is "Class: message" for an exception.
func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return tmpl.ErrorClass(err) + ": " + tmpl.ErrorMessage(err)
}

func TestRegistryPrecedence(t *testing.T) {
	a := testApp(t, map[string]string{
		"templates/__macros__.html":        `{% macro A() %}templates-macros{% endmacro %}{% macro B() %}templates-macros{% endmacro %}{% macro C() %}templates-macros{% endmacro %}{% macro D() %}templates-macros{% endmacro %}{% macro _hidden() %}{% endmacro %}`,
		"templates/sub/B.macro.html":       `templates-file`,
		"templates/C.macro.html":           `templates-file`,
		"macros/lib.html":                  `{% macro C() %}macros{% endmacro %}{% if true %}{% macro E() %}macros-if{% endmacro %}{% endif %}{% macro F() %}macros{% endmacro %}{% macro G() %}macros{% endmacro %}`,
		"macros/F.macro.html":              `macros-file`,
		"macros/_private.html":             `{% macro P() %}ignored{% endmacro %}`,
		"macros/.hidden.html":              `{% macro Q() %}ignored{% endmacro %}`,
		"macros/_H.macro.html":             `ignored`,
		"components/D.html":                `component`,
		"components/G.jpy":                 `component`,
		"components/forms/my-field.x.html": `field`,
		"components/notes.txt":             `ignored`,
		"components/__init__.py":           ``,
		"pages/index.jpy":                  `<{A}/> <{B}/> <{C}/> <{D}/> <{E}/> <{F}/> <{G}/> <{my_field}/> <{P}/> <{Q}/> <{H}/> <{notes}/>`,
	})
	got, err := renderPage(t, a, "pages/index.jpy")
	if err != nil {
		t.Fatal(errText(err))
	}
	want := `templates-macros templates-file macros component macros-if macros-file component field <P> <Q> <H> <notes>`
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	names := a.Registry.Names()
	wantNames := []string{"A", "B", "C", "D", "E", "F", "G", "Image", "my_field"}
	if !reflect.DeepEqual(names, wantNames) {
		t.Errorf("Names() = %q, want %q", names, wantNames)
	}
	var comps []string
	for _, c := range a.Registry.Components() {
		comps = append(comps, c.Name+"="+c.File+":"+c.Kind.String())
	}
	wantComps := []string{"D=components/D.html:html", "G=components/G.jpy:jpy", "my_field=components/forms/my-field.x.html:html"}
	if !reflect.DeepEqual(comps, wantComps) {
		t.Errorf("Components() = %q, want %q", comps, wantComps)
	}
}

func TestRegistryMacroSeesCallerContext(t *testing.T) {
	a := testApp(t, map[string]string{
		"templates/__macros__.html": `{% macro Card(title) %}[{{ title }}|{{ site }}|{{ caller() if caller }}]{% endmacro %}`,
		"pages/index.jpy":           "---\npage.site = 'S'\n---\n<{Card title=\"a\"}/>{% set site = 'T' %}<{Card title=\"b\"}>x</{}>{% for i in [1] %}<{Card title=i}/>{% endfor %}",
	})
	got, err := renderPage(t, a, "pages/index.jpy")
	if err != nil {
		t.Fatal(errText(err))
	}
	// The template is imported once per render; its macros read the
	// caller's variables when they run.
	if want := "[a|S|][b|T|x][1|T|]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWholeFileMacro(t *testing.T) {
	a := testApp(t, map[string]string{
		"templates/Tag.macro.html": "<{{ kwargs.t }}>{{ props.missing }}{{ caller() if caller }}</{{ props.t }}>\n",
		"pages/index.jpy":          `<{Tag t="b"}>x</{Tag}>|<{Tag t="i"}/>|{% set kwargs = {"t": "u"} %}{% set props = kwargs %}{% include "Tag.macro.html" %}`,
	})
	got, err := renderPage(t, a, "pages/index.jpy")
	if err != nil {
		t.Fatal(errText(err))
	}
	// The file's trailing newline is part of the macro; the template itself
	// stays a plain template under its own name.
	if want := "<b>x</b>\n|<i></i>\n|<u></u>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, err = renderPage(t, testApp(t, map[string]string{
		"macros/Tag.macro.html": "x",
		"pages/index.jpy":       `<{Tag "positional"}/>`,
	}), "pages/index.jpy")
	if want := "TypeError: macro 'Tag' takes not more than 0 argument(s)"; errText(err) != want {
		t.Errorf("positional argument: got %s, want %s", errText(err), want)
	}
}

func TestComponentIsolatedContext(t *testing.T) {
	a := testApp(t, map[string]string{
		"components/Box.html": `[{{ secret }}][{{ page }}][{{ html_class("a", b=true) }}][{{ args }}][{{ kwargs }}][{{ "C" if caller }}{{ "C" if children }}]`,
		"pages/index.jpy":     "---\npage.secret = 's'\n---\n<{Box 1 \"two\" k=3}/>",
	})
	got, err := renderPage(t, a, "pages/index.jpy")
	if err != nil {
		t.Fatal(errText(err))
	}
	if want := "[][][a b][(1, &#39;two&#39;)][{&#39;k&#39;: 3}][]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestComponentErrors(t *testing.T) {
	cases := []struct{ page, component, want string }{
		{`<{Greeting}/>`, `Hello {{ props.name }}`, `KeyError: "unknown prop 'name'"`},
		{`<{Greeting}/>`, `{% if props.name %}{% endif %}`, `KeyError: "unknown prop 'name'"`},
		{`<{Greeting}/>`, `[{{ props._x }}]`, `<nil>`},
		{`<{Greeting}/>`, `{{ children() }}`, `UndefinedError: No caller defined`},
		{`<{Greeting}/>`, `{{ caller() }}`, `UndefinedError: No caller defined`},
	}
	for _, c := range cases {
		a := testApp(t, map[string]string{"components/Greeting.html": c.component, "pages/index.jpy": c.page})
		_, err := renderPage(t, a, "pages/index.jpy")
		if got := errText(err); got != c.want {
			t.Errorf("%s with %s: got %s, want %s", c.page, c.component, got, c.want)
		}
	}
}

func TestComponentEscaping(t *testing.T) {
	files := map[string]string{
		"components/Esc.html": `[{{ props.v }}|{{ children() }}]`,
		"components/Raw.jpy":  `[{{ props.v }}|{{ children() }}]`,
		"pages/a.jpy":         "---\npage.v = '<b>'\n---\n<{Esc v=v}><i>{{ v }}</i></{}><{Raw v=v}><i>{{ v }}</i></{}>",
		"pages/b.html":        "---\nv: '<b>'\n---\n<{Esc v=v}><i>{{ v }}</i></{}><{Raw v=v}><i>{{ v }}</i></{}>",
	}
	a := testApp(t, files)
	for page, want := range map[string]string{
		"pages/a.jpy":  "[&lt;b&gt;|<i><b></i>][<b>|<i><b></i>]",
		"pages/b.html": "[&lt;b&gt;|<i>&lt;b&gt;</i>][<b>|<i>&lt;b&gt;</i>]",
	} {
		got, err := renderPage(t, a, page)
		if err != nil {
			t.Fatal(errText(err))
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", page, got, want)
		}
	}
}

func TestJPYComponentModule(t *testing.T) {
	a := testApp(t, map[string]string{
		"components/Counter.jpy": "---\nimports = []\nimports.append(__name__)\ndef render(*args, **props):\n    imports.append(len(imports))\n    return {'n': len(imports), 'injected': [n for n in ('page', 'request', 'app') if n in globals()]}\n---\n{{ n }}{{ injected }}",
		"components/Bad.jpy":     "---\n\nraise ValueError('boom')\n---\n",
		"components/Stars.py":    "calls = 0\ndef render(n, sep=''):\n    global calls\n    calls += 1\n    return sep.join(['*'] * n)\n",
		"pages/index.jpy":        `<{Counter}/> <{Counter}/> <{Stars 3 sep="-"}/>|<{Stars 0}/>|`,
		"pages/bad.jpy":          `<{Bad}/>`,
	})
	for _, want := range []string{"2[] 3[] *-*-*||", "4[] 5[] *-*-*||"} {
		got, err := renderPage(t, a, "pages/index.jpy")
		if err != nil {
			t.Fatal(errText(err))
		}
		if got != want {
			t.Errorf("got %q, want %q (the module runs once per app)", got, want)
		}
	}
	th := vm.NewThread(context.Background())
	stars, err := a.Python.Import(th, "components.Stars")
	if err != nil {
		t.Fatal(errText(err))
	}
	if calls, _ := stars.Global("calls"); !vm.Is(calls, vm.MakeInt(4)) {
		t.Errorf("components.Stars.calls = %v: the .py component is not the module the loader imports", calls)
	}
	for range 2 {
		_, err := renderPage(t, a, "pages/bad.jpy")
		if want := "ValueError: boom"; errText(err) != want {
			t.Errorf("got %s, want %s", errText(err), want)
		}
	}
}

func TestFrontendAdapters(t *testing.T) {
	a := testApp(t, map[string]string{
		"components/foo-bar.js":    `customElements.define("foo-bar", class extends HTMLElement {})`,
		"components/Chart.tsx":     `export default function Chart() {}`,
		"components/Toggle.html":   `<div x-data="{open: false}">{{ props.label }}</div>`,
		"components/Plain.jpy":     `plain`,
		"components/AlpineJ.jpy":   "---\nx = 1\n---\n<div x-init=\"go()\"></div>",
		"pages/index.jpy":          `<{foo_bar data-x=1 class_="c"}>body <b>{{ 1 }}</b></{}>|<{foo_bar}/>|<{Chart n=1 s="a\"<&'" l=[1, "é"]}>ignored</{}>|<{Toggle label="L"}/>`,
		"pages/unserializable.jpy": `<{Chart f=html_class}/>`,
	})
	got, err := renderPage(t, a, "pages/index.jpy")
	if err != nil {
		t.Fatal(errText(err))
	}
	want := `<foo-bar data-x="1" class="c">body <b>1</b></foo-bar>|<foo-bar></foo-bar>|` +
		`<hf-react-component component-url="/components/Chart.tsx" props="{&quot;n&quot;: 1, &quot;s&quot;: &quot;a\&quot;&lt;&amp;&#x27;&quot;, &quot;l&quot;: [1, &quot;\u00e9&quot;]}"></hf-react-component>|` +
		`<div x-data="{open: false}">L</div>`
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	alpine := map[string]bool{}
	for _, c := range a.Registry.Components() {
		alpine[c.Name] = c.Alpine
	}
	if want := map[string]bool{"AlpineJ": true, "Chart": false, "Plain": false, "Toggle": true, "foo_bar": false}; !reflect.DeepEqual(alpine, want) {
		t.Errorf("Alpine = %v, want %v", alpine, want)
	}
	_, err = renderPage(t, a, "pages/unserializable.jpy")
	if want := "TypeError: Object of type builtin_function_or_method is not JSON serializable"; errText(err) != want {
		t.Errorf("got %s, want %s", errText(err), want)
	}
}

func TestProgrammaticCalls(t *testing.T) {
	a := testApp(t, map[string]string{
		"templates/__macros__.html": `{% macro Card(title) %}<div>{{ title }}{{ caller() if caller }}</div>{% endmacro %}`,
		"components/Greeting.html":  `<p>Hello {{ props.name }}{% if children %} {{ children() }}{% endif %}</p>`,
	})
	th := vm.NewThread(context.Background())
	body := vm.NewBuiltin("body", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.Str("<b>x</b>"), nil
	})
	call := func(get func() (vm.Value, error), args []vm.Value, kwnames []string) string {
		f, err := get()
		if err != nil {
			return errText(err)
		}
		r, err := th.CallValue(f, args, kwnames)
		if err != nil {
			return errText(err)
		}
		s, _ := th.Repr(r)
		return s
	}
	attr := func(name string) func() (vm.Value, error) {
		return func() (vm.Value, error) { return th.GetAttr(a.Registry, name) }
	}
	item := func(name string) func() (vm.Value, error) {
		return func() (vm.Value, error) { return th.GetItem(a.Registry, vm.Str(name)) }
	}
	cases := []struct {
		got, want string
	}{
		{call(attr("Greeting"), []vm.Value{vm.Str("Ann")}, []string{"name"}), `Markup('<p>Hello Ann</p>')`},
		{call(item("Greeting"), []vm.Value{vm.Str("Ann"), body}, []string{"name", "caller"}), `Markup('<p>Hello Ann <b>x</b></p>')`},
		{call(attr("Card"), []vm.Value{vm.Str("T"), body}, []string{"title", "caller"}), `Markup('<div>T&lt;b&gt;x&lt;/b&gt;</div>')`},
		{call(item("Card"), []vm.Value{vm.Str("<T>")}, nil), `Markup('<div>&lt;T&gt;</div>')`},
		{call(attr("Missing"), nil, nil), `AttributeError: 'MacroRegistry' object has no attribute 'Missing'`},
		{call(item("Missing"), nil, nil), `KeyError: 'Missing'`},
		{call(attr("Greeting"), nil, nil), `KeyError: "unknown prop 'name'"`},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %s, want %s", i, c.got, c.want)
		}
	}
	for name, want := range map[string]bool{"Card": true, "Greeting": true, "greeting": false} {
		if got, err := th.Contains(a.Registry, vm.Str(name)); err != nil || got != want {
			t.Errorf("%q in app.macros = %v, %v; want %v", name, got, err, want)
		}
	}
}

func TestDetectMethods(t *testing.T) {
	cases := []struct {
		code string
		want []string
	}{
		{"", nil},
		{"def get():\n    pass\n", []string{"GET"}},
		{"def post():\n    pass\ndef delete():\n    pass\n", []string{"POST", "DELETE"}},
		{"    def get():\n        pass\n", nil},
		{"async def get():\n    pass\n", nil},
		{"def get ():\n    pass\n", nil},
		{"target = 1\nrepost = 2\n", []string{"GET", "POST"}},
		{"if target == 1: pass\n", []string{"GET"}},
		{"def\tput(x):\n", []string{"PUT"}},
		{"options\u00a0= {}\n", []string{"OPTIONS"}},
	}
	for _, c := range cases {
		if got := detectMethods(c.code); !reflect.DeepEqual(got, c.want) {
			t.Errorf("detectMethods(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}

func TestComponentRoutes(t *testing.T) {
	a := testApp(t, map[string]string{
		"components/TodoItem.jpy": "---\nfrom json import dumps\ndef get():\n    return {'id': 1}\ndef post():\n    return 'created'\ndef delete():\n    return None\ndef render(**props):\n    return {'json': dumps(props)}\n---\n{{ page_var }}|{{ props.id if 'id' in kwargs }}|{{ json }}|{{ children }}",
		"components/todo_list.py": "def get():\n    return {'n': 2}\ndef render(n=0):\n    return '<ul>' * n\n",
		"components/Static.html":  "static",
		"components/Empty.jpy":    "---\nx = 1\n---\nempty",
	})
	var routes []string
	for _, c := range a.Registry.Components() {
		routes = append(routes, fmt.Sprintf("%s %s %v %s", c.Name, c.Route(), c.Methods, c.Template))
	}
	want := []string{
		"Empty  [] components/Empty.jpy",
		"Static  [] components/Static.html",
		"TodoItem /__components/TodoItem [GET POST DELETE] components/TodoItem.jpy",
		"todo_list /__components/todo/list [GET] ",
	}
	if !reflect.DeepEqual(routes, want) {
		t.Errorf("routes:\n%s\nwant:\n%s", strings.Join(routes, "\n"), strings.Join(want, "\n"))
	}
	th := vm.NewThread(context.Background())
	vars := vm.NewDict(1)
	vars.SetStr("page_var", vm.Str("P"))
	vars.SetStr("json", vm.Str("overridden"))
	for _, c := range []struct{ name, method, want string }{
		{"TodoItem", "GET", `Markup('P|1|{"id": 1}|None')`},
		{"TodoItem", "POST", `'created'`},
		{"TodoItem", "DELETE", `Markup('P||{}|None')`},
		{"TodoItem", "PUT", `Markup('P||{}|None')`},
		{"todo_list", "GET", `'<ul><ul>'`},
		{"Static", "GET", `LookupError: no component route named 'Static'`},
	} {
		r, err := a.RunComponentRoute(th, c.name, c.method, vars)
		got := errText(err)
		if err == nil {
			got, _ = th.Repr(r)
		}
		if got != c.want {
			t.Errorf("%s %s: got %s, want %s", c.method, c.name, got, c.want)
		}
	}
}

// BenchmarkTags renders 1000 tags of a registry macro, a component and an
// HTML element.
func BenchmarkTags(b *testing.B) {
	var macros strings.Builder
	for i := range 30 {
		fmt.Fprintf(&macros, "{%% macro M%d(x) %%}<i>{{ x }}</i>{%% endmacro %%}\n", i)
	}
	a := testApp(b, map[string]string{
		"templates/__macros__.html": macros.String(),
		"components/C.html":         "<i>{{ props.x }}</i>",
		"pages/macro.jpy":           "{% for i in range(1000) %}<{M3 x=i}/>{% endfor %}",
		"pages/component.jpy":       "{% for i in range(1000) %}<{C x=i}/>{% endfor %}",
		"pages/html.jpy":            "{% for i in range(1000) %}<{i x=i}/>{% endfor %}",
	})
	a.Env.SetGlobal("range", vm.RangeClass)
	th := vm.NewThread(context.Background())
	for _, page := range []string{"macro", "component", "html"} {
		b.Run(page, func(b *testing.B) {
			for b.Loop() {
				if _, err := a.RenderPage(th, "pages/"+page+".jpy", vm.NewDict(0)); err != nil {
					b.Fatal(errText(err))
				}
			}
		})
	}
}
