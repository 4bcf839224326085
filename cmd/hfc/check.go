package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
)

func init() {
	var format string
	var reference bool
	register(&command{
		name:    "check",
		args:    "PATH...",
		summary: "report every problem in page files, components, layouts and app modules",
		help: `Each PATH is a file, an app folder (a folder holding config.yml, pages/ or app/)
or any folder, read recursively. Every diagnostic is printed as
path:line:col: severity[CODE]: message, followed by the source line, a caret
under the range and a hint when there is one. The exit status is 1 when there
is at least one error, 0 otherwise (warnings alone do not fail).`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "text", "output format: text or json (an array of diagnostics)")
			fs.BoolVar(&reference, "reference", false, "split frontmatter exactly as the Python reference does (no tolerance for CRLF fences, BOM, ...)")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) == 0 {
				fmt.Fprintln(stderr, "hfc check: expected at least one PATH (a file or a folder)")
				return 2
			}
			if format != "text" && format != "json" {
				fmt.Fprintf(stderr, "hfc check: unknown format %q; expected text or json\n", format)
				return 2
			}
			files, err := project.Expand(args)
			if err != nil {
				fmt.Fprintf(stderr, "hfc check: %v\n", err)
				return 2
			}
			parsed := parseAll(files, page.Options{Reference: reference})
			var all diag.List
			for _, p := range parsed {
				all = append(all, p.Diags...)
			}
			if format == "json" {
				if all == nil {
					all = diag.List{}
				}
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(all); err != nil {
					fmt.Fprintf(stderr, "hfc check: %v\n", err)
					return 2
				}
			} else {
				for _, p := range parsed {
					for _, d := range p.Diags {
						diag.Render(stdout, d, p.Source)
					}
				}
				fmt.Fprintf(stderr, "%d files checked: %s\n", len(parsed), counts(all))
			}
			if all.HasErrors() {
				return 1
			}
			return 0
		},
	})
}

func counts(l diag.List) string {
	plural := func(n int, s string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, s)
		}
		return fmt.Sprintf("%d %ss", n, s)
	}
	return plural(l.Count(diag.Error), "error") + ", " + plural(l.Count(diag.Warning), "warning")
}

// parseAll reads and parses files on all cores; the result keeps the order of
// files. A file that cannot be read yields a diagnostic, not a failure.
func parseAll(files []project.File, opts page.Options) []*page.File {
	out := make([]*page.File, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = parseOne(files[i], opts)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func parseOne(f project.File, opts page.Options) *page.File {
	text, err := os.ReadFile(f.Path)
	if err != nil {
		p := page.Parse(f.Path, nil, page.Options{Role: f.Role})
		b := diag.Builder{File: f.Path}
		b.Add(diag.FileUnreadable, p.Source.Span(0, 0), "cannot read the file: %v", err)
		p.Diags = append(p.Diags, b.Diags...)
		return p
	}
	opts.Role = f.Role
	return page.Parse(f.Path, text, opts)
}
