package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/runtime/app"
)

func init() {
	var format string
	var reference bool
	register(&command{
		name:    "check",
		args:    "PATH...",
		summary: "report every problem in page files, components, layouts and app modules",
		help: `Each PATH is a file, an app folder (a folder holding config.yml, pages/ or app/)
or any folder, read recursively. A file of an app is checked against the
whole app, as the language server checks it: the template variables,
components, props, macros, templates, endpoints and routes it uses must exist
(codes W5006-E5011, E6xxx). Every diagnostic is printed as
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
			checked := checkAll(files, page.Options{Reference: reference})
			var all diag.List
			for _, r := range checked {
				all = append(all, r.Diags...)
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
				for _, r := range checked {
					for _, d := range r.Diags {
						diag.Render(stdout, d, r.File.Source)
					}
				}
				fmt.Fprintf(stderr, "%d files checked: %s\n", len(checked), counts(all))
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

// checkAll checks files on all cores with compiler/check, then runs the
// semantic checks of compiler/semantic on each (what needs the whole app:
// its templates, components and routes) — the code the language server
// runs too. Each file of an app is checked against that app.
func checkAll(files []project.File, opts page.Options) []*check.Result {
	apps := appsOf(files, opts)
	results := check.Files(files, func(f project.File) *check.Env {
		if a := apps[f.Path]; a != nil {
			return a.proj.Env()
		}
		return plainEnv
	}, opts)
	for i, f := range files {
		if a := apps[f.Path]; a != nil {
			a.proj.Add(a.rel, results[i])
		}
	}
	semOpts := semantic.Options{ReferenceSplit: opts.Reference}
	for i, f := range files {
		r := results[i]
		var diags diag.List
		if a := apps[f.Path]; a != nil {
			an := a.proj.Analysis(a.rel)
			if an == nil { // a file that the app's file list leaves out
				an = semantic.Analyze(f.Path, a.rel, f.Role, r)
			}
			diags = semantic.Check(an, a.proj, semOpts)
		} else {
			diags = semantic.Check(semantic.Analyze(f.Path, "", f.Role, r), nil, semOpts)
		}
		if len(diags) > 0 {
			r.Diags = append(r.Diags, diags...)
			r.Diags.Sort()
		}
	}
	return results
}

// plainEnv is the check environment of files outside an app.
var plainEnv = app.CheckEnv(nil)

// appFile is a file of an app: the app, and the file's path in it.
type appFile struct {
	proj *semantic.Project
	rel  string
}

// appsOf reads the app of each file that belongs to one (each app once),
// by path.
func appsOf(files []project.File, opts page.Options) map[string]*appFile {
	out := make(map[string]*appFile, len(files))
	rootOf := map[string]string{} // folder → project root
	projects := map[string]*semantic.Project{}
	for _, f := range files {
		if f.Role == page.RoleFile {
			continue
		}
		dir := filepath.Dir(f.Path)
		root, ok := rootOf[dir]
		if !ok {
			root = project.FindRoot(f.Path)
			rootOf[dir] = root
		}
		if root == "" {
			continue
		}
		proj, ok := projects[root]
		if !ok {
			proj = semantic.NewProject(root, opts)
			projects[root] = proj
		}
		if rel, ok := proj.Rel(f.Path); ok {
			out[f.Path] = &appFile{proj, rel}
		}
	}
	return out
}
