package main

import (
	"fmt"
	"os"

	"github.com/hyperflask/hfc/dap"
)

// runDAP serves the Debug Adapter Protocol on standard input and output
// (`hfls dap`). Standard output carries the protocol only: anything else
// the process would print there goes to standard error.
func runDAP(args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(os.Stderr, "hfls dap: unexpected arguments %q; the debug adapter takes none (the client's launch or attach request says what to debug)\n", args)
		return 2
	}
	out := os.Stdout
	os.Stdout = os.Stderr
	if err := dap.ServeStdio(os.Stdin, out, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "hfls dap: %v\n", err)
		return 1
	}
	return 0
}
