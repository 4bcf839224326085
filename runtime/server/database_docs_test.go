package server

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDatabaseDocSamples checks that each code block of docs/database.md
// announced by <!-- PATH --> is the file PATH, which TestDatabaseDocApp
// serves.
func TestDatabaseDocSamples(t *testing.T) {
	doc, err := os.ReadFile("../../docs/database.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)<!-- (docs/[^ ]+) -->\n```[a-z]*\n(.*?)```\n")
	blocks := re.FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 4 {
		t.Fatalf("found %d samples in docs/database.md", len(blocks))
	}
	for _, b := range blocks {
		data, err := os.ReadFile(filepath.Join("../..", b[1]))
		if err != nil {
			t.Errorf("%s: %v", b[1], err)
			continue
		}
		if string(data) != b[2] {
			t.Errorf("docs/database.md's sample of %s differs from the file:\n%s", b[1], b[2])
		}
	}
}

// TestDatabaseDocApp serves docs/database/app from a copy.
func TestDatabaseDocApp(t *testing.T) {
	dir := t.TempDir()
	src := "../../docs/database/app"
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		dst := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := Open(dir, Options{Environ: []string{"FLASK_SECRET_KEY=test"}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, d := range srv.Diagnostics() {
		t.Errorf("diagnostic: %v", d)
	}
	do := func(method, target, form string) (int, string) {
		req := httptest.NewRequest(method, target, strings.NewReader(form))
		if form != "" {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec.Code, rec.Body.String()
	}
	for i, title := range []string{"water plants", "buy milk", "buy milk"} {
		code, body := do(http.MethodPost, "/tasks/add", url.Values{"title": {title}}.Encode())
		want := http.StatusFound
		if i == 2 {
			want = http.StatusConflict
		}
		if code != want {
			t.Errorf("POST /tasks/add %q: %d %s, want %d", title, code, body, want)
		}
	}
	if code, body := do(http.MethodPost, "/tasks/1", ""); code != http.StatusFound {
		t.Errorf("POST /tasks/1: %d %s", code, body)
	}
	if code, _ := do(http.MethodPost, "/tasks/7", ""); code != http.StatusNotFound {
		t.Errorf("POST /tasks/7: %d, want 404", code)
	}
	code, body := do(http.MethodGet, "/", "")
	want := "<ul><li>buy milk</li><li>water plants ✓</li></ul>\n<p>1 left</p>"
	if code != 200 || strings.TrimSpace(body) != want {
		t.Errorf("GET /: %d %q, want %q", code, body, want)
	}
}
