package server

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/pgtest"
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

// TestDatabaseDocApp serves docs/database/app from a copy, on SQLite and
// on PostgreSQL (a server the test starts, internal/pgtest): the same app
// gives the same pages on both.
func TestDatabaseDocApp(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { checkDatabaseDocApp(t, nil) })
	t.Run("postgresql", func(t *testing.T) {
		checkDatabaseDocApp(t, []string{"FLASK_SQLORM_URI=" + pgtest.URI(t)})
	})
}

// checkDatabaseDocApp serves docs/database/app with the environment env.
func checkDatabaseDocApp(t *testing.T, env []string) {
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
	srv, err := Open(dir, Options{Environ: append([]string{"FLASK_SECRET_KEY=test"}, env...)})
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

// TestDatabaseConcurrentWrites posts from several clients at once over
// loopback: each request commits one row in `with db:` on its own pooled
// connection, and the list page sees them all.
func TestDatabaseConcurrentWrites(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"models.py":      "from hyperflask.factory import db\n\n\nclass Hit(db.Model):\n    who: str\n",
		"pages/hit.py":   "from hyperflask import db, request\nfrom models import Hit\n\n\ndef post():\n    with db:\n        h = Hit.create(who=request.form['who'])\n    return str(h.id)\n",
		"pages/count.py": "from models import Hit\n\n\ndef get():\n    return str(len(list(Hit.find_all())))\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := Open(dir, Options{Environ: []string{"FLASK_SECRET_KEY=test"}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ts := httptest.NewServer(srv)
	defer ts.Close()
	const clients, each = 8, 25
	errs := make(chan error, clients)
	for c := 0; c < clients; c++ {
		go func(c int) {
			for i := 0; i < each; i++ {
				resp, err := http.PostForm(ts.URL+"/hit", url.Values{"who": {strings.Repeat("x", c+1)}})
				if err != nil {
					errs <- err
					return
				}
				resp.Body.Close()
				if resp.StatusCode != 200 {
					errs <- fmt.Errorf("POST /hit: %d", resp.StatusCode)
					return
				}
			}
			errs <- nil
		}(c)
	}
	for c := 0; c < clients; c++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	resp, err := http.Get(ts.URL + "/count")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != fmt.Sprint(clients*each) {
		t.Errorf("count = %s, want %d", body, clients*each)
	}
}

// TestBundleMigrations compiles an app with migrations into a bundle and
// serves the bundle: the migrations travel in it and run at startup, and
// the database is created next to the bundle, not in the project.
func TestBundleMigrations(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"migrations/000_init.sql": "CREATE TABLE note (id integer PRIMARY KEY, body text);\nINSERT INTO note (body) VALUES ('from a migration');\n",
		"pages/index.py":          "from hyperflask import db\n\n\n@db.sqlfunc\ndef bodies():\n    \"SELECT body FROM note\"\n\n\ndef get():\n    return bodies()[0]['body']\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	opts := Options{Environ: []string{"FLASK_SECRET_KEY=test"}}
	if diags, err := CompileBundle(dir, &buf, opts); err != nil || diags.HasErrors() {
		t.Fatalf("CompileBundle: %v %v", err, diags)
	}
	if _, err := os.Stat(filepath.Join(dir, "database")); err == nil {
		t.Errorf("compiling the bundle created the project's database")
	}
	out := t.TempDir()
	file := filepath.Join(out, "app.hfb")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	srv, err := OpenBundle(file, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	for _, d := range srv.Diagnostics() {
		t.Errorf("diagnostic: %v", d)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 || rec.Body.String() != "from a migration" {
		t.Errorf("GET /: %d %q", rec.Code, rec.Body.String())
	}
	if _, err := os.Stat(filepath.Join(out, "database", "app.db")); err != nil {
		t.Errorf("no database next to the bundle: %v", err)
	}
}
