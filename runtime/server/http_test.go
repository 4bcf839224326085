package server

import (
	"bytes"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/httpcase"
	"github.com/hyperflask/hfc/internal/txtar"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// The behaviour whose expectations come from Flask is pinned by the HTTP
// cases of the conformance suite (conformance/: routing, methods, requests,
// sessions …, run by go test ./conformance/). The cases here pin hfc's own
// behaviour.

// TestServer serves each testdata/hfc/NAME.txtar app over loopback, sends
// its requests (internal/httpcase) and compares the transcript, preceded by
// the app's diagnostics, with NAME.golden, rewritten by -update: step
// budgets, development tracebacks, CSRF, security headers, components as
// routes, static files, configuration, htmx.
func TestServer(t *testing.T) {
	cases, err := filepath.Glob("testdata/hfc/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/hfc")
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := runCase(t, txtar.Parse(string(data)), Open)
			golden.Check(t, strings.TrimSuffix(path, ".txtar")+".golden", []byte(got))
		})
	}
}

// caseSections are the sections of an HTTP case that are not the app's
// files (conformance/README.md).
var caseSections = map[string]bool{"requests": true, "options": true, "source": true, "responses": true, "diagnostics": true}

// runCase writes a case's files to a project folder, serves it with open
// and returns its diagnostics and the transcript of its requests ("" when
// open gives no server).
func runCase(t *testing.T, a *txtar.Archive, open func(dir string, opts Options) (*Server, error)) string {
	dir := t.TempDir()
	files := map[string]string{}
	for _, f := range a.Files {
		if !caseSections[f.Name] {
			files[f.Name] = f.Data
		}
	}
	if err := httpcase.WriteFiles(dir, files); err != nil {
		t.Fatal(err)
	}
	text, _ := a.Get("options")
	opts := httpcase.ParseOptions(text)
	var errLog bytes.Buffer
	sopts := Options{
		Env:      opts["env"],
		Environ:  []string{"FLASK_SECRET_KEY=test"},
		ErrorLog: &errLog,
		Template: tmpl.Options{Autoescape: "hyperflask"},
	}
	if v := opts["autoescape"]; v != "" {
		sopts.Template.Autoescape = v
	}
	if v := opts["compat"]; v != "" {
		sopts.Compat = strings.Split(v, ",")
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("error log:\n%s", errLog.String())
		}
	})
	srv, err := open(dir, sopts)
	if err != nil {
		t.Fatal(err)
	}
	if srv == nil {
		return ""
	}
	t.Cleanup(func() { _ = srv.Close() })
	var out strings.Builder
	for _, d := range srv.Diagnostics() {
		fmt.Fprintf(&out, "diagnostic: %s\n", strings.ReplaceAll(d.Error(), dir, "$APP"))
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	reqs, _ := a.Get("requests")
	hopts := httpcase.Options{SecurityHeaders: true, Dir: dir}
	if opts["log"] != "" {
		hopts.Log = &errLog
	}
	got, err := httpcase.Transcript(ts.URL, httpcase.ParseRequests(reqs), hopts)
	if err != nil {
		t.Fatal(err)
	}
	return out.String() + got
}
