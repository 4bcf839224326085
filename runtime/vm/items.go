package vm

import (
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Len is Python's len(v).
func (th *Thread) Len(v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return strLen(string(x)), nil
	case *List:
		return len(x.Elems), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		if x.sub != nil && subclassMethod(x.sub.cls, DictClass, "__len__") != nil {
			break
		}
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case Bytes:
		return len(x), nil
	case *Range:
		return int(x.Len()), nil
	case *Instance:
		m := x.cls.Lookup("__len__")
		if m == nil {
			break
		}
		return th.callLen(v, m)
	}
	if d, ok := v.(*Dict); ok {
		return th.callLen(v, subclassMethod(d.sub.cls, DictClass, "__len__"))
	}
	if l, ok := v.(interface {
		Length(*Thread) (int, error)
	}); ok {
		return l.Length(th)
	}
	if l, ok := v.(interface{ Len() int }); ok {
		return l.Len(), nil
	}
	if c := v.Type(); c.flags&classGo != 0 {
		if m := c.Lookup("__len__"); m != nil {
			return th.callLen(v, m)
		}
	}
	return 0, th.TypeError("object of type '%s' has no len()", v.Type().Name)
}

// callLen calls a __len__ method and checks its result.
func (th *Thread) callLen(v, m Value) (int, error) {
	r, err := th.CallValue(m, []Value{v}, nil)
	if err != nil {
		return 0, err
	}
	n, ok := AsInt64(r)
	if !ok {
		if _, big := r.(BigInt); big {
			return 0, th.Raise(OverflowErrorClass, "cannot fit 'int' into an index-sized integer")
		}
		return 0, th.TypeError("'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	if n < 0 {
		return 0, th.ValueError("__len__() should return >= 0")
	}
	return int(n), nil
}

// strLen counts the code points of s.
func strLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// isASCII reports whether s holds only ASCII, eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Index converts an index value (int, bool, or __index__) to an int.
func (th *Thread) Index(v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		return b2i(bool(x)), nil
	case BigInt:
		return 0, th.Raise(IndexErrorClass, "cannot fit 'int' into an index-sized integer")
	case *Instance:
		if m := x.cls.Lookup("__index__"); m != nil {
			r, err := th.CallValue(m, []Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if n, ok := AsInt64(r); ok {
				return n, nil
			}
			return 0, th.TypeError("__index__ returned non-int (type %s)", r.Type().Name)
		}
	}
	return 0, errNotIndex
}

// errNotIndex marks a value that is not an index; callers turn it into the
// TypeError their context needs.
var errNotIndex = NewException(TypeErrorClass)

// GetItem is Python's v[key].
func (th *Thread) GetItem(v, key Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		if i, ok := key.(Int); ok {
			n := int64(len(x.Elems))
			j := int64(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, th.Raise(IndexErrorClass, "list index out of range")
			}
			return x.Elems[j], nil
		}
		return th.seqItem(v, x.Elems, key, "list", func(e []Value) Value { return NewList(e) })
	case Tuple:
		if i, ok := key.(Int); ok {
			n := int64(len(x))
			j := int64(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, th.Raise(IndexErrorClass, "tuple index out of range")
			}
			return x[j], nil
		}
		return th.seqItem(v, x, key, "tuple", func(e []Value) Value { return Tuple(e) })
	case *Dict:
		if x.sub != nil {
			return th.dictSubGetItem(x, key)
		}
		r, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorClass, key)
		}
		return r, nil
	case Str:
		return th.strItem(x, key)
	case Bytes:
		return th.bytesItem(x, key)
	case *Range:
		return th.rangeItem(x, key)
	case *Instance:
		if m := x.cls.Lookup("__getitem__"); m != nil {
			return th.CallValue(m, []Value{v, key}, nil)
		}
	case *Class:
		if m := x.Lookup("__class_getitem__"); m != nil {
			return th.CallValue(m, []Value{x, key}, nil)
		}
		return nil, th.TypeError("type '%s' is not subscriptable", x.Name)
	}
	if g, ok := v.(interface {
		GetItem(th *Thread, key Value) (Value, error)
	}); ok {
		return g.GetItem(th, key)
	}
	return nil, th.TypeError("'%s' object is not subscriptable", v.Type().Name)
}

func (th *Thread) seqItem(v Value, elems []Value, key Value, name string, make func([]Value) Value) (Value, error) {
	if s, ok := key.(*SliceObj); ok {
		start, stop, step, err := th.SliceIndices(s, len(elems))
		if err != nil {
			return nil, err
		}
		return make(sliceElems(elems, start, stop, step)), nil
	}
	i, err := th.Index(key)
	if err == errNotIndex {
		return nil, th.TypeError("%s indices must be integers or slices, not %s", name, key.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	n := int64(len(elems))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, th.Raise(IndexErrorClass, "%s index out of range", name)
	}
	return elems[i], nil
}

// sliceElems copies elems[start:stop:step].
func sliceElems(elems []Value, start, stop, step int) []Value {
	if step == 1 {
		if stop <= start {
			return nil
		}
		return append([]Value(nil), elems[start:stop]...)
	}
	var out []Value
	if step > 0 {
		for i := start; i < stop; i += step {
			out = append(out, elems[i])
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, elems[i])
		}
	}
	return out
}

// SliceIndices is slice.indices(n): clamped start, stop and step.
func (th *Thread) SliceIndices(s *SliceObj, n int) (start, stop, step int, err error) {
	step = 1
	if !Is(s.Step, None) {
		st, err := th.sliceIndex(s.Step)
		if err != nil {
			return 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, th.ValueError("slice step cannot be zero")
		}
		step = st
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	get := func(v Value, def int) (int, error) {
		if Is(v, None) {
			return def, nil
		}
		i, err := th.sliceIndex(v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step > 0 {
		start, err = get(s.Start, lower)
		if err == nil {
			stop, err = get(s.Stop, upper)
		}
	} else {
		start, err = get(s.Start, upper)
		if err == nil {
			stop, err = get(s.Stop, lower)
		}
	}
	return start, stop, step, err
}

// sliceIndex converts a slice bound, clamping huge ints as CPython does.
func (th *Thread) sliceIndex(v Value) (int, error) {
	if b, ok := v.(BigInt); ok {
		if b.v.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	i, err := th.Index(v)
	if err == errNotIndex {
		return 0, th.TypeError("slice indices must be integers or None or have an __index__ method")
	}
	const lim = 1 << 62
	switch {
	case i > lim:
		i = lim
	case i < -lim:
		i = -lim
	}
	return int(i), err
}

// strItem indexes or slices a str by code points.
func (th *Thread) strItem(s Str, key Value) (Value, error) {
	str := string(s)
	ascii := isASCII(str)
	if sl, ok := key.(*SliceObj); ok {
		if ascii {
			start, stop, step, err := th.SliceIndices(sl, len(str))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if stop <= start {
					return Str(""), nil
				}
				return Str(str[start:stop]), nil
			}
			b := make([]byte, 0, 16)
			if step > 0 {
				for i := start; i < stop; i += step {
					b = append(b, str[i])
				}
			} else {
				for i := start; i > stop; i += step {
					b = append(b, str[i])
				}
			}
			return Str(b), nil
		}
		rs := []rune(str)
		start, stop, step, err := th.SliceIndices(sl, len(rs))
		if err != nil {
			return nil, err
		}
		var out []rune
		if step > 0 {
			for i := start; i < stop; i += step {
				out = append(out, rs[i])
			}
		} else {
			for i := start; i > stop; i += step {
				out = append(out, rs[i])
			}
		}
		return Str(string(out)), nil
	}
	i, err := th.Index(key)
	if err == errNotIndex {
		return nil, th.TypeError("string indices must be integers, not '%s'", key.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	if ascii {
		n := int64(len(str))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, th.Raise(IndexErrorClass, "string index out of range")
		}
		return Str(str[i : i+1]), nil
	}
	n := int64(utf8.RuneCountInString(str))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, th.Raise(IndexErrorClass, "string index out of range")
	}
	for _, r := range str {
		if i == 0 {
			return Str(string(r)), nil
		}
		i--
	}
	return nil, th.Raise(IndexErrorClass, "string index out of range")
}

func (th *Thread) bytesItem(s Bytes, key Value) (Value, error) {
	if sl, ok := key.(*SliceObj); ok {
		start, stop, step, err := th.SliceIndices(sl, len(s))
		if err != nil {
			return nil, err
		}
		var b []byte
		if step > 0 {
			for i := start; i < stop; i += step {
				b = append(b, s[i])
			}
		} else {
			for i := start; i > stop; i += step {
				b = append(b, s[i])
			}
		}
		return Bytes(b), nil
	}
	i, err := th.Index(key)
	if err == errNotIndex {
		return nil, th.TypeError("byte indices must be integers or slices, not %s", key.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	n := int64(len(s))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, th.Raise(IndexErrorClass, "index out of range")
	}
	return MakeInt(int64(s[i])), nil
}

func (th *Thread) rangeItem(r *Range, key Value) (Value, error) {
	n := r.Len()
	if sl, ok := key.(*SliceObj); ok {
		start, stop, step, err := th.SliceIndices(sl, int(n))
		if err != nil {
			return nil, err
		}
		return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}, nil
	}
	i, err := th.Index(key)
	if err == errNotIndex {
		return nil, th.TypeError("range indices must be integers or slices, not %s", key.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, th.Raise(IndexErrorClass, "range object index out of range")
	}
	return MakeInt(r.At(i)), nil
}

// SetItem is Python's v[key] = val.
func (th *Thread) SetItem(v, key, val Value) error {
	switch x := v.(type) {
	case *List:
		if s, ok := key.(*SliceObj); ok {
			return th.listSetSlice(x, s, val)
		}
		i, err := th.Index(key)
		if err == errNotIndex {
			return th.TypeError("list indices must be integers or slices, not %s", key.Type().Name)
		}
		if err != nil {
			return err
		}
		n := int64(len(x.Elems))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return th.Raise(IndexErrorClass, "list assignment index out of range")
		}
		x.Elems[i] = val
		return nil
	case *Dict:
		if x.sub != nil {
			if _, ok, err := th.dictSubCall(x, "__setitem__", key, val); ok {
				return err
			}
		}
		return x.SetItem(th, key, val)
	case *Instance:
		if m := x.cls.Lookup("__setitem__"); m != nil {
			_, err := th.CallValue(m, []Value{v, key, val}, nil)
			return err
		}
	}
	if s, ok := v.(interface {
		SetItem(th *Thread, key, val Value) error
	}); ok {
		return s.SetItem(th, key, val)
	}
	return th.noItemAssignment(v, key, false)
}

func (th *Thread) listSetSlice(l *List, s *SliceObj, val Value) error {
	// As list_ass_subscript: the indices first, then the value.
	start, stop, step, err := th.SliceIndices(s, len(l.Elems))
	if err != nil {
		return err
	}
	it, err := th.Iter(val)
	if err != nil {
		if !isExc(err, TypeErrorClass) {
			return err
		}
		if step == 1 {
			return th.TypeError("can only assign an iterable")
		}
		return th.TypeError("must assign iterable to extended slice")
	}
	items, err := th.ToSlice(it)
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.Elems)-(stop-start)+len(items))
		out = append(out, l.Elems[:start]...)
		out = append(out, items...)
		out = append(out, l.Elems[stop:]...)
		l.Elems = out
		return nil
	}
	var idx []int
	if step > 0 {
		for i := start; i < stop; i += step {
			idx = append(idx, i)
		}
	} else {
		for i := start; i > stop; i += step {
			idx = append(idx, i)
		}
	}
	if len(idx) != len(items) {
		return th.ValueError("attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
	}
	for k, i := range idx {
		l.Elems[i] = items[k]
	}
	return nil
}

// DelItem is Python's del v[key].
func (th *Thread) DelItem(v, key Value) error {
	switch x := v.(type) {
	case *List:
		if s, ok := key.(*SliceObj); ok {
			start, stop, step, err := th.SliceIndices(s, len(x.Elems))
			if err != nil {
				return err
			}
			del := map[int]bool{}
			if step > 0 {
				for i := start; i < stop; i += step {
					del[i] = true
				}
			} else {
				for i := start; i > stop; i += step {
					del[i] = true
				}
			}
			out := x.Elems[:0]
			for i, e := range x.Elems {
				if !del[i] {
					out = append(out, e)
				}
			}
			clear(x.Elems[len(out):])
			x.Elems = out
			return nil
		}
		i, err := th.Index(key)
		if err == errNotIndex {
			return th.TypeError("list indices must be integers or slices, not %s", key.Type().Name)
		}
		if err != nil {
			return err
		}
		n := int64(len(x.Elems))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return th.Raise(IndexErrorClass, "list assignment index out of range")
		}
		x.Elems = append(x.Elems[:i], x.Elems[i+1:]...)
		return nil
	case *Dict:
		if x.sub != nil {
			if _, ok, err := th.dictSubCall(x, "__delitem__", key); ok {
				return err
			}
		}
		ok, err := x.Delete(th, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorClass, key)
		}
		return nil
	case *Instance:
		if m := x.cls.Lookup("__delitem__"); m != nil {
			_, err := th.CallValue(m, []Value{v, key}, nil)
			return err
		}
	}
	if d, ok := v.(interface {
		DelItem(th *Thread, key Value) error
	}); ok {
		return d.DelItem(th, key)
	}
	return th.noItemAssignment(v, key, true)
}

// Contains is Python's `key in v`.
func (th *Thread) Contains(v, key Value) (bool, error) {
	switch x := v.(type) {
	case *Dict:
		if x.sub != nil {
			if r, ok, err := th.dictSubCall(x, "__contains__", key); ok {
				if err != nil {
					return false, err
				}
				return th.Truth(r)
			}
		}
		_, ok, err := x.Get(th, key)
		return ok, err
	case *Set:
		return th.setContainsKey(x, key)
	case Str:
		k, ok := key.(Str)
		if !ok {
			return false, th.TypeError("'in <string>' requires string as left operand, not %s", key.Type().Name)
		}
		return containsStr(string(x), string(k)), nil
	case *List:
		return th.containsSeq(x.Elems, key)
	case Tuple:
		return th.containsSeq(x, key)
	case Bytes:
		switch k := key.(type) {
		case Bytes:
			return containsStr(string(x), string(k)), nil
		case Int:
			if k < 0 || k > 255 {
				return false, th.ValueError("byte must be in range(0, 256)")
			}
			for i := 0; i < len(x); i++ {
				if x[i] == byte(k) {
					return true, nil
				}
			}
			return false, nil
		}
		return false, th.TypeError("a bytes-like object is required, not '%s'", key.Type().Name)
	case *Range:
		if k, ok := rangeKey(key); ok {
			return x.contains(k), nil
		}
		return th.containsIter(v, key)
	case *Instance:
		if m := x.cls.Lookup("__contains__"); m != nil {
			r, err := th.CallValue(m, []Value{v, key}, nil)
			if err != nil {
				return false, err
			}
			return th.Truth(r)
		}
	}
	if c, ok := v.(interface {
		Contains(th *Thread, key Value) (bool, error)
	}); ok {
		return c.Contains(th, key)
	}
	return th.containsIter(v, key)
}

func containsStr(s, sub string) bool {
	if len(sub) == 1 {
		for i := 0; i < len(s); i++ {
			if s[i] == sub[0] {
				return true
			}
		}
		return false
	}
	return strings.Contains(s, sub)
}

func (th *Thread) containsSeq(elems []Value, key Value) (bool, error) {
	for _, e := range elems {
		eq, err := th.Equal(e, key)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func (th *Thread) containsIter(v, key Value) (bool, error) {
	it, err := th.Iter(v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorClass) {
			return false, th.TypeError("argument of type '%s' is not iterable", v.Type().Name)
		}
		return false, err
	}
	for {
		x, err := it.Next(th)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := th.Equal(x, key)
		if err != nil || eq {
			return eq, err
		}
	}
}

// bigIntString is str(int) for a big int, with CPython 3.11's limit of 4300
// digits.
func (th *Thread) bigIntString(b BigInt) (string, error) {
	s, err := pyfmt.IntToString(b.v)
	return s, fromPyfmt(err)
}

// noItemAssignment is the error of v[key] = x (del v[key] when del is set)
// for a value that supports neither, worded as PyObject_SetItem and
// PyObject_DelItem word it: values with sequence methods first convert an
// int key to an index.
func (th *Thread) noItemAssignment(v, key Value, del bool) error {
	if hasSequenceMethods(v) {
		switch key.(type) {
		case BigInt:
			return th.Raise(IndexErrorClass, "cannot fit 'int' into an index-sized integer")
		case Int, Bool:
			if del {
				return th.TypeError("'%s' object doesn't support item deletion", v.Type().Name)
			}
		}
	}
	if del {
		return th.TypeError("'%s' object does not support item deletion", v.Type().Name)
	}
	return th.TypeError("'%s' object does not support item assignment", v.Type().Name)
}
