package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	var (
		dataFile, templatesDir, autoescape, undefined string
		trimBlocks, lstripBlocks, keepNewline         bool
	)
	register(&command{
		name: "render",
		// Flags may follow the arguments, as the synopsis writes them.
		interspersed: true,
		args:         "FILE",
		summary:      "render one page or template to standard output",
		help: `The output is written byte for byte, with no newline added. --data is a JSON
object whose keys keep their order; its values are template variables, and for
a page (.jpy, .py, .html or .md in an app) they are set as page attributes
before its frontmatter runs.

Template names are paths relative to the loader root: --templates DIR if
given, else the app root (the nearest folder above FILE holding pages/), else
FILE's folder. Inside an app, its components, layouts, macros and templates
are available as when serving.

On failure the exit status is 1 and standard error starts with the error's
class and message (UndefinedError: 'x' is undefined), followed by where it
happened.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&dataFile, "data", "", "JSON file of template variables")
			fs.StringVar(&templatesDir, "templates", "", "folder that template names are relative to")
			fs.StringVar(&autoescape, "autoescape", "on", "on, off or hyperflask (the reference's rule: on for .html, .htm, .xml, .xhtml and .svg only)")
			fs.StringVar(&undefined, "undefined", "default", "default, strict, chainable or debug")
			fs.BoolVar(&trimBlocks, "trim-blocks", false, "remove the first newline after a block tag")
			fs.BoolVar(&lstripBlocks, "lstrip-blocks", false, "strip whitespace before a block tag at the start of a line")
			fs.BoolVar(&keepNewline, "keep-trailing-newline", false, "keep the final newline of templates")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 {
				fmt.Fprintln(stderr, "hfc render: expected exactly one FILE")
				return 2
			}
			switch autoescape {
			case "on", "off", "hyperflask":
			default:
				fmt.Fprintf(stderr, "hfc render: --autoescape %q: expected on, off or hyperflask\n", autoescape)
				return 2
			}
			opts := tmpl.Options{
				Autoescape:          autoescape,
				Undefined:           undefined,
				TrimBlocks:          trimBlocks,
				LstripBlocks:        lstripBlocks,
				KeepTrailingNewline: keepNewline,
			}
			r := renderer{file: args[0], templates: templatesDir, opts: opts}
			if dataFile != "" {
				data, err := os.ReadFile(dataFile)
				if err != nil {
					fmt.Fprintf(stderr, "hfc render: %v\n", err)
					return 1
				}
				r.data = data
			}
			out, err := r.render()
			if err != nil {
				r.report(stderr, err)
				return 1
			}
			if _, err := io.WriteString(stdout, out); err != nil {
				fmt.Fprintf(stderr, "hfc render: %v\n", err)
				return 1
			}
			return 0
		},
	})
}

// renderer renders one file for `hfc render`.
type renderer struct {
	file, templates string
	opts            tmpl.Options
	data            []byte
	root            string // the loader root
}

func (r *renderer) render() (string, error) {
	abs, err := filepath.Abs(r.file)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(abs); err != nil {
		return "", fmt.Errorf("cannot read %s: %w", r.file, err)
	}
	th := vm.NewThread(context.Background())
	vars := vm.NewDict(0)
	if len(r.data) > 0 {
		v, err := json.Loads(th, string(r.data))
		if err != nil {
			return "", err
		}
		d, ok := v.(*vm.Dict)
		if !ok {
			return "", fmt.Errorf("--data: expected a JSON object, found %s", v.Type().Name)
		}
		vars = d
	}
	appRoot := project.FindRoot(abs)
	if appRoot != "" {
		if fi, err := os.Stat(filepath.Join(appRoot, "app", "pages")); err == nil && fi.IsDir() {
			appRoot = filepath.Join(appRoot, "app")
		}
	}
	switch {
	case r.templates != "":
		r.root = r.templates
	case appRoot != "":
		r.root = appRoot
	default:
		r.root = filepath.Dir(abs)
	}
	rootAbs, err := filepath.Abs(r.root)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(rootAbs, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", fmt.Errorf("%s is not inside the template folder %s", r.file, r.root)
	}
	rel = filepath.ToSlash(rel)

	if appRoot != "" || isPage(rel) {
		a, err := app.New(os.DirFS(rootAbs), app.Options{Root: r.root, Template: r.opts})
		if err != nil {
			return "", err
		}
		return a.RenderPage(th, rel, vars)
	}
	env, err := tmpl.NewEnvironment(r.opts, tmpl.DirLoader{Root: r.root})
	if err != nil {
		return "", err
	}
	t, err := env.GetTemplate(rel)
	if err != nil {
		return "", err
	}
	return t.Render(th, vars)
}

// isPage reports whether a file is rendered as a page (its frontmatter
// runs) rather than as a plain template.
func isPage(rel string) bool {
	switch split.KindOf(rel) {
	case split.KindJPY, split.KindPython, split.KindMarkdown:
		return true
	}
	return false
}

// report writes a failed render's error: its class and message first, then
// where it happened (the template or Python frames, innermost last).
func (r *renderer) report(w io.Writer, err error) {
	var exc *vm.Exception
	if !errors.As(err, &exc) {
		fmt.Fprintf(w, "hfc render: %v\n", err)
		return
	}
	if msg := exc.Message(); msg != "" {
		fmt.Fprintf(w, "%s: %s\n", exc.Type().Name, msg)
	} else {
		fmt.Fprintln(w, exc.Type().Name)
	}
	if se, ok := exc.Payload.(*tmpl.SyntaxError); ok {
		d := se.Diag
		fmt.Fprintf(w, "  %s:%d:%d\n", d.File, d.Range.Start.Line, d.Range.Start.Col)
		return
	}
	for i := len(exc.Traceback) - 1; i >= 0; i-- {
		t := exc.Traceback[i]
		fmt.Fprintf(w, "  %s:%d, in %s\n", t.File, t.Line, t.Function)
		if line := sourceLine(t.File, t.Line); line != "" {
			fmt.Fprintf(w, "    %s\n", line)
		}
	}
}

// sourceLine returns a line of a file, trimmed, for error reports.
func sourceLine(file string, line int) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(source.NewFile(file, string(data)).LineText(line))
}
