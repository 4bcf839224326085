// Package db compares a page of the data layer served by hfc with the same
// endpoints on Flask + Python's sqlite3 + Jinja2 (issue 6).
package db

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hyperflask/hfc/internal/pgtest"
	"github.com/hyperflask/hfc/runtime/server"
)

const pythonPath = "/usr/bin/python3"

// rows is the number of tasks the list page shows.
const rows = 100

// newApp copies testdata/app to a temporary folder, opens it (its table
// is created at startup) and fills it with the tasks.
func newApp(tb testing.TB) (*server.Server, string) {
	tb.Helper()
	return newAppOn(tb, nil)
}

// newAppOn is newApp with the environment environ
// (FLASK_SQLORM_URI=postgresql://… for PostgreSQL).
func newAppOn(tb testing.TB, environ []string) (*server.Server, string) {
	tb.Helper()
	dir := tb.TempDir()
	err := filepath.Walk("testdata/app", func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel("testdata/app", p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	srv, err := server.Open(dir, server.Options{Environ: environ})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = srv.Close() })
	for i := 0; i < rows; i++ {
		if code, body := post(srv, fmt.Sprintf("task %d", i)); code != 200 {
			tb.Fatalf("POST /add: %d %s", code, body)
		}
	}
	return srv, filepath.Join(dir, "database", "app.db")
}

func get(srv http.Handler) (int, string) {
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	return rec.Code, rec.Body.String()
}

func post(srv http.Handler, title string) (int, string) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/add", strings.NewReader(url.Values{"title": {title}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	srv.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

type flaskReply struct {
	Out   string `json:"out"`
	NS    int64  `json:"ns"`
	CPUNS int64  `json:"cpu_ns"`
}

// flask runs the harness on a copy of the database file.
func flask(tb testing.TB, dbFile, what string, n int) flaskReply {
	tb.Helper()
	if err := exec.Command(pythonPath, "-c", "import flask").Run(); err != nil {
		tb.Skipf("Flask on CPython (%s): %v", pythonPath, err)
	}
	out, err := exec.Command(pythonPath, "flask_harness.py", dbFile, what, fmt.Sprint(n)).Output()
	if err != nil {
		tb.Fatalf("flask_harness.py: %v", err)
	}
	var r flaskReply
	if err := json.Unmarshal(out, &r); err != nil {
		tb.Fatalf("flask_harness.py: %v: %s", err, out)
	}
	return r
}

// TestOutputsMatch checks that both serve the same list page.
func TestOutputsMatch(t *testing.T) {
	srv, dbFile := newApp(t)
	code, got := get(srv)
	if code != 200 {
		t.Fatalf("GET /: %d %s", code, got)
	}
	if n := strings.Count(got, "<li "); n != rows {
		t.Fatalf("hfc lists %d rows, want %d", n, rows)
	}
	want := flask(t, dbFile, "list", 1).Out
	if got != want {
		t.Errorf("hfc's page differs from Flask's:\nhfc:   %q\nflask: %q", got[:200], want[:200])
	}
}

func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkDB serves the list page (100 rows from find_all, rendered by
// the page's template) and the write endpoint (one row created in `with
// db:`, committed) in process: hfc's handler vs Flask's test client. Both
// report cpu-ns/op (the process's CPU time per request); for Flask ns/op
// also counts starting CPython, so compare req-ns/op and cpu-ns/op.
// hfc-postgresql is hfc on a PostgreSQL server that the benchmark starts
// (internal/pgtest); its cpu-ns/op leaves out the server's own CPU time.
func BenchmarkDB(b *testing.B) {
	for _, what := range []string{"list", "add"} {
		for _, peer := range []string{"hfc", "hfc-postgresql"} {
			b.Run(what+"/"+peer, func(b *testing.B) {
				benchHFC(b, what, peer == "hfc-postgresql")
			})
		}
		b.Run(what+"/flask", func(b *testing.B) {
			_, dbFile := newApp(b)
			b.ResetTimer()
			r := flask(b, dbFile, what, b.N)
			b.ReportMetric(float64(r.NS), "req-ns/op")
			b.ReportMetric(float64(r.CPUNS), "cpu-ns/op")
		})
	}
}

// benchHFC times hfc's handler on an endpoint, on SQLite or PostgreSQL.
func benchHFC(b *testing.B, what string, postgres bool) {
	var environ []string
	if postgres {
		environ = []string{"FLASK_SQLORM_URI=" + pgtest.URI(b)}
	}
	srv, _ := newAppOn(b, environ)
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		var code int
		if what == "list" {
			code, _ = get(srv)
		} else {
			code, _ = post(srv, "bench")
		}
		if code != 200 {
			b.Fatalf("status %d", code)
		}
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N), "req-ns/op")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}
