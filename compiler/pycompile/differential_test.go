package pycompile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/vm"
)

// TestDifferential runs generated programs on the VM and on CPython and
// compares what they print and the exception that ends them. It hunts for
// bugs of the VM; it runs only when HFC_DIFFERENTIAL is set (to the number
// of programs) and /usr/bin/python3 exists, and writes the programs whose
// results differ to HFC_DIFFERENTIAL_DIR (a temporary folder by default).
// HFC_DIFFERENTIAL_SEED picks another series of programs. Differences in
// the iteration order of sets of strings are expected.
func TestDifferential(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("HFC_DIFFERENTIAL"))
	if n <= 0 {
		t.Skip("set HFC_DIFFERENTIAL=N to compare N generated programs with CPython")
	}
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	dir := os.Getenv("HFC_DIFFERENTIAL_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	seed, _ := strconv.ParseUint(os.Getenv("HFC_DIFFERENTIAL_SEED"), 10, 64)
	differ := 0
	for i, data := range genSeedsFrom(seed+1, n) {
		src := genProgram(data)
		got, ok := runOnVM(t, src)
		if !ok {
			continue
		}
		want, ok := runOnCPython(t, src)
		if !ok {
			continue
		}
		if !sameResults(got, want) {
			differ++
			path := filepath.Join(dir, fmt.Sprintf("diff_%03d.py", i))
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Errorf("%s: results differ\n--- CPython\n%s\n--- hfc\n%s", path, want, got)
		}
	}
	t.Logf("%d of %d programs differ", differ, n)
}

// runOnVM returns the output of src on the VM followed by the last line of
// the traceback of its exception; false when it ran out of steps.
func runOnVM(t *testing.T, src string) (string, bool) {
	prog, why := compileChecked(t, src)
	if prog == nil {
		t.Fatalf("a generated program does not compile: %s\n%s", why, src)
	}
	loaded, err := vm.LoadProgram(prog)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	th := vm.NewThread(ctx)
	var out bytes.Buffer
	th.Stdout = &out
	// Small budgets: a step may copy a whole list, and memory is bounded
	// per value only.
	th.MaxSteps = 100000
	th.MaxAlloc = 1 << 22
	_, err = th.RunModule(vm.NewModule("__main__", loaded))
	var exc *vm.Exception
	if errors.As(err, &exc) {
		if _, ok := exc.Payload.(*vm.StepLimitError); ok {
			return "", false
		}
		if exc.Matches(vm.MemoryErrorClass) {
			return "", false
		}
		out.WriteString(exc.Error() + "\n")
	}
	return out.String(), true
}

// runOnCPython returns the output of src on CPython followed by the last
// line of its traceback; false when it takes too long.
func runOnCPython(t *testing.T, src string) (string, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/usr/bin/python3", "-c", src)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return "", false
	}
	if err != nil {
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		last := lines[len(lines)-1]
		if strings.HasPrefix(last, "MemoryError") || strings.HasPrefix(last, "RecursionError") {
			return "", false
		}
		out.WriteString(last + "\n")
	}
	return out.String(), true
}

var addresses = regexp.MustCompile(` at 0x[0-9a-f]+`)

// sameResults compares two outputs line by line, ignoring object
// addresses and, for lines that print sets, the order of their items
// (lines with the same characters in another order are taken as equal).
func sameResults(got, want string) bool {
	g := strings.Split(addresses.ReplaceAllString(got, " at 0x?"), "\n")
	w := strings.Split(addresses.ReplaceAllString(want, " at 0x?"), "\n")
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		if g[i] != w[i] && (!strings.Contains(w[i], "{") || sortedRunes(g[i]) != sortedRunes(w[i])) {
			return false
		}
	}
	return true
}

func sortedRunes(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}
