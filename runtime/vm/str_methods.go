package vm

import (
	"unsafe"

	"math"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// The methods of str. Indexes (find, start/end arguments, widths) count code
// points; ASCII strings, the common case, take byte-level paths. Case
// mappings and character classes are CPython 3.11's (Unicode 14.0), from
// package pyfmt's tables.

// strMethodFunc is a method of str with its receiver unboxed.
type strMethodFunc func(th *Thread, s string, args []Value, kwnames []string) (Value, error)

func addStrMethod(name string, fn strMethodFunc) {
	addMethod(StrClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return fn(th, string(self.(Str)), args, kwnames)
	})
}

// addStrNoArgs adds a method that takes no arguments (METH_NOARGS).
func addStrNoArgs(name string, fn func(s string) Value) {
	qual := "str." + name
	addMethod(StrClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs(qual, args, kwnames, 0); err != nil {
			return nil, err
		}
		return fn(string(self.(Str))), nil
	})
}

func init() {
	addStrMethod("find", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strFindMethod("find", s, args, kwnames, false, false)
	})
	addStrMethod("rfind", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strFindMethod("rfind", s, args, kwnames, true, false)
	})
	addStrMethod("index", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strFindMethod("index", s, args, kwnames, false, true)
	})
	addStrMethod("rindex", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strFindMethod("rindex", s, args, kwnames, true, true)
	})
	addStrMethod("count", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		sub, start, end, err := th.strFindArgs("count", args, kwnames)
		if err != nil {
			return nil, err
		}
		return MakeInt(int64(strCount(s, sub, start, end))), nil
	})
	addStrMethod("startswith", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strTailMatchMethod("startswith", s, args, kwnames, false)
	})
	addStrMethod("endswith", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strTailMatchMethod("endswith", s, args, kwnames, true)
	})
	addStrMethod("join", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("str.join", args, kwnames, 1); err != nil {
			return nil, err
		}
		return th.strJoin(s, args[0])
	})
	addStrMethod("replace", strReplace)
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		left, right := name != "rstrip", name != "lstrip"
		addStrMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			if err := th.positionalArgs("str", name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 || Is(args[0], None) {
				return mkStr(stripSpace(s, left, right)), nil
			}
			chars, ok := args[0].(Str)
			if !ok {
				return nil, th.TypeError("%s arg must be None or str", name)
			}
			switch {
			case left && right:
				s = strings.Trim(s, string(chars))
			case left:
				s = strings.TrimLeft(s, string(chars))
			default:
				s = strings.TrimRight(s, string(chars))
			}
			return mkStr(s), nil
		})
	}
	addStrMethod("partition", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strPartition("str.partition", s, args, kwnames, false)
	})
	addStrMethod("rpartition", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strPartition("str.rpartition", s, args, kwnames, true)
	})
	addStrMethod("removeprefix", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strRemoveAffix("removeprefix", s, args, kwnames, strings.TrimPrefix)
	})
	addStrMethod("removesuffix", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strRemoveAffix("removesuffix", s, args, kwnames, strings.TrimSuffix)
	})
}

// strFindArgs parses (sub[, start[, end]]) as stringlib_parse_args_finds:
// the bounds are converted before sub is checked.
func (th *Thread) strFindArgs(name string, args []Value, kwnames []string) (sub string, start, end int, err error) {
	if err = th.tupleArgs("str", name, args, kwnames, 1, 3); err != nil {
		return
	}
	if start, end, err = th.boundsArgs(args, 1); err != nil {
		return
	}
	sub, err = th.strArg(args[0])
	return
}

func (th *Thread) strFindMethod(name, s string, args []Value, kwnames []string, reverse, raise bool) (Value, error) {
	sub, start, end, err := th.strFindArgs(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	i := strFind(s, sub, start, end, reverse)
	if i < 0 && raise {
		return nil, th.ValueError("substring not found")
	}
	return MakeInt(int64(i)), nil
}

// strFind returns the code-point index of the first (or last) occurrence of
// sub in s[start:end], or -1.
func strFind(s, sub string, start, end int, reverse bool) int {
	index := strings.Index
	if reverse {
		index = strings.LastIndex
	}
	if start >= 0 && end == math.MaxInt {
		// find(sub[, start]): no need to count the code points of s.
		bs := 0
		if start > 0 {
			if bs = cpOffsetOK(s, start); bs < 0 {
				return -1
			}
		}
		i := index(s[bs:], sub)
		if i < 0 {
			return -1
		}
		return start + strLen(s[bs:bs+i])
	}
	ascii := isASCII(s)
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	start, end = adjustIndices(start, end, n)
	if end-start < strLen(sub) {
		return -1
	}
	bs, be := cpSpan(s, ascii, start, end)
	i := index(s[bs:be], sub)
	if i < 0 {
		return -1
	}
	if ascii {
		return start + i
	}
	return start + utf8.RuneCountInString(s[bs:bs+i])
}

// strCount is str.count.
func strCount(s, sub string, start, end int) int {
	ascii := isASCII(s)
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	start, end = adjustIndices(start, end, n)
	if end-start < strLen(sub) {
		return 0
	}
	if sub == "" {
		return end - start + 1
	}
	bs, be := cpSpan(s, ascii, start, end)
	return strings.Count(s[bs:be], sub)
}

func (th *Thread) strTailMatchMethod(name, s string, args []Value, kwnames []string, suffix bool) (Value, error) {
	if err := th.tupleArgs("str", name, args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	start, end, err := th.boundsArgs(args, 1)
	if err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case Str:
		return MakeBool(strTailMatch(s, string(x), start, end, suffix)), nil
	case Tuple:
		for _, item := range x {
			sub, ok := item.(Str)
			if !ok {
				return nil, th.TypeError("tuple for %s must only contain str, not %s", name, item.Type().Name)
			}
			if strTailMatch(s, string(sub), start, end, suffix) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, th.TypeError("%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
}

// strTailMatch is CPython's tailmatch: whether s[start:end] starts (or
// ends) with sub.
func strTailMatch(s, sub string, start, end int, suffix bool) bool {
	if start == 0 && end == math.MaxInt {
		if suffix {
			return strings.HasSuffix(s, sub)
		}
		return strings.HasPrefix(s, sub)
	}
	ascii := isASCII(s)
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	start, end = adjustIndices(start, end, n)
	subLen := strLen(sub)
	end -= subLen
	if end < start {
		return false
	}
	if subLen == 0 {
		return true
	}
	at := start
	if suffix {
		at = end
	}
	bs, be := cpSpan(s, ascii, at, at+subLen)
	return s[bs:be] == sub
}

// strJoin is sep.join(iterable).
func (th *Thread) strJoin(sep string, iterable Value) (Value, error) {
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
	if len(items) == 0 {
		return Str(""), nil
	}
	size := int64(len(sep)) * int64(len(items)-1)
	for i, v := range items {
		s, ok := v.(Str)
		if !ok {
			return nil, th.TypeError("sequence item %d: expected str instance, %s found", i, v.Type().Name)
		}
		size += int64(len(s))
	}
	if len(items) == 1 {
		return items[0], nil
	}
	if err := th.checkAlloc(size); err != nil {
		return nil, err
	}
	return Str(joinInto(make([]byte, size), items, sep, func(v Value) string { return string(v.(Str)) })), nil
}

// joinInto writes the items (as str turns them into strings) separated by
// sep into b, whose length is the exact result size, and returns the
// string.
func joinInto(b []byte, items []Value, sep string, str func(Value) string) string {
	n := copy(b, str(items[0]))
	for _, v := range items[1:] {
		n += copy(b[n:], sep)
		n += copy(b[n:], str(v))
	}
	return byteString(b)
}

// strReplace is str.replace(old, new, count=-1, /).
func strReplace(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
	if err := th.positionalArgs("str", "replace", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	old, ok := args[0].(Str)
	if !ok {
		return nil, th.TypeError("replace() argument 1 must be str, not %s", argTypeName(args[0]))
	}
	repl, ok := args[1].(Str)
	if !ok {
		return nil, th.TypeError("replace() argument 2 must be str, not %s", argTypeName(args[1]))
	}
	count := -1
	if len(args) == 3 {
		n, err := th.sizeArg(args[2])
		if err != nil {
			return nil, err
		}
		count = n
	}
	if count == 0 || old == repl {
		return Str(s), nil
	}
	if err := th.checkReplaceAlloc(s, string(old), len(repl), count); err != nil {
		return nil, err
	}
	return Str(strings.Replace(s, string(old), string(repl), count)), nil
}

// checkReplaceAlloc fails with MemoryError when replacing old by count (all
// when negative) strings of replLen bytes in s would build a value over the
// thread's limit. It counts the occurrences only when the worst case is
// over the limit.
func (th *Thread) checkReplaceAlloc(s, old string, replLen, count int) error {
	grow := int64(replLen - len(old))
	if grow <= 0 {
		return nil
	}
	n := int64(len(s) + 1) // the most occurrences (of an empty old)
	if old != "" {
		n = int64(len(s) / len(old))
	}
	if count >= 0 && int64(count) < n {
		n = int64(count)
	}
	if th.checkAlloc(int64(len(s))+n*grow) == nil {
		return nil
	}
	if old != "" {
		n = int64(strings.Count(s, old))
		if count >= 0 && int64(count) < n {
			n = int64(count)
		}
	}
	return th.checkAlloc(int64(len(s)) + n*grow)
}

// stripSpace removes leading and/or trailing whitespace (str.isspace).
func stripSpace(s string, left, right bool) string {
	if left {
		i := 0
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !isSpaceByte(c) {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !pyfmt.IsSpace(r) {
				break
			}
			i += n
		}
		s = s[i:]
	}
	if right {
		j := len(s)
		for j > 0 {
			c := s[j-1]
			if c < utf8.RuneSelf {
				if !isSpaceByte(c) {
					break
				}
				j--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !pyfmt.IsSpace(r) {
				break
			}
			j -= n
		}
		s = s[:j]
	}
	return s
}

// isSpaceByte is str.isspace for an ASCII character (including the
// separators \x1c-\x1f).
func isSpaceByte(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
}

func (th *Thread) strPartition(qual, s string, args []Value, kwnames []string, reverse bool) (Value, error) {
	if err := th.ExactArgs(qual, args, kwnames, 1); err != nil {
		return nil, err
	}
	sep, err := th.strArg(args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, th.ValueError("empty separator")
	}
	var i int
	if reverse {
		i = strings.LastIndex(s, sep)
	} else {
		i = strings.Index(s, sep)
	}
	if i < 0 {
		if reverse {
			return Tuple{Str(""), Str(""), Str(s)}, nil
		}
		return Tuple{Str(s), Str(""), Str("")}, nil
	}
	return Tuple{mkStr(s[:i]), args[0], mkStr(s[i+len(sep):])}, nil
}

func (th *Thread) strRemoveAffix(name, s string, args []Value, kwnames []string, trim func(string, string) string) (Value, error) {
	if err := th.ExactArgs("str."+name, args, kwnames, 1); err != nil {
		return nil, err
	}
	affix, ok := args[0].(Str)
	if !ok {
		return nil, th.TypeError("%s() argument must be str, not %s", name, argTypeName(args[0]))
	}
	return Str(trim(s, string(affix))), nil
}

// minGrowStr is the length from which s += t may grow s in place.
const minGrowStr = 32

// growStr is s += t for strings. CPython appends in place to a str that
// nothing else references, which makes building a string with += linear.
// Here the string built last keeps spare capacity in th.strBuf: when s is
// exactly that buffer's content, t is appended after it (the bytes of s, and
// of every earlier string over the same buffer, never change), so repeated
// += costs amortised O(len(t)).
func (th *Thread) growStr(s, t Str) (Value, error) {
	b := th.strBuf
	if len(b) == len(s) && len(b) > 0 && unsafe.StringData(string(s)) == unsafe.SliceData(b) && cap(b)-len(b) >= len(t) {
		b = append(b, t...)
		th.strBuf = b
		return Str(unsafe.String(unsafe.SliceData(b), len(b))), nil
	}
	n := len(s) + len(t)
	if err := th.checkAlloc(int64(2 * n)); err != nil {
		if err := th.checkAlloc(int64(n)); err != nil {
			return nil, err
		}
		return s + t, nil
	}
	b = make([]byte, n, 2*n)
	copy(b, s)
	copy(b[len(s):], t)
	th.strBuf = b
	return Str(unsafe.String(unsafe.SliceData(b), n)), nil
}
