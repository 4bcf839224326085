package tmpl

import (
	"sort"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/stdlib/urllib"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The filters that make HTML, URLs and JSON: xmlattr, urlencode, urlize,
// tojson.
func init() {
	defFilter("do_xmlattr(^eval_ctx, d, autospace=)", xmlattr, "xmlattr")
	defFilter("do_urlencode(value)", urlencode, "urlencode")
	defFilter("do_urlize(^eval_ctx, value, trim_url_limit=, nofollow=, target=, rel=, extra_schemes=)", urlize, "urlize")
	defFilter("do_tojson(^eval_ctx, value, indent=)", func(th *vm.Thread, c *call) (vm.Value, error) {
		args := []vm.Value{c.args[0], vm.True}
		kwnames := []string{"sort_keys"}
		if indent := c.arg(1, vm.None); !isNone(indent) {
			args = append(args, indent)
			kwnames = append(kwnames, "indent")
		}
		s, err := stdCall(th, "json", "dumps", args, kwnames)
		if err != nil {
			return nil, err
		}
		return vm.Markup(htmlSafeJSON.Replace(strOf(s))), nil
	}, "tojson")
}

// htmlSafeJSON escapes what htmlsafe_json_dumps escapes.
var htmlSafeJSON = strings.NewReplacer("<", `\u003c`, ">", `\u003e`, "&", `\u0026`, "'", `\u0027`)

// pairs returns the (key, value) pairs of an iterable, unpacking each item
// as `for k, v in items` does.
func pairs(th *vm.Thread, items vm.Value) ([][2]vm.Value, error) {
	var out [][2]vm.Value
	err := th.ForEach(items, func(it vm.Value) error {
		kv, err := unpack2(th, it)
		if err != nil {
			return err
		}
		out = append(out, kv)
		return nil
	})
	return out, err
}

// unpack2 is `k, v = item`.
func unpack2(th *vm.Thread, item vm.Value) ([2]vm.Value, error) {
	if t, ok := item.(vm.Tuple); ok && len(t) == 2 {
		return [2]vm.Value{t[0], t[1]}, nil
	}
	if _, err := th.Iter(item); err != nil {
		if isExc(err, vm.TypeErrorClass) {
			return [2]vm.Value{}, th.TypeError("cannot unpack non-iterable %s object", item.Type().Name)
		}
		return [2]vm.Value{}, err
	}
	vals, err := th.ToSlice(item)
	if err != nil {
		return [2]vm.Value{}, err
	}
	switch {
	case len(vals) < 2:
		return [2]vm.Value{}, th.ValueError("not enough values to unpack (expected 2, got %d)", len(vals))
	case len(vals) > 2:
		return [2]vm.Value{}, th.ValueError("too many values to unpack (expected 2)")
	}
	return [2]vm.Value{vals[0], vals[1]}, nil
}

// mappingItems returns d.items() as pairs.
func mappingItems(th *vm.Thread, d vm.Value) ([][2]vm.Value, error) {
	if x, ok := d.(*vm.Dict); ok && x.Type() == vm.DictClass {
		out := make([][2]vm.Value, 0, x.Len())
		x.Items(func(k, v vm.Value) bool {
			out = append(out, [2]vm.Value{k, v})
			return true
		})
		return out, nil
	}
	items, err := callMethod(th, d, "items", nil, nil)
	if err != nil {
		return nil, err
	}
	return pairs(th, items)
}

// xmlattr is do_xmlattr.
func xmlattr(th *vm.Thread, c *call) (vm.Value, error) {
	items, err := mappingItems(th, c.args[0])
	if err != nil {
		return nil, err
	}
	var parts []string
	for _, kv := range items {
		key, value := kv[0], kv[1]
		if isNone(value) {
			continue
		}
		if _, ok := value.(*vm.Undefined); ok {
			continue
		}
		if !isStr(key) {
			return nil, th.TypeError("expected string or bytes-like object, got '%s'", key.Type().Name)
		}
		if strings.ContainsAny(strOf(key), " \t\n\r\f\v/>=") {
			r, err := th.Repr(key)
			if err != nil {
				return nil, err
			}
			return nil, th.ValueError("Invalid character in attribute name: %s", r)
		}
		k, err := th.Escape(key)
		if err != nil {
			return nil, err
		}
		v, err := th.Escape(value)
		if err != nil {
			return nil, err
		}
		parts = append(parts, string(k)+`="`+string(v)+`"`)
	}
	rv := strings.Join(parts, " ")
	autospace, err := th.Truth(c.arg(1, vm.True))
	if err != nil {
		return nil, err
	}
	if autospace && rv != "" {
		rv = " " + rv
	}
	if th.Autoescape() {
		return vm.Markup(rv), nil
	}
	return vm.Str(rv), nil
}

// urlencode is do_urlencode.
func urlencode(th *vm.Thread, c *call) (vm.Value, error) {
	value := c.args[0]
	if isStr(value) || !isIterable(value) {
		s, err := urlQuote(th, value, false)
		return vm.Str(s), err
	}
	var items [][2]vm.Value
	var err error
	if d, ok := value.(*vm.Dict); ok {
		items, err = mappingItems(th, d)
	} else {
		items, err = pairs(th, value)
	}
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(items))
	for i, kv := range items {
		k, err := urlQuote(th, kv[0], true)
		if err != nil {
			return nil, err
		}
		v, err := urlQuote(th, kv[1], true)
		if err != nil {
			return nil, err
		}
		parts[i] = k + "=" + v
	}
	return vm.Str(strings.Join(parts, "&")), nil
}

// isIterable is isinstance(v, collections.abc.Iterable): its class has
// __iter__.
func isIterable(v vm.Value) bool {
	switch v.(type) {
	case *vm.List, vm.Tuple, *vm.Dict, *vm.Set, *vm.Range, vm.Str, vm.Markup, vm.Bytes, vm.Iterator, *vm.Undefined:
		return true
	}
	if _, ok := v.(interface {
		Iter(*vm.Thread) (vm.Iterator, error)
	}); ok {
		return true
	}
	return v.Type().Lookup("__iter__") != nil
}

// urlQuote is jinja2.utils.url_quote: str(obj) UTF-8 encoded and quoted
// with urllib.parse.quote_from_bytes ("/" safe unless forQS, which also
// turns spaces into "+").
func urlQuote(th *vm.Thread, obj vm.Value, forQS bool) (string, error) {
	var s string
	if b, ok := obj.(vm.Bytes); ok {
		s = string(b)
	} else {
		str, err := th.Str(obj)
		if err != nil {
			return "", err
		}
		s = str
	}
	if !forQS {
		return urllib.QuoteFromBytes(s, "/"), nil
	}
	return strings.ReplaceAll(urllib.QuoteFromBytes(s, ""), "%20", "+"), nil
}

// The regular expressions of jinja2.utils.urlize and filters.do_urlize,
// verbatim.
var (
	httpRe      = mustCompile("\n    ^\n    (\n        (https?://|www\\.)  # scheme or www\n        (([\\w%-]+\\.)+)?  # subdomain\n        (\n            [a-z]{2,63}  # basic tld\n        |\n            xn--[\\w%]{2,59}  # idna tld\n        )\n    |\n        ([\\w%-]{2,63}\\.)+  # basic domain\n        (com|net|int|edu|gov|org|info|mil)  # basic tld\n    |\n        (https?://)  # scheme\n        (\n            (([\\d]{1,3})(\\.[\\d]{1,3}){3})  # IPv4\n        |\n            (\\[([\\da-f]{0,4}:){2}([\\da-f]{0,4}:?){1,6}])  # IPv6\n        )\n    )\n    (?::[\\d]{1,5})?  # port\n    (?:[/?#]\\S*)?  # path, query, and fragment\n    $\n    ", pyre.IgnoreCase|pyre.Verbose|pyre.Unicode)
	emailRe     = mustCompile(`^\S+@\w[\w.-]*\.\w+$`, pyre.Unicode)
	spaceSplit  = mustCompile(`(\s+)`, pyre.Unicode)
	leadRe      = mustCompile(`^([(<]|&lt;)+`, pyre.Unicode)
	trailRe     = mustCompile(`([)>.,\n]|&gt;)+$`, pyre.Unicode)
	uriSchemeRe = mustCompile(`^([\w.+-]{2,}:(/){0,2})$`, pyre.Unicode)
)

// reMatch is re.match(p, s) is not None.
func reMatch(p *pyre.Pattern, s string) bool {
	in := pyre.NewInput(s)
	m, _ := p.Match(in, 0, in.Len(), nil)
	return m != nil
}

// urlize is do_urlize.
func urlize(th *vm.Thread, c *call) (vm.Value, error) {
	relParts := map[string]bool{}
	rel := c.arg(4, vm.None)
	if ok, err := th.Truth(rel); err != nil {
		return nil, err
	} else if ok {
		split, err := callMethod(th, rel, "split", nil, nil)
		if err != nil {
			return nil, err
		}
		words, err := th.ToSlice(split)
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			relParts[strOf(w)] = true
		}
	}
	if ok, err := th.Truth(c.arg(2, vm.False)); err != nil {
		return nil, err
	} else if ok {
		relParts["nofollow"] = true
	}
	relParts["noopener"] = true
	relList := make([]string, 0, len(relParts))
	for p := range relParts {
		relList = append(relList, p)
	}
	sort.Strings(relList)
	u := urlizer{rel: strings.Join(relList, " "), trim: c.arg(1, vm.None)}
	if target := c.arg(3, vm.None); !isNone(target) {
		ok, err := th.Truth(target)
		if err != nil {
			return nil, err
		}
		if ok {
			t, err := th.Escape(target)
			if err != nil {
				return nil, err
			}
			u.target = ` target="` + string(t) + `"`
		}
	}
	if schemes := c.arg(5, vm.None); !isNone(schemes) {
		list, err := th.ToSlice(schemes)
		if err != nil {
			return nil, err
		}
		for _, s := range list {
			if !isStr(s) {
				return nil, th.TypeError("expected string or bytes-like object, got '%s'", s.Type().Name)
			}
			in := pyre.NewInput(strOf(s))
			if m, _ := uriSchemeRe.FullMatch(in, 0, in.Len(), nil); m == nil {
				r, err := th.Repr(s)
				if err != nil {
					return nil, err
				}
				return nil, th.Raise(vm.FilterArgumentErrorClass, "%s is not a valid URI scheme prefix.", r)
			}
			u.schemes = append(u.schemes, strOf(s))
		}
	}
	text, err := th.Escape(c.args[0])
	if err != nil {
		return nil, err
	}
	rv, err := u.urlize(th, string(text))
	if err != nil {
		return nil, err
	}
	if th.Autoescape() {
		return vm.Markup(rv), nil
	}
	return vm.Str(rv), nil
}

// urlizer holds the options of jinja2.utils.urlize.
type urlizer struct {
	rel     string   // the rel attribute (never empty: noopener)
	target  string   // ` target="…"` or ""
	trim    vm.Value // trim_url_limit, None for no limit
	schemes []string // extra_schemes
}

// trimURL shortens the text of a link to the limit.
func (u *urlizer) trimURL(th *vm.Thread, x string) (string, error) {
	if isNone(u.trim) {
		return x, nil
	}
	long, err := compare(th, bytecode.CmpGT, vm.MakeInt(int64(len([]rune(x)))), u.trim)
	if err != nil || !long {
		return x, err
	}
	head, err := th.GetItem(vm.Str(x), &vm.SliceObj{Start: vm.None, Stop: u.trim, Step: vm.None})
	if err != nil {
		return "", err
	}
	return strOf(head) + "...", nil
}

// urlize is jinja2.utils.urlize on escaped text.
func (u *urlizer) urlize(th *vm.Thread, text string) (string, error) {
	in := pyre.NewInput(text)
	spans, err := spaceSplit.Split(in, 0, nil)
	if err != nil {
		return "", th.ValueError("%s", err.Error())
	}
	relAttr := ` rel="` + vm.EscapeHTML(u.rel) + `"`
	var b strings.Builder
	for _, sp := range spans {
		word := in.Slice(sp[0], sp[1])
		head, middle, tail := "", word, ""
		mid := pyre.NewInput(middle)
		if m, _ := leadRe.Match(mid, 0, mid.Len(), nil); m != nil {
			_, end := m.Span(0)
			head = mid.Slice(0, end)
			middle = mid.Slice(end, mid.Len())
		}
		if strings.HasSuffix(middle, ")") || strings.HasSuffix(middle, ">") || strings.HasSuffix(middle, ".") ||
			strings.HasSuffix(middle, ",") || strings.HasSuffix(middle, "\n") || strings.HasSuffix(middle, "&gt;") {
			mid := pyre.NewInput(middle)
			if m, _ := trailRe.Search(mid, 0, mid.Len(), nil); m != nil {
				start, end := m.Span(0)
				tail = mid.Slice(start, end)
				middle = mid.Slice(0, start)
			}
		}
		for _, pair := range [][2]string{{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}} {
			open, close := pair[0], pair[1]
			n := strings.Count(middle, open)
			if n <= strings.Count(middle, close) {
				continue
			}
			for range min(n, strings.Count(tail, close)) {
				end := strings.Index(tail, close) + len(close)
				middle += tail[:end]
				tail = tail[end:]
			}
		}
		switch {
		case reMatch(httpRe, middle):
			t, err := u.trimURL(th, middle)
			if err != nil {
				return "", err
			}
			if strings.HasPrefix(middle, "https://") || strings.HasPrefix(middle, "http://") {
				middle = `<a href="` + middle + `"` + relAttr + u.target + `>` + t + `</a>`
			} else {
				middle = `<a href="https://` + middle + `"` + relAttr + u.target + `>` + t + `</a>`
			}
		case strings.HasPrefix(middle, "mailto:") && reMatch(emailRe, middle[7:]):
			middle = `<a href="` + middle + `">` + middle[7:] + `</a>`
		case strings.Contains(middle, "@") && !strings.HasPrefix(middle, "www.") && !strings.Contains(middle, ":") && reMatch(emailRe, middle):
			middle = `<a href="mailto:` + middle + `">` + middle + `</a>`
		default:
			for _, scheme := range u.schemes {
				if middle != scheme && strings.HasPrefix(middle, scheme) {
					middle = `<a href="` + middle + `"` + relAttr + u.target + `>` + middle + `</a>`
				}
			}
		}
		b.WriteString(head)
		b.WriteString(middle)
		b.WriteString(tail)
	}
	return b.String(), nil
}
