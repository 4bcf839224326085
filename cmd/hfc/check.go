package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/compiler/project"
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

// checkAll checks files on all cores with compiler/check, the code the
// language server runs too; each file of an app is checked against that
// app's filters, tests and components.
func checkAll(files []project.File, opts page.Options) []*check.Result {
	envs := appEnvs{}
	return check.Files(files, envs.of(files), opts)
}

// appEnvs builds the check environment of each app once.
type appEnvs map[string]*check.Env

// of returns a function giving the environment of each of files, built
// before the files are checked in parallel.
func (m appEnvs) of(files []project.File) func(project.File) *check.Env {
	byFile := make(map[string]*check.Env, len(files))
	rootOf := map[string]string{} // folder → project root
	for _, f := range files {
		key := ""
		if f.Role != page.RoleFile {
			dir := filepath.Dir(f.Path)
			root, ok := rootOf[dir]
			if !ok {
				root = project.FindRoot(f.Path)
				rootOf[dir] = root
			}
			key = root
		}
		env, ok := m[key]
		if !ok {
			env = appCheckEnv(key)
			m[key] = env
		}
		byFile[f.Path] = env
	}
	return func(f project.File) *check.Env { return byFile[f.Path] }
}

// appCheckEnv returns the check environment of the app at project root
// root ("" for files outside an app).
func appCheckEnv(root string) *check.Env {
	if root == "" {
		return app.CheckEnv(nil)
	}
	appRoot := project.AppRoot(root)
	a, err := app.New(os.DirFS(appRoot), app.Options{Root: appRoot})
	if err != nil {
		return app.CheckEnv(nil)
	}
	return app.CheckEnv(a)
}
