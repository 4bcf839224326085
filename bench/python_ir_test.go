package bench

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestPythonRunN is the probe python/irratio.sh runs under valgrind: with
// PYBENCH_RUN=engine/case (engine hfc or starlark) and PYBENCH_N=n it loads
// the case and calls its run() n times, nothing else. Two probes with
// different n differ by n runs exactly, so the difference of their
// instruction counts is the cost of the runs alone. Without PYBENCH_RUN it
// skips.
func TestPythonRunN(t *testing.T) {
	spec := os.Getenv("PYBENCH_RUN")
	if spec == "" {
		t.Skip("PYBENCH_RUN is not set (see python/irratio.sh)")
	}
	engine, name, _ := strings.Cut(spec, "/")
	n, err := strconv.Atoi(os.Getenv("PYBENCH_N"))
	if err != nil {
		t.Fatalf("PYBENCH_N: %v", err)
	}
	prepare := map[string]preparer{"hfc": prepareHFC, "starlark": prepareStarlark}[engine]
	if prepare == nil {
		t.Fatalf("PYBENCH_RUN=%s: engine %q, want hfc or starlark", spec, engine)
	}
	run, err := prepare(name)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if err := run(); err != nil {
			t.Fatal(err)
		}
	}
}
