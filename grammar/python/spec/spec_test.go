package pyspec

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/internal/golden"
)

// excludedDiag reports whether d is one of the checks listed in Excluded.
func excludedDiag(d diag.Diagnostic) bool {
	switch d.Code {
	case diag.PyInvalidTarget, diag.PyInvalidArgs, diag.PyInvalidEscape, diag.PyBytesNonASCII,
		diag.PyMixedBytes, diag.PyFString, diag.PyTooDeep:
		return true
	case diag.PyInvalidPattern:
		return strings.HasSuffix(d.Message, "number required in complex literal")
	}
	return strings.HasPrefix(d.Message, "f-string") || strings.HasPrefix(d.Hint, "in an f-string replacement field")
}

// agree parses src with both parsers and fails when they disagree.
func agree(t *testing.T, name, src string) {
	t.Helper()
	f := source.NewFile(name, src)
	_, diags := python.Parse(f, 0, len(src), python.ModeModule)
	var errs []diag.Diagnostic
	for _, d := range diags {
		if d.Severity == diag.Error {
			errs = append(errs, d)
		}
	}
	for _, d := range errs {
		if excludedDiag(d) {
			return // the specification does not decide
		}
	}
	err := Check(f, 0, len(src))
	switch {
	case len(errs) == 0 && err != nil:
		t.Errorf("%s: the parser accepts it, the specification does not: %v", name, err)
	case len(errs) > 0 && err == nil:
		t.Errorf("%s: the specification accepts it, the parser does not: %s", name, errs[0].Error())
	}
}

// TestSpecAgrees checks that the specification accepts exactly the files
// of the corpora that the parser accepts.
func TestSpecAgrees(t *testing.T) {
	for _, pattern := range []string{"../testdata/cpython/*.py", "../testdata/cpython-errors/*.py", "../testdata/golden/*.py"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if filepath.Base(path) == "gen.py" {
				continue
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			agree(t, path, string(data))
		}
	}
}

func FuzzSpecAgrees(f *testing.F) {
	for _, pattern := range []string{"../testdata/cpython/*.py", "../testdata/cpython-errors/*.py", "../testdata/golden/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		agree(t, "fuzz.py", src)
	})
}

// TestEBNF keeps testdata/python.ebnf, the grammar for docs/grammar.md,
// in step with the grammar (rewrite it with -update).
func TestEBNF(t *testing.T) {
	golden.Check(t, "testdata/python.ebnf", []byte(EBNF()+"\n"))
}
