package runner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/hyperflask/hfc/runtime/loader"
	_ "github.com/hyperflask/hfc/runtime/stdlib"    // the modules the programs import
	_ "github.com/hyperflask/hfc/runtime/stdlib/re" // re, which the stdlib bundle leaves to the command
	"github.com/hyperflask/hfc/runtime/vm"
)

// programSteps bounds a program's run: enough for every program of the
// suite, so that a VM bug that loops fails the case instead of hanging.
const programSteps = 1 << 32

// runProgram runs a program case as `hfc run` does, its files in memory,
// and compares its standard output and the traceback of an uncaught
// exception with CPython's.
func runProgram(c *Case) Outcome {
	run, _ := c.Get("run")
	run = strings.TrimSpace(run)
	fsys := fstest.MapFS{}
	for name, text := range c.Files() {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	l := loader.New(".")
	l.FS = fsys
	th := vm.NewThread(context.Background())
	var out bytes.Buffer
	th.Stdout = &out
	th.MaxSteps = programSteps
	diags, err := l.RunFile(th, run)
	if errors.Is(err, loader.ErrBlocked) {
		return differs("the program does not compile:\n%v", diags)
	}
	tb := ""
	if err != nil {
		var exc *vm.Exception
		if !errors.As(err, &exc) {
			return broken(fmt.Errorf("run: %v", err))
		}
		tb = vm.FormatTraceback(exc, l.Line)
	}
	wantOut, _ := c.Get("stdout")
	wantTB, _ := c.Get("traceback")
	return all(compareText("stdout", wantOut, out.String()), compareText("traceback", wantTB, tb))
}
