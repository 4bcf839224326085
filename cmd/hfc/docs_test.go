package main

import (
	"bytes"
	"os"
	"os/exec"
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

// TestPerformanceDocCommands checks the commands of docs/performance.md
// without running the load: the load test's script answers --help, and the
// go test line names a package with the benchmark it selects.
func TestPerformanceDocCommands(t *testing.T) {
	doc, err := os.ReadFile("../../docs/performance.md")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, b := range fenced.FindAllStringSubmatch(string(doc), -1) {
		if b[1] != "sh" {
			t.Errorf("a %s code block in docs/performance.md that no test checks", b[1])
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(b[2]), "\n") {
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			args := strings.Fields(line)
			switch {
			case len(args) >= 2 && args[0] == "/usr/bin/python3":
				if _, err := os.Stat("/usr/bin/python3"); err != nil {
					t.Skip("no /usr/bin/python3")
				}
				out, err := exec.Command("/usr/bin/python3", filepath.Join("../..", args[1]), "--help").CombinedOutput()
				if err != nil || !strings.Contains(string(out), "--connections") {
					t.Errorf("%s --help: %v\n%s", line, err, out)
				}
				checked++
			case len(args) >= 3 && args[0] == "go" && args[1] == "test":
				pkg := filepath.Join("../..", args[2])
				pattern := ""
				for i, a := range args {
					if a == "-bench" && i+1 < len(args) {
						pattern = args[i+1]
					}
				}
				files, _ := filepath.Glob(filepath.Join(pkg, "*_test.go"))
				found := false
				for _, f := range files {
					src, _ := os.ReadFile(f)
					if regexp.MustCompile(`func Benchmark\w*` + pattern).Match(src) {
						found = true
					}
				}
				if pattern == "" || !found {
					t.Errorf("%s: no benchmark matches %q in %s", line, pattern, pkg)
				}
				checked++
			case len(args) >= 2 && args[0] == "apt-get":
				checked++
			default:
				t.Errorf("unexpected command in docs/performance.md: %q", line)
			}
		}
	}
	if checked != 3 {
		t.Errorf("checked %d commands; want 3", checked)
	}
}
