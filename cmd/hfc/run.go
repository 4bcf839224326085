package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	var maxSteps uint64
	register(&command{
		name:    "run",
		args:    "FILE.py",
		summary: "run a Python module on the hfc VM, as `python3 FILE.py` would",
		help: `print() writes to standard output. Imports find the modules of hfc's standard
library and the .py files next to FILE. An uncaught exception prints a
CPython-shaped traceback to standard error and the exit status is 1, except
SystemExit, which exits as CPython does (sys.exit(3) with 3, sys.exit("msg")
printing msg with 1). A file that does not compile prints its diagnostics and
exits with 1.`,
		flags: func(fs *flag.FlagSet) {
			fs.Uint64Var(&maxSteps, "max-steps", 0, "stop the program after this many steps (0: no limit)")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc run: expected exactly one FILE.py")
				return 2
			}
			path := args[0]
			l := loader.New(filepath.Dir(path))
			th := vm.NewThread(context.Background())
			th.Stdout = stdout
			th.MaxSteps = maxSteps
			diags, err := l.RunFile(th, path)
			if errors.Is(err, loader.ErrBlocked) {
				for _, d := range diags {
					if d.Severity == diag.Error {
						diag.Render(stderr, d, l.Source(d.File))
					}
				}
				return 1
			}
			if err != nil {
				var exc *vm.Exception
				if !errors.As(err, &exc) {
					fmt.Fprintf(stderr, "hfc run: %v\n", err)
					return 1
				}
				if exc.Type().IsSubclass(vm.SystemExitClass) {
					return systemExit(th, exc, stderr)
				}
				fmt.Fprint(stderr, vm.FormatTraceback(exc, l.Line))
				return 1
			}
			return 0
		},
	})
}

// systemExit returns the exit status of an uncaught SystemExit as CPython
// computes it: None is 0, an int is itself, anything else is printed to
// standard error and gives 1.
func systemExit(th *vm.Thread, exc *vm.Exception, stderr io.Writer) int {
	var code vm.Value = vm.None
	switch len(exc.Args) {
	case 0:
	case 1:
		code = exc.Args[0]
	default:
		code = exc.Args
	}
	if code == vm.None {
		return 0
	}
	if n, ok := vm.AsInt64(code); ok {
		return int(n & 0xff)
	}
	s, err := th.Str(code)
	if err != nil {
		s = "<exception str() failed>"
	}
	fmt.Fprintln(stderr, s)
	return 1
}
