package server

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hyperflask/hfc/runtime/vm"
)

// ResponseClass is Flask's Response (flask.wrappers.Response): pages build
// it with Response(…), make_response, redirect and jsonify, and change its
// status, headers, data and cookies before returning it.
var ResponseClass = func() *vm.Class {
	c := vm.NewGoClass("Response", "flask.wrappers", nil, newResponseFn)
	c.AddMethod("get_data", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var asText vm.Value = vm.False
		if err := th.UnpackArgs("get_data", args, kwnames, "as_text?", &asText); err != nil {
			return nil, err
		}
		r := self.(*Response)
		if ok, err := th.Truth(asText); err != nil || ok {
			return vm.Str(r.Body), err
		}
		return vm.Bytes(r.Body), nil
	})
	c.AddMethod("set_data", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var data vm.Value
		if err := th.UnpackArgs("set_data", args, kwnames, "value", &data); err != nil {
			return nil, err
		}
		return vm.None, self.(*Response).setData(th, data)
	})
	c.AddMethod("set_cookie", setCookieFn)
	c.AddMethod("delete_cookie", deleteCookieFn)
	return c
}()

// Response is an HTTP response as Python code sees it.
type Response struct {
	Status int
	// Reason replaces the reason phrase of Status ("201 Made"); "" for
	// Werkzeug's.
	Reason  string
	Headers *Headers
	Body    []byte
}

// Type implements vm.Value.
func (r *Response) Type() *vm.Class { return ResponseClass }

// Repr implements repr(r): <Response 5 bytes [200 OK]>.
func (r *Response) Repr(th *vm.Thread) (string, error) {
	return fmt.Sprintf("<Response %d bytes [%s]>", len(r.Body), r.statusLine()), nil
}

// statusLine is werkzeug's Response.status: "404 NOT FOUND".
func (r *Response) statusLine() string {
	if r.Reason != "" {
		return strconv.Itoa(r.Status) + " " + r.Reason
	}
	text, ok := statusText[r.Status]
	if !ok {
		text = "unknown"
	}
	return strconv.Itoa(r.Status) + " " + strings.ToUpper(text)
}

// newResponse returns a response with Flask's defaults: 200 and
// text/html; charset=utf-8.
func newResponse(body string) *Response {
	h := &Headers{}
	h.Set("Content-Type", "text/html; charset=utf-8")
	return &Response{Status: 200, Headers: h, Body: []byte(body)}
}

// contentType is werkzeug's get_content_type: a charset is added to text
// types and to a few XML and script types.
func contentType(mimetype string) string {
	switch {
	case strings.HasPrefix(mimetype, "text/"), strings.HasSuffix(mimetype, "+xml"):
	case mimetype == "application/ecmascript", mimetype == "application/javascript",
		mimetype == "application/sql", mimetype == "application/xml",
		mimetype == "application/xml-dtd", mimetype == "application/xml-external-parsed-entity":
	default:
		return mimetype
	}
	if strings.Contains(mimetype, "charset") {
		return mimetype
	}
	return mimetype + "; charset=utf-8"
}

// newResponseFn is Response(response=None, status=None, headers=None,
// mimetype=None, content_type=None).
func newResponseFn(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var body, status, headers, mimetype, ctype vm.Value = vm.None, vm.None, vm.None, vm.None, vm.None
	if err := th.UnpackArgs("Response", args, kwnames, "response?", &body, "status?", &status, "headers?", &headers, "mimetype?", &mimetype, "content_type?", &ctype); err != nil {
		return nil, err
	}
	r := &Response{Status: 200, Headers: &Headers{}}
	if !vm.Is(headers, vm.None) {
		pairs, err := headerItems(th, headers)
		if err != nil {
			return nil, err
		}
		if err := r.Headers.extend(th, pairs, false); err != nil {
			return nil, err
		}
	}
	if !vm.Is(status, vm.None) {
		if err := r.setStatus(th, status); err != nil {
			return nil, err
		}
	}
	switch {
	case !vm.Is(ctype, vm.None):
		s, err := th.Str(ctype)
		if err != nil {
			return nil, err
		}
		r.Headers.Set("Content-Type", s)
	case !vm.Is(mimetype, vm.None):
		s, err := th.Str(mimetype)
		if err != nil {
			return nil, err
		}
		r.Headers.Set("Content-Type", contentType(s))
	case !r.Headers.Has("Content-Type"):
		r.Headers.Set("Content-Type", "text/html; charset=utf-8")
	}
	if !vm.Is(body, vm.None) {
		if err := r.setData(th, body); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setData sets the body from str, bytes, or an iterable of them (joined:
// hfc does not stream).
func (r *Response) setData(th *vm.Thread, v vm.Value) error {
	switch x := v.(type) {
	case vm.Str:
		r.Body = []byte(x)
		return nil
	case vm.Markup:
		r.Body = []byte(x)
		return nil
	case vm.Bytes:
		r.Body = []byte(x)
		return nil
	}
	items, err := th.ToSlice(v)
	if err != nil {
		return th.TypeError("a response body must be str, bytes or an iterable of them, not %s", v.Type().Name)
	}
	var b []byte
	for _, it := range items {
		switch x := it.(type) {
		case vm.Bytes:
			b = append(b, x...)
		default:
			s, err := th.Str(it)
			if err != nil {
				return err
			}
			b = append(b, s...)
		}
	}
	r.Body = b
	return nil
}

// setStatus sets the status from an int or a "NNN Reason" string.
func (r *Response) setStatus(th *vm.Thread, v vm.Value) error {
	switch x := v.(type) {
	case vm.Int:
		r.Status, r.Reason = int(x), ""
		return nil
	case vm.Str:
		code, reason, _ := strings.Cut(strings.TrimSpace(string(x)), " ")
		n, err := strconv.Atoi(code)
		if err != nil || n < 100 || n > 999 {
			return th.ValueError("Empty status argument")
		}
		r.Status, r.Reason = n, reason
		if reason == "" {
			if _, ok := statusText[n]; !ok {
				r.Reason = "UNKNOWN"
			}
		}
		return nil
	}
	return th.TypeError("Invalid status argument")
}

// GetAttr implements the response's data attributes.
func (r *Response) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "status_code":
		return vm.MakeInt(int64(r.Status)), true, nil
	case "status":
		return vm.Str(r.statusLine()), true, nil
	case "headers":
		return r.Headers, true, nil
	case "data":
		return vm.Bytes(r.Body), true, nil
	case "content_type", "mimetype", "location":
		key := map[string]string{"content_type": "Content-Type", "mimetype": "Content-Type", "location": "Location"}[name]
		v, ok := r.Headers.Get(key)
		if !ok {
			return vm.None, true, nil
		}
		if name == "mimetype" {
			v, _, _ = strings.Cut(v, ";")
			v = strings.ToLower(strings.TrimSpace(v))
		}
		return vm.Str(v), true, nil
	case "is_json":
		ct, _ := r.Headers.Get("Content-Type")
		return vm.MakeBool(isJSONMimetype(ct)), true, nil
	}
	return nil, false, nil
}

// SetAttr implements assignment to the response's data attributes.
func (r *Response) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	switch name {
	case "status_code":
		n, ok := v.(vm.Int)
		if !ok {
			return th.TypeError("status_code must be an int, not %s", v.Type().Name)
		}
		r.Status, r.Reason = int(n), ""
		return nil
	case "status":
		return r.setStatus(th, v)
	case "data":
		return r.setData(th, v)
	case "content_type", "mimetype", "location":
		s, err := th.Str(v)
		if err != nil {
			return err
		}
		switch name {
		case "content_type":
			r.Headers.Set("Content-Type", s)
		case "mimetype":
			r.Headers.Set("Content-Type", contentType(s))
		default:
			r.Headers.Set("Location", s)
		}
		return nil
	}
	return th.Raise(vm.AttributeErrorClass, "'Response' object attribute '%s' is read-only", name)
}

// isJSONMimetype is werkzeug's is_json test: application/json or
// application/*+json.
func isJSONMimetype(ct string) bool {
	mt, _, _ := strings.Cut(ct, ";")
	mt = strings.ToLower(strings.TrimSpace(mt))
	return mt == "application/json" || strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json")
}

// setCookieFn is response.set_cookie(key, value="", max_age=None,
// expires=None, path="/", domain=None, secure=False, httponly=False,
// samesite=None).
func setCookieFn(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, value, maxAge, expires, path, domain, secure, httponly, samesite vm.Value = nil, vm.Str(""), vm.None, vm.None, vm.Str("/"), vm.None, vm.False, vm.False, vm.None
	if err := th.UnpackArgs("set_cookie", args, kwnames, "key", &key, "value?", &value, "max_age?", &maxAge,
		"expires?", &expires, "path?", &path, "domain?", &domain, "secure?", &secure, "httponly?", &httponly, "samesite?", &samesite); err != nil {
		return nil, err
	}
	c := cookie{}
	var err error
	if c.name, err = th.Str(key); err != nil {
		return nil, err
	}
	if c.value, err = th.Str(value); err != nil {
		return nil, err
	}
	if !vm.Is(maxAge, vm.None) {
		n, ok := maxAge.(vm.Int)
		if !ok {
			return nil, th.TypeError("max_age must be an int number of seconds, not %s", maxAge.Type().Name)
		}
		secs := int64(n)
		c.maxAge = &secs
	}
	if !vm.Is(expires, vm.None) {
		if c.expires, err = th.Str(expires); err != nil {
			return nil, err
		}
	}
	if !vm.Is(path, vm.None) {
		if c.path, err = th.Str(path); err != nil {
			return nil, err
		}
	}
	if !vm.Is(domain, vm.None) {
		if c.domain, err = th.Str(domain); err != nil {
			return nil, err
		}
	}
	if c.secure, err = th.Truth(secure); err != nil {
		return nil, err
	}
	if c.httpOnly, err = th.Truth(httponly); err != nil {
		return nil, err
	}
	if !vm.Is(samesite, vm.None) {
		s, err := th.Str(samesite)
		if err != nil {
			return nil, err
		}
		if c.sameSite = titleCase(s); c.sameSite != "Strict" && c.sameSite != "Lax" && c.sameSite != "None" {
			return nil, th.ValueError("SameSite must be 'Strict', 'Lax', or 'None'.")
		}
	}
	self.(*Response).Headers.Add("Set-Cookie", c.String(time.Now()))
	return vm.None, nil
}

// deleteCookieFn is response.delete_cookie(key, path="/", domain=None,
// secure=False, httponly=False, samesite=None).
func deleteCookieFn(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, path, domain, secure, httponly, samesite vm.Value = nil, vm.Str("/"), vm.None, vm.False, vm.False, vm.None
	if err := th.UnpackArgs("delete_cookie", args, kwnames, "key", &key, "path?", &path, "domain?", &domain,
		"secure?", &secure, "httponly?", &httponly, "samesite?", &samesite); err != nil {
		return nil, err
	}
	zero := vm.MakeInt(0)
	return setCookieFn(th, self, []vm.Value{key, vm.Str(""), zero, vm.Str("Thu, 01 Jan 1970 00:00:00 GMT"), path, domain, secure, httponly, samesite}, nil)
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
}

// cookie is a Set-Cookie header as werkzeug's dump_cookie writes it.
type cookie struct {
	name, value, path, domain, expires, sameSite string
	maxAge                                       *int64
	secure, httpOnly                             bool
}

// String formats the cookie; now dates Expires when only a max age is
// given.
func (c cookie) String(now time.Time) string {
	parts := []string{c.name + "=" + quoteCookie(c.value)}
	if c.domain != "" {
		parts = append(parts, "Domain="+quoteCookie(strings.TrimPrefix(c.domain, ".")))
	}
	expires := c.expires
	if expires == "" && c.maxAge != nil {
		expires = now.Add(time.Duration(*c.maxAge) * time.Second).UTC().Format(httpDate)
	}
	if expires != "" {
		parts = append(parts, "Expires="+expires)
	}
	if c.maxAge != nil {
		parts = append(parts, "Max-Age="+strconv.FormatInt(*c.maxAge, 10))
	}
	if c.secure {
		parts = append(parts, "Secure")
	}
	if c.httpOnly {
		parts = append(parts, "HttpOnly")
	}
	if c.path != "" {
		parts = append(parts, "Path="+c.path)
	}
	if c.sameSite != "" {
		parts = append(parts, "SameSite="+c.sameSite)
	}
	return strings.Join(parts, "; ")
}

// httpDate is the date format of HTTP headers.
const httpDate = "Mon, 02 Jan 2006 15:04:05 GMT"

// quoteCookie is werkzeug's _cookie_quote: a value with characters outside
// the legal set is quoted, with , ; " \ and non-printable bytes escaped.
func quoteCookie(v string) string {
	legal := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("/=!#$%&'*+-.^_`|~:", c) >= 0
	}
	quote := false
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case legal(c):
			b.WriteByte(c)
			continue
		case c == ',':
			b.WriteString(`\054`)
		case c == ';':
			b.WriteString(`\073`)
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c < 32 || c > 126:
			fmt.Fprintf(&b, `\%03o`, c)
		default:
			b.WriteByte(c)
		}
		quote = true
	}
	if quote {
		return `"` + b.String() + `"`
	}
	return b.String()
}
