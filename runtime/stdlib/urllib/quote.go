package urllib

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

const alwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"

// safeBytes normalises the safe argument: the ASCII characters of a str,
// the bytes below 128 of a bytes object.
func safeBytes(th *vm.Thread, v vm.Value) (string, error) {
	var s string
	switch x := v.(type) {
	case vm.Str:
		s = string(x)
	case vm.Bytes:
		s = string(x)
	default:
		return "", th.TypeError("'%s' object is not iterable", v.Type().Name)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}

// quoteFromBytes is quote_from_bytes: each byte not safe becomes %XX.
func quoteFromBytes(bs, safe string) string {
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(bs); i++ {
		c := bs[i]
		if c < 0x80 && (strings.IndexByte(alwaysSafe, c) >= 0 || strings.IndexByte(safe, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// quote is quote(string, safe, encoding, errors); encoding and errors are
// nil when not given.
func quote(th *vm.Thread, s, safe, encoding, errors vm.Value) (vm.Value, error) {
	var bs string
	switch x := s.(type) {
	case vm.Str:
		if x == "" {
			return x, nil
		}
		enc, err := th.Encode(x, encoding, errors)
		if err != nil {
			return nil, err
		}
		bs = string(enc.(vm.Bytes))
	case vm.Bytes:
		if encoding != nil {
			return nil, th.TypeError("quote() doesn't support 'encoding' for bytes")
		}
		if errors != nil {
			return nil, th.TypeError("quote() doesn't support 'errors' for bytes")
		}
		bs = string(x)
	default:
		return nil, th.TypeError("quote_from_bytes() expected bytes")
	}
	sb, err := safeBytes(th, safe)
	if err != nil {
		return nil, err
	}
	return vm.Str(quoteFromBytes(bs, sb)), nil
}

// quoteArgs reads (string, safe=default, encoding=None, errors=None).
func quoteArgs(th *vm.Thread, name, defSafe string, args []vm.Value, kwnames []string) (s, safe, enc, errs vm.Value, err error) {
	safe = vm.Str(defSafe)
	enc, errs = vm.None, vm.None
	err = th.UnpackArgs(name, args, kwnames, "string", &s, "safe?", &safe, "encoding?", &enc, "errors?", &errs)
	if vm.Is(enc, vm.None) {
		enc = nil
	}
	if vm.Is(errs, vm.None) {
		errs = nil
	}
	return
}

func quoteFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, safe, enc, errs, err := quoteArgs(th, "quote", "/", args, kwnames)
	if err != nil {
		return nil, err
	}
	return quote(th, s, safe, enc, errs)
}

// quotePlus is quote_plus: quote with spaces as '+'.
func quotePlus(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, safe, enc, errs, err := quoteArgs(th, "quote_plus", "", args, kwnames)
	if err != nil {
		return nil, err
	}
	hasSpace := false
	switch x := s.(type) {
	case vm.Str:
		hasSpace = strings.Contains(string(x), " ")
	case vm.Bytes:
		hasSpace = strings.Contains(string(x), " ")
	}
	if !hasSpace {
		return quote(th, s, safe, enc, errs)
	}
	switch x := safe.(type) {
	case vm.Str:
		safe = x + " "
	case vm.Bytes:
		safe = x + " "
	}
	r, err := quote(th, s, safe, enc, errs)
	if err != nil {
		return nil, err
	}
	return vm.Str(strings.ReplaceAll(string(r.(vm.Str)), " ", "+")), nil
}

func quoteFromBytesFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var bs vm.Value
	safe := vm.Value(vm.Str("/"))
	if err := th.UnpackArgs("quote_from_bytes", args, kwnames, "bs", &bs, "safe?", &safe); err != nil {
		return nil, err
	}
	b, ok := bs.(vm.Bytes)
	if !ok {
		return nil, th.TypeError("quote_from_bytes() expected bytes")
	}
	sb, err := safeBytes(th, safe)
	if err != nil {
		return nil, err
	}
	return vm.Str(quoteFromBytes(string(b), sb)), nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

func unhex(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return c | 0x20 - 'a' + 10
}

// unquoteToBytes is unquote_to_bytes for the bytes of s.
func unquoteToBytes(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// unquote is unquote(string, encoding, errors): the %XX escapes of each
// run of ASCII characters are decoded together.
func unquote(th *vm.Thread, s vm.Value, encoding, errors vm.Value) (vm.Value, error) {
	if b, ok := s.(vm.Bytes); ok {
		return th.Decode(vm.Bytes(unquoteToBytes(string(b))), encoding, errors)
	}
	str, ok := s.(vm.Str)
	if !ok {
		return nil, th.TypeError("a bytes-like object is required, not '%s'", s.Type().Name)
	}
	if !strings.Contains(string(str), "%") {
		return str, nil
	}
	var b strings.Builder
	text := string(str)
	for len(text) > 0 {
		n := 0
		for n < len(text) && text[n] < 0x80 {
			n++
		}
		if n == 0 {
			for n < len(text) && text[n] >= 0x80 {
				n++
			}
			b.WriteString(text[:n])
			text = text[n:]
			continue
		}
		run := text[:n]
		text = text[n:]
		if !strings.Contains(run, "%") {
			b.WriteString(run)
			continue
		}
		d, err := th.Decode(vm.Bytes(unquoteToBytes(run)), encoding, errors)
		if err != nil {
			return nil, err
		}
		b.WriteString(string(d.(vm.Str)))
	}
	return vm.Str(b.String()), nil
}

func unquoteArgs(th *vm.Thread, name string, args []vm.Value, kwnames []string) (s, enc, errs vm.Value, err error) {
	enc, errs = vm.Str("utf-8"), vm.Str("replace")
	err = th.UnpackArgs(name, args, kwnames, "string", &s, "encoding?", &enc, "errors?", &errs)
	if vm.Is(enc, vm.None) {
		enc = vm.Str("utf-8")
	}
	if vm.Is(errs, vm.None) {
		errs = vm.Str("replace")
	}
	return
}

func unquoteFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, enc, errs, err := unquoteArgs(th, "unquote", args, kwnames)
	if err != nil {
		return nil, err
	}
	return unquote(th, s, enc, errs)
}

func unquotePlusFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s, enc, errs, err := unquoteArgs(th, "unquote_plus", args, kwnames)
	if err != nil {
		return nil, err
	}
	str, ok := s.(vm.Str)
	if !ok {
		return nil, th.TypeError("a bytes-like object is required, not 'str'")
	}
	return unquote(th, vm.Str(strings.ReplaceAll(string(str), "+", " ")), enc, errs)
}

func unquoteToBytesFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var s vm.Value
	if err := th.UnpackArgs("unquote_to_bytes", args, kwnames, "string", &s); err != nil {
		return nil, err
	}
	switch x := s.(type) {
	case vm.Str:
		return vm.Bytes(unquoteToBytes(string(x))), nil
	case vm.Bytes:
		return vm.Bytes(unquoteToBytes(string(x))), nil
	}
	return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'split'", s.Type().Name)
}

// urlencode is urlencode(query, doseq=False, safe=”, encoding=None,
// errors=None, quote_via=quote_plus).
func urlencode(quotePlusFn vm.Value) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var query vm.Value
		doseqV, safe, enc, errs, via := vm.Value(vm.False), vm.Value(vm.Str("")), vm.None, vm.None, quotePlusFn
		if err := th.UnpackArgs("urlencode", args, kwnames, "query", &query, "doseq?", &doseqV, "safe?", &safe,
			"encoding?", &enc, "errors?", &errs, "quote_via?", &via); err != nil {
			return nil, err
		}
		pairs, err := queryPairs(th, query)
		if err != nil {
			return nil, err
		}
		doseq, err := th.Truth(doseqV)
		if err != nil {
			return nil, err
		}
		q := func(v vm.Value) (string, error) {
			callArgs := []vm.Value{v, safe}
			if _, isBytes := v.(vm.Bytes); !isBytes {
				s, err := th.Str(v)
				if err != nil {
					return "", err
				}
				callArgs = []vm.Value{vm.Str(s), safe, enc, errs}
			}
			r, err := th.CallValue(via, callArgs, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(vm.Str)
			if !ok {
				return "", th.TypeError("can only concatenate str (not \"%s\") to str", r.Type().Name)
			}
			return string(s), nil
		}
		var parts []string
		for _, p := range pairs {
			k, err := q(p[0])
			if err != nil {
				return nil, err
			}
			v := p[1]
			if doseq && isSequenceValue(th, v) {
				err := th.ForEach(v, func(elt vm.Value) error {
					e, err := q(elt)
					parts = append(parts, k+"="+e)
					return err
				})
				if err != nil {
					return nil, err
				}
				continue
			}
			s, err := q(v)
			if err != nil {
				return nil, err
			}
			parts = append(parts, k+"="+s)
		}
		return vm.Str(strings.Join(parts, "&")), nil
	}
}

// isSequenceValue is urlencode's test for a sequence of values: not a
// str or bytes, and len() works.
func isSequenceValue(th *vm.Thread, v vm.Value) bool {
	switch v.(type) {
	case vm.Str, vm.Bytes:
		return false
	}
	_, err := th.Len(v)
	return err == nil
}

// queryPairs reads the pairs of a mapping or a sequence of pairs.
func queryPairs(th *vm.Thread, query vm.Value) ([][2]vm.Value, error) {
	var items []vm.Value
	if d, ok := query.(*vm.Dict); ok {
		d.Items(func(k, v vm.Value) bool {
			items = append(items, vm.Tuple{k, v})
			return true
		})
	} else if m, err := th.GetAttr(query, "items"); err == nil {
		r, err := th.CallValue(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if items, err = th.ToSlice(r); err != nil {
			return nil, err
		}
	} else {
		bad := th.TypeError("not a valid non-string sequence or mapping object")
		n, err := th.Len(query)
		if err != nil {
			return nil, bad
		}
		if n > 0 {
			first, err := th.GetItem(query, vm.MakeInt(0))
			if err != nil {
				return nil, bad
			}
			if _, ok := first.(vm.Tuple); !ok {
				return nil, bad
			}
		}
		if items, err = th.ToSlice(query); err != nil {
			return nil, err
		}
	}
	out := make([][2]vm.Value, len(items))
	for i, it := range items {
		pair, err := th.ToSlice(it)
		if err != nil {
			return nil, err
		}
		if len(pair) != 2 {
			if len(pair) > 2 {
				return nil, th.ValueError("too many values to unpack (expected 2)")
			}
			return nil, th.ValueError("not enough values to unpack (expected 2, got %d)", len(pair))
		}
		out[i] = [2]vm.Value{pair[0], pair[1]}
	}
	return out, nil
}

// parseQSL is parse_qsl(qs, keep_blank_values=False,
// strict_parsing=False, encoding='utf-8', errors='replace',
// max_num_fields=None, separator='&').
func parseQSL(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	pairs, err := parseQuery(th, "parse_qsl", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]vm.Value, len(pairs))
	for i, p := range pairs {
		out[i] = vm.Tuple{p[0], p[1]}
	}
	return vm.NewList(out), nil
}

// parseQS is parse_qs: a dict of lists of values.
func parseQS(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	pairs, err := parseQuery(th, "parse_qs", args, kwnames)
	if err != nil {
		return nil, err
	}
	d := vm.NewDict(0)
	for _, p := range pairs {
		l, ok, err := d.Get(th, p[0])
		if err != nil {
			return nil, err
		}
		if ok {
			list := l.(*vm.List)
			list.Elems = append(list.Elems, p[1])
		} else if err := d.SetItem(th, p[0], vm.NewList([]vm.Value{p[1]})); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func parseQuery(th *vm.Thread, name string, args []vm.Value, kwnames []string) ([][2]vm.Value, error) {
	var qsV vm.Value
	keepV, strictV := vm.Value(vm.False), vm.Value(vm.False)
	enc, errs := vm.Value(vm.Str("utf-8")), vm.Value(vm.Str("replace"))
	maxV, sepV := vm.None, vm.Value(vm.Str("&"))
	if err := th.UnpackArgs(name, args, kwnames, "qs", &qsV, "keep_blank_values?", &keepV, "strict_parsing?", &strictV,
		"encoding?", &enc, "errors?", &errs, "max_num_fields?", &maxV, "separator?", &sepV); err != nil {
		return nil, err
	}
	qs := ""
	switch x := qsV.(type) {
	case vm.Str:
		qs = string(x)
	case vm.NoneType:
	default:
		if t, err := th.Truth(qsV); err != nil || t {
			if err != nil {
				return nil, err
			}
			return nil, th.TypeError("hfc's urllib.parse parses str query strings, not %s", qsV.Type().Name)
		}
	}
	sep, ok := sepV.(vm.Str)
	if !ok || sep == "" {
		return nil, th.ValueError("Separator must be of type string or bytes.")
	}
	if !vm.Is(maxV, vm.None) {
		n := int64(0)
		if qs != "" {
			n = 1 + int64(strings.Count(qs, string(sep)))
		}
		lt, err := th.Less(maxV, vm.MakeInt(n))
		if err != nil {
			return nil, err
		}
		if lt {
			return nil, th.ValueError("Max number of fields exceeded")
		}
	}
	keep, err := th.Truth(keepV)
	if err != nil {
		return nil, err
	}
	strict, err := th.Truth(strictV)
	if err != nil {
		return nil, err
	}
	var out [][2]vm.Value
	if qs == "" {
		return out, nil
	}
	for _, nv := range strings.Split(qs, string(sep)) {
		if nv == "" && !strict {
			continue
		}
		name, value, found := strings.Cut(nv, "=")
		if !found {
			if strict {
				r, err := th.Repr(vm.Str(nv))
				if err != nil {
					return nil, err
				}
				return nil, th.ValueError("bad query field: %s", r)
			}
			if !keep {
				continue
			}
		}
		if value == "" && !keep {
			continue
		}
		n, err := unquote(th, vm.Str(strings.ReplaceAll(name, "+", " ")), enc, errs)
		if err != nil {
			return nil, err
		}
		v, err := unquote(th, vm.Str(strings.ReplaceAll(value, "+", " ")), enc, errs)
		if err != nil {
			return nil, err
		}
		out = append(out, [2]vm.Value{n, v})
	}
	return out, nil
}
