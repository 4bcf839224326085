package server

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// MultiDictClass is werkzeug's ImmutableMultiDict as pages see it
// (request.args, request.form, request.values, request.files,
// request.cookies); MutableMultiDictClass is MultiDict, what copy() gives.
var (
	MultiDictClass        = multiDictClass("ImmutableMultiDict")
	MutableMultiDictClass = multiDictClass("MultiDict")
)

func multiDictClass(name string) *vm.Class {
	c := vm.NewGoClass(name, "werkzeug.datastructures", nil, nil)
	c.AddMethod("get", mdGet)
	c.AddMethod("getlist", mdGetList)
	c.AddMethod("keys", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.NewList(self.(*MultiDict).keyValues()), nil
	})
	c.AddMethod("values", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		md := self.(*MultiDict)
		var out []vm.Value
		for _, k := range md.keys() {
			v, _ := md.first(k)
			out = append(out, v)
		}
		return vm.NewList(out), nil
	})
	c.AddMethod("items", mdItems)
	c.AddMethod("lists", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		md := self.(*MultiDict)
		var out []vm.Value
		for _, k := range md.keys() {
			out = append(out, vm.Tuple{vm.Str(k), vm.NewList(md.all(k))})
		}
		return vm.NewList(out), nil
	})
	c.AddMethod("to_dict", mdToDict)
	c.AddMethod("copy", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		md := self.(*MultiDict)
		return &MultiDict{Keys: append([]string(nil), md.Keys...), Values: append([]vm.Value(nil), md.Values...), Mutable: true}, nil
	})
	c.AddMethod("add", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key, value vm.Value
		if err := th.UnpackArgs("add", args, kwnames, "key", &key, "value", &value); err != nil {
			return nil, err
		}
		md := self.(*MultiDict)
		k, ok := key.(vm.Str)
		if !md.Mutable || !ok {
			return nil, md.immutable(th)
		}
		md.Add(string(k), value)
		return vm.None, nil
	})
	return c
}

// MultiDict is an ordered list of (key, value) pairs whose keys may
// repeat: item access gives a key's first value, getlist all of them.
type MultiDict struct {
	Keys   []string
	Values []vm.Value
	// Mutable makes it a MultiDict rather than an ImmutableMultiDict.
	Mutable bool
}

// Add appends a pair.
func (md *MultiDict) Add(k string, v vm.Value) {
	md.Keys = append(md.Keys, k)
	md.Values = append(md.Values, v)
}

// Type implements vm.Value.
func (md *MultiDict) Type() *vm.Class {
	if md.Mutable {
		return MutableMultiDictClass
	}
	return MultiDictClass
}

func (md *MultiDict) immutable(th *vm.Thread) error {
	if md.Mutable {
		return th.TypeError("MultiDict keys must be str")
	}
	return th.TypeError("'ImmutableMultiDict' objects are immutable")
}

// remove deletes every value of k and reports whether there was one.
func (md *MultiDict) remove(k string) bool {
	n := 0
	for i, key := range md.Keys {
		if key != k {
			md.Keys[n], md.Values[n] = key, md.Values[i]
			n++
		}
	}
	found := n < len(md.Keys)
	md.Keys, md.Values = md.Keys[:n], md.Values[:n]
	return found
}

func (md *MultiDict) first(k string) (vm.Value, bool) {
	for i, key := range md.Keys {
		if key == k {
			return md.Values[i], true
		}
	}
	return nil, false
}

func (md *MultiDict) all(k string) []vm.Value {
	var out []vm.Value
	for i, key := range md.Keys {
		if key == k {
			out = append(out, md.Values[i])
		}
	}
	return out
}

// keys returns the distinct keys in the order they first appear.
func (md *MultiDict) keys() []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range md.Keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func (md *MultiDict) keyValues() []vm.Value {
	keys := md.keys()
	out := make([]vm.Value, len(keys))
	for i, k := range keys {
		out[i] = vm.Str(k)
	}
	return out
}

// GetItem implements md[key]: the first value; a missing key is werkzeug's
// BadRequestKeyError (a KeyError that answers 400 when not caught).
func (md *MultiDict) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if k, ok := key.(vm.Str); ok {
		if v, ok := md.first(string(k)); ok {
			return v, nil
		}
	}
	return nil, badRequestKeyError(key)
}

// Contains implements key in md.
func (md *MultiDict) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	k, ok := key.(vm.Str)
	if !ok {
		return false, nil
	}
	_, found := md.first(string(k))
	return found, nil
}

// Len implements len(md): the number of distinct keys.
func (md *MultiDict) Len() int { return len(md.keys()) }

// Iter implements iter(md): the distinct keys.
func (md *MultiDict) Iter(th *vm.Thread) (vm.Iterator, error) {
	return th.Iter(vm.NewList(md.keyValues()))
}

// SetItem implements md[key] = v: the key's only value from now on
// (immutable dicts refuse, as werkzeug's do).
func (md *MultiDict) SetItem(th *vm.Thread, key, val vm.Value) error {
	k, ok := key.(vm.Str)
	if !md.Mutable || !ok {
		return md.immutable(th)
	}
	md.remove(string(k))
	md.Add(string(k), val)
	return nil
}

// DelItem implements del md[key]: every value of the key.
func (md *MultiDict) DelItem(th *vm.Thread, key vm.Value) error {
	k, ok := key.(vm.Str)
	if !md.Mutable || !ok {
		return md.immutable(th)
	}
	if !md.remove(string(k)) {
		return vm.NewException(vm.KeyErrorClass, key)
	}
	return nil
}

// Repr implements repr(md): ImmutableMultiDict([('k', 'v'), …]).
func (md *MultiDict) Repr(th *vm.Thread) (string, error) {
	items := make([]vm.Value, len(md.Keys))
	for i, k := range md.Keys {
		items[i] = vm.Tuple{vm.Str(k), md.Values[i]}
	}
	s, err := th.Repr(vm.NewList(items))
	return md.Type().Name + "(" + s + ")", err
}

// convert applies get()'s and getlist()'s type= argument: a value that
// type() rejects with ValueError (or TypeError for getlist's items) is
// skipped.
func convert(th *vm.Thread, typ, v vm.Value) (vm.Value, bool, error) {
	if typ == nil || vm.Is(typ, vm.None) {
		return v, true, nil
	}
	r, err := th.CallValue(typ, []vm.Value{v}, nil)
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && (e.Matches(vm.ValueErrorClass) || e.Matches(vm.TypeErrorClass)) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// mdGet is md.get(key, default=None, type=None).
func mdGet(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, def, typ vm.Value = nil, vm.None, vm.None
	if err := th.UnpackArgs("get", args, kwnames, "key", &key, "default?", &def, "type?", &typ); err != nil {
		return nil, err
	}
	k, ok := key.(vm.Str)
	if !ok {
		return def, nil
	}
	v, found := self.(*MultiDict).first(string(k))
	if !found {
		return def, nil
	}
	r, ok, err := convert(th, typ, v)
	if err != nil || !ok {
		return def, err
	}
	return r, nil
}

// mdGetList is md.getlist(key, type=None).
func mdGetList(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var key, typ vm.Value = nil, vm.None
	if err := th.UnpackArgs("getlist", args, kwnames, "key", &key, "type?", &typ); err != nil {
		return nil, err
	}
	out := []vm.Value{}
	if k, ok := key.(vm.Str); ok {
		for _, v := range self.(*MultiDict).all(string(k)) {
			r, ok, err := convert(th, typ, v)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, r)
			}
		}
	}
	return vm.NewList(out), nil
}

// mdItems is md.items(multi=False).
func mdItems(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var multi vm.Value = vm.False
	if err := th.UnpackArgs("items", args, kwnames, "multi?", &multi); err != nil {
		return nil, err
	}
	md := self.(*MultiDict)
	var out []vm.Value
	if ok, err := th.Truth(multi); err != nil {
		return nil, err
	} else if ok {
		for i, k := range md.Keys {
			out = append(out, vm.Tuple{vm.Str(k), md.Values[i]})
		}
		return vm.NewList(out), nil
	}
	for _, k := range md.keys() {
		v, _ := md.first(k)
		out = append(out, vm.Tuple{vm.Str(k), v})
	}
	return vm.NewList(out), nil
}

// mdToDict is md.to_dict(flat=True): first values, or lists of all.
func mdToDict(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var flat vm.Value = vm.True
	if err := th.UnpackArgs("to_dict", args, kwnames, "flat?", &flat); err != nil {
		return nil, err
	}
	ok, err := th.Truth(flat)
	if err != nil {
		return nil, err
	}
	return self.(*MultiDict).toDict(th, ok)
}

func (md *MultiDict) toDict(th *vm.Thread, flat bool) (vm.Value, error) {
	d := vm.NewDict(len(md.Keys))
	for _, k := range md.keys() {
		if flat {
			v, _ := md.first(k)
			d.SetStr(k, v)
		} else {
			d.SetStr(k, vm.NewList(md.all(k)))
		}
	}
	return d, nil
}
