// Package bench compares hfc with its peers in one `go test -bench` run.
// It is a separate module so that the main module does not depend on them.
//
//	cd bench && go test -run '^$' -bench Python -benchtime 5x
package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

var cases = []string{"fib", "loop_sum", "string_build", "dict_ops", "listcomp", "sort_key", "method_calls", "fstring"}

// BenchmarkPython runs each case on hfc, on CPython 3.11 (timed inside
// CPython, excluding start-up) and on starlark-go. Besides ns/op (wall time)
// each reports cpu-ns/op, the CPU time of the process per run (for CPython,
// its time.process_time_ns()): on a loaded machine wall time also counts the
// waits for a CPU, and CPU time is the steadier figure.
func BenchmarkPython(b *testing.B) {
	for _, name := range cases {
		b.Run("hfc/"+name, func(b *testing.B) { benchGo(b, prepareHFC, name) })
		b.Run("cpython/"+name, func(b *testing.B) { benchCPython(b, name) })
		b.Run("starlark/"+name, func(b *testing.B) { benchGo(b, prepareStarlark, name) })
	}
}

// A preparer loads a case and returns a function that calls its run() once.
type preparer func(name string) (func() error, error)

// prepareHFC compiles the case and runs its module body on a new thread.
func prepareHFC(name string) (func() error, error) {
	path := filepath.Join("python", "cases", name+".py")
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	l := loader.New()
	prog, diags := l.CompileSource(path, string(src), pycompile.Options{})
	if prog == nil {
		return nil, fmt.Errorf("compile %s: %v", path, diags)
	}
	th := vm.NewThread(context.Background())
	m := vm.NewModule("bench", prog)
	if _, err := th.RunModule(m); err != nil {
		return nil, err
	}
	run, _ := m.Global("run")
	return func() error {
		_, err := th.Call(run)
		return err
	}, nil
}

// prepareStarlark executes the case's Starlark translation.
func prepareStarlark(name string) (func() error, error) {
	path := filepath.Join("python", "starlark", name+".star")
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	opts := &syntax.FileOptions{Recursion: true, While: true, GlobalReassign: true, TopLevelControl: true}
	th := &starlark.Thread{Name: "bench"}
	globals, err := starlark.ExecFileOptions(opts, th, path, src, nil)
	if err != nil {
		return nil, err
	}
	run := globals["run"]
	return func() error {
		_, err := starlark.Call(th, run, nil, nil)
		return err
	}, nil
}

// benchGo times run() of an engine written in Go, after one warm-up call.
func benchGo(b *testing.B, prepare preparer, name string) {
	run, err := prepare(name)
	if err != nil {
		b.Fatal(err)
	}
	if err := run(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0, cpuOK := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := run(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu1, ok := cpuTime(); cpuOK && ok {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
}

// benchCPython runs python/harness.py, which times b.N calls of run() inside
// CPython, and reports its times as ns/op and cpu-ns/op.
func benchCPython(b *testing.B, name string) {
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		b.Skip("no /usr/bin/python3")
	}
	b.StopTimer()
	out, err := exec.Command("/usr/bin/python3", filepath.Join("python", "harness.py"), filepath.Join("python", "cases", name+".py"), strconv.Itoa(b.N)).Output()
	if err != nil {
		b.Fatalf("python: %v", err)
	}
	var t struct {
		NS    float64 `json:"ns"`
		CPUNS float64 `json:"cpu_ns"`
	}
	if err := json.Unmarshal(out, &t); err != nil {
		b.Fatalf("harness output %q: %v", out, err)
	}
	b.ReportMetric(t.NS/float64(b.N), "ns/op")
	b.ReportMetric(t.CPUNS/float64(b.N), "cpu-ns/op")
}
