package template

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
)

// sharedPages lists the copies, in the Jinja corpus, of the oracle-checked
// pages (shared/cases/jpy, prefixed case_) and of the benchmark templates
// (shared/bench, prefixed bench_) of the project's reference material.
func sharedPages(t testing.TB) []string {
	var files []string
	for _, pattern := range []string{"testdata/jinja/valid/case_*", "testdata/jinja/valid/bench_*"} {
		m, err := filepath.Glob(pattern)
		if err != nil || len(m) == 0 {
			t.Fatalf("no pages match %s (%v)", pattern, err)
		}
		files = append(files, m...)
	}
	return files
}

// templateOf reads a page and returns the file and the start of its
// template part (after the second --- line for .jpy files, as the
// reference splits them).
func templateOf(t testing.TB, path string) (*source.File, int) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := source.NewFile(path, string(data))
	if filepath.Ext(path) != ".jpy" {
		return f, 0
	}
	res := split.Split(f, split.Options{Reference: true, Python: true})
	return f, res.Template.Start
}

func TestSharedPagesParseClean(t *testing.T) {
	for _, path := range sharedPages(t) {
		f, start := templateOf(t, path)
		_, diags := Parse(f, start, len(f.Text), Options{Hyperflask: true})
		for _, d := range diags {
			t.Errorf("%v", d)
		}
	}
}
