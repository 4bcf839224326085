package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/testnpm"
)

// assetApp is a project whose pages use components with bundle blocks, a
// web component and the files of app/assets/.
var assetApp = map[string]string{
	"config.yml":                 "secret_key: test\n",
	"public/robots.txt":          "User-agent: *\n",
	"app/assets/main.css":        "body { margin: 0 }\n",
	"app/assets/img/logo.svg":    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>`,
	"app/layouts/default.html":   "<!DOCTYPE html>\n<html><head>{{ asset_tags() }}</head><body>{% block content %}{% endblock %}</body></html>\n",
	"app/components/Card.html":   "<div class=\"card\">{{ props.title }}</div><style bundle>.card { border: 1px solid }</style>",
	"app/components/my_clock.js": "customElements.define('my-clock', class extends HTMLElement {});\n",
	"app/components/Counter.jpy": "---\ndef get():\n    return {'n': 1}\n---\n<p class=\"counter\">{{ props.n }}</p><script bundle>console.log('counter')</script>",
	"app/pages/index.jpy":        "{% use_layout %}\n<{Card title=\"a\"}/><{my_clock zone=\"utc\"}/>\n<img src=\"{{ asset_url('img/logo.svg') }}\"> {{ asset_url('unknown.js') }}\n",
	"app/pages/about.jpy":        "{% use_layout %}\n<p>about</p>\n",
	"app/pages/broken.html":      "<script bundle>\nlet x = {{ x }};\n</script>",
	"app/templates/404.html":     "{% extends 'layouts/default.html' %}{% block content %}<{Card title=\"lost\"}/>{% endblock %}",
}

// serveAssetApp writes a project, opens it in env and serves it on
// loopback; nodeModules, when given, becomes its node_modules.
func serveAssetApp(t *testing.T, files map[string]string, env string, nodeModules ...string) (*Server, *httptest.Server) {
	t.Helper()
	dir := t.TempDir()
	for _, nm := range nodeModules {
		if err := os.Symlink(nm, filepath.Join(dir, "node_modules")); err != nil {
			t.Fatal(err)
		}
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var errLog strings.Builder
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("error log:\n%s", errLog.String())
		}
	})
	srv, err := Open(dir, Options{Env: env, Environ: []string{}, ErrorLog: &errLog})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts
}

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func TestAssetsServed(t *testing.T) {
	srv, ts := serveAssetApp(t, assetApp, "")
	var codes []string
	for _, d := range srv.Diagnostics() {
		codes = append(codes, string(d.Code))
	}
	if strings.Join(codes, " ") != string(diag.BundleJinja) {
		t.Errorf("diagnostics %v; want the Jinja construct in broken.html's block", srv.Diagnostics())
	}

	_, index := get(t, ts.URL+"/")
	links := regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`).FindAllStringSubmatch(index, -1)
	scripts := regexp.MustCompile(`<script type="module" src="([^"]+)"></script>`).FindAllStringSubmatch(index, -1)
	if len(links) != 2 || len(scripts) != 1 || strings.Contains(index, "hf:asset-tags") {
		t.Fatalf("the index loads main.css, the card's style and the clock's script:\n%s", index)
	}
	if !strings.Contains(links[0][1], "/static/assets/main-") || !strings.Contains(links[1][1], "/static/assets/inline/") ||
		!strings.Contains(scripts[0][1], "/static/assets/components/my_clock-") {
		t.Errorf("index's assets: %v %v", links, scripts)
	}
	if !strings.Contains(index, `<div class="card">a</div><my-clock zone="utc"></my-clock>`) {
		t.Errorf("the bundle block is part of the page:\n%s", index)
	}
	if !regexp.MustCompile(`<img src="/static/assets/img/logo-[A-Z0-9]{8}\.svg"> /static/unknown.js`).MatchString(index) {
		t.Errorf("asset_url():\n%s", index)
	}

	_, about := get(t, ts.URL+"/about")
	if strings.Count(about, "<link") != 1 || strings.Contains(about, "inline/") || strings.Contains(about, "<script") {
		t.Errorf("a page without components loads main.css only:\n%s", about)
	}

	// Built files are immutable; a conditional request is answered 304.
	resp, css := get(t, ts.URL+links[1][1])
	if resp.StatusCode != 200 || !strings.Contains(css, ".card") || resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" ||
		resp.Header.Get("Content-Type") != "text/css; charset=utf-8" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("GET %s: %d %v\n%s", links[1][1], resp.StatusCode, resp.Header, css)
	}
	etag := resp.Header.Get("ETag")
	if resp, _ := get(t, ts.URL+links[1][1], "If-None-Match", etag); etag == "" || resp.StatusCode != 304 {
		t.Errorf("If-None-Match %s: %d", etag, resp.StatusCode)
	}
	// The files of public/ are revalidated against their ETag.
	resp, _ = get(t, ts.URL+"/static/robots.txt")
	etag = resp.Header.Get("ETag")
	if resp.Header.Get("Cache-Control") != "no-cache" || etag == "" {
		t.Errorf("public file: %v", resp.Header)
	}
	if resp, _ := get(t, ts.URL+"/static/robots.txt", "If-None-Match", etag); resp.StatusCode != 304 {
		t.Errorf("public file, If-None-Match: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts.URL+"/static/assets/missing-ABCDEFGH.js"); resp.StatusCode != 404 {
		t.Errorf("a missing asset: %d", resp.StatusCode)
	}

	// An htmx request for a component gets the tags of what it used,
	// which its page may not have loaded.
	resp, frag := get(t, ts.URL+"/__components/Counter", "HX-Request", "true")
	if resp.StatusCode != 200 || !regexp.MustCompile(`^<p class="counter">1</p>\n<script type="module" src="/static/assets/inline/[0-9a-f]{12}-[A-Z0-9]{8}\.js"></script>$`).MatchString(frag) {
		t.Errorf("htmx fragment: %d\n%s", resp.StatusCode, frag)
	}
	if _, plain := get(t, ts.URL+"/__components/Counter"); strings.Contains(plain, "<script") {
		t.Errorf("a fragment for a plain request has no tags:\n%s", plain)
	}

	// An error page loads what its components use.
	resp, lost := get(t, ts.URL+"/nowhere")
	if resp.StatusCode != 404 || !strings.Contains(lost, links[1][1]) || !strings.Contains(lost, `<div class="card">lost</div>`) {
		t.Errorf("404 page: %d\n%s", resp.StatusCode, lost)
	}

	// A page whose block holds a Jinja construct fails with the line.
	resp, body := get(t, ts.URL+"/broken")
	if resp.StatusCode != 500 {
		t.Errorf("broken page: %d\n%s", resp.StatusCode, body)
	}
}

func TestAssetsJinjaInBlockDev(t *testing.T) {
	files := map[string]string{"app/pages/broken.html": "<p>x</p>\n<script bundle>\nlet x = {{ x }};\n</script>"}
	_, ts := serveAssetApp(t, files, "development")
	resp, body := get(t, ts.URL+"/broken")
	if resp.StatusCode != 500 || !strings.Contains(body, "a Jinja expression {{ … }} on line 3 inside the &lt;script bundle&gt; opened on line 2") {
		t.Errorf("%d\n%s", resp.StatusCode, body)
	}
}

// TestAlpineCSP checks that the pages that load Alpine, and only those, let
// the default policy evaluate code, and that a configured script-src wins.
func TestAlpineCSP(t *testing.T) {
	nm := testnpm.Require(t, "alpinejs")
	files := map[string]string{
		"package.json":             `{"dependencies": {"alpinejs": "^3"}}`,
		"app/layouts/default.html": `<head>{{ asset_tags() }}</head>{% block content %}{% endblock %}`,
		"app/components/Menu.html": `<div x-data="{ open: false }"></div>`,
		"app/pages/index.jpy":      "{% use_layout %}<{Menu}/>",
		"app/pages/plain.jpy":      "{% use_layout %}<p>plain</p>",
	}
	_, ts := serveAssetApp(t, files, "", nm)
	resp, body := get(t, ts.URL+"/")
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self' 'unsafe-inline' 'unsafe-eval';") ||
		!strings.Contains(body, "/static/assets/hyperflask/alpine-") {
		t.Errorf("a page with Alpine: CSP %q\n%s", csp, body)
	}
	resp, body = get(t, ts.URL+"/plain")
	if csp := resp.Header.Get("Content-Security-Policy"); strings.Contains(csp, "unsafe-eval") || strings.Contains(body, "alpine") {
		t.Errorf("a page without Alpine: CSP %q\n%s", csp, body)
	}
	files["config.yml"] = "csp_script_src: \"'self'\"\n"
	_, ts = serveAssetApp(t, files, "", nm)
	if resp, _ := get(t, ts.URL+"/"); !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self';") {
		t.Errorf("a configured script-src: %q", resp.Header.Get("Content-Security-Policy"))
	}
}

func TestAssetConfig(t *testing.T) {
	for _, tc := range []struct{ yml, want string }{
		{"", "bundles=<nil> include=<nil> ext=[] boost=false alpine=false url=/static/assets diags=0"},
		{"assets_bundles: [main.js, x.css]\nassets_include: []\nhtmx_ext: 'sse, ws'\nhtmx_boost_site: true\nalpine: true\nstatic_url_path: /s/",
			"bundles=[{main.js [main.js]} {x.css [x.css]}] include=[] ext=[sse ws] boost=true alpine=true url=/s/assets diags=0"},
		{"assets_bundles:\n  '@a': [a.js]\n  '@b': [b.js, b.css]\nhtmx_ext: [sse]",
			"bundles=[{@a [a.js]} {@b [b.js b.css]}] include=<nil> ext=[sse] boost=false alpine=false url=/static/assets diags=0"},
		{"assets_bundles: main.js\nassets_include: 3\nhtmx_ext: {a: 1}",
			"bundles=<nil> include=<nil> ext=[] boost=false alpine=false url=/static/assets diags=3"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "config.yml"), []byte(tc.yml), 0o644); err != nil {
			t.Fatal(err)
		}
		ac, diags := AssetConfig(LoadConfig(os.DirFS(dir), dir, "production", nil))
		bundles := "<nil>"
		if ac.Bundles != nil {
			bundles = fmt.Sprint(ac.Bundles)
		}
		include := "<nil>"
		if ac.Include != nil {
			include = fmt.Sprint(ac.Include)
		}
		got := fmt.Sprintf("bundles=%s include=%s ext=%v boost=%v alpine=%v url=%s diags=%d", bundles, include, ac.HtmxExt, ac.HtmxBoost, ac.Alpine, ac.URLPath, len(diags))
		if got != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.yml, got, tc.want)
		}
	}
}

// TestAssetsInBundle compiles an app into a bundle: its assets are built
// then, minified, and the bundle serves them without building.
func TestAssetsInBundle(t *testing.T) {
	dir := t.TempDir()
	for name, text := range assetApp {
		if name == "app/pages/broken.html" {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	diags, err := CompileBundle(dir, &buf, Options{})
	if err != nil || diags.HasErrors() {
		t.Fatalf("CompileBundle: %v %v", err, diags)
	}
	file := filepath.Join(t.TempDir(), "app.hfb")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The sources are gone: what is served comes from the bundle.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	srv, err := OpenBundle(file, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	_, index := get(t, ts.URL+"/")
	css := regexp.MustCompile(`<link rel="stylesheet" href="(/static/assets/inline/[^"]+)">`).FindStringSubmatch(index)
	if css == nil || !strings.Contains(index, "/static/assets/components/my_clock-") {
		t.Fatalf("the bundle's page does not load its assets:\n%s", index)
	}
	resp, body := get(t, ts.URL+css[1])
	if resp.StatusCode != 200 || body != ".card{border:1px solid}\n" {
		t.Errorf("GET %s: %d %q (want the minified block)", css[1], resp.StatusCode, body)
	}
}

// TestAssetsBuiltinLayout checks that hfc's default layout loads the page's
// assets in its head, once.
func TestAssetsBuiltinLayout(t *testing.T) {
	_, ts := serveAssetApp(t, map[string]string{
		"config.yml":               "secret_key: test\n",
		"app/assets/main.css":      "body { margin: 0 }\n",
		"app/components/Card.html": "<div class=\"card\"></div><style bundle>.card { border: 1px solid }</style>",
		"app/pages/index.jpy":      "{% use_layout %}<{Card}/>",
	}, "")
	_, page := get(t, ts.URL+"/")
	head, _, ok := strings.Cut(page, "</head>")
	if !ok || strings.Count(head, `rel="stylesheet"`) != 2 || strings.Count(page, `rel="stylesheet"`) != 2 {
		t.Errorf("the default layout's head does not load main.css and the card's style once each:\n%s", page)
	}
}
