package conformance

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/loader"
	_ "github.com/hyperflask/hfc/runtime/stdlib" // the modules the programs import
	"github.com/hyperflask/hfc/runtime/vm"
)

// TestPython runs every program of python/ on the VM and compares its
// standard output and traceback with CPython's (python/gen.py writes them;
// they are never edited by hand).
func TestPython(t *testing.T) {
	files, err := filepath.Glob("python/*.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		if filepath.Base(path) == "gen.py" {
			continue
		}
		path := path
		t.Run(strings.TrimSuffix(filepath.Base(path), ".py"), func(t *testing.T) {
			t.Parallel()
			wantOut, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".out")
			if err != nil {
				t.Fatalf("%v (run /usr/bin/python3 conformance/python/gen.py)", err)
			}
			wantErr, _ := os.ReadFile(strings.TrimSuffix(path, ".py") + ".err")
			gotOut, gotErr := runPython(t, path)
			if gotOut != string(wantOut) {
				t.Errorf("stdout differs from CPython's:\n%s", golden.Diff(string(wantOut), gotOut))
			}
			if gotErr != string(wantErr) {
				t.Errorf("traceback differs from CPython's:\n%s", golden.Diff(string(wantErr), gotErr))
			}
		})
	}
}

// runPython runs a program as `hfc run` does and returns its output and the
// traceback of an uncaught exception, with file names reduced as gen.py
// reduces CPython's.
func runPython(t *testing.T, path string) (string, string) {
	dir := filepath.Dir(path)
	l := loader.New(dir)
	th := vm.NewThread(context.Background())
	var out bytes.Buffer
	th.Stdout = &out
	th.MaxSteps = 1 << 32
	diags, err := l.RunFile(th, path)
	if errors.Is(err, loader.ErrBlocked) {
		t.Fatalf("does not compile:\n%v", diags)
	}
	if err == nil {
		return out.String(), ""
	}
	var exc *vm.Exception
	if !errors.As(err, &exc) {
		t.Fatalf("run: %v", err)
	}
	tb := vm.FormatTraceback(exc, l.Line)
	tb = strings.ReplaceAll(tb, `File "`+dir+string(filepath.Separator), `File "`)
	return out.String(), tb
}
