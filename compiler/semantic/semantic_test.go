package semantic

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/internal/txtar"
)

// TestCertainOnly runs the undefined-variable check of layouts and macro
// files over the apps of testdata/certain.txtar (one app per "== name ==" part):
// each app's "want" file lists the diagnostics expected as rel:line:code,
// and nothing is reported where the context cannot be known.
func TestCertainOnly(t *testing.T) {
	b, err := os.ReadFile("testdata/certain.txtar")
	if err != nil {
		t.Fatal(err)
	}
	apps := map[string]map[string]string{}
	for _, f := range txtar.Parse(string(b)).Files {
		app, rel, _ := strings.Cut(f.Name, "/")
		if apps[app] == nil {
			apps[app] = map[string]string{}
		}
		apps[app][rel] = f.Data
	}
	for name, files := range apps {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for rel, data := range files {
				if rel == "want" {
					continue
				}
				path := filepath.Join(dir, filepath.FromSlash(rel))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			p := NewProject(dir, page.Options{})
			var got []string
			for _, rel := range p.Rels() {
				for _, d := range Check(p.Analysis(rel), p, Options{}) {
					got = append(got, rel+":"+d.Range.Start.String()+":"+string(d.Code))
				}
			}
			sort.Strings(got)
			want := strings.Fields(files["want"])
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("diagnostics %v, want %v", got, want)
			}
		})
	}
}
