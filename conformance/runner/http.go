package runner

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/httpcase"
	"github.com/hyperflask/hfc/runtime/server"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// serverOptions reads the optional `options` section of an HTTP case:
// env=development|production, log (the error log goes into the
// transcript), autoescape=on|off|hyperflask (default hyperflask, the
// reference's rule), compat=NAME,… (server.Compat's switches).
func (c *Case) serverOptions() (server.Options, bool, error) {
	opts := server.Options{
		Environ:  []string{"FLASK_SECRET_KEY=test"},
		Template: tmpl.Options{Autoescape: "hyperflask"},
	}
	text, _ := c.Get("options")
	log := false
	for k, v := range httpcase.ParseOptions(text) {
		switch k {
		case "env":
			opts.Env = v
		case "log":
			log = true
		case "autoescape":
			opts.Template.Autoescape = v
		case "compat":
			opts.Compat = strings.Split(v, ",")
		default:
			return opts, false, fmt.Errorf("options: unknown option %q (want env, log, autoescape, compat)", k)
		}
	}
	return opts, log, nil
}

// runHTTP writes the case's project to a temporary folder, serves it on a
// loopback port, sends the requests and compares the transcript with the
// responses section, and the app's diagnostics with the diagnostics
// section (without one, the app must have no error or warning).
func runHTTP(c *Case) Outcome {
	sopts, withLog, err := c.serverOptions()
	if err != nil {
		return broken(err)
	}
	dir, err := os.MkdirTemp("", "hfc-conformance-")
	if err != nil {
		return broken(err)
	}
	defer os.RemoveAll(dir)
	if err := httpcase.WriteFiles(dir, c.Files()); err != nil {
		return broken(err)
	}
	var errLog bytes.Buffer
	sopts.ErrorLog = &errLog
	srv, err := server.Open(dir, sopts)
	if err != nil {
		return differs("the app does not open: %v", err)
	}
	var outs []Outcome
	gotDiags := diagnosticLines(srv.Diagnostics(), dir)
	if want, ok := c.Get("diagnostics"); ok {
		outs = append(outs, compareText("diagnostics", want, gotDiags))
	} else if gotDiags != "" {
		outs = append(outs, differs("diagnostics: want none, hfc reports\n%s", gotDiags))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return broken(err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln) //nolint:errcheck // Close ends it
	defer hs.Close()
	reqs, _ := c.Get("requests")
	hopts := httpcase.Options{Dir: dir}
	if withLog {
		hopts.Log = &errLog
	}
	got, err := httpcase.Transcript("http://"+ln.Addr().String(), httpcase.ParseRequests(reqs), hopts)
	if err != nil {
		return differs("responses: %v\nafter:\n%s", err, got)
	}
	want, _ := c.Get("responses")
	outs = append(outs, compareText("responses", want, got))
	o := all(outs...)
	if !o.Match && errLog.Len() > 0 && !withLog {
		o.Diff += "\nerror log:\n" + strings.ReplaceAll(errLog.String(), dir, "$APP")
	}
	return o
}

// diagnosticLines lists the errors and warnings of an app as a
// diagnostics section does: `PATH: severity`, PATH relative to the
// project, sorted.
func diagnosticLines(ds diag.List, dir string) string {
	var lines []string
	for _, d := range ds {
		if d.Severity > diag.Warning {
			continue
		}
		file := d.File
		if rel, err := filepath.Rel(dir, file); err == nil && !strings.HasPrefix(rel, "..") {
			file = filepath.ToSlash(rel)
		}
		lines = append(lines, fmt.Sprintf("%s: %s\n", file, d.Severity))
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}
