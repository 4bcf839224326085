package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// errorResponse turns the error that ended a request into its response:
// page.respond()'s response, an HTTP error's page (abort, a missing form
// key, a failed CSRF check), 503 for a page stopped by its step budget or
// the request timeout, and 500 for anything else, logged with its
// traceback (shown in the page in development).
func (s *Server) errorResponse(rc *reqCtx, err error) *Response {
	// The request's thread may be out of budget or cancelled: error pages
	// render on a thread of their own.
	th := s.newThread(context.Background(), rc)
	var exc *vm.Exception
	if !errors.As(err, &exc) {
		fmt.Fprintf(s.errorLog, "error serving %s %s: %v\n", rc.r.Method, rc.r.URL.Path, err)
		return s.errorPage(th, rc, http.StatusInternalServerError, "", nil)
	}
	switch p := exc.Payload.(type) {
	case *app.Respond:
		resp, err := s.makeResponse(th, p.Response)
		if err != nil {
			return s.errorResponse(rc, err)
		}
		return resp
	case *HTTPError:
		if p.Response != nil {
			return p.Response
		}
		return s.errorPage(th, rc, p.Code, p.Description, p.Allow)
	case *vm.StepLimitError:
		fmt.Fprintf(s.errorLog, "%s %s stopped: %s\n", rc.r.Method, rc.r.URL.Path, p.Error())
		return s.errorPage(th, rc, http.StatusServiceUnavailable, "", nil)
	}
	tb := vm.FormatTraceback(exc, s.sourceLine)
	fmt.Fprintf(s.errorLog, "error serving %s %s:\n%s", rc.r.Method, rc.r.URL.Path, tb)
	if s.cfg.Debug() {
		return s.debugPage(exc)
	}
	return s.errorPage(th, rc, http.StatusInternalServerError, "", nil)
}

// errorPage is the page of an HTTP error: for 404 and 500 the app's
// templates/404.html or 500.html, else the plain text "404 Not Found"
// (Hyperflask's handlers, reference §2.7); for other codes Werkzeug's HTML
// page (with Allow for a 405).
func (s *Server) errorPage(th *vm.Thread, rc *reqCtx, code int, description string, allow []string) *Response {
	if code == http.StatusNotFound || code == http.StatusInternalServerError {
		name := fmt.Sprintf("%d.html", code)
		t, err := s.app.Env.GetTemplate(name)
		if err == nil {
			out, err := t.Render(th, rc.templateVars())
			if err == nil {
				resp := newResponse(out)
				resp.Status = code
				return resp
			}
			fmt.Fprintf(s.errorLog, "error rendering %s:\n%s", name, vm.FormatTraceback(vm.AsException(err), s.sourceLine))
		} else if !isTemplateNotFound(err) {
			fmt.Fprintf(s.errorLog, "error loading %s: %v\n", name, err)
		}
		return s.plainError(code)
	}
	resp := newResponse(errorBody(code, description))
	resp.Status = code
	if code == http.StatusMethodNotAllowed {
		resp.Headers.Set("Allow", allowHeader(allow))
	}
	return resp
}

// plainError is the plain-text page of an error: "404 Not Found".
func (s *Server) plainError(code int) *Response {
	resp := newResponse(fmt.Sprintf("%d %s", code, httpErrors[code].name))
	resp.Status = code
	resp.Headers.Set("Content-Type", "text/plain; charset=utf-8")
	return resp
}

func isTemplateNotFound(err error) bool {
	var exc *vm.Exception
	return errors.As(err, &exc) && exc.Matches(vm.TemplateNotFoundClass)
}

// sourceLine returns a line of a file for tracebacks: Python files the app
// compiled, and templates read again from the project's files.
func (s *Server) sourceLine(file string, line int) string {
	if l := s.app.Python.Line(file, line); l != "" {
		return l
	}
	rel := file
	if s.proj.dir != "" {
		r, err := filepath.Rel(s.proj.dir, file)
		if err != nil {
			return ""
		}
		rel = r
	}
	data, err := fs.ReadFile(s.proj.fsys, filepath.ToSlash(rel))
	if err != nil {
		return ""
	}
	return source.NewFile(file, string(data)).LineText(line)
}

// debugPage is the 500 page of development: the exception and its
// traceback, innermost frame last, each with its page or template line.
func (s *Server) debugPage(exc *vm.Exception) *Response {
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=en>\n<title>" + escapeHTML(exc.Error()) + "</title>\n")
	b.WriteString("<style>body{font-family:sans-serif;margin:2em}pre{background:#f4f4f4;padding:.5em}.frame{margin:1em 0}.loc{color:#555}</style>\n")
	b.WriteString("<h1>" + escapeHTML(exc.Type().Name) + "</h1>\n<p>" + escapeHTML(exc.Message()) + "</p>\n")
	if se, ok := exc.Payload.(*tmpl.SyntaxError); ok {
		d := se.Diag
		fmt.Fprintf(&b, "<div class=frame><div class=loc>%s, line %d</div><pre>%s</pre></div>\n",
			escapeHTML(d.File), d.Range.Start.Line, escapeHTML(s.sourceLine(d.File, int(d.Range.Start.Line))))
	}
	b.WriteString("<h2>Traceback (most recent call last)</h2>\n")
	for i := len(exc.Traceback) - 1; i >= 0; i-- {
		t := exc.Traceback[i]
		fmt.Fprintf(&b, "<div class=frame><div class=loc>%s, line %d, in %s</div><pre>%s</pre></div>\n",
			escapeHTML(t.File), t.Line, escapeHTML(t.Function), escapeHTML(strings.TrimRight(s.sourceLine(t.File, t.Line), "\r\n")))
	}
	resp := newResponse(b.String())
	resp.Status = http.StatusInternalServerError
	return resp
}
