package vm

import (
	"strings"
)

// The methods of bytes. Indexes count bytes; character classes and case
// mappings are ASCII-only, as in CPython.

// bytesMethodFunc is a method of bytes with its receiver unboxed.
type bytesMethodFunc func(th *Thread, s string, args []Value, kwnames []string) (Value, error)

func addBytesMethod(name string, fn bytesMethodFunc) {
	addMethod(BytesClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return fn(th, string(self.(Bytes)), args, kwnames)
	})
}

// addBytesNoArgs adds a method that takes no arguments.
func addBytesNoArgs(name string, fn func(s string) Value) {
	qual := "bytes." + name
	addMethod(BytesClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs(qual, args, kwnames, 0); err != nil {
			return nil, err
		}
		return fn(string(self.(Bytes))), nil
	})
}

// bytesArg returns a bytes-like argument, or the TypeError "a bytes-like
// object is required, not 'str'".
func (th *Thread) bytesArg(v Value) (string, error) {
	b, ok := v.(Bytes)
	if !ok {
		return "", th.TypeError("a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return string(b), nil
}

// bytesSubArg is the sub argument of find, count and index: bytes or an
// int in range(256).
func (th *Thread) bytesSubArg(v Value) (string, error) {
	switch x := v.(type) {
	case Bytes:
		return string(x), nil
	case BigInt:
		return "", th.ValueError("byte must be in range(0, 256)")
	}
	n, err := th.Index(v)
	if err == errNotIndex {
		return "", th.TypeError("argument should be integer or bytes-like object, not '%s'", v.Type().Name)
	}
	if err != nil {
		return "", err
	}
	if n < 0 || n > 255 {
		return "", th.ValueError("byte must be in range(0, 256)")
	}
	return string([]byte{byte(n)}), nil
}

func init() {
	for _, m := range []struct {
		name           string
		reverse, raise bool
		count          bool
	}{
		{name: "find"}, {name: "rfind", reverse: true},
		{name: "index", raise: true}, {name: "rindex", reverse: true, raise: true},
		{name: "count", count: true},
	} {
		m := m
		addBytesMethod(m.name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.tupleArgs("bytes", m.name, args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := th.boundsArgs(args, 1)
			if err != nil {
				return nil, err
			}
			sub, err := th.bytesSubArg(args[0])
			if err != nil {
				return nil, err
			}
			if m.count {
				return MakeInt(int64(bytesCount(s, sub, start, end))), nil
			}
			i := bytesFind(s, sub, start, end, m.reverse)
			if i < 0 && m.raise {
				return nil, th.ValueError("subsection not found")
			}
			return MakeInt(int64(i)), nil
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		suffix := name == "endswith"
		addBytesMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.tupleArgs("bytes", name, args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := th.boundsArgs(args, 1)
			if err != nil {
				return nil, err
			}
			switch x := args[0].(type) {
			case Bytes:
				return MakeBool(bytesTailMatch(s, string(x), start, end, suffix)), nil
			case Tuple:
				for _, item := range x {
					sub, err := th.bytesArg(item)
					if err != nil {
						return nil, err
					}
					if bytesTailMatch(s, sub, start, end, suffix) {
						return True, nil
					}
				}
				return False, nil
			}
			return nil, th.TypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, args[0].Type().Name)
		})
	}
	addBytesMethod("join", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("bytes.join", args, kwnames, 1); err != nil {
			return nil, err
		}
		return th.bytesJoin(s, args[0])
	})
	addBytesMethod("replace", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.positionalArgs("bytes", "replace", args, kwnames, 2, 3); err != nil {
			return nil, err
		}
		old, err := th.bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		repl, err := th.bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) == 3 {
			if count, err = th.sizeArg(args[2]); err != nil {
				return nil, err
			}
		}
		return th.bytesReplace(s, old, repl, count)
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		left, right := name != "rstrip", name != "lstrip"
		addBytesMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.positionalArgs("bytes", name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			chars := " \t\n\v\f\r"
			if len(args) == 1 && !Is(args[0], None) {
				var err error
				if chars, err = th.bytesArg(args[0]); err != nil {
					return nil, err
				}
			}
			return Bytes(stripBytes(s, chars, left, right)), nil
		})
	}
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		addBytesMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs("bytes."+name, args, kwnames, 1); err != nil {
				return nil, err
			}
			sep, err := th.bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, th.ValueError("empty separator")
			}
			if name == "partition" {
				if i := strings.Index(s, sep); i >= 0 {
					return Tuple{Bytes(s[:i]), args[0], Bytes(s[i+len(sep):])}, nil
				}
				return Tuple{Bytes(s), Bytes(""), Bytes("")}, nil
			}
			if i := strings.LastIndex(s, sep); i >= 0 {
				return Tuple{Bytes(s[:i]), args[0], Bytes(s[i+len(sep):])}, nil
			}
			return Tuple{Bytes(""), Bytes(""), Bytes(s)}, nil
		})
	}
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		addBytesMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs("bytes."+name, args, kwnames, 1); err != nil {
				return nil, err
			}
			affix, err := th.bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			if name == "removeprefix" {
				return Bytes(strings.TrimPrefix(s, affix)), nil
			}
			return Bytes(strings.TrimSuffix(s, affix)), nil
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		addBytesMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.positionalArgs("bytes", name, args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			width, err := th.sizeArg(args[0])
			if err != nil {
				return nil, err
			}
			fill := " "
			if len(args) == 2 {
				f, ok := args[1].(Bytes)
				if !ok || len(f) != 1 {
					return nil, th.TypeError("%s() argument 2 must be a byte string of length 1, not %s", name, argTypeName(args[1]))
				}
				fill = string(f)
			}
			if len(s) >= width {
				return Bytes(s), nil
			}
			if err := th.checkAlloc(int64(width)); err != nil {
				return nil, err
			}
			left, right := padding(name, width-len(s), width)
			return Bytes(pad(s, fill, left, right)), nil
		})
	}
	addBytesMethod("zfill", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("bytes.zfill", args, kwnames, 1); err != nil {
			return nil, err
		}
		width, err := th.sizeArg(args[0])
		if err != nil {
			return nil, err
		}
		if len(s) >= width {
			return Bytes(s), nil
		}
		if err := th.checkAlloc(int64(width)); err != nil {
			return nil, err
		}
		return Bytes(zfill(s, width-len(s))), nil
	})
	addBytesMethod("expandtabs", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		var tabsize Value = Int(8)
		if err := th.UnpackArgs("expandtabs", args, kwnames, "tabsize?", &tabsize); err != nil {
			return nil, err
		}
		ts, err := th.cIntArg(tabsize)
		if err != nil {
			return nil, err
		}
		r, err := th.expandTabs(s, ts, true)
		if err != nil {
			return nil, err
		}
		return Bytes(r), nil
	})
	addBytesMethod("split", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.bytesSplitMethod("split", s, args, kwnames, false)
	})
	addBytesMethod("rsplit", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.bytesSplitMethod("rsplit", s, args, kwnames, true)
	})
	addBytesMethod("splitlines", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		keep, err := th.keependsArg(args, kwnames)
		if err != nil {
			return nil, err
		}
		return NewList(boxBytes(splitLines(s, keep, true))), nil
	})
	addBytesMethod("decode", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		var encoding, errors Value
		if err := th.UnpackArgs("decode", args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		return th.decodeBytes(Bytes(s), encoding, errors)
	})
}

// bytesFind returns the index of the first (or last) occurrence of sub in
// s[start:end], or -1.
func bytesFind(s, sub string, start, end int, reverse bool) int {
	start, end = adjustIndices(start, end, len(s))
	if end-start < len(sub) {
		return -1
	}
	var i int
	if reverse {
		i = strings.LastIndex(s[start:end], sub)
	} else {
		i = strings.Index(s[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

func bytesCount(s, sub string, start, end int) int {
	start, end = adjustIndices(start, end, len(s))
	if end-start < len(sub) {
		return 0
	}
	if sub == "" {
		return end - start + 1
	}
	return strings.Count(s[start:end], sub)
}

// bytesTailMatch is tailmatch for bytes.
func bytesTailMatch(s, sub string, start, end int, suffix bool) bool {
	start, end = adjustIndices(start, end, len(s))
	end -= len(sub)
	if end < start {
		return false
	}
	if suffix {
		return s[end:end+len(sub)] == sub
	}
	return s[start:start+len(sub)] == sub
}

// bytesJoin is sep.join(iterable) for bytes.
func (th *Thread) bytesJoin(sep string, iterable Value) (Value, error) {
	var items []Value
	switch x := iterable.(type) {
	case *List:
		items = x.Elems
	case Tuple:
		items = x
	default:
		it, err := th.Iter(iterable)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(TypeErrorClass) {
				return nil, th.TypeError("can only join an iterable")
			}
			return nil, err
		}
		for {
			v, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if v == nil {
				break
			}
			items = append(items, v)
		}
	}
	size := int64(0)
	for i, v := range items {
		b, ok := v.(Bytes)
		if !ok {
			return nil, th.TypeError("sequence item %d: expected a bytes-like object, %s found", i, v.Type().Name)
		}
		size += int64(len(b))
		if i > 0 {
			size += int64(len(sep))
		}
	}
	if err := th.checkAlloc(size); err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return Bytes(""), nil
	}
	return Bytes(joinInto(make([]byte, size), items, sep, func(v Value) string { return string(v.(Bytes)) })), nil
}

func (th *Thread) bytesReplace(s, old, repl string, count int) (Value, error) {
	if count == 0 || old == repl {
		return Bytes(s), nil
	}
	if old == "" {
		// Insert repl before each byte (strings.Replace would insert it
		// between UTF-8 sequences).
		n := len(s) + 1
		if count >= 0 && count < n {
			n = count
		}
		if err := th.checkAlloc(int64(len(s)) + int64(n)*int64(len(repl))); err != nil {
			return nil, err
		}
		b := make([]byte, 0, len(s)+n*len(repl))
		for i := 0; i < n; i++ {
			b = append(b, repl...)
			if i < len(s) {
				b = append(b, s[i])
			}
		}
		if n <= len(s) {
			b = append(b, s[n:]...)
		}
		return Bytes(byteString(b)), nil
	}
	if err := th.checkReplaceAlloc(s, old, len(repl), count); err != nil {
		return nil, err
	}
	return Bytes(strings.Replace(s, old, repl, count)), nil
}

// stripBytes removes the bytes of chars from the ends of s.
func stripBytes(s, chars string, left, right bool) string {
	var set [256]bool
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	i, j := 0, len(s)
	if left {
		for i < j && set[s[i]] {
			i++
		}
	}
	if right {
		for j > i && set[s[j-1]] {
			j--
		}
	}
	return s[i:j]
}

func (th *Thread) bytesSplitMethod(name, s string, args []Value, kwnames []string, reverse bool) (Value, error) {
	sepv, maxsplit, err := th.splitArgs(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	if sepv == nil {
		if reverse {
			return NewList(boxBytes(rsplitSpace(s, maxsplit, true))), nil
		}
		return NewList(boxBytes(splitSpace(s, maxsplit, true))), nil
	}
	sep, err := th.bytesArg(sepv)
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, th.ValueError("empty separator")
	}
	if reverse {
		return NewList(boxBytes(rsplitSep(s, sep, maxsplit))), nil
	}
	return NewList(boxBytes(splitSep(s, sep, maxsplit))), nil
}
