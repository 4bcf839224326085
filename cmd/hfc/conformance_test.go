package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConformanceCommand runs `hfc conformance` on a small suite: the
// table by feature, a diff per failure, exit status 1 on a failure and 0
// without one, --run, and errors on a folder outside any suite.
func TestConformanceCommand(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"FEATURES":          "jinja\tTemplates\t§7.5\n",
		"DEVIATIONS":        "",
		"jinja/ok.txtar":    "noeol: main.txt output\n-- main.txt --\n{{ 6 * 7 }}\n-- source --\nJinja2 3.1.2\n-- output --\n42\n",
		"jinja/wrong.txtar": "noeol: main.txt output\n-- main.txt --\n{{ 6 * 7 }}\n-- source --\nJinja2 3.1.2\n-- output --\n41\n",
	}
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"conformance", root}, &out, &errb); code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errb.String())
	}
	want := "FAIL jinja/wrong (template case, source: Jinja2 3.1.2)\n    output differs (- expected, + hfc):\n    @@ line 1 @@\n    - 41⏎\n    + 42⏎\n\n" +
		"feature  cases   pass  fail  deviate  from the text  reference\n" +
		"jinja        2      1     1        0              0  §7.5\n" +
		"all          2      1     1        0              0\n"
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	out.Reset()
	if code := run([]string{"conformance", "-run", "ok$", "-v", filepath.Join(root, "jinja")}, &out, &errb); code != 0 {
		t.Fatalf("--run ok$: exit %d\n%s", code, out.String())
	}
	if !strings.HasPrefix(out.String(), "pass     jinja/ok\n") {
		t.Errorf("-v output:\n%s", out.String())
	}
	errb.Reset()
	if code := run([]string{"conformance", t.TempDir()}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "no FEATURES file") {
		t.Errorf("outside a suite: exit %d, stderr %s", code, errb.String())
	}
}
