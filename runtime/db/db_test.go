package db

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/pgtest"
	"github.com/hyperflask/hfc/runtime/loader"
	_ "github.com/hyperflask/hfc/runtime/stdlib"
	"github.com/hyperflask/hfc/runtime/vm"
)

// runProgram runs a Python program with `from hyperflask.factory import
// db` bound to a database in a real SQLite file of a temporary folder,
// and returns its output (a traceback ends it when it fails).
func runProgram(t *testing.T, path string) string {
	t.Helper()
	return runProgramOn(t, path, "sqlite://app.db")
}

// runProgramOn runs a program as runProgram does on the database of uri
// (a relative SQLite path is in a temporary folder).
func runProgramOn(t *testing.T, path, uri string) string {
	t.Helper()
	dir := t.TempDir()
	d, err := Open(Options{URI: uri, Root: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	l := loader.New(filepath.Dir(path))
	l.SetModule("hyperflask", vm.NewGoModule("hyperflask", map[string]vm.Value{"db": d}))
	l.SetModule("hyperflask.factory", d.Module(nil))
	var out bytes.Buffer
	th := vm.NewThread(context.Background())
	th.Stdout = &out
	th.MaxSteps = 50_000_000
	if _, err := l.RunFile(th, path); err != nil {
		out.WriteString(vm.FormatTraceback(vm.AsException(err), l.Line))
	}
	return strings.ReplaceAll(out.String(), filepath.Dir(path)+string(filepath.Separator), "")
}

// TestPrograms runs testdata/programs/*.py against a real SQLite file and
// compares their output with NAME.golden. sqlorm cannot be installed here
// (no PyPI), so the expectations are hfc's, reviewed against sqlorm's
// source and reference §8; each program says what it checks.
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			got := runProgram(t, f)
			golden.Check(t, strings.TrimSuffix(f, ".py")+".golden", []byte(got))
		})
	}
}

// TestProgramsPostgres runs the same programs on PostgreSQL (a server the
// test starts, internal/pgtest). Where the output differs from SQLite's,
// NAME.pg.golden holds PostgreSQL's; docs/database.md lists why (booleans
// are bool, datetime columns read back as datetime objects, the servers'
// own error messages). With -update, a .pg.golden equal to the SQLite
// golden is removed. The programs run twice: with pgx's default
// (statements with parameters prepared and cached) and with
// default_query_exec_mode=simple_protocol (for PgBouncer), which must
// give the same output.
func TestProgramsPostgres(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			got := runProgramOn(t, f, pgtest.URI(t))
			if simple := runProgramOn(t, f, pgtest.URI(t)+"&default_query_exec_mode=simple_protocol"); simple != got {
				t.Errorf("the output with the simple protocol differs:\n%s", golden.Diff(got, simple))
			}
			base := strings.TrimSuffix(f, ".py")
			sqlite, err := os.ReadFile(base + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			if *golden.Update && got == string(sqlite) {
				_ = os.Remove(base + ".pg.golden")
				return
			}
			if _, err := os.Stat(base + ".pg.golden"); err != nil && !*golden.Update {
				if got != string(sqlite) {
					t.Errorf("%s.golden differs from the output on PostgreSQL (run with -update to write %s.pg.golden):\n%s", base, base, golden.Diff(string(sqlite), got))
				}
				return
			}
			golden.Check(t, base+".pg.golden", []byte(got))
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}
