package docsite

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeDocs(t *testing.T, files map[string]string) string {
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

func get(t *testing.T, base, path string) (int, string, http.Header) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

// TestSite serves a small folder over loopback: pages at their URLs with
// links rewritten, the home page listing every document, redirects, files
// and 404s.
func TestSite(t *testing.T) {
	dir := writeDocs(t, map[string]string{
		"README.md":          "# Docs home\n\nStart with [routing](routing.md#rules) or [a decision](adr/0001-x.md).\n",
		"routing.md":         "# Routing `pages/`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nBack [home](README.md), [out](https://example.com/x.md).\n",
		"adr/0001-x.md":      "# ADR 1\n\nSee [routing](../routing.md) and [the suite](../../conformance/README.md).\n",
		"adr/README.md":      "# Decisions\n",
		"orphan.md":          "no heading here\n",
		"alpha.md":           "# Alpha\n",
		"img/logo.svg":       "<svg/>",
		".hidden/secret.md":  "# secret\n",
		"notes/untitled.txt": "plain",
		"notes/a.md":         "# Note A\n",
	})
	if !IsDocs(dir) {
		t.Fatal("IsDocs = false for a folder of documents")
	}
	s, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()

	code, body, _ := get(t, ts.URL, "/")
	if code != 200 || !strings.Contains(body, "<h1 id=\"docs-home\">Docs home</h1>") ||
		!strings.Contains(body, `<a href="routing#rules">routing</a>`) || !strings.Contains(body, `<a href="adr/0001-x">a decision</a>`) {
		t.Errorf("home: %d\n%s", code, body)
	}
	for _, want := range []string{`<a href="/orphan">orphan</a>`, `<a href="/adr/0001-x">ADR 1</a>`, `<a href="/adr/">Decisions</a>`, `<title>Docs home · hfc</title>`} {
		if !strings.Contains(body, want) {
			t.Errorf("home lacks %s", want)
		}
	}
	if strings.Contains(body, "secret") {
		t.Error("the home page lists a document of a hidden folder")
	}
	code, body, _ = get(t, ts.URL, "/routing")
	if code != 200 || !strings.Contains(body, "<table>") || !strings.Contains(body, `<a href="./">home</a>`) ||
		!strings.Contains(body, `href="https://example.com/x.md"`) || !strings.Contains(body, "<title>Routing pages/ · hfc</title>") {
		t.Errorf("/routing: %d\n%s", code, body)
	}
	code, body, _ = get(t, ts.URL, "/adr/0001-x")
	if code != 200 || !strings.Contains(body, `<a href="../routing">routing</a> and the suite.`) {
		t.Errorf("/adr/0001-x: %d\n%s", code, body)
	}
	if code, _, _ = get(t, ts.URL, "/adr/"); code != 200 {
		t.Errorf("/adr/: %d", code)
	}
	if code, body, _ = get(t, ts.URL, "/notes/"); code != 200 || !strings.Contains(body, `<a href="/notes/a">Note A</a>`) || strings.Contains(body, "ADR 1") {
		t.Errorf("/notes/: %d\n%s", code, body)
	}
	if code, _, h := get(t, ts.URL, "/routing.md"); code != 301 || h.Get("Location") != "/routing" {
		t.Errorf("/routing.md: %d %s", code, h.Get("Location"))
	}
	if code, _, h := get(t, ts.URL, "/adr"); code != 301 || h.Get("Location") != "/adr/" {
		t.Errorf("/adr: %d %s", code, h.Get("Location"))
	}
	if code, body, _ = get(t, ts.URL, "/img/logo.svg"); code != 200 || body != "<svg/>" {
		t.Errorf("/img/logo.svg: %d %q", code, body)
	}
	for _, p := range []string{"/nope", "/.hidden/secret", "/.hidden/secret.md", "/../etc/passwd"} {
		if code, _, _ = get(t, ts.URL, p); code != 404 && code != 301 {
			t.Errorf("%s: %d, want 404", p, code)
		}
	}
	var nav []string
	pages, _ := s.Pages()
	for _, pg := range s.Nav(pages) {
		nav = append(nav, pg.File)
	}
	if got := strings.Join(nav, " "); got != "routing.md alpha.md orphan.md" {
		t.Errorf("nav: %s", got)
	}
	resp, err := http.Post(ts.URL+"/", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 {
		t.Errorf("POST /: %d", resp.StatusCode)
	}
}

func TestIsDocs(t *testing.T) {
	for _, tc := range []struct {
		files map[string]string
		want  bool
	}{
		{map[string]string{"a.md": "x"}, true},
		{map[string]string{"a.md": "x", "pages/index.jpy": "x"}, false},
		{map[string]string{"README.md": "x", "config.yml": ""}, false},
		{map[string]string{"README.md": "x", "app/pages/index.jpy": ""}, false},
		{map[string]string{"notes.txt": "x"}, false},
	} {
		if got := IsDocs(writeDocs(t, tc.files)); got != tc.want {
			t.Errorf("%v: %v, want %v", tc.files, got, tc.want)
		}
	}
}

func TestRewriteLink(t *testing.T) {
	for in, want := range map[string]string{
		"routing.md":             "routing",
		"routing.md#rules":       "routing#rules",
		"../routing.md":          "../routing",
		"adr/README.md":          "adr/",
		"README.md":              "./",
		"README.md#top":          "./#top",
		"/abs.md":                "/abs.md",
		"https://x.org/a.md":     "https://x.org/a.md",
		"#local":                 "#local",
		"picture.png":            "picture.png",
		"../conformance/x.txtar": "../conformance/x.txtar",
	} {
		if got := RewriteLink(in); got != want {
			t.Errorf("RewriteLink(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCodeBlocks(t *testing.T) {
	src := "# T\n\n```jpy file=pages/index.jpy app=a\n---\npage.x = 1\n---\n{{ x }}\n```\n\ntext\n\n    indented\n\n```\n```\n\n- list\n\n  ```sh\n  hfc serve app\n  ```\n"
	bs := CodeBlocks([]byte(src))
	if len(bs) != 3 {
		t.Fatalf("%d blocks: %+v", len(bs), bs)
	}
	if b := bs[0]; b.Lang != "jpy" || b.Attrs["file"] != "pages/index.jpy" || b.Attrs["app"] != "a" || b.Text != "---\npage.x = 1\n---\n{{ x }}\n" || b.Line != 3 {
		t.Errorf("block 0: %+v", b)
	}
	if b := bs[1]; b.Lang != "" || b.Text != "" || b.Line != 14 {
		t.Errorf("block 1: %+v", b)
	}
	if b := bs[2]; b.Lang != "sh" || b.Text != "hfc serve app\n" || b.Line != 19 {
		t.Errorf("block 2: %+v", b)
	}
}
