package server

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/stdlib/json"
	"github.com/hyperflask/hfc/runtime/vm"
)

// RequestClass is Flask's Request as pages see it (reference §1.4, §7.1).
var RequestClass = func() *vm.Class {
	c := vm.NewGoClass("Request", "flask.wrappers", nil, nil)
	c.AddMethod("get_data", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var asText vm.Value = vm.False
		if err := th.UnpackArgs("get_data", args, kwnames, "cache?", new(vm.Value), "as_text?", &asText); err != nil {
			return nil, err
		}
		body, err := self.(*Request).body(th)
		if err != nil {
			return nil, err
		}
		if ok, err := th.Truth(asText); err != nil || ok {
			return vm.Str(strings.ToValidUTF8(string(body), "\ufffd")), err
		}
		return vm.Bytes(body), nil
	})
	c.AddMethod("get_json", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var force, silent vm.Value = vm.False, vm.False
		if err := th.UnpackArgs("get_json", args, kwnames, "force?", &force, "silent?", &silent, "cache?", new(vm.Value)); err != nil {
			return nil, err
		}
		f, err := th.Truth(force)
		if err != nil {
			return nil, err
		}
		s, err := th.Truth(silent)
		if err != nil {
			return nil, err
		}
		return self.(*Request).getJSON(th, f, s)
	})
	return c
}()

// Request is the request a page answers. Its parts are parsed when first
// read.
type Request struct {
	r        *http.Request
	maxBody  int64
	debug    bool
	endpoint string
	viewArgs *vm.Dict

	args, form, files, cookies, values *MultiDict
	headers                            *Headers
	data                               []byte
	dataRead                           bool
	formRead                           bool
	json                               vm.Value
}

// Type implements vm.Value.
func (rq *Request) Type() *vm.Class { return RequestClass }

// Repr implements repr(request): <Request 'http://host/path' [GET]>.
func (rq *Request) Repr(th *vm.Thread) (string, error) {
	return "<Request '" + rq.url() + "' [" + rq.r.Method + "]>", nil
}

func (rq *Request) scheme() string {
	if rq.r.TLS != nil {
		return "https"
	}
	return "http"
}

func (rq *Request) hostURL() string { return rq.scheme() + "://" + rq.r.Host + "/" }

func (rq *Request) url() string {
	u := rq.scheme() + "://" + rq.r.Host + escapePath(rq.r.URL.Path)
	if rq.r.URL.RawQuery != "" {
		u += "?" + rq.r.URL.RawQuery
	}
	return u
}

// GetAttr implements the request's attributes (Flask's Request, and the
// htmx details of reference §7.1).
func (rq *Request) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	r := rq.r
	switch name {
	case "method":
		return vm.Str(r.Method), true, nil
	case "path":
		return vm.Str(r.URL.Path), true, nil
	case "full_path":
		return vm.Str(escapePath(r.URL.Path) + "?" + r.URL.RawQuery), true, nil
	case "query_string":
		return vm.Bytes(r.URL.RawQuery), true, nil
	case "url":
		return vm.Str(rq.url()), true, nil
	case "base_url":
		return vm.Str(rq.scheme() + "://" + r.Host + escapePath(r.URL.Path)), true, nil
	case "url_root", "host_url", "root_url":
		return vm.Str(rq.hostURL()), true, nil
	case "host":
		return vm.Str(r.Host), true, nil
	case "scheme":
		return vm.Str(rq.scheme()), true, nil
	case "is_secure":
		return vm.MakeBool(r.TLS != nil), true, nil
	case "remote_addr":
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		return vm.Str(host), true, nil
	case "endpoint":
		if rq.endpoint == "" {
			return vm.None, true, nil
		}
		return vm.Str(rq.endpoint), true, nil
	case "view_args":
		if rq.viewArgs == nil {
			return vm.None, true, nil
		}
		return rq.viewArgs, true, nil
	case "headers":
		return rq.headerValues(), true, nil
	case "args":
		return rq.queryArgs(), true, nil
	case "form", "files":
		if err := rq.parseForm(th); err != nil {
			return nil, false, err
		}
		if name == "form" {
			return rq.form, true, nil
		}
		return rq.files, true, nil
	case "values":
		if rq.values == nil {
			if err := rq.parseForm(th); err != nil {
				return nil, false, err
			}
			v := &MultiDict{}
			a := rq.queryArgs()
			v.Keys = append(append(v.Keys, a.Keys...), rq.form.Keys...)
			v.Values = append(append(v.Values, a.Values...), rq.form.Values...)
			if r.Method == http.MethodGet {
				v = a
			}
			rq.values = v
		}
		return rq.values, true, nil
	case "cookies":
		if rq.cookies == nil {
			rq.cookies = &MultiDict{}
			for _, c := range r.Cookies() {
				rq.cookies.Add(c.Name, vm.Str(c.Value))
			}
		}
		return rq.cookies, true, nil
	case "data":
		if err := rq.parseForm(th); err != nil {
			return nil, false, err
		}
		b, err := rq.body(th)
		return vm.Bytes(b), err == nil, err
	case "json":
		v, err := rq.getJSON(th, false, false)
		return v, err == nil, err
	case "is_json":
		return vm.MakeBool(isJSONMimetype(r.Header.Get("Content-Type"))), true, nil
	case "content_type":
		return optStr(r.Header.Get("Content-Type")), true, nil
	case "mimetype":
		mt, _, _ := strings.Cut(r.Header.Get("Content-Type"), ";")
		return vm.Str(strings.ToLower(strings.TrimSpace(mt))), true, nil
	case "content_length":
		if r.ContentLength < 0 || r.Header.Get("Content-Length") == "" {
			return vm.None, true, nil
		}
		return vm.MakeInt(r.ContentLength), true, nil
	case "referrer":
		return optStr(r.Header.Get("Referer")), true, nil
	case "user_agent":
		return vm.Str(r.Header.Get("User-Agent")), true, nil
	case "htmx":
		return &Htmx{h: r.Header}, true, nil
	}
	return nil, false, nil
}

func optStr(s string) vm.Value {
	if s == "" {
		return vm.None
	}
	return vm.Str(s)
}

func (rq *Request) headerValues() *Headers {
	if rq.headers == nil {
		h := &Headers{readOnly: true}
		if rq.r.Host != "" {
			h.Add("Host", rq.r.Host)
		}
		for _, k := range sortedKeys(rq.r.Header) {
			for _, v := range rq.r.Header[k] {
				h.Add(k, v)
			}
		}
		rq.headers = h
	}
	return rq.headers
}

func (rq *Request) queryArgs() *MultiDict {
	if rq.args == nil {
		rq.args = parseQuery(rq.r.URL.RawQuery)
	}
	return rq.args
}

// body reads the request body, at most maxBody bytes (413 beyond).
func (rq *Request) body(th *vm.Thread) ([]byte, error) {
	if rq.dataRead {
		return rq.data, nil
	}
	rq.dataRead = true
	if rq.r.Body == nil {
		return nil, nil
	}
	b, err := io.ReadAll(rq.bodyReader())
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, newHTTPError(http.StatusRequestEntityTooLarge, "")
		}
		return nil, newHTTPError(http.StatusBadRequest, "")
	}
	rq.data = b
	return b, nil
}

// bodyReader is the request body, bounded by the body limit.
func (rq *Request) bodyReader() io.Reader {
	if rq.maxBody > 0 {
		return http.MaxBytesReader(nil, rq.r.Body, rq.maxBody)
	}
	return rq.r.Body
}

// parseForm reads a urlencoded or multipart body into form and files, once.
func (rq *Request) parseForm(th *vm.Thread) error {
	if rq.formRead {
		return nil
	}
	rq.formRead = true
	rq.form, rq.files = &MultiDict{}, &MultiDict{}
	if rq.r.Body == nil || rq.r.Method == http.MethodGet || rq.r.Method == http.MethodHead {
		return nil
	}
	if rq.maxBody > 0 && rq.r.ContentLength > rq.maxBody {
		return newHTTPError(http.StatusRequestEntityTooLarge, "")
	}
	mt, params, _ := mime.ParseMediaType(rq.r.Header.Get("Content-Type"))
	switch mt {
	case "application/x-www-form-urlencoded":
		b, err := rq.body(th)
		if err != nil {
			return err
		}
		rq.form = parseQuery(string(b))
	case "multipart/form-data":
		if params["boundary"] == "" {
			return newHTTPError(http.StatusBadRequest, "")
		}
		rq.dataRead = true
		mr := multipart.NewReader(rq.bodyReader(), params["boundary"])
		for {
			part, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return formError(err)
			}
			data, err := io.ReadAll(part)
			if err != nil {
				return formError(err)
			}
			name := part.FormName()
			if part.FileName() == "" && part.Header.Get("Content-Type") == "" {
				rq.form.Add(name, vm.Str(strings.ToValidUTF8(string(data), "\ufffd")))
				continue
			}
			rq.files.Add(name, &FileStorage{Name: name, Filename: part.FileName(), ContentType: part.Header.Get("Content-Type"), Data: data})
		}
	}
	return nil
}

func formError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return newHTTPError(http.StatusRequestEntityTooLarge, "")
	}
	return newHTTPError(http.StatusBadRequest, "")
}

// getJSON is request.get_json(force, silent) (Werkzeug 2.2): the body
// parsed as JSON when the content type is JSON (or force); otherwise, or
// when it does not parse, a 400 unless silent.
func (rq *Request) getJSON(th *vm.Thread, force, silent bool) (vm.Value, error) {
	if rq.json != nil {
		return rq.json, nil
	}
	if !force && !isJSONMimetype(rq.r.Header.Get("Content-Type")) {
		if silent {
			return vm.None, nil
		}
		return nil, rq.jsonError("Did not attempt to load JSON data because the request Content-Type was not 'application/json'.")
	}
	b, err := rq.body(th)
	if err != nil {
		return nil, err
	}
	v, err := json.Loads(th, string(b))
	if err != nil {
		if silent {
			return vm.None, nil
		}
		return nil, rq.jsonError("Failed to decode JSON object: " + vm.AsException(err).Message())
	}
	rq.json = v
	return v, nil
}

// jsonError is the 400 of a body that is not JSON: Werkzeug's message in
// development, Flask's generic Bad Request otherwise.
func (rq *Request) jsonError(msg string) error {
	if !rq.debug {
		msg = ""
	}
	return newHTTPError(http.StatusBadRequest, msg)
}

// parseQuery reads a query string or urlencoded body as Werkzeug's
// url_decode does: pairs split on "&", "+" is a space, bad escapes are
// kept, invalid UTF-8 is replaced.
func parseQuery(raw string) *MultiDict {
	md := &MultiDict{}
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		md.Add(unescapeQuery(k), vm.Str(unescapeQuery(v)))
	}
	return md
}

// unescapeQuery decodes "+" and %XX escapes, leniently.
func unescapeQuery(s string) string {
	if !strings.ContainsAny(s, "+%") {
		return strings.ToValidUTF8(s, "\ufffd")
	}
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	if !utf8.ValidString(out) {
		out = strings.ToValidUTF8(out, "\ufffd")
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// escapePath percent-encodes a URL path as Werkzeug's url_quote with
// safe="/:" does.
func escapePath(p string) string { return quote(p, "/:") }

// quote percent-encodes the bytes of s outside Werkzeug's always-safe set
// and safe.
func quote(s, safe string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("-._~$!'()*+,;", c) >= 0 || strings.IndexByte(safe, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte("0123456789ABCDEF"[c>>4])
		b.WriteByte("0123456789ABCDEF"[c&15])
	}
	return b.String()
}

// FileStorageClass is werkzeug's FileStorage: an uploaded file.
var FileStorageClass = func() *vm.Class {
	c := vm.NewGoClass("FileStorage", "werkzeug.datastructures", nil, nil)
	c.AddMethod("read", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		f := self.(*FileStorage)
		var size vm.Value = vm.MakeInt(-1)
		if err := th.UnpackArgs("read", args, kwnames, "size?", &size); err != nil {
			return nil, err
		}
		n := len(f.Data) - f.pos
		if s, ok := size.(vm.Int); ok && s >= 0 && int(s) < n {
			n = int(s)
		}
		out := vm.Bytes(f.Data[f.pos : f.pos+n])
		f.pos += n
		return out, nil
	})
	return c
}()

// FileStorage is an uploaded file of a multipart form, held in memory
// (the body limit bounds it).
type FileStorage struct {
	Name, Filename, ContentType string
	Data                        []byte
	pos                         int
}

// Type implements vm.Value.
func (f *FileStorage) Type() *vm.Class { return FileStorageClass }

// Truth implements bool(f): a file was chosen (werkzeug: a filename).
func (f *FileStorage) Truth(th *vm.Thread) (bool, error) { return f.Filename != "", nil }

// Repr implements repr(f).
func (f *FileStorage) Repr(th *vm.Thread) (string, error) {
	fn, _ := th.Repr(vm.Str(f.Filename))
	ct, _ := th.Repr(vm.Str(f.ContentType))
	return "<FileStorage: " + fn + " (" + ct + ")>", nil
}

// GetAttr implements the file's attributes.
func (f *FileStorage) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "name":
		return vm.Str(f.Name), true, nil
	case "filename":
		return vm.Str(f.Filename), true, nil
	case "content_type":
		return vm.Str(f.ContentType), true, nil
	case "mimetype":
		mt, _, _ := strings.Cut(f.ContentType, ";")
		return vm.Str(strings.ToLower(strings.TrimSpace(mt))), true, nil
	case "content_length":
		return vm.MakeInt(int64(len(f.Data))), true, nil
	}
	return nil, false, nil
}

// HtmxClass is the class of request.htmx (htmx-flask's HtmxDetails).
var HtmxClass = vm.NewGoClass("HtmxDetails", "htmx_flask", nil, nil)

// Htmx is request.htmx: true for htmx requests (HX-Request: true), with
// the HX-* headers as attributes (reference §7.1).
type Htmx struct{ h http.Header }

// Type implements vm.Value.
func (x *Htmx) Type() *vm.Class { return HtmxClass }

// Truth implements bool(request.htmx).
func (x *Htmx) Truth(th *vm.Thread) (bool, error) {
	return strings.EqualFold(x.h.Get("HX-Request"), "true"), nil
}

// Repr implements repr(request.htmx).
func (x *Htmx) Repr(th *vm.Thread) (string, error) {
	ok, _ := x.Truth(th)
	if ok {
		return "<HtmxDetails True>", nil
	}
	return "<HtmxDetails False>", nil
}

// GetAttr implements the HX-* header attributes.
func (x *Htmx) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	header := map[string]string{
		"boosted": "HX-Boosted", "current_url": "HX-Current-URL", "history_restore_request": "HX-History-Restore-Request",
		"prompt": "HX-Prompt", "target": "HX-Target", "trigger": "HX-Trigger", "trigger_name": "HX-Trigger-Name",
	}[name]
	if header == "" {
		return nil, false, nil
	}
	v := x.h.Get(header)
	switch name {
	case "boosted", "history_restore_request":
		return vm.MakeBool(strings.EqualFold(v, "true")), true, nil
	}
	return optStr(v), true, nil
}
