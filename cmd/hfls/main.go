// Command hfls is the language server for Hyperflask pages (LSP over stdio)
// and, as `hfls dap`, their debug adapter.
//
// Usage:
//
//	hfls [--log FILE]        the language server, on stdin and stdout
//	hfls version             print the version
//	hfls <subcommand> …      another tool (see subcommands)
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/hyperflask/hfc/lsp"
)

// subcommands are hfls's tools beside the language server.
var subcommands = map[string]func(args []string) int{
	"dap": runDAP,
	"version": func([]string) int {
		fmt.Println("hfls", lsp.Version)
		return 0
	},
}

func main() {
	args := os.Args[1:]
	if len(args) > 0 {
		if run, ok := subcommands[args[0]]; ok {
			os.Exit(run(args[1:]))
		}
	}
	os.Exit(serve(args))
}

// serve runs the language server on stdin and stdout.
func serve(args []string) int {
	var logw io.Writer = os.Stderr
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--stdio":
			// What editors pass by habit; stdio is the only transport.
		case a == "--log" && i+1 < len(args):
			f, err := os.OpenFile(args[i+1], os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
			if err != nil {
				fmt.Fprintf(os.Stderr, "hfls: %v\n", err)
				return 2
			}
			defer f.Close()
			logw = f
			i++
		default:
			fmt.Fprintf(os.Stderr, "hfls: unknown argument %q; expected --log FILE, --stdio, or a subcommand: version", a)
			for name := range subcommands {
				if name != "version" {
					fmt.Fprintf(os.Stderr, ", %s", name)
				}
			}
			fmt.Fprintln(os.Stderr)
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer lsp.TuneGC()()
	return lsp.Serve(ctx, stdio{}, lsp.Options{Log: logw})
}

// stdio is the server's stream: stdin and stdout.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error {
	err := os.Stdin.Close()
	if err2 := os.Stdout.Close(); err == nil {
		err = err2
	}
	return err
}
