// Package golden compares test output with files committed under testdata/.
// Run a package's tests with -update to rewrite the files from the current
// output; review the diff before committing it. Files whose content comes from
// a reference implementation (CPython, Jinja2, the oracle) are never written
// here: their regeneration scripts live next to them.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Update is the -update flag shared by every golden test.
var Update = flag.Bool("update", false, "rewrite golden files from the current output")

// Check compares got with the file at path, or writes it with -update.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run with -update to accept it):\n%s", path, Diff(string(want), string(got)))
	}
}

// Diff returns a line diff of want and got: the first differing lines with
// some context, enough to see what changed.
func Diff(want, got string) string {
	w := strings.SplitAfter(want, "\n")
	g := strings.SplitAfter(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	j := 0
	for j < len(w)-i && j < len(g)-i && w[len(w)-1-j] == g[len(g)-1-j] {
		j++
	}
	var b strings.Builder
	from := i - 3
	if from < 0 {
		from = 0
	}
	fmt.Fprintf(&b, "@@ line %d @@\n", i+1)
	for k := from; k < i; k++ {
		fmt.Fprintf(&b, "  %s", ensureNL(w[k]))
	}
	for k := i; k < len(w)-j; k++ {
		fmt.Fprintf(&b, "- %s", ensureNL(w[k]))
	}
	for k := i; k < len(g)-j; k++ {
		fmt.Fprintf(&b, "+ %s", ensureNL(g[k]))
	}
	for k := len(w) - j; k < len(w) && k < len(w)-j+3; k++ {
		fmt.Fprintf(&b, "  %s", ensureNL(w[k]))
	}
	return b.String()
}

func ensureNL(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "⏎\n"
}
