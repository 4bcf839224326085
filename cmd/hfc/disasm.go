package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

func init() {
	register(&command{
		name:    "disasm",
		args:    "FILE.py",
		summary: "print the bytecode of a Python module",
		help: `Each code object (the module, then every function, class body and
comprehension, depth first) is listed with its instructions: source line:col,
index, opcode, argument and what the argument refers to, then its exception
table.`,
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc disasm: expected exactly one FILE.py")
				return 2
			}
			text, err := os.ReadFile(args[0])
			if err != nil {
				fmt.Fprintf(stderr, "hfc disasm: %v\n", err)
				return 2
			}
			prog, diags := compilePython(args[0], string(text))
			f := source.NewFile(args[0], string(text))
			for _, d := range diags {
				if d.Severity == diag.Error {
					diag.Render(stderr, d, f)
				}
			}
			if prog == nil {
				return 1
			}
			bytecode.Disassemble(stdout, prog)
			return 0
		},
	})
}

// compilePython parses and compiles a whole .py file.
func compilePython(path, text string) (*bytecode.Program, diag.List) {
	f := source.NewFile(path, text)
	mod, diags := python.Parse(f, 0, len(text), python.ModeModule)
	if diags.HasErrors() {
		return nil, diags
	}
	res := pycompile.CompileModule(f, mod, pycompile.Options{})
	return res.Program, append(diags, res.Diags...)
}
