// Command hfls is the language server for Hyperflask pages (LSP over stdio)
// and, as `hfls dap`, their debug adapter.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "dap" {
		os.Exit(runDAP(os.Args[2:]))
	}
	fmt.Fprintln(os.Stderr, "hfls: the language server is not built yet (see the project's issues); use `hfc check` for diagnostics")
	os.Exit(2)
}
