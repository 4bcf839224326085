package server

import (
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// TestUIMacros renders every built-in UI macro (app.UIMacros) as a block
// tag with a body, then as an inline tag with class and an attribute,
// over loopback, and pins the output (testdata/ui_macros.golden, -update).
// It also checks that every daisyUI name of the reference is provided.
func TestUIMacros(t *testing.T) {
	for _, n := range app.DaisyUIMacros {
		if !slices.Contains(app.UIMacros, n) {
			t.Errorf("the daisyUI macro %s is not built in", n)
		}
	}
	var page strings.Builder
	page.WriteString("---\n---\n")
	for _, n := range app.UIMacros {
		page.WriteString("== " + n + "\n<{" + n + "}>body</{" + n + "}>\n<{" + n + " class=\"extra\" data-x=\"1\"}/>\n")
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pages", "index.jpy"), []byte(page.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	srv, err := Open(dir, Options{Environ: []string{"FLASK_SECRET_KEY=test"}, Template: tmpl.Options{Autoescape: "hyperflask"}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ts := httptest.NewServer(srv)
	defer ts.Close()
	resp, err := ts.Client().Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET /: %d\n%s", resp.StatusCode, body)
	}
	golden.Check(t, "testdata/ui_macros.golden", []byte(strings.ReplaceAll(string(body), ts.URL, "$URL")))
}
