package server

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// httpError is a Werkzeug HTTP error: its class name, name and
// description (httpcodes_gen.go).
type httpError struct{ class, name, description string }

// HTTPExceptionClass is werkzeug.exceptions.HTTPException; each code of
// httpErrors has its subclass (NotFound, MethodNotAllowed …), raised by
// abort(code) with an *HTTPError payload.
var HTTPExceptionClass = vm.NewGoExceptionClass("HTTPException", "werkzeug.exceptions", vm.ExceptionClass)

// httpErrorClasses are the subclasses of HTTPException by code.
var httpErrorClasses = func() map[int]*vm.Class {
	m := map[int]*vm.Class{}
	for code, e := range httpErrors {
		m[code] = vm.NewGoExceptionClass(e.class, "werkzeug.exceptions", HTTPExceptionClass)
	}
	return m
}()

// BadRequestKeyErrorClass is werkzeug's BadRequestKeyError: the KeyError of
// request.args["missing"], which answers 400 when nothing catches it.
var BadRequestKeyErrorClass = vm.NewGoExceptionClass("BadRequestKeyError", "werkzeug.exceptions", vm.KeyErrorClass)

// HTTPError is the payload of an HTTP exception: the status, the
// description shown in the error page, and for abort(response) the
// response itself.
type HTTPError struct {
	Code        int
	Description string
	// Response, when set, is sent as it is.
	Response *Response
	// Allow is the Allow header of a 405.
	Allow []string
}

// newHTTPError returns the exception of an HTTP error code.
func newHTTPError(code int, description string) *vm.Exception {
	cls, ok := httpErrorClasses[code]
	if !ok {
		cls = HTTPExceptionClass
	}
	e := httpErrors[code]
	if description == "" {
		description = e.description
	}
	exc := vm.NewException(cls, vm.Str(fmt.Sprintf("%d %s: %s", code, e.name, description)))
	exc.Payload = &HTTPError{Code: code, Description: description}
	exc.Dict = vm.NewDict(3)
	exc.Dict.SetStr("code", vm.MakeInt(int64(code)))
	exc.Dict.SetStr("name", vm.Str(e.name))
	exc.Dict.SetStr("description", vm.Str(description))
	return exc
}

// badRequestKeyError is the KeyError of a missing form or query key.
func badRequestKeyError(key vm.Value) *vm.Exception {
	exc := vm.NewException(BadRequestKeyErrorClass, key)
	exc.Payload = &HTTPError{Code: 400, Description: httpErrors[400].description}
	return exc
}

// httpErrorOf returns the HTTP error an exception stands for, nil for
// other exceptions.
func httpErrorOf(exc *vm.Exception) *HTTPError {
	if he, ok := exc.Payload.(*HTTPError); ok {
		return he
	}
	return nil
}

// abortFn is abort(status, description=None) and abort(response)
// (werkzeug's abort): it raises.
func abortFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var status, desc vm.Value = nil, vm.None
	if err := th.UnpackArgs("abort", args, kwnames, "status", &status, "description?", &desc); err != nil {
		return nil, err
	}
	if r, ok := status.(*Response); ok {
		exc := vm.NewException(HTTPExceptionClass, vm.Str("??? Unknown Error: None"))
		exc.Payload = &HTTPError{Code: r.Status, Response: r}
		return nil, exc
	}
	code, ok := status.(vm.Int)
	if !ok {
		return nil, th.TypeError("abort() expects an int status code or a response, not %s", status.Type().Name)
	}
	if _, known := httpErrors[int(code)]; !known {
		return nil, th.Raise(vm.LookupErrorClass, "no exception for %d", int(code))
	}
	d := ""
	if !vm.Is(desc, vm.None) {
		s, err := th.Str(desc)
		if err != nil {
			return nil, err
		}
		d = s
	}
	return nil, newHTTPError(int(code), d)
}

// errorBody is Werkzeug's HTML page of an HTTP error (HTTPException.get_body).
func errorBody(code int, description string) string {
	e := httpErrors[code]
	if description == "" {
		description = e.description
	}
	return "<!doctype html>\n<html lang=en>\n" +
		fmt.Sprintf("<title>%d %s</title>\n", code, escapeHTML(e.name)) +
		fmt.Sprintf("<h1>%s</h1>\n", escapeHTML(e.name)) +
		"<p>" + strings.ReplaceAll(escapeHTML(description), "\n", "<br>") + "</p>\n"
}

// escapeHTML is markupsafe's escape.
var escapeHTML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace

// allowHeader formats the methods of an Allow header, sorted (Werkzeug
// lists them in the order of a Python set, which varies between runs).
func allowHeader(methods []string) string {
	sorted := append([]string(nil), methods...)
	sort.Strings(sorted)
	return strings.Join(sorted, ", ")
}
