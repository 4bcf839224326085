package server

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/vm"
)

// BuildErrorClass is werkzeug's BuildError: url_for() found no URL.
var BuildErrorClass = vm.NewGoExceptionClass("BuildError", "werkzeug.routing.exceptions", vm.LookupErrorClass)

// urlOptions are url_for's underscore arguments.
type urlOptions struct {
	external bool
	scheme   string
	anchor   *string
}

// urlForFn is url_for(endpoint, **values) (Flask 2.2 in a request): the
// rule's placeholders from values, the other values as query parameters;
// _external, _scheme and _anchor as Flask reads them.
func urlForFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, th.TypeError("url_for() takes 1 positional argument but %d were given", npos)
	}
	endpoint, err := th.Str(args[0])
	if err != nil {
		return nil, err
	}
	rc, err := current(th)
	if err != nil {
		return nil, err
	}
	// The values live on the stack for the few keywords of a usual call.
	var nbuf [4]string
	var vbuf [4]vm.Value
	values := urlValues{names: nbuf[:0], vals: vbuf[:0]}
	var opts urlOptions
	var external vm.Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "_external":
			external = v
		case "_scheme":
			if !vm.Is(v, vm.None) {
				if opts.scheme, err = th.Str(v); err != nil {
					return nil, err
				}
			}
		case "_anchor":
			if !vm.Is(v, vm.None) {
				a, err := th.Str(v)
				if err != nil {
					return nil, err
				}
				opts.anchor = &a
			}
		case "_method":
		default:
			if !vm.Is(v, vm.None) {
				values.names = append(values.names, k)
				values.vals = append(values.vals, v)
			}
		}
	}
	if external == nil || vm.Is(external, vm.None) {
		opts.external = opts.scheme != ""
	} else if opts.external, err = th.Truth(external); err != nil {
		return nil, err
	}
	if opts.scheme != "" && !opts.external {
		return nil, th.ValueError("When specifying '_scheme', '_external' must be True.")
	}
	u, err := rc.s.buildURL(th, rc, endpoint, values, opts)
	if err != nil {
		return nil, err
	}
	return vm.Str(u), nil
}

// urlValues are the values a URL is built with, in the order of the
// call's keywords (a call names each keyword once).
type urlValues struct {
	names []string
	vals  []vm.Value
}

func (u urlValues) get(name string) (vm.Value, bool) {
	for i, n := range u.names {
		if n == name {
			return u.vals[i], true
		}
	}
	return nil, false
}

// urlTarget is what an endpoint builds: a page's rule, or a component's
// fixed URL.
type urlTarget struct {
	parts []routes.Part
	// static holds the static parts, URL-quoted (built on first use).
	static     []string
	staticLen  int // the length of the static parts, quoted, plus 16 per placeholder
	staticOnce sync.Once
}

// hasVar reports whether the rule has a placeholder of that name (whose
// value is not a query parameter).
func (t *urlTarget) hasVar(name string) bool {
	for _, p := range t.parts {
		if p.Var != nil && p.Var.Name == name {
			return true
		}
	}
	return false
}

// size is a guess of the length of a URL built for t.
func (t *urlTarget) size() int {
	t.staticOnce.Do(t.quote)
	return t.staticLen
}

// quoted returns the static part i, quoted.
func (t *urlTarget) quoted(i int) string {
	t.staticOnce.Do(t.quote)
	return t.static[i]
}

// quote quotes the static parts, once.
func (t *urlTarget) quote() {
	t.static = make([]string, len(t.parts))
	for j, p := range t.parts {
		if p.Var == nil {
			t.static[j] = quote(p.Static, "/:|+")
			t.staticLen += len(t.static[j])
		} else {
			t.staticLen += 16
		}
	}
}

// buildURL builds the URL of an endpoint (werkzeug's MapAdapter.build):
// placeholders converted with their converter's to_url, other values
// appended as a query string.
func (s *Server) buildURL(th *vm.Thread, rc *reqCtx, endpoint string, values urlValues, opts urlOptions) (string, error) {
	t, ok := s.endpoints[endpoint]
	if !ok {
		return "", s.buildError(th, endpoint, values, nil)
	}
	var b strings.Builder
	b.Grow(t.size())
	for i, p := range t.parts {
		if p.Var == nil {
			b.WriteString(t.quoted(i))
			continue
		}
		v, ok := values.get(p.Var.Name)
		if !ok {
			return "", s.buildError(th, endpoint, values, t)
		}
		text, err := toURL(th, p.Var.Conv, v)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	var query []string
	for i, key := range values.names {
		if t.hasVar(key) {
			continue
		}
		v := values.vals[i]
		items := []vm.Value{v}
		switch x := v.(type) {
		case *vm.List:
			items = x.Elems
		case vm.Tuple:
			items = x
		}
		for _, it := range items {
			if vm.Is(it, vm.None) {
				continue
			}
			text, err := th.Str(it)
			if err != nil {
				return "", err
			}
			query = append(query, quotePlus(key)+"="+quotePlus(text))
		}
	}
	u := b.String()
	if len(query) > 0 {
		u += "?" + strings.Join(query, "&")
	}
	if opts.external {
		scheme := opts.scheme
		host := s.cfg.String("URL_FOR_SERVER_NAME", s.cfg.String("SERVER_NAME", ""))
		if rc != nil {
			if scheme == "" {
				scheme = rc.req.scheme()
			}
			if host == "" {
				host = rc.r.Host
			}
		}
		if scheme == "" {
			scheme = s.cfg.String("PREFERRED_URL_SCHEME", "http")
		}
		if host == "" {
			host = "localhost"
		}
		u = scheme + "://" + host + u
	}
	if opts.anchor != nil {
		u += "#" + quote(*opts.anchor, "/:")
	}
	return u, nil
}

// quotePlus is werkzeug's _fast_url_quote_plus: spaces become "+".
func quotePlus(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(quote(s, " "), "+", "%2B"), " ", "+")
}

// toURL converts a value for a placeholder as the converter's to_url does.
func toURL(th *vm.Thread, c *routes.Converter, v vm.Value) (string, error) {
	if n, ok := v.(vm.Int); ok && c.Kind == routes.ConvInt && c.FixedDigits == 0 {
		return strconv.FormatInt(int64(n), 10), nil
	}
	switch c.Kind {
	case routes.ConvInt, routes.ConvFloat:
		cls := vm.IntClass
		if c.Kind == routes.ConvFloat {
			cls = vm.FloatClass
		}
		n, err := th.CallValue(cls, []vm.Value{v}, nil)
		if err != nil {
			return "", err
		}
		s, err := th.Str(n)
		if err != nil {
			return "", err
		}
		if c.FixedDigits > 0 {
			neg := strings.HasPrefix(s, "-")
			digits := strings.TrimPrefix(s, "-")
			for len(digits) < c.FixedDigits-b2i(neg) {
				digits = "0" + digits
			}
			if neg {
				digits = "-" + digits
			}
			s = digits
		}
		return s, nil
	case routes.ConvAny:
		s, err := th.Str(v)
		if err != nil {
			return "", err
		}
		for _, it := range c.Items {
			if it == s {
				return s, nil
			}
		}
		items := append([]string(nil), c.Items...)
		sort.Strings(items)
		quoted := make([]string, len(items))
		for i, it := range items {
			quoted[i] = "'" + it + "'"
		}
		return "", th.ValueError("'%s' is not one of %s", s, strings.Join(quoted, ", "))
	}
	s, err := th.Str(v)
	if err != nil {
		return "", err
	}
	return quote(s, "/:"), nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// buildError is werkzeug's BuildError: its message names the endpoint and
// the values, and suggests the closest endpoint or the missing values.
func (s *Server) buildError(th *vm.Thread, endpoint string, values urlValues, t *urlTarget) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Could not build url for endpoint %s", pyRepr(th, vm.Str(endpoint)))
	keys := slices.Sorted(slices.Values(values.names))
	if len(keys) > 0 {
		items := make([]vm.Value, len(keys))
		for i, k := range keys {
			items[i] = vm.Str(k)
		}
		fmt.Fprintf(&b, " with values %s", pyRepr(th, vm.NewList(items)))
	}
	b.WriteString(".")
	if t != nil {
		var missing []vm.Value
		var names []string
		for _, p := range t.parts {
			if p.Var != nil {
				if _, ok := values.get(p.Var.Name); !ok {
					names = append(names, p.Var.Name)
				}
			}
		}
		sort.Strings(names)
		for _, n := range names {
			missing = append(missing, vm.Str(n))
		}
		fmt.Fprintf(&b, " Did you forget to specify values %s?", pyRepr(th, vm.NewList(missing)))
	} else if best := diag.Closest(endpoint, sortedKeys(s.endpoints)); best != "" {
		fmt.Fprintf(&b, " Did you mean %s instead?", pyRepr(th, vm.Str(best)))
	}
	return vm.NewException(BuildErrorClass, vm.Str(b.String()))
}

func pyRepr(th *vm.Thread, v vm.Value) string {
	s, _ := th.Repr(v)
	return s
}
