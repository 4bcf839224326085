package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/txtar"
)

// The conformance suite's Markdown documents and sanitizer inputs
// (conformance/markdown/, run against Python-Markdown's and
// html-sanitizer's output by go test ./conformance/) seed the fuzz targets
// and the benchmarks here.
const (
	docsDir     = "../../conformance/markdown/python-markdown"
	sanitizeDir = "../../conformance/markdown/sanitize"
)

// corpusSection returns the section name of every case file of dir, by
// case name.
func corpusSection(tb testing.TB, dir, section string) map[string]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no cases in %s (%v)", dir, err)
	}
	out := map[string]string{}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		a := txtar.Parse(string(data))
		if err := a.TrimNoEOL(); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		if text, ok := a.Get(section); ok {
			out[strings.TrimSuffix(filepath.Base(path), ".txtar")] = text
		}
	}
	return out
}
