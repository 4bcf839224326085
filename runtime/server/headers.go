package server

import (
	"net/http"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// HeadersClass is werkzeug's Headers: response.headers, and (read-only,
// as EnvironHeaders) request.headers.
var HeadersClass = func() *vm.Class {
	c := vm.NewGoClass("Headers", "werkzeug.datastructures", nil, nil)
	c.AddMethod("get", headersGet)
	c.AddMethod("getlist", headersGetList)
	c.AddMethod("keys", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(*Headers).column(0), nil
	})
	c.AddMethod("values", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self.(*Headers).column(1), nil
	})
	c.AddMethod("items", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.NewList(self.(*Headers).tuples()), nil
	})
	c.AddMethod("add", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return headersChange(th, self, args, kwnames, "add")
	})
	c.AddMethod("set", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return headersChange(th, self, args, kwnames, "set")
	})
	c.AddMethod("setdefault", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return headersChange(th, self, args, kwnames, "setdefault")
	})
	c.AddMethod("remove", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key vm.Value
		if err := th.UnpackArgs("remove", args, kwnames, "key", &key); err != nil {
			return nil, err
		}
		return vm.None, self.(*Headers).DelItem(th, key)
	})
	c.AddMethod("extend", headersExtend)
	c.AddMethod("update", headersExtend)
	return c
}()

// header is one header line.
type header struct{ name, value string }

// Headers is an ordered list of headers whose names compare without case.
type Headers struct {
	list []header
	// readOnly marks the request's headers: a missing one is a
	// BadRequestKeyError and changes are refused.
	readOnly bool
}

// Type implements vm.Value.
func (h *Headers) Type() *vm.Class { return HeadersClass }

// Get returns the first value of a header.
func (h *Headers) Get(name string) (string, bool) {
	for _, f := range h.list {
		if strings.EqualFold(f.name, name) {
			return f.value, true
		}
	}
	return "", false
}

// Set replaces every value of a header by one, at the place of the first.
func (h *Headers) Set(name, value string) {
	for i, f := range h.list {
		if strings.EqualFold(f.name, name) {
			h.list[i].value = value
			h.del(name, i+1)
			return
		}
	}
	h.list = append(h.list, header{name, value})
}

// Add appends a header.
func (h *Headers) Add(name, value string) { h.list = append(h.list, header{name, value}) }

// del removes the headers named name from index from on; it reports
// whether one was removed.
func (h *Headers) del(name string, from int) bool {
	n := from
	for _, f := range h.list[from:] {
		if !strings.EqualFold(f.name, name) {
			h.list[n] = f
			n++
		}
	}
	found := n < len(h.list)
	h.list = h.list[:n]
	return found
}

// Has reports whether a header is present.
func (h *Headers) Has(name string) bool {
	_, ok := h.Get(name)
	return ok
}

// write copies the headers to an http.Header.
func (h *Headers) write(dst http.Header) {
	for _, f := range h.list {
		dst[http.CanonicalHeaderKey(f.name)] = append(dst[http.CanonicalHeaderKey(f.name)], f.value)
	}
}

func (h *Headers) tuples() []vm.Value {
	out := make([]vm.Value, len(h.list))
	for i, f := range h.list {
		out[i] = vm.Tuple{vm.Str(f.name), vm.Str(f.value)}
	}
	return out
}

func (h *Headers) column(i int) vm.Value {
	out := make([]vm.Value, len(h.list))
	for j, f := range h.list {
		if i == 0 {
			out[j] = vm.Str(f.name)
		} else {
			out[j] = vm.Str(f.value)
		}
	}
	return vm.NewList(out)
}

func (h *Headers) refuse(th *vm.Thread) error {
	return th.TypeError("'EnvironHeaders' objects are immutable")
}

// GetItem implements h[name].
func (h *Headers) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if k, ok := key.(vm.Str); ok {
		if v, ok := h.Get(string(k)); ok {
			return vm.Str(v), nil
		}
	}
	if h.readOnly {
		return nil, badRequestKeyError(key)
	}
	return nil, vm.NewException(vm.KeyErrorClass, key)
}

// SetItem implements h[name] = value (set).
func (h *Headers) SetItem(th *vm.Thread, key, val vm.Value) error {
	if h.readOnly {
		return h.refuse(th)
	}
	name, value, err := headerPair(th, key, val)
	if err != nil {
		return err
	}
	h.Set(name, value)
	return nil
}

// DelItem implements del h[name].
func (h *Headers) DelItem(th *vm.Thread, key vm.Value) error {
	if h.readOnly {
		return h.refuse(th)
	}
	k, ok := key.(vm.Str)
	if !ok || !h.del(string(k), 0) {
		return vm.NewException(vm.KeyErrorClass, key)
	}
	return nil
}

// Contains implements name in h.
func (h *Headers) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	k, ok := key.(vm.Str)
	return ok && h.Has(string(k)), nil
}

// Len implements len(h).
func (h *Headers) Len() int { return len(h.list) }

// Iter implements iter(h): (name, value) tuples, as werkzeug's Headers.
func (h *Headers) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(vm.NewList(h.tuples())) }

// Repr implements repr(h).
func (h *Headers) Repr(th *vm.Thread) (string, error) {
	s, err := th.Repr(vm.NewList(h.tuples()))
	name := "Headers"
	if h.readOnly {
		name = "EnvironHeaders"
	}
	return name + "(" + s + ")", err
}

// headerPair converts a header's name and value as werkzeug does: str()
// of the value, without line breaks.
func headerPair(th *vm.Thread, key, val vm.Value) (string, string, error) {
	k, ok := key.(vm.Str)
	if !ok {
		return "", "", th.TypeError("header names must be str, not %s", key.Type().Name)
	}
	v, err := th.Str(val)
	if err != nil {
		return "", "", err
	}
	if strings.ContainsAny(v, "\r\n") {
		return "", "", th.ValueError("Header values must not contain newline characters.")
	}
	return string(k), v, nil
}

func headersGet(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, def, typ vm.Value = nil, vm.None, vm.None
	if err := th.UnpackArgs("get", args, kwnames, "key", &key, "default?", &def, "type?", &typ); err != nil {
		return nil, err
	}
	k, ok := key.(vm.Str)
	if !ok {
		return def, nil
	}
	v, found := self.(*Headers).Get(string(k))
	if !found {
		return def, nil
	}
	r, ok, err := convert(th, typ, vm.Str(v))
	if err != nil || !ok {
		return def, err
	}
	return r, nil
}

func headersGetList(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, typ vm.Value = nil, vm.None
	if err := th.UnpackArgs("getlist", args, kwnames, "key", &key, "type?", &typ); err != nil {
		return nil, err
	}
	out := []vm.Value{}
	if k, ok := key.(vm.Str); ok {
		for _, f := range self.(*Headers).list {
			if strings.EqualFold(f.name, string(k)) {
				r, ok, err := convert(th, typ, vm.Str(f.value))
				if err != nil {
					return nil, err
				}
				if ok {
					out = append(out, r)
				}
			}
		}
	}
	return vm.NewList(out), nil
}

// headersChange is h.add(key, value), h.set(key, value) and
// h.setdefault(key, default).
func headersChange(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string, op string) (vm.Value, error) {
	h := self.(*Headers)
	if h.readOnly {
		return nil, h.refuse(th)
	}
	var key, val vm.Value
	if err := th.UnpackArgs(op, args, kwnames, "key", &key, "value", &val); err != nil {
		return nil, err
	}
	name, value, err := headerPair(th, key, val)
	if err != nil {
		return nil, err
	}
	switch op {
	case "add":
		h.Add(name, value)
	case "set":
		h.Set(name, value)
	case "setdefault":
		if v, ok := h.Get(name); ok {
			return vm.Str(v), nil
		}
		h.Add(name, value)
		return vm.Str(value), nil
	}
	return vm.None, nil
}

// headersExtend is h.extend(headers) and h.update(headers): a dict, a
// Headers, or pairs; a list value sets several headers of one name. update
// replaces the headers it names, extend appends.
func headersExtend(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	h := self.(*Headers)
	if h.readOnly {
		return nil, h.refuse(th)
	}
	if len(args) > len(kwnames)+1 {
		return nil, th.TypeError("update expected at most 1 argument, got %d", len(args)-len(kwnames))
	}
	var pairs [][2]vm.Value
	if len(args) > len(kwnames) {
		ps, err := headerItems(th, args[0])
		if err != nil {
			return nil, err
		}
		pairs = ps
	}
	for i, k := range kwnames {
		pairs = append(pairs, [2]vm.Value{vm.Str(k), args[len(args)-len(kwnames)+i]})
	}
	return vm.None, h.extend(th, pairs, true)
}

// extend adds pairs to h; with replace, the names given replace the
// headers of that name already present (werkzeug's update).
func (h *Headers) extend(th *vm.Thread, pairs [][2]vm.Value, replace bool) error {
	replaced := map[string]bool{}
	for _, p := range pairs {
		values := []vm.Value{p[1]}
		if l, ok := p[1].(*vm.List); ok {
			values = l.Elems
		}
		for _, v := range values {
			name, value, err := headerPair(th, p[0], v)
			if err != nil {
				return err
			}
			if replace && !replaced[strings.ToLower(name)] {
				replaced[strings.ToLower(name)] = true
				h.del(name, 0)
			}
			h.Add(name, value)
		}
	}
	return nil
}

// headerItems reads (name, value) pairs from a dict, a Headers or an
// iterable of pairs.
func headerItems(th *vm.Thread, v vm.Value) ([][2]vm.Value, error) {
	var out [][2]vm.Value
	switch x := v.(type) {
	case *vm.Dict:
		x.Items(func(k, val vm.Value) bool {
			out = append(out, [2]vm.Value{k, val})
			return true
		})
		return out, nil
	case *Headers:
		for _, f := range x.list {
			out = append(out, [2]vm.Value{vm.Str(f.name), vm.Str(f.value)})
		}
		return out, nil
	}
	items, err := th.ToSlice(v)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		pair, err := th.ToSlice(it)
		if err != nil {
			return nil, err
		}
		if len(pair) != 2 {
			return nil, th.ValueError("header items must be (name, value) pairs")
		}
		out = append(out, [2]vm.Value{pair[0], pair[1]})
	}
	return out, nil
}
