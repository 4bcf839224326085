package assets

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/compiler/bundles"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/testnpm"
	"github.com/hyperflask/hfc/runtime/app"
)

// writeProject writes files (path → content) into a new project folder
// whose app lives in app/.
func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// build builds the assets of a project.
func build(t testing.TB, dir string, cfg Config, opts Options) *Result {
	t.Helper()
	appRoot := filepath.Join(dir, "app")
	a, err := app.New(os.DirFS(appRoot), app.Options{Root: appRoot, Package: "app"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Build(Project{Root: dir, AppRoot: appRoot, App: a, Config: cfg}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// file returns the built file a name loads (the only script, stylesheet
// or module of its entry).
func file(t *testing.T, res *Result, name string) string {
	t.Helper()
	u, ok := res.URL(name)
	if !ok {
		t.Fatalf("no asset named %s; entries: %v", name, names(res))
	}
	data, ok := res.Files[strings.TrimPrefix(u, res.URLPath+"/")]
	if !ok {
		t.Fatalf("%s: %s is not a built file", name, u)
	}
	return string(data)
}

func names(res *Result) []string {
	var out []string
	for n := range res.Entries {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// noNPM is an app that needs no npm package: config bundles, bundle
// blocks (anonymous and named, in pages, components and layouts), a web
// component and a copied image.
var noNPM = map[string]string{
	"app/assets/main.js":          "import { greet } from './lib/greet.js';\ngreet('main');\n",
	"app/assets/lib/greet.js":     "export function greet(who) { console.log('hello ' + who); }\n",
	"app/assets/main.css":         "@import './base.css';\n.logo { background: url(img/logo.png); }\n",
	"app/assets/base.css":         "body { margin: 0 }\n",
	"app/assets/img/logo.png":     "PNG",
	"app/components/Card.html":    "<div class=\"card\">{{ props.title }}</div>\n<style bundle>\n.card { border: 1px solid }\n</style>\n",
	"app/components/my_clock.ts":  "const t: number = 1;\ncustomElements.define('my-clock', class extends HTMLElement { connectedCallback() { this.textContent = String(t); } });\n",
	"app/layouts/default.html":    "<html><head>{{ asset_tags() }}</head><body>{% block content %}{% endblock %}<script bundle=\"@site\">console.log('layout')</script></body></html>\n",
	"app/pages/index.jpy":         "---\ntitle = 'x'\n---\n<p>index</p>\n<script bundle>\n  document.title = 'inline';\n</script>\n<script bundle=\"@site\">console.log('page')</script>\n",
	"app/pages/about.html":        "<p>about</p><style bundle>p { color: red }</style>",
	"app/templates/partial.html":  "<script bundle>console.log('partial')</script>",
	"app/macros/forms.macro.html": "<form></form><style bundle>form { display: grid }</style>",
}

func TestBuild(t *testing.T) {
	dir := writeProject(t, noNPM)
	res := build(t, dir, Config{}, Options{})
	if len(res.Diags) > 0 {
		t.Fatalf("diagnostics: %v", res.Diags)
	}

	main := file(t, res, "main.js")
	if !strings.Contains(main, "hello ") || strings.Contains(main, "import ") {
		t.Errorf("main.js is not bundled with its import:\n%s", main)
	}
	css := file(t, res, "main.css")
	if !strings.Contains(css, "margin: 0") || !regexp.MustCompile(`url\("?/static/assets/files/logo-[A-Z0-9]{8}\.png"?\)`).MatchString(css) {
		t.Errorf("main.css lacks its import or the image's URL:\n%s", css)
	}
	if u, _ := res.URL("img/logo.png"); !regexp.MustCompile(`^/static/assets/img/logo-[A-Z0-9]{8}\.png$`).MatchString(u) {
		t.Errorf("asset_url('img/logo.png') = %q; want the copy under its content hash", u)
	}
	if got := strings.Join(res.Defaults, " "); got != "main.js main.css" {
		t.Errorf("defaults %q; want main.js main.css", got)
	}
	if js := file(t, res, "components/my_clock.ts"); !strings.Contains(js, "my-clock") || strings.Contains(js, ": number") {
		t.Errorf("the web component is not compiled from TypeScript:\n%s", js)
	}

	// Each anonymous block is a bundle named by its content; named blocks
	// share their bundle, in file order (layouts before pages).
	a, err := app.New(os.DirFS(filepath.Join(dir, "app")), app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srcs, _ := a.BundleBlocks()
	var ids []string
	for _, s := range srcs {
		for _, b := range s.Blocks {
			ids = append(ids, s.File+" "+b.ID())
		}
	}
	if len(ids) != 7 {
		t.Fatalf("blocks: %v", ids)
	}
	inline := file(t, res, bundles.InlineID(bundles.Script, "\n  document.title = 'inline';\n"))
	if !strings.Contains(inline, `document.title = "inline"`) {
		t.Errorf("the page's block:\n%s", inline)
	}
	site := file(t, res, "@site")
	if i, j := strings.Index(site, "layout"), strings.Index(site, "page"); i < 0 || j < 0 || i > j {
		t.Errorf("@site holds the layout's block then the page's:\n%s", site)
	}
	if css := file(t, res, bundles.InlineID(bundles.Style, "\n.card { border: 1px solid }\n")); !strings.Contains(css, ".card") {
		t.Errorf("the component's style block:\n%s", css)
	}
	if css := file(t, res, bundles.InlineID(bundles.Style, "form { display: grid }")); !strings.Contains(css, "grid") {
		t.Errorf("the macro's style block:\n%s", css)
	}

	// The build is deterministic: same names, same bytes.
	again := build(t, dir, Config{}, Options{})
	if !equalFiles(res.Files, again.Files) {
		t.Error("two builds of the same app differ")
	}
	// Changing one block changes its file's name only.
	if err := os.WriteFile(filepath.Join(dir, "app/pages/about.html"), []byte("<p>about</p><style bundle>p { color: blue }</style>"), 0o644); err != nil {
		t.Fatal(err)
	}
	changed := build(t, dir, Config{}, Options{})
	var diff []string
	for name := range res.Files {
		if _, ok := changed.Files[name]; !ok {
			diff = append(diff, name)
		}
	}
	if len(diff) != 1 || !strings.HasPrefix(diff[0], "inline/") {
		t.Errorf("changing one style block renamed %v", diff)
	}
}

func equalFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !bytes.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

func TestDevAndMinify(t *testing.T) {
	dir := writeProject(t, noNPM)
	dev := build(t, dir, Config{}, Options{Dev: true})
	prod := build(t, dir, Config{}, Options{Minify: true})
	plain := build(t, dir, Config{}, Options{})

	js := file(t, dev, "main.js")
	if !regexp.MustCompile(`//# sourceMappingURL=/static/assets/main-[A-Z0-9]{8}\.js\.map\n$`).MatchString(js) {
		t.Errorf("a development build links its source map:\n%s", js)
	}
	id := bundles.InlineID(bundles.Script, "\n  document.title = 'inline';\n")
	u, _ := dev.URL(id)
	var sm struct {
		Sources  []string `json:"sources"`
		Mappings string   `json:"mappings"`
	}
	mapFile := strings.TrimPrefix(u, dev.URLPath+"/") + ".map"
	if err := json.Unmarshal(dev.Files[mapFile], &sm); err != nil {
		t.Fatalf("%s: %v", mapFile, err)
	}
	if len(sm.Sources) != 1 || !strings.Contains(sm.Sources[0], "pages/index.jpy") {
		t.Errorf("the source map of a page's block names %v; want the page", sm.Sources)
	}
	// The block's code is on line 6 of the page: its first mapping (after
	// the generated comment line) points at source line 6.
	if seg := strings.TrimLeft(sm.Mappings, ";"); len(vlq(seg)) < 3 || vlq(seg)[2] != 5 {
		t.Errorf("the block's mappings %q do not point at the page's line 6", sm.Mappings)
	}
	for name := range prod.Files {
		if strings.HasSuffix(name, ".map") {
			t.Errorf("a production build has the source map %s", name)
		}
	}
	if min, full := file(t, prod, "main.css"), file(t, plain, "main.css"); len(min) >= len(full) || strings.Contains(min, "\n  ") {
		t.Errorf("minified CSS (%d bytes) is not smaller than plain (%d):\n%s", len(min), len(full), min)
	}
}

func TestConfigBundles(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"app/assets/a.js":     "console.log('a')",
		"app/assets/b.js":     "console.log('b')",
		"app/assets/b.css":    "b { color: red }",
		"app/assets/admin.js": "console.log('admin')",
		"app/pages/index.jpy": "x",
	})
	res := build(t, dir, Config{
		Bundles: []Bundle{{Name: "@site", Files: []string{"a.js", "b.js", "b.css"}}, {Name: "@admin", Files: []string{"admin.js", "missing.js"}}},
		Include: []string{"@site"},
	}, Options{})
	if len(res.Diags) != 1 || res.Diags[0].Code != diag.BundleMissing || !strings.Contains(res.Diags[0].Message, "missing.js") {
		t.Fatalf("diagnostics %v; want W7004 for missing.js", res.Diags)
	}
	site := res.Entries["@site"]
	if site == nil || len(site.Scripts) != 2 || len(site.Styles) != 1 {
		t.Fatalf("@site: %+v", site)
	}
	tags := res.Tags(nil, true)
	if strings.Contains(tags, "admin") || strings.Count(tags, "<script") != 2 || strings.Count(tags, "stylesheet") != 1 {
		t.Errorf("the default tags load @site only:\n%s", tags)
	}
	if !strings.HasPrefix(tags, `<link rel="stylesheet"`) {
		t.Errorf("stylesheets come before scripts:\n%s", tags)
	}
	if tags := res.Tags([]app.AssetUse{{Name: "@admin"}, {Name: "@site"}}, false); strings.Contains(tags, "a-") || !strings.Contains(tags, "/admin-") {
		t.Errorf("a fragment's tags leave out the defaults:\n%s", tags)
	}
	if tags := res.Tags([]app.AssetUse{{Preload: "/x.png", As: "image", FetchPriority: "high"}}, false); tags != `<link rel="preload" href="/x.png" as="image" fetchpriority="high">` {
		t.Errorf("preload: %s", tags)
	}
	// The Result survives a JSON round trip (hfc compile stores it).
	data, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !equalFiles(res.Files, back.Files) || back.Tags(nil, true) != res.Tags(nil, true) {
		t.Error("the Result changed through JSON")
	}
}

func TestBuildErrors(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"app/assets/main.js":              "console.log('fine')",
		"app/pages/index.jpy":             "---\nx = 1\n---\n<p>a</p>\n<script bundle>\nlet a = ;\n</script>\n",
		"app/pages/other.html":            "<script bundle>\n  import 'nowhere-to-be-found';\n</script>",
		"app/pages/jinja.html":            "<style bundle>\np { color: {{ c }} }\n</style>",
		"app/components/w_c.js":           "import './missing.js'",
		"package.json":                    `{"dependencies": {"htmx.org": "^2"}}`,
		"node_modules/.package-lock.json": "{}",
		"app/assets/styles/x.css":         "p{}",
	})
	res := build(t, dir, Config{}, Options{})
	got := map[string]string{}
	for _, d := range res.Diags {
		got[filepath.Base(d.File)+":"+string(d.Code)] = d.Error()
	}
	for key, want := range map[string]string{
		"index.jpy:E7003":    "index.jpy:6:9: error[E7003]: Unexpected \";\"",
		"other.html:E7003":   "other.html:2:10: error[E7003]: Could not resolve \"nowhere-to-be-found\"",
		"jinja.html:E7001":   "jinja.html:2:12: error[E7001]: a Jinja expression {{ … }} on line 2 inside the <style bundle> opened on line 1",
		"w_c.js:E7003":       "w_c.js:1:8: error[E7003]: Could not resolve \"./missing.js\"",
		"package.json:W7005": "package.json:0:0: warning[W7005]: package.json lists htmx.org: node_modules has no htmx.org",
	} {
		if !strings.Contains(got[key], want) {
			t.Errorf("%s: got %q; want it to contain %q", key, got[key], want)
		}
	}
	if len(res.Diags) != 5 {
		t.Errorf("diagnostics: %v", res.Diags)
	}
	// What has no error is still built.
	if js := file(t, res, "main.js"); !strings.Contains(js, "fine") {
		t.Errorf("main.js: %s", js)
	}

	// An error in a module that an entry point imports leaves out that
	// entry point only.
	dir = writeProject(t, map[string]string{
		"app/assets/main.js":    "import './lib/bad.js';\n",
		"app/assets/lib/bad.js": "export let = 1;\n",
		"app/assets/fine.js":    "console.log('fine')",
		"app/assets/fine.css":   "p { color: red }",
		"app/pages/index.jpy":   "<style bundle>p { margin: 0 }</style>",
	})
	res = build(t, dir, Config{Bundles: []Bundle{{Name: "main.js", Files: []string{"main.js"}}, {Name: "@ok", Files: []string{"fine.js", "fine.css"}}}}, Options{})
	if len(res.Diags) != 1 || !strings.Contains(res.Diags[0].Error(), "lib/bad.js:1:12: error[E7003]") {
		t.Errorf("diagnostics: %v", res.Diags)
	}
	if e := res.Entries["@ok"]; e == nil || len(e.Scripts) != 1 || len(e.Styles) != 1 || res.Entries["main.js"] != nil {
		t.Errorf("entries: %v", names(res))
	}
	if _, ok := res.URL(bundles.InlineID(bundles.Style, "p { margin: 0 }")); !ok {
		t.Error("the page's block is not built")
	}
}

// TestBeforeNPMInstall: the packages of package.json that no node_modules
// holds yet are one note, not warnings (a new app runs at once).
func TestBeforeNPMInstall(t *testing.T) {
	dir := writeProject(t, map[string]string{"package.json": `{"dependencies": {"htmx.org": "^2", "alpinejs": "^3"}}`, "app/pages/index.jpy": "x"})
	res := build(t, dir, Config{}, Options{})
	if len(res.Diags) != 0 || len(res.Notes) != 1 || !strings.HasSuffix(res.Notes[0], "to bundle htmx.org and alpinejs (package.json lists them; there is no node_modules yet)") {
		t.Errorf("diagnostics %v, notes %q", res.Diags, res.Notes)
	}
}

func TestTailwindNote(t *testing.T) {
	dir := writeProject(t, map[string]string{"app/assets/main.css": "p{}", "package.json": "{}"})
	res := build(t, dir, Config{}, Options{})
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "app/assets/main.css is bundled as plain CSS: package.json does not list @tailwindcss/cli") {
		t.Errorf("notes: %q", res.Notes)
	}
	if strings.Contains(res.Notes[0], "\n") {
		t.Error("the note is more than one line")
	}
}

func TestTailwind(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"package.json":        `{"devDependencies": {"@tailwindcss/cli": "^4", "tailwindcss": "^4"}}`,
		"app/assets/main.css": "@import \"tailwindcss\";\n",
		"app/pages/index.jpy": "<p class=\"text-red-500 underline\">x</p>",
	})
	testnpm.Link(t, dir, "@tailwindcss/cli", "tailwindcss")
	res := build(t, dir, Config{}, Options{Minify: true})
	if len(res.Diags) > 0 || len(res.Notes) > 0 {
		t.Fatalf("diagnostics %v, notes %v", res.Diags, res.Notes)
	}
	css := file(t, res, "main.css")
	if !strings.Contains(css, ".text-red-500") || !strings.Contains(css, ".underline") || strings.Contains(css, ".text-blue-500") {
		t.Errorf("main.css is not Tailwind's output for the page's classes (%d bytes)", len(css))
	}
}

func TestNPMPackages(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"package.json":              `{"dependencies": {"htmx.org": "^2", "alpinejs": "^3", "react": "^19", "react-dom": "^19"}}`,
		"app/components/Hello.jsx":  "import { useState } from 'react';\nexport default function Hello({ name }) {\n  const [n, setN] = useState(0);\n  return <button onClick={() => setN(n + 1)}>{name} {n}</button>;\n}\n",
		"app/components/Menu.html":  "<div x-data=\"{ open: false }\"></div>",
		"app/components/Other.html": "<div>plain</div>",
		"app/pages/index.jpy":       "x",
	})
	testnpm.Link(t, dir, "htmx.org", "alpinejs", "react", "react-dom")
	res := build(t, dir, Config{HtmxExt: []string{"not-installed"}}, Options{Minify: true})
	if len(res.Diags) > 0 {
		t.Fatalf("diagnostics: %v", res.Diags)
	}
	if got := strings.Join(res.Defaults, " "); got != HtmxBundle {
		t.Errorf("defaults %q; want htmx only", got)
	}
	if js := file(t, res, HtmxBundle); !strings.Contains(js, "htmx") || !strings.Contains(js, "window.htmx") {
		t.Error("the htmx bundle does not set window.htmx")
	}
	if js := file(t, res, app.AlpineBundle); !strings.Contains(js, "Alpine") {
		t.Error("the Alpine bundle")
	}
	hello := res.Entries["components/Hello.jsx"]
	if hello == nil || len(hello.Modules) != 1 || len(hello.Scripts) != 0 {
		t.Fatalf("the React component is a module to preload: %+v", hello)
	}
	// React is one chunk that the component and the mount script share.
	comp, mount := file(t, res, "components/Hello.jsx"), file(t, res, app.ReactBundle)
	chunk := regexp.MustCompile(`chunks/chunk-[A-Z0-9]+\.js`)
	if c := chunk.FindString(comp); c == "" || !strings.Contains(mount, c[len("chunks/"):]) {
		t.Errorf("the component and the mount script do not share a chunk: %q", c)
	}
	if !strings.Contains(mount, "hf-react-component") {
		t.Error("the mount script does not define <hf-react-component>")
	}
}

// TestNPMFilesAndExtensions bundles a file of an npm package listed in
// assets_bundles, and an htmx extension (a package of node_modules) after
// window.htmx is set.
func TestNPMFilesAndExtensions(t *testing.T) {
	nm := testnpm.Require(t, "htmx.org", "alpinejs")
	dir := writeProject(t, map[string]string{
		"package.json": `{"dependencies": {"htmx.org": "^2", "htmx-ext-demo": "^1"}}`,
		"node_modules/htmx-ext-demo/package.json": `{"name": "htmx-ext-demo", "main": "demo.js"}`,
		"node_modules/htmx-ext-demo/demo.js":      "htmx.defineExtension('demo', {});\n",
		"app/pages/index.jpy":                     "x",
	})
	for _, pkg := range []string{"htmx.org", "alpinejs"} {
		if err := os.Symlink(filepath.Join(nm, pkg), filepath.Join(dir, "node_modules", pkg)); err != nil {
			t.Fatal(err)
		}
	}
	res := build(t, dir, Config{
		Bundles:   []Bundle{{Name: "@vendor", Files: []string{"alpinejs/dist/module.esm.js"}}},
		HtmxExt:   []string{"demo", "absent"},
		HtmxBoost: true,
	}, Options{})
	if len(res.Diags) > 0 {
		t.Fatalf("diagnostics: %v", res.Diags)
	}
	if js := file(t, res, "@vendor"); !strings.Contains(js, "Alpine") {
		t.Error("the npm file of @vendor is not bundled")
	}
	js := file(t, res, HtmxBundle)
	set, ext := strings.Index(js, "window.htmx = "), strings.Index(js, `defineExtension("demo"`)
	if set < 0 || ext < 0 || set > ext {
		t.Errorf("the extension must run after window.htmx is set (%d, %d)", set, ext)
	}
	if !strings.Contains(js, `.concat(["demo", "absent"])`) || !strings.Contains(js, `if (!body.hasAttribute("hx-boost")) body.setAttribute("hx-boost", "true")`) {
		t.Errorf("the htmx bundle does not apply HTMX_EXT and HTMX_BOOST_SITE to the body:\n%s", js[strings.Index(js, "window.htmx = "):])
	}
	if strings.Join(res.Defaults, " ") != HtmxBundle+" @vendor" {
		t.Errorf("defaults: %v", res.Defaults)
	}
}

func TestImageSize(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 7, 3))
	img.Set(1, 1, color.White)
	var p, j, g bytes.Buffer
	_ = png.Encode(&p, img)
	_ = jpeg.Encode(&j, img, nil)
	_ = gif.Encode(&g, img, nil)
	vp8x := append([]byte("RIFF\x00\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x00\x00\x00\x00"), 0x1f, 0x03, 0x00, 0x0f, 0x02, 0x00)
	for _, tc := range []struct {
		name string
		data []byte
		w, h int
	}{
		{"png", p.Bytes(), 7, 3},
		{"jpeg", j.Bytes(), 7, 3},
		{"gif", g.Bytes(), 7, 3},
		{"webp", vp8x, 800, 528},
		{"svg", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120px" height="40"></svg>`), 120, 40},
		{"svg viewBox", []byte(`<svg viewBox="0 0 24.4 12" xmlns="http://www.w3.org/2000/svg"/>`), 24, 12},
		{"text", []byte("hello"), 0, 0},
	} {
		if w, h := imageSize(tc.data); w != tc.w || h != tc.h {
			t.Errorf("%s: %dx%d; want %dx%d", tc.name, w, h, tc.w, tc.h)
		}
	}
	dir := writeProject(t, map[string]string{"app/assets/img/a.png": p.String(), "public/b.svg": `<svg width="5" height="6"></svg>`})
	res := build(t, dir, Config{}, Options{})
	res.SetStatic(os.DirFS(filepath.Join(dir, "public")), "/static")
	if u, w, h := res.Image("img/a.png"); !strings.HasPrefix(u, "/static/assets/img/a-") || w != 7 || h != 3 {
		t.Errorf("app/assets image: %s %dx%d", u, w, h)
	}
	if u, w, h := res.Image("b.svg"); u != "/static/b.svg" || w != 5 || h != 6 {
		t.Errorf("static image: %s %dx%d", u, w, h)
	}
	if u, w, h := res.Image("https://example.com/c.png"); u != "https://example.com/c.png" || w != 0 || h != 0 {
		t.Errorf("URL: %s %dx%d", u, w, h)
	}
}

// vlq decodes the fields of the first segment of source map mappings.
func vlq(s string) []int {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []int
	v, shift := 0, 0
	for _, c := range s {
		if c == ',' || c == ';' {
			break
		}
		d := strings.IndexRune(digits, c)
		v |= (d & 31) << shift
		shift += 5
		if d&32 == 0 {
			n := v >> 1
			if v&1 == 1 {
				n = -n
			}
			out = append(out, n)
			v, shift = 0, 0
		}
	}
	return out
}
