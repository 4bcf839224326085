package runner

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Python is the interpreter the generators run on: Debian's CPython 3.11
// with the reference's packages (../shared/tooling.md).
const Python = "/usr/bin/python3"

// Generator is a script of gen/ that records expectations from an oracle.
type Generator struct {
	// Script is the script's path below the suite root.
	Script string
	// Needs is a Python module the script imports that Debian does not
	// package; when Python cannot import it, Update skips the script.
	Needs string
}

// Generators are the scripts Update runs, in order.
var Generators = []Generator{
	{Script: "gen/python.py"},
	{Script: "gen/jinja.py"},
	{Script: "gen/pages.py"},
	{Script: "gen/pymarkdown.py"},
	{Script: "gen/sanitize.py", Needs: "html_sanitizer"},
	{Script: "gen/http_oracle.py"},
}

// Update regenerates the expectations of the suite at root whose source is
// an oracle, by running each of gens (Generators) with Python; their
// output goes to log. The cases written from the reference text are kept byte for byte:
// a generator's change to one is undone and reported. Update fails when a
// generator fails.
func Update(root string, gens []Generator, log io.Writer) error {
	if _, err := os.Stat(Python); err != nil {
		return fmt.Errorf("the generators need %s (CPython 3.11 with Flask 2.2, Jinja2 3.1.2, Python-Markdown 3.4, PyYAML): %v", Python, err)
	}
	kept, err := referenceCases(root)
	if err != nil {
		return err
	}
	var runErr error
	for _, g := range gens {
		if g.Needs != "" && exec.Command(Python, "-c", "import "+g.Needs).Run() != nil {
			fmt.Fprintf(log, "== %s: skipped (%s cannot import %s)\n", g.Script, Python, g.Needs)
			continue
		}
		fmt.Fprintf(log, "== %s\n", g.Script)
		cmd := exec.Command(Python, filepath.Join(root, filepath.FromSlash(g.Script)))
		cmd.Dir = root
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Run(); err != nil {
			runErr = fmt.Errorf("%s: %v", g.Script, err)
			break
		}
	}
	now, err := referenceCases(root)
	if err != nil {
		return err
	}
	for _, p := range sortedPaths(kept) {
		if !bytes.Equal(now[p], kept[p]) {
			if err := os.WriteFile(p, kept[p], 0o644); err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			fmt.Fprintf(log, "kept %s as it was: its expectations come from the reference text\n", filepath.ToSlash(rel))
		}
	}
	for _, p := range sortedPaths(now) {
		if _, ok := kept[p]; !ok {
			rel, _ := filepath.Rel(root, p)
			fmt.Fprintf(log, "new case from the reference text, review it by hand: %s\n", filepath.ToSlash(rel))
		}
	}
	return runErr
}

// referenceCases returns the content of every case file below root whose
// source is the reference text, by path.
func referenceCases(root string) (map[string][]byte, error) {
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txtar") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte("\n-- source --\nreference §")) {
			out[p] = data
		}
		return nil
	})
	return out, err
}

func sortedPaths(m map[string][]byte) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
