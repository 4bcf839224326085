package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hyperflask/hfc/runtime/server"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

func init() {
	var out, env, autoescape string
	register(&command{
		name:         "compile",
		args:         "APP -o app.hfb",
		summary:      "compile a whole app into one bundle that hfc serve runs",
		interspersed: true,
		help: `APP is the app's folder. Every page, component, layout, template, macro and
Python module is compiled; the bytecode, the sources (for tracebacks), the
configuration files (config.yml, config.ENV.yml; not .env: secrets come from
the environment where the bundle runs) and the static files are written to
one file, which hfc serve runs without compiling anything:

    hfc compile examples/blog -o blog.hfb
    hfc serve blog.hfb

The app's assets (docs/assets.md) are built too, minified, and stored in the
bundle.

The bundle records the versions of its format and of the bytecode: an hfc
that runs other versions refuses it and says to compile again. When the app
has errors, they are printed and no bundle is written (exit status 1).`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&out, "o", "", "the bundle to write (required), such as app.hfb")
			fs.StringVar(&env, "env", envDefault(), "configuration environment the app is compiled for (its config.ENV.yml and LAYOUT)")
			fs.StringVar(&autoescape, "autoescape", "on", "autoescape of templates: on, off or hyperflask (the reference's rule: .html, .htm, .xml, .xhtml, .svg only)")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) != 1 || out == "" {
				fmt.Fprintln(stderr, "hfc compile: expected an APP folder and -o FILE")
				return 2
			}
			var buf bytes.Buffer
			opts := server.Options{Env: env, Environ: os.Environ(), ErrorLog: stderr, Template: tmpl.Options{Autoescape: autoescape}}
			diags, err := server.CompileBundle(args[0], &buf, opts)
			if err != nil {
				fmt.Fprintf(stderr, "hfc compile: %v\n", err)
				return 1
			}
			if !printDiagnostics(stderr, diags) {
				fmt.Fprintf(stderr, "hfc compile: %s: the app has errors; no bundle written\n", args[0])
				return 1
			}
			tmp, err := os.CreateTemp(filepath.Dir(out), ".hfb-*")
			if err != nil {
				fmt.Fprintf(stderr, "hfc compile: %v\n", err)
				return 1
			}
			_, err = tmp.Write(buf.Bytes())
			if cerr := tmp.Close(); err == nil {
				err = cerr
			}
			if err == nil {
				err = os.Rename(tmp.Name(), out)
			}
			if err != nil {
				os.Remove(tmp.Name())
				fmt.Fprintf(stderr, "hfc compile: %v\n", err)
				return 1
			}
			fmt.Fprintf(stderr, "hfc compile: wrote %s (%d bytes)\n", out, buf.Len())
			return 0
		},
	})
}
