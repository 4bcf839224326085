package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
)

// TestNew: hfc new writes an app that hfc check finds no problem in and
// that hfc serve serves at once: its home page and about page are
// testdata/new/*.golden; a second hfc new into the folder is refused.
func TestNew(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := filepath.Join(t.TempDir(), "demo")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"new", dir}, &stdout, &stderr); status != 0 {
		t.Fatalf("hfc new: status %d\n%s", status, stderr.String())
	}
	env, err := os.ReadFile(filepath.Join(dir, ".env"))
	if err != nil || !strings.Contains(string(env), "FLASK_SECRET_KEY=") {
		t.Errorf(".env: %q %v", env, err)
	}
	if _, err := os.Stat(filepath.Join(dir, ".gitignore")); err != nil {
		t.Error(err)
	}
	stdout.Reset()
	stderr.Reset()
	if status := run([]string{"check", dir}, &stdout, &stderr); status != 0 || stdout.Len() != 0 {
		t.Errorf("hfc check of the new app: status %d\n%s%s", status, stdout.String(), stderr.String())
	}
	p := start(t, "serve", dir, "--addr", "127.0.0.1:0", "--access-log", "off")
	if strings.Contains(p.stderr.String(), "warning") {
		t.Errorf("hfc serve warns about the new app:\n%s", p.stderr.String())
	}
	golden.Check(t, "testdata/new/index.golden", []byte(get(t, "GET", p.url+"/", "")))
	golden.Check(t, "testdata/new/about.golden", []byte(get(t, "GET", p.url+"/about", "")))
	if got := get(t, "GET", p.url+"/static/style.css", ""); !strings.HasPrefix(got, "200\nbody {") {
		t.Errorf("the stylesheet: %q", got)
	}
	if status := run([]string{"new", dir}, &stdout, &stderr); status != 1 || !strings.Contains(stderr.String(), "not empty") {
		t.Errorf("a second hfc new: status %d\n%s", status, stderr.String())
	}
}
