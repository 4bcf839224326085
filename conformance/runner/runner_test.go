package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSuite writes a small suite: FEATURES, DEVIATIONS and the given
// files (path below the root → content).
func writeSuite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	all := map[string]string{
		"FEATURES":   "# comment\njinja\tTemplates\t§7.5\npython\tPython\t§1.4\n",
		"DEVIATIONS": "",
	}
	for k, v := range files {
		all[k] = v
	}
	for name, text := range all {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const (
	passing = "noeol: main.txt output\n-- main.txt --\n{{ 1 + 1 }}\n-- source --\nJinja2 3.1.2\n-- output --\n2\n"
	failing = "noeol: main.txt output\n-- main.txt --\n{{ 1 + 2 }}\n-- source --\nJinja2 3.1.2\n-- output --\n2\n"
	program = "-- p.py --\nprint('hi')\n-- run --\np.py\n-- source --\nCPython 3.11\n-- stdout --\nhi\n"
)

func TestRunAndReport(t *testing.T) {
	root := writeSuite(t, map[string]string{
		"jinja/a/pass.txtar":  passing,
		"jinja/a/fail.txtar":  failing,
		"jinja/a/dev.txtar":   failing,
		"python/p.txtar":      program,
		"DEVIATIONS":          "jinja/a/dev\tthe reason\n",
		"jinja/a/notes.txt":   "stray\n",
		"gen/ignored.txtar":   "not a case\n",
		"runner/other.txtar":  "not a case\n",
		"python/sub/x.txtar":  program,
		"python/sub/y.txtar~": "editor leftover\n",
	})
	s, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range s.Cases {
		names = append(names, c.Name)
	}
	if got := strings.Join(names, " "); got != "jinja/a/dev jinja/a/fail jinja/a/pass python/p python/sub/x" {
		t.Fatalf("cases = %s", got)
	}
	strays, err := s.Strays()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strays, " "); got != "jinja/a/notes.txt python/sub/y.txtar~" {
		t.Errorf("strays = %s", got)
	}
	results := s.RunAll(s.Cases, 2)
	want := map[string]Status{"jinja/a/dev": Deviates, "jinja/a/fail": Fail, "jinja/a/pass": Pass, "python/p": Pass, "python/sub/x": Pass}
	for _, r := range results {
		if r.Status != want[r.Case.Name] {
			t.Errorf("%s: %v (%s), want %v", r.Case.Name, r.Status, r.Detail, want[r.Case.Name])
		}
	}
	var b bytes.Buffer
	s.WriteReport(&b, results, false)
	wantReport := `FAIL jinja/a/fail (template case, source: Jinja2 3.1.2)
    output differs (- expected, + hfc):
    @@ line 1 @@
    - 2⏎
    + 3⏎

feature  cases   pass  fail  deviate  from the text  reference
jinja        3      1     1        1              0  §7.5
python       2      2     0        0              0  §1.4
all          5      3     1        1              0
`
	if b.String() != wantReport {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), wantReport)
	}

	// A deviation that starts to match fails.
	s.Deviations["jinja/a/pass"] = "listed by mistake"
	if r := s.Run(s.Cases[2]); r.Status != Fail || !strings.Contains(r.Detail, "now matches") {
		t.Errorf("listed matching case: %v %s", r.Status, r.Detail)
	}

	// A sub-folder loads only its cases, with the root's features.
	sub, err := Load(filepath.Join(root, "python", "sub"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Cases) != 1 || sub.Cases[0].Name != "python/sub/x" || sub.Root != s.Root {
		t.Errorf("sub-folder: root %s, cases %v", sub.Root, sub.Cases)
	}
}

func TestParseCaseErrors(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"no source", "-- main.txt --\nx\n-- output --\nx\n", "no source section"},
		{"bad source", "-- main.txt --\nx\n-- source --\nmy guess\n-- output --\nx\n", `source "my guess"`},
		{"reference without why", "-- main.txt --\nx\n-- source --\nreference §5\n-- output --\nx\n", "reference §N: why"},
		{"no driver", "-- source --\noracle\n-- output --\nx\n", "no driver section"},
		{"two drivers", "-- main.txt --\nx\n-- render --\nmain.txt\n-- source --\noracle\n-- output --\nx\n", "several driver sections"},
		{"both output and error", "-- main.txt --\nx\n-- source --\noracle\n-- output --\nx\n-- error --\nE\nm\n", "exactly one of"},
		{"bad error", "-- main.txt --\nx\n-- source --\noracle\n-- error --\nno class here\n", "is not \"Class"},
		{"noeol of a missing section", "noeol: nope\n-- main.txt --\nx\n-- source --\noracle\n-- output --\nx\n", "noeol names"},
		{"twice", "-- main.txt --\nx\n-- main.txt --\ny\n-- source --\noracle\n-- output --\nx\n", "twice"},
		{"render names nothing", "-- pages/a.jpy --\nx\n-- render --\npages/b.jpy\n-- source --\noracle\n-- output --\nx\n", "render names"},
		{"run names nothing", "-- a.py --\nx\n-- run --\nb.py\n-- source --\nCPython 3.11\n-- stdout --\n", "run names"},
		{"bad options.json", "-- main.txt --\nx\n-- options.json --\n{\"nope\": 1}\n-- source --\nJinja2 3.1.2\n-- output --\nx\n", "options.json"},
		{"no final newline", "-- main.txt --\nx\n-- source --\noracle\n-- output --\nx", "newline"},
	} {
		_, err := ParseCase(tc.text, "jinja/x")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestParseCaseExact pins the noeol convention on a hand-made case.
func TestParseCaseExact(t *testing.T) {
	text := "comment\nnoeol: main.txt output\n-- main.txt --\nno newline\n-- templates/b --\ntwo newlines\n\n-- templates/c --\n-- source --\nJinja2 3.1.2\n-- output --\nx\n"
	c, err := ParseCase(text, "jinja/g/x")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"main.txt": "no newline", "templates/b": "two newlines\n\n", "templates/c": "", "output": "x"}
	for k, v := range want {
		if got, _ := c.Get(k); got != v {
			t.Errorf("section %s = %q, want %q", k, got, v)
		}
	}
	if c.Kind != Template || c.Feature != "jinja" || c.Source != "Jinja2 3.1.2" || c.Comment != "comment\nnoeol: main.txt output\n" {
		t.Errorf("case = %+v", c)
	}
}

// TestUpdateKeepsReferenceCases runs a generator that rewrites every case
// file: the oracle case changes, the case from the reference text is
// restored, and both are reported.
func TestUpdateKeepsReferenceCases(t *testing.T) {
	if _, err := os.Stat(Python); err != nil {
		t.Skipf("%s is not installed: %v", Python, err)
	}
	ref := "-- main.txt --\nx\n-- source --\nreference §5.1: a tag\n-- output --\nx\n"
	root := writeSuite(t, map[string]string{
		"jinja/oracle.txtar": "-- main.txt --\nx\n-- source --\nJinja2 3.1.2\n-- output --\nold\n",
		"jinja/ref.txtar":    ref,
		"gen/rewrite.py": `import glob, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for p in glob.glob(os.path.join(root, "jinja", "*.txtar")):
    s = open(p).read()
    open(p, "w").write(s.replace("\n-- output --\nold\n", "\n-- output --\nnew\n").replace("\n-- output --\nx\n", "\n-- output --\nchanged\n"))
open(os.path.join(root, "jinja", "added.txtar"), "w").write("-- main.txt --\nx\n-- source --\nreference §5.2: new\n-- output --\nx\n")
print("rewrote")
`,
	})
	var log bytes.Buffer
	gens := []Generator{{Script: "gen/rewrite.py"}, {Script: "gen/missing.py", Needs: "no_such_module_hfc"}}
	if err := Update(root, gens, &log); err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if got := read("jinja/oracle.txtar"); !strings.Contains(got, "-- output --\nnew\n") {
		t.Errorf("the oracle case was not regenerated:\n%s", got)
	}
	if got := read("jinja/ref.txtar"); got != ref {
		t.Errorf("the case from the reference text changed:\n%s", got)
	}
	for _, want := range []string{"== gen/rewrite.py\nrewrote\n", "gen/missing.py: skipped", "kept jinja/ref.txtar as it was", "review it by hand: jinja/added.txtar"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	if err := Update(root, []Generator{{Script: "gen/nope.py"}}, &log); err == nil {
		t.Error("a failing generator is no error")
	}
}
