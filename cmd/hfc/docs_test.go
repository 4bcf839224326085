package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var fenced = regexp.MustCompile("(?s)```(\\w+)\n(.*?)```")

// TestServingDocSamples runs the code samples of docs/serving.md: the
// commands of its sh block in order, in a temporary folder (hfc new and
// hfc compile as they are; hfc dev and hfc serve listening on a free port
// until their first page answers), and its Python import line in a page.
func TestServingDocSamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	doc, err := os.ReadFile("../../docs/serving.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := fenced.FindAllStringSubmatch(string(doc), -1)
	if len(blocks) == 0 {
		t.Fatal("no code blocks in docs/serving.md")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	ran := 0
	for _, b := range blocks {
		switch b[1] {
		case "sh":
			for _, line := range strings.Split(strings.TrimSpace(b[2]), "\n") {
				if i := strings.Index(line, "#"); i >= 0 {
					line = line[:i]
				}
				args := strings.Fields(line)
				if len(args) < 2 || args[0] != "hfc" {
					t.Fatalf("unexpected command in docs/serving.md: %q", line)
				}
				switch args[1] {
				case "serve", "dev":
					p := start(t, append(args[1:], "--addr", "127.0.0.1:0")...)
					if got := get(t, "GET", p.url+"/", ""); !strings.HasPrefix(got, "200\n") {
						t.Errorf("%s: GET / gives %q", line, got)
					}
				default:
					var stdout, stderr bytes.Buffer
					if status := run(args[1:], &stdout, &stderr); status != 0 {
						t.Fatalf("%s: status %d\n%s", line, status, stderr.String())
					}
				}
				ran++
			}
		case "python":
			app := filepath.Join(dir, "imports")
			writeFiles(t, app, map[string]string{"pages/index.py": b[2] + "\ndef get():\n    return 'imported'\n"})
			p := start(t, "serve", app, "--addr", "127.0.0.1:0")
			if got := get(t, "GET", p.url+"/", ""); got != "200\nimported" {
				t.Errorf("the imports of docs/serving.md: %q", got)
			}
			ran++
		default:
			t.Errorf("a %s code block in docs/serving.md that no test runs", b[1])
		}
	}
	if ran < 5 {
		t.Errorf("only %d samples ran", ran)
	}
}
