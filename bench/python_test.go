// Package bench compares hfc with its peers in one `go test -bench` run.
// It is a separate module so that the main module does not depend on them.
//
//	cd bench && go test -run '^$' -bench Python -benchtime 5x
package bench

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

var cases = []string{"fib", "loop_sum", "string_build", "dict_ops", "listcomp", "sort_key", "method_calls", "fstring"}

// BenchmarkPython runs each case on hfc, on CPython 3.11 (timed inside
// CPython, excluding start-up) and on starlark-go.
func BenchmarkPython(b *testing.B) {
	for _, name := range cases {
		b.Run("hfc/"+name, func(b *testing.B) { benchHFC(b, name) })
		b.Run("cpython/"+name, func(b *testing.B) { benchCPython(b, name) })
		b.Run("starlark/"+name, func(b *testing.B) { benchStarlark(b, name) })
	}
}

func benchHFC(b *testing.B, name string) {
	path := filepath.Join("python", "cases", name+".py")
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	l := loader.New()
	prog, diags := l.CompileSource(path, string(src), pycompile.Options{})
	if prog == nil {
		b.Fatalf("compile: %v", diags)
	}
	th := vm.NewThread(context.Background())
	m := vm.NewModule("bench", prog)
	if _, err := th.RunModule(m); err != nil {
		b.Fatal(err)
	}
	run, _ := m.Global("run")
	if _, err := th.Call(run); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := th.Call(run); err != nil {
			b.Fatal(err)
		}
	}
}

func benchCPython(b *testing.B, name string) {
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		b.Skip("no /usr/bin/python3")
	}
	b.StopTimer()
	out, err := exec.Command("/usr/bin/python3", filepath.Join("python", "harness.py"), filepath.Join("python", "cases", name+".py"), strconv.Itoa(b.N)).Output()
	if err != nil {
		b.Fatalf("python: %v", err)
	}
	ns, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(ns/float64(b.N), "ns/op")
}

func benchStarlark(b *testing.B, name string) {
	path := filepath.Join("python", "starlark", name+".star")
	src, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	opts := &syntax.FileOptions{Recursion: true, While: true, GlobalReassign: true, TopLevelControl: true}
	th := &starlark.Thread{Name: "bench"}
	globals, err := starlark.ExecFileOptions(opts, th, path, src, nil)
	if err != nil {
		b.Fatal(err)
	}
	run := globals["run"]
	if _, err := starlark.Call(th, run, nil, nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := starlark.Call(th, run, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}
