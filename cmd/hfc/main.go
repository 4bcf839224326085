// Command hfc compiles, checks and serves Hyperflask apps.
//
// Usage:
//
//	hfc <command> [flags] [arguments]
//
// Run `hfc help` for the list of commands and `hfc help <command>` for one.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one subcommand of hfc. Its help text is the source of the CLI
// reference in docs/cli.md.
type command struct {
	name    string
	args    string // argument synopsis, after the flags
	summary string // one line
	help    string // paragraphs after the synopsis
	flags   func(fs *flag.FlagSet)
	run     func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int
	// interspersed lets flags follow the arguments (hfc serve APP --addr
	// :8080); a "--" ends the flags.
	interspersed bool
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status: 0 success,
// 1 the command found problems (diagnostics, a failed render), 2 usage errors.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				commandHelp(stdout, c)
				return 0
			}
			fmt.Fprintf(stderr, "hfc: unknown command %q\n", args[1])
			return 2
		}
		usage(stdout)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "hfc: unknown command %q; expected one of: %s\n", name, strings.Join(commandNames(), ", "))
		return 2
	}
	fs := flag.NewFlagSet("hfc "+c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	if c.flags != nil {
		c.flags(fs)
	}
	fs.Usage = func() { commandHelp(stderr, c) }
	rest, err := parseFlags(fs, args[1:], c.interspersed)
	if err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	return c.run(fs, rest, stdout, stderr)
}

// parseFlags parses the flags of a command line and returns its
// arguments; with interspersed, flags may also follow arguments.
func parseFlags(fs *flag.FlagSet, args []string, interspersed bool) ([]string, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if !interspersed {
		return fs.Args(), nil
	}
	var out []string
	for rest := fs.Args(); len(rest) > 0; rest = fs.Args() {
		// A "--" that Parse consumed ends the flags: the rest are arguments.
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(out, rest...), nil
		}
		out = append(out, rest[0])
		args = rest[1:]
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "hfc compiles, checks and serves Hyperflask apps.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: hfc <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run `hfc help <command>` for the flags of a command.")
}

func commandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: hfc %s [flags] %s\n\n%s\n", c.name, c.args, c.summary)
	if c.help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.help))
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	if c.flags != nil {
		c.flags(fs)
	}
	has := false
	fs.VisitAll(func(*flag.Flag) { has = true })
	if has {
		fmt.Fprintln(w, "\nFlags:")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}
