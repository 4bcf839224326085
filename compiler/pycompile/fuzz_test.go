package pycompile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/txtar"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The fuzz targets of the compiler. Run them with e.g.
// go test -run=^$ -fuzz=FuzzCompile -fuzztime=3m ./compiler/pycompile/;
// inputs that failed are kept in testdata/fuzz/<target>/ and replayed by
// go test.

// addPythonSeeds adds every program of the conformance suite (the .py
// sections of conformance/python/*.txtar) and every .py file of the
// parser's test corpora.
func addPythonSeeds(f *testing.F) {
	programs, err := filepath.Glob("../../conformance/python/*.txtar")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range programs {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range txtar.Parse(string(data)).Files {
			if strings.HasSuffix(file.Name, ".py") {
				f.Add(file.Data)
			}
		}
	}
	for _, pattern := range []string{
		"../../grammar/python/testdata/*/*.py",
		"testdata/disasm/*.py",
	} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
}

// compileChecked compiles src the way hfc does and checks the result: the
// compiler may refuse a program that parses (CPython's compile-time
// errors), but it must not panic, its stack-depth analysis must agree with
// itself, and the program must survive serialisation, validation and
// loading by the VM. It returns the program, or nil and the reason when
// src is refused.
func compileChecked(t *testing.T, src string) (*bytecode.Program, string) {
	t.Helper()
	f := source.NewFile("fuzz.py", src)
	mod, diags := python.Parse(f, 0, len(src), python.ModeModule)
	if diags.HasErrors() {
		return nil, fmt.Sprint(diags)
	}
	res, rdiags := Resolve(f, mod, Options{Injected: []string{"page", "request"}})
	for _, d := range rdiags {
		if Blocking(d) {
			return nil, d.Error()
		}
	}
	prog, err := Compile(f, mod, res)
	if err != nil {
		if internalError(err) {
			t.Fatalf("compiling a valid program: %v", err)
		}
		return nil, err.Error()
	}
	var enc bytes.Buffer
	if err := bytecode.NewEncoder(&enc).Program(prog); err != nil {
		t.Fatalf("encode: %v", err)
	}
	back, err := bytecode.NewDecoder(&enc).Program()
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := back.Validate(); err != nil {
		t.Fatalf("validate: %v", err)
	}
	var want, got bytes.Buffer
	bytecode.Disassemble(&want, prog)
	bytecode.Disassemble(&got, back)
	if want.String() != got.String() {
		t.Fatalf("serialised program differs after a round trip:\n%s", golden.Diff(want.String(), got.String()))
	}
	if _, err := vm.LoadProgram(back); err != nil {
		t.Fatalf("load: %v", err)
	}
	return prog, ""
}

// internalError tells the errors of Compile that are bugs (the assembler's
// analysis, a node the generator does not know) from the compile-time
// errors of Python ('break' outside loop, a starred expression out of
// place).
func internalError(err error) bool {
	msg := err.Error()
	for _, bug := range []string{"asm:", "cannot compile", "cannot assign", "cannot delete", "cannot augment", "is not supported"} {
		if strings.Contains(msg, bug) {
			return true
		}
	}
	return false
}

func FuzzCompile(f *testing.F) {
	addPythonSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = compileChecked(t, src)
	})
}

// runGenerated compiles a generated program and runs it on the VM with a
// step budget: it must compile, and running it must neither panic (the VM
// turns a Go panic into a SystemError carrying vm.PanicInfo) nor hang.
func runGenerated(t *testing.T, data []byte) {
	t.Helper()
	src := genProgram(data)
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
	th.Stdout = io.Discard
	// A step may copy a whole list, so the budget is small: a program
	// that grows a list as it copies it does quadratic work.
	th.MaxSteps = 10000
	th.MaxAlloc = 1 << 20
	_, err = th.RunModule(vm.NewModule("__main__", loaded))
	var exc *vm.Exception
	if errors.As(err, &exc) {
		if p, ok := exc.Payload.(vm.PanicInfo); ok {
			t.Fatalf("the VM panicked: %v\n%s\nprogram:\n%s", p.Value, p.Stack, src)
		}
	}
	if ctx.Err() != nil {
		t.Fatalf("the step budget did not stop the program in time:\n%s", src)
	}
}

// genSeeds are the choice strings of the seed corpus: pseudo-random bytes.
func genSeeds(n int) [][]byte { return genSeedsFrom(1, n) }

// genSeedsFrom returns n choice strings of the pseudo-random stream seed.
func genSeedsFrom(seed uint64, n int) [][]byte {
	r := rand.New(rand.NewPCG(seed, 2))
	seeds := make([][]byte, n)
	for i := range seeds {
		b := make([]byte, 64+r.IntN(512))
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		seeds[i] = b
	}
	return seeds
}

func FuzzGenerated(f *testing.F) {
	for _, s := range genSeeds(32) {
		f.Add(s)
	}
	f.Fuzz(runGenerated)
}

// TestGeneratedPrograms runs a few hundred generated programs.
func TestGeneratedPrograms(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 30
	}
	for i, s := range genSeeds(n) {
		t.Run(fmt.Sprint(i), func(t *testing.T) { runGenerated(t, s) })
	}
}
