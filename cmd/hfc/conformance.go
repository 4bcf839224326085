package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"github.com/hyperflask/hfc/conformance/runner"
)

func init() {
	var (
		update, verbose bool
		match           string
		jobs            int
	)
	register(&command{
		name: "conformance",
		// Flags may follow the arguments, as the synopsis writes them.
		interspersed: true,
		args:         "[DIR]",
		summary:      "run the conformance suite of the page format against hfc",
		help: `DIR is the suite (the folder holding FEATURES: conformance/ of the hfc
repository) or a folder inside it, to run one feature (conformance/routing) or
part of one. Without DIR: ./conformance if it exists, else the suite holding the
current folder.

Each case holds an app, a page, a template, a program or a document and the
result the Python reference gives for it (conformance/README.md describes the
format). The report lists every failure with what differs, then a table of
the results by feature. Cases listed in the suite's DEVIATIONS differ on
purpose: they are counted as "deviate", and fail if they start to match.

--update first regenerates the expectations whose source is an oracle
(CPython, Jinja2, Flask, Python-Markdown) by running the scripts of the
suite's gen/ folder with /usr/bin/python3; the cases written from the
reference text are never changed. Review the diff before committing it.

The exit status is 1 when a case fails or the suite cannot be read.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&update, "update", false, "regenerate the oracle expectations with /usr/bin/python3 before running")
			fs.StringVar(&match, "run", "", "run only the cases whose name (FEATURE/…/NAME) matches this regular expression")
			fs.BoolVar(&verbose, "v", false, "list every case and its result")
			fs.IntVar(&jobs, "j", 0, "cases run at once (default: the number of CPUs)")
		},
		run: func(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
			if len(args) > 1 {
				fmt.Fprintln(stderr, "hfc conformance: expected at most one DIR")
				return 2
			}
			var re *regexp.Regexp
			if match != "" {
				var err error
				if re, err = regexp.Compile(match); err != nil {
					fmt.Fprintf(stderr, "hfc conformance: --run: %v\n", err)
					return 2
				}
			}
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			} else if fi, err := os.Stat("conformance"); err == nil && fi.IsDir() {
				dir = "conformance"
			}
			if update {
				root, err := runner.FindRoot(dir)
				if err != nil {
					fmt.Fprintf(stderr, "hfc conformance: %v\n", err)
					return 1
				}
				if err := runner.Update(root, runner.Generators, stderr); err != nil {
					fmt.Fprintf(stderr, "hfc conformance: --update: %v\n", err)
					return 1
				}
			}
			s, err := runner.Load(dir)
			if err != nil {
				fmt.Fprintf(stderr, "hfc conformance: %v\n", err)
				return 1
			}
			cases := s.Cases
			if re != nil {
				cases = nil
				for _, c := range s.Cases {
					if re.MatchString(c.Name) {
						cases = append(cases, c)
					}
				}
			}
			if len(cases) == 0 {
				fmt.Fprintf(stderr, "hfc conformance: no case in %s matches\n", filepath.Clean(dir))
				return 1
			}
			results := s.RunAll(cases, jobs)
			s.WriteReport(stdout, results, verbose)
			for _, r := range results {
				if r.Status == runner.Fail {
					return 1
				}
			}
			return 0
		},
	})
}
