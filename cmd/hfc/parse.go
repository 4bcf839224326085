package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/page"
)

func init() {
	var asJSON, reference bool
	register(&command{
		name:    "parse",
		args:    "FILE",
		summary: "print the syntax tree of a file with positions, as JSON",
		help: `The tree holds the frontmatter and template regions, the Python tree (node and
field names as in CPython's ast module), the template tree (as in jinja2.nodes,
plus Hyperflask's component tags and tags), and the diagnostics. Spans are
"line:col-line:col" with 1-based lines and byte columns in file coordinates.
The role of the file (page, component, layout, ...) comes from the app that
holds it.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", true, "print JSON (the only format)")
			fs.BoolVar(&reference, "reference", false, "split frontmatter exactly as the Python reference does")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc parse: expected exactly one FILE")
				return 2
			}
			text, err := os.ReadFile(args[0])
			if err != nil {
				fmt.Fprintf(stderr, "hfc parse: %v\n", err)
				return 2
			}
			p := page.Parse(args[0], text, page.Options{Role: project.RoleOfPath(args[0]), Reference: reference})
			data, err := astjson.Marshal(p.Tree())
			if err != nil {
				fmt.Fprintf(stderr, "hfc parse: %v\n", err)
				return 2
			}
			stdout.Write(data)
			if p.Diags.HasErrors() {
				return 1
			}
			return 0
		},
	})
}
