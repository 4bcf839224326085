// Package urllib is Python's urllib.parse module for the hfc VM (and the
// urllib package that holds it): a port of CPython 3.11's
// urllib/parse.py for str URLs, with its named-tuple results.
package urllib

import (
	"context"
	"net/netip"
	"regexp"
	"strings"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/collections"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "urllib.parse"

var (
	usesRelative = []string{"", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
		"prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"}
	usesNetloc = []string{"", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
		"snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"}
	usesParams = []string{"", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips",
		"mms", "sftp", "tel"}
	nonHierarchical = []string{"gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"}
	usesQuery       = []string{"", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips"}
	usesFragment    = []string{"", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews",
		"file", "prospero"}
)

const (
	schemeChars    = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."
	c0ControlSpace = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
)

// The result classes: named tuples with geturl() (and the netloc
// properties for SplitResult and ParseResult).
var (
	splitResult  = resultClass("SplitResult", []string{"scheme", "netloc", "path", "query", "fragment"}, true)
	parseResult  = resultClass("ParseResult", []string{"scheme", "netloc", "path", "params", "query", "fragment"}, true)
	defragResult = resultClass("DefragResult", []string{"url", "fragment"}, false)
)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func strList(list []string) *vm.List {
	out := make([]vm.Value, len(list))
	for i, s := range list {
		out[i] = vm.Str(s)
	}
	return vm.NewList(out)
}

func init() {
	loader.RegisterGoModule("urllib", func() *vm.Module {
		return vm.NewGoModule("urllib", map[string]vm.Value{})
	})
	loader.RegisterGoModule(module, func() *vm.Module {
		quotePlusFn := vm.NewBuiltin("quote_plus", quotePlus)
		return vm.NewGoModule(module, map[string]vm.Value{
			"urlsplit":         vm.NewBuiltin("urlsplit", urlsplitFn),
			"urlparse":         vm.NewBuiltin("urlparse", urlparseFn),
			"urlunsplit":       vm.NewBuiltin("urlunsplit", urlunsplitFn),
			"urlunparse":       vm.NewBuiltin("urlunparse", urlunparseFn),
			"urljoin":          vm.NewBuiltin("urljoin", urljoinFn),
			"urldefrag":        vm.NewBuiltin("urldefrag", urldefragFn),
			"quote":            vm.NewBuiltin("quote", quoteFn),
			"quote_plus":       quotePlusFn,
			"quote_from_bytes": vm.NewBuiltin("quote_from_bytes", quoteFromBytesFn),
			"unquote":          vm.NewBuiltin("unquote", unquoteFn),
			"unquote_plus":     vm.NewBuiltin("unquote_plus", unquotePlusFn),
			"unquote_to_bytes": vm.NewBuiltin("unquote_to_bytes", unquoteToBytesFn),
			"urlencode":        vm.NewBuiltin("urlencode", urlencode(quotePlusFn)),
			"parse_qs":         vm.NewBuiltin("parse_qs", parseQS),
			"parse_qsl":        vm.NewBuiltin("parse_qsl", parseQSL),
			"SplitResult":      splitResult,
			"ParseResult":      parseResult,
			"DefragResult":     defragResult,
			"uses_relative":    strList(usesRelative),
			"uses_netloc":      strList(usesNetloc),
			"uses_params":      strList(usesParams),
			"non_hierarchical": strList(nonHierarchical),
			"uses_query":       strList(usesQuery),
			"uses_fragment":    strList(usesFragment),
			"scheme_chars":     vm.Str(schemeChars),
		})
	})
}

// resultClass makes one of the result classes.
func resultClass(name string, fields []string, netloc bool) *vm.Class {
	c, err := collections.NamedTuple(vm.NewThread(context.Background()), name, fields, nil, module)
	if err != nil {
		panic(err)
	}
	vm.MakeGeneric(c)
	c.SetAttr("geturl", &vm.Method{Name: "geturl", Class: c, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("geturl", args, kwnames, 0); err != nil {
			return nil, err
		}
		items, err := strItems(th, self.(*vm.TupleSub).Items)
		if err != nil {
			return nil, err
		}
		switch name {
		case "SplitResult":
			return vm.Str(urlunsplit(items)), nil
		case "ParseResult":
			return vm.Str(urlunparse(items)), nil
		}
		if items[1] != "" {
			return vm.Str(items[0] + "#" + items[1]), nil
		}
		return vm.Str(items[0]), nil
	}})
	if netloc {
		prop := func(pname string, get func(th *vm.Thread, netloc string) (vm.Value, error)) {
			c.SetAttr(pname, &vm.Property{Get: vm.NewBuiltin(pname, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				t := args[0].(*vm.TupleSub)
				s, ok := t.Items[1].(vm.Str)
				if !ok {
					return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'rpartition'", t.Items[1].Type().Name)
				}
				return get(th, string(s))
			}), Set: vm.None, Del: vm.None, Doc: vm.None})
		}
		prop("username", func(th *vm.Thread, n string) (vm.Value, error) {
			u, _ := userinfo(n)
			return u, nil
		})
		prop("password", func(th *vm.Thread, n string) (vm.Value, error) {
			_, p := userinfo(n)
			return p, nil
		})
		prop("hostname", func(th *vm.Thread, n string) (vm.Value, error) {
			host, _ := hostinfo(n)
			if host == "" {
				return vm.None, nil
			}
			h, pct, zone := partition(host, "%")
			return vm.Str(strings.ToLower(h) + pct + zone), nil
		})
		prop("port", func(th *vm.Thread, n string) (vm.Value, error) {
			_, port := hostinfo(n)
			if port == nil {
				return vm.None, nil
			}
			p := string(port.(vm.Str))
			num := 0
			for i := 0; i < len(p); i++ {
				if p[i] < '0' || p[i] > '9' {
					r, err := th.Repr(port)
					if err != nil {
						return nil, err
					}
					return nil, th.ValueError("Port could not be cast to integer value as %s", r)
				}
				if num <= 65535 {
					num = num*10 + int(p[i]-'0')
				}
			}
			if num > 65535 {
				return nil, th.ValueError("Port out of range 0-65535")
			}
			return vm.MakeInt(int64(num)), nil
		})
	}
	return c
}

// partition is str.partition.
func partition(s, sep string) (string, string, string) {
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return s, "", ""
}

// rpartition is str.rpartition.
func rpartition(s, sep string) (string, string, string) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return "", "", s
}

func userinfo(netloc string) (vm.Value, vm.Value) {
	info, have, _ := rpartition(netloc, "@")
	if have == "" {
		return vm.None, vm.None
	}
	user, havePw, pw := partition(info, ":")
	if havePw == "" {
		return vm.Str(user), vm.None
	}
	return vm.Str(user), vm.Str(pw)
}

func hostinfo(netloc string) (string, vm.Value) {
	_, _, info := rpartition(netloc, "@")
	_, openBr, bracketed := partition(info, "[")
	var host, port string
	if openBr != "" {
		host, _, port = partition(bracketed, "]")
		_, _, port = partition(port, ":")
	} else {
		host, _, port = partition(info, ":")
	}
	if port == "" {
		return host, nil
	}
	return host, vm.Str(port)
}

// strItems reads the items of a result as strings.
func strItems(th *vm.Thread, items vm.Tuple) ([]string, error) {
	out := make([]string, len(items))
	for i, v := range items {
		switch x := v.(type) {
		case vm.Str:
			out[i] = string(x)
		case vm.NoneType:
		default:
			return nil, th.TypeError("Cannot mix str and non-str arguments")
		}
	}
	return out, nil
}

// strArg reads a URL argument: hfc's urllib.parse works on str.
func strArg(th *vm.Thread, v vm.Value) (string, error) {
	switch x := v.(type) {
	case vm.Str:
		return string(x), nil
	case vm.Bytes:
		return "", th.TypeError("hfc's urllib.parse works on str URLs, not bytes")
	}
	return "", th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'decode'", v.Type().Name)
}

// splitnetloc is urllib.parse._splitnetloc.
func splitnetloc(url string, start int) (string, string) {
	delim := len(url)
	for _, c := range "/?#" {
		if w := strings.IndexRune(url[start:], c); w >= 0 && start+w < delim {
			delim = start + w
		}
	}
	return url[start:delim], url[delim:]
}

var ipvFuture = regexp.MustCompile(`\Av[a-fA-F0-9]+\..+\z`)

// checkBracketedNetloc validates the bracketed host of a netloc.
func checkBracketedNetloc(th *vm.Thread, netloc string) error {
	_, _, hostPort := rpartition(netloc, "@")
	before, open, bracketed := partition(hostPort, "[")
	var host string
	if open != "" {
		if before != "" {
			return th.ValueError("Invalid IPv6 URL")
		}
		var port string
		host, _, port = partition(bracketed, "]")
		if port != "" && !strings.HasPrefix(port, ":") {
			return th.ValueError("Invalid IPv6 URL")
		}
	} else {
		host, _, _ = partition(hostPort, ":")
	}
	if strings.HasPrefix(host, "v") {
		if !ipvFuture.MatchString(host) {
			return th.ValueError("IPvFuture address is invalid")
		}
		return nil
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		r, err := th.Repr(vm.Str(host))
		if err != nil {
			return err
		}
		return th.ValueError("%s does not appear to be an IPv4 or IPv6 address", r)
	}
	if addr.Is4() {
		return th.ValueError("An IPv4 address cannot be in brackets")
	}
	return nil
}

// urlsplit is urllib.parse.urlsplit for str arguments.
func urlsplit(th *vm.Thread, url, scheme string, allowFragments bool) ([]string, error) {
	url = strings.TrimLeft(url, c0ControlSpace)
	scheme = strings.Trim(scheme, c0ControlSpace)
	for _, b := range []string{"\t", "\r", "\n"} {
		url = strings.ReplaceAll(url, b, "")
		scheme = strings.ReplaceAll(scheme, b, "")
	}
	var netloc, query, fragment string
	if i := strings.IndexByte(url, ':'); i > 0 && (url[0]|0x20 >= 'a' && url[0]|0x20 <= 'z') {
		ok := true
		for j := 0; j < i; j++ {
			if strings.IndexByte(schemeChars, url[j]) < 0 {
				ok = false
				break
			}
		}
		if ok {
			scheme, url = strings.ToLower(url[:i]), url[i+1:]
		}
	}
	if strings.HasPrefix(url, "//") {
		netloc, url = splitnetloc(url, 2)
		open, close := strings.Contains(netloc, "["), strings.Contains(netloc, "]")
		if open != close {
			return nil, th.ValueError("Invalid IPv6 URL")
		}
		if open && close {
			if err := checkBracketedNetloc(th, netloc); err != nil {
				return nil, err
			}
		}
	}
	if allowFragments {
		if i := strings.IndexByte(url, '#'); i >= 0 {
			url, fragment = url[:i], url[i+1:]
		}
	}
	if i := strings.IndexByte(url, '?'); i >= 0 {
		url, query = url[:i], url[i+1:]
	}
	return []string{scheme, netloc, url, query, fragment}, nil
}

// splitparams is urllib.parse._splitparams.
func splitparams(url string) (string, string) {
	var i int
	if j := strings.LastIndexByte(url, '/'); j >= 0 {
		k := strings.IndexByte(url[j:], ';')
		if k < 0 {
			return url, ""
		}
		i = j + k
	} else {
		i = strings.IndexByte(url, ';')
	}
	return url[:i], url[i+1:]
}

func urlparse(th *vm.Thread, url, scheme string, allowFragments bool) ([]string, error) {
	s, err := urlsplit(th, url, scheme, allowFragments)
	if err != nil {
		return nil, err
	}
	params := ""
	path := s[2]
	if contains(usesParams, s[0]) && strings.Contains(path, ";") {
		path, params = splitparams(path)
	}
	return []string{s[0], s[1], path, params, s[3], s[4]}, nil
}

func urlunsplit(c []string) string {
	scheme, netloc, url, query, fragment := c[0], c[1], c[2], c[3], c[4]
	if netloc != "" || (scheme != "" && contains(usesNetloc, scheme) && !strings.HasPrefix(url, "//")) {
		if url != "" && url[0] != '/' {
			url = "/" + url
		}
		url = "//" + netloc + url
	}
	if scheme != "" {
		url = scheme + ":" + url
	}
	if query != "" {
		url += "?" + query
	}
	if fragment != "" {
		url += "#" + fragment
	}
	return url
}

func urlunparse(c []string) string {
	url := c[2]
	if c[3] != "" {
		url += ";" + c[3]
	}
	return urlunsplit([]string{c[0], c[1], url, c[4], c[5]})
}

func urljoin(th *vm.Thread, base, url string, allowFragments bool) (string, error) {
	if base == "" {
		return url, nil
	}
	if url == "" {
		return base, nil
	}
	b, err := urlparse(th, base, "", allowFragments)
	if err != nil {
		return "", err
	}
	u, err := urlparse(th, url, b[0], allowFragments)
	if err != nil {
		return "", err
	}
	scheme, netloc, path, params, query, fragment := u[0], u[1], u[2], u[3], u[4], u[5]
	if scheme != b[0] || !contains(usesRelative, scheme) {
		return url, nil
	}
	if contains(usesNetloc, scheme) {
		if netloc != "" {
			return urlunparse(u), nil
		}
		netloc = b[1]
	}
	if path == "" && params == "" {
		path, params = b[2], b[3]
		if query == "" {
			query = b[4]
		}
		return urlunparse([]string{scheme, netloc, path, params, query, fragment}), nil
	}
	baseParts := strings.Split(b[2], "/")
	if baseParts[len(baseParts)-1] != "" {
		baseParts = baseParts[:len(baseParts)-1]
	}
	var segments []string
	if strings.HasPrefix(path, "/") {
		segments = strings.Split(path, "/")
	} else {
		segments = append(baseParts, strings.Split(path, "/")...)
		if len(segments) > 2 {
			kept := []string{segments[0]}
			for _, s := range segments[1 : len(segments)-1] {
				if s != "" {
					kept = append(kept, s)
				}
			}
			segments = append(kept, segments[len(segments)-1])
		}
	}
	var resolved []string
	for _, seg := range segments {
		switch seg {
		case "..":
			if len(resolved) > 0 {
				resolved = resolved[:len(resolved)-1]
			}
		case ".":
		default:
			resolved = append(resolved, seg)
		}
	}
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		resolved = append(resolved, "")
	}
	joined := strings.Join(resolved, "/")
	if joined == "" {
		joined = "/"
	}
	return urlunparse([]string{scheme, netloc, joined, params, query, fragment}), nil
}

// result makes an instance of a result class.
func result(cls *vm.Class, parts []string) vm.Value {
	items := make(vm.Tuple, len(parts))
	for i, p := range parts {
		items[i] = vm.Str(p)
	}
	return vm.NewTupleSub(cls, items)
}

// urlArgs reads (url, scheme=”, allow_fragments=True).
func urlArgs(th *vm.Thread, name string, args []vm.Value, kwnames []string) (string, string, bool, error) {
	var urlV vm.Value
	schemeV, allowV := vm.Value(vm.Str("")), vm.Value(vm.True)
	if err := th.UnpackArgs(name, args, kwnames, "url", &urlV, "scheme?", &schemeV, "allow_fragments?", &allowV); err != nil {
		return "", "", false, err
	}
	url, err := strArg(th, urlV)
	if err != nil {
		return "", "", false, err
	}
	scheme := ""
	if s, ok := schemeV.(vm.Str); ok {
		scheme = string(s)
	} else if t, err := th.Truth(schemeV); err != nil {
		return "", "", false, err
	} else if t {
		return "", "", false, th.TypeError("Cannot mix str and non-str arguments")
	}
	allow, err := th.Truth(allowV)
	return url, scheme, allow, err
}

func urlsplitFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	url, scheme, allow, err := urlArgs(th, "urlsplit", args, kwnames)
	if err != nil {
		return nil, err
	}
	parts, err := urlsplit(th, url, scheme, allow)
	if err != nil {
		return nil, err
	}
	return result(splitResult, parts), nil
}

func urlparseFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	url, scheme, allow, err := urlArgs(th, "urlparse", args, kwnames)
	if err != nil {
		return nil, err
	}
	parts, err := urlparse(th, url, scheme, allow)
	if err != nil {
		return nil, err
	}
	return result(parseResult, parts), nil
}

// components reads the argument of urlunsplit/urlunparse: n strings
// (unpacking errors as CPython's, which unpacks n+1 values).
func components(th *vm.Thread, name string, n int, args []vm.Value, kwnames []string) ([]string, error) {
	var c vm.Value
	if err := th.UnpackArgs(name, args, kwnames, "components", &c); err != nil {
		return nil, err
	}
	items, err := th.ToSlice(c)
	if err != nil {
		return nil, err
	}
	if len(items) > n {
		return nil, th.ValueError("too many values to unpack (expected %d)", n+1)
	}
	if len(items) < n {
		return nil, th.ValueError("not enough values to unpack (expected %d, got %d)", n+1, len(items)+1)
	}
	return strItems(th, items)
}

func urlunsplitFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	c, err := components(th, "urlunsplit", 5, args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Str(urlunsplit(c)), nil
}

func urlunparseFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	c, err := components(th, "urlunparse", 6, args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Str(urlunparse(c)), nil
}

func urljoinFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var baseV, urlV vm.Value
	allowV := vm.Value(vm.True)
	if err := th.UnpackArgs("urljoin", args, kwnames, "base", &baseV, "url", &urlV, "allow_fragments?", &allowV); err != nil {
		return nil, err
	}
	if t, err := th.Truth(baseV); err != nil || !t {
		return urlV, err
	}
	if t, err := th.Truth(urlV); err != nil || !t {
		return baseV, err
	}
	base, err := strArg(th, baseV)
	if err != nil {
		return nil, err
	}
	url, ok := urlV.(vm.Str)
	if !ok {
		return nil, th.TypeError("Cannot mix str and non-str arguments")
	}
	allow, err := th.Truth(allowV)
	if err != nil {
		return nil, err
	}
	r, err := urljoin(th, base, string(url), allow)
	return vm.Str(r), err
}

func urldefragFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var urlV vm.Value
	if err := th.UnpackArgs("urldefrag", args, kwnames, "url", &urlV); err != nil {
		return nil, err
	}
	url, err := strArg(th, urlV)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(url, "#") {
		return result(defragResult, []string{url, ""}), nil
	}
	p, err := urlparse(th, url, "", true)
	if err != nil {
		return nil, err
	}
	frag := p[5]
	p[5] = ""
	return result(defragResult, []string{urlunparse(p), frag}), nil
}
