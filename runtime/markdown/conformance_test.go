package markdown

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
)

// casesDir holds the Markdown documents and Python-Markdown's output for
// them, written by conformance/markdown/gen.py (never by hand).
const casesDir = "../../conformance/markdown/cases"

// excluded lists the documents whose output is known to differ from
// Python-Markdown's, with the reason (see docs/adr/0005-markdown.md).
var excluded = map[string]string{}

// TestConformance converts every document of the corpus and compares the
// HTML byte for byte with Python-Markdown 3.4's.
func TestConformance(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(casesDir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 150 {
		t.Fatalf("only %d documents in %s", len(files), casesDir)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".md")
		t.Run(name, func(t *testing.T) {
			t.Parallel() // Convert is safe for concurrent use
			if reason, ok := excluded[name]; ok {
				t.Skip(reason)
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			opts := DefaultOptions()
			if raw, err := os.ReadFile(strings.TrimSuffix(path, ".md") + ".json"); err == nil {
				var m map[string]any
				if err := json.Unmarshal(raw, &m); err != nil {
					t.Fatal(err)
				}
				if opts, err = OptionsFromMap(m); err != nil {
					t.Fatal(err)
				}
			}
			got, convErr := Convert(string(src), opts)
			if wantErr, err := os.ReadFile(strings.TrimSuffix(path, ".md") + ".error"); err == nil {
				if convErr == nil {
					t.Fatalf("Python-Markdown raises %s; Convert returned\n%s", strings.TrimSpace(string(wantErr)), got)
				}
				return
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".md") + ".html")
			if err != nil {
				t.Fatalf("%v (run /usr/bin/python3 conformance/markdown/gen.py)", err)
			}
			if convErr != nil {
				t.Fatalf("Convert: %v", convErr)
			}
			if got != string(want) {
				t.Errorf("output differs from Python-Markdown's (%v):\n%s", opts, golden.Diff(string(want), got))
			}
		})
	}
}
