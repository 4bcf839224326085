package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
)

// TestRender runs `hfc render` on each testdata/render/NAME.txtar (the files
// of a folder, and its command line in the args section) and compares the
// exit status, standard output and standard error with NAME.golden. The
// semantics of rendering are pinned by the conformance corpora; these cases
// pin the command: flags, roots, data and error reports.
func TestRender(t *testing.T) {
	cases, err := filepath.Glob("testdata/render/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			goldenPath, err := filepath.Abs(strings.TrimSuffix(path, ".txtar") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			files := parseArchive(string(data))
			dir := t.TempDir()
			for fname, text := range files {
				if fname == "args" {
					continue
				}
				p := filepath.Join(dir, filepath.FromSlash(fname))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			var stdout, stderr bytes.Buffer
			status := run(strings.Fields(files["args"]), &stdout, &stderr)
			errText := strings.ReplaceAll(stderr.String(), dir, "$WORK")
			got := fmt.Sprintf("status: %d\n-- stdout --\n%s\n-- stderr --\n%s", status, stdout.String(), errText)
			golden.Check(t, goldenPath, []byte(got))
		})
	}
}

// parseArchive reads a txtar archive: "-- name --" lines start files; the
// text before the first is a comment. A file's final newline is kept.
func parseArchive(s string) map[string]string {
	files := map[string]string{}
	var name string
	var b strings.Builder
	flush := func() {
		if name != "" {
			files[name] = b.String()
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(s, "\n") {
		trimmed := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			name = trimmed[3 : len(trimmed)-3]
			continue
		}
		if name != "" {
			b.WriteString(line)
		}
	}
	flush()
	return files
}
