// Package golden compares test output with files committed under testdata/.
// Run a package's tests with -update to rewrite the files from the current
// output; review the diff before committing it. Files whose content comes from
// a reference implementation (CPython, Jinja2, the oracle) are never written
// here: their regeneration scripts live next to them.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/internal/textdiff"
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

// Diff returns a line diff of want and got (textdiff.Diff).
func Diff(want, got string) string { return textdiff.Diff(want, got) }
