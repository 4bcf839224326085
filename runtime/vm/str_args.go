package vm

import (
	"math"
	"unicode/utf8"
	"unsafe"
)

// Argument parsing shared by the methods of str and bytes, with the messages
// of the CPython parsers each method uses.

// positionalArgs checks the arity of a method whose parameters are all
// positional-only (Argument Clinic's _PyArg_CheckPositional), e.g.
// "center expected at least 1 argument, got 0". cls qualifies the name in
// the keyword error: "str.center() takes no keyword arguments".
func (th *Thread) positionalArgs(cls, name string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return th.TypeError("%s.%s() takes no keyword arguments", cls, name)
	}
	n := len(args)
	switch {
	case n < min:
		bound := "at least "
		if min == max {
			bound = ""
		}
		return th.TypeError("%s expected %s%d argument%s, got %d", name, bound, min, plural(min), n)
	case n > max:
		bound := "at most "
		if min == max {
			bound = ""
		}
		return th.TypeError("%s expected %s%d argument%s, got %d", name, bound, max, plural(max), n)
	}
	return nil
}

// tupleArgs checks the arity of a method that parses its arguments with
// PyArg_ParseTuple ("find() takes at least 1 argument (0 given)").
func (th *Thread) tupleArgs(cls, name string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return th.TypeError("%s.%s() takes no keyword arguments", cls, name)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	bound, count := "at least", min
	if n > max {
		bound, count = "at most", max
	}
	if min == max {
		bound = "exactly"
	}
	return th.TypeError("%s() takes %s %d argument%s (%d given)", name, bound, count, plural(count), n)
}

// sizeArg converts an integer argument to a Py_ssize_t as
// PyNumber_AsSsize_t(v, OverflowError) does.
func (th *Thread) sizeArg(v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		return int(b2i(bool(x))), nil
	case BigInt:
		return 0, th.Raise(OverflowErrorClass, "Python int too large to convert to C ssize_t")
	}
	n, err := th.Index(v)
	if err == errNotIndex {
		return 0, th.TypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return int(n), err
}

// cIntArg converts an integer argument to a C int (_PyLong_AsInt).
func (th *Thread) cIntArg(v Value) (int, error) {
	n, err := th.sizeArg(v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(OverflowErrorClass) {
			return 0, th.Raise(OverflowErrorClass, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return 0, th.Raise(OverflowErrorClass, "Python int too large to convert to C int")
	}
	return n, nil
}

// boundArg converts the optional start or end argument of find, count,
// startswith … (None or an index; huge values clamp).
func (th *Thread) boundArg(args []Value, i int, def int) (int, error) {
	if i >= len(args) || Is(args[i], None) {
		return def, nil
	}
	return th.sliceIndex(args[i])
}

// boundsArgs returns the start and end arguments at args[i] and args[i+1].
func (th *Thread) boundsArgs(args []Value, i int) (start, end int, err error) {
	start, err = th.boundArg(args, i, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err = th.boundArg(args, i+1, math.MaxInt)
	return start, end, err
}

// adjustIndices is CPython's ADJUST_INDICES: negative bounds count from the
// end of a sequence of length n; end is clamped to n, but start may stay
// past it.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// cpOffset returns the byte offset of the code point at index i of s (len(s)
// when i is the number of code points or more).
func cpOffset(s string, i int) int {
	for off := 0; off < len(s); off++ {
		if s[off]&0xC0 != 0x80 { // the first byte of a code point
			if i == 0 {
				return off
			}
			i--
		}
	}
	return len(s)
}

// cpOffsetOK is cpOffset, or -1 when s has fewer than i code points.
func cpOffsetOK(s string, i int) int {
	for off := 0; off < len(s); off++ {
		if s[off]&0xC0 != 0x80 {
			if i == 0 {
				return off
			}
			i--
		}
	}
	if i == 0 {
		return len(s)
	}
	return -1
}

// cpSpan returns the byte offsets of the code points start and end of s
// (0 <= start <= end <= the number of code points).
func cpSpan(s string, ascii bool, start, end int) (int, int) {
	if ascii {
		return start, end
	}
	bs := cpOffset(s, start)
	return bs, bs + cpOffset(s[bs:], end-start)
}

// strArg returns v as a str argument, or the TypeError "must be str, not
// int".
func (th *Thread) strArg(v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", th.TypeError("must be str, not %s", v.Type().Name)
	}
	return string(s), nil
}

// mkStr boxes a string, without allocating for one ASCII character.
func mkStr(s string) Value {
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		return asciiStrs[s[0]]
	}
	return Str(s)
}

// argTypeName names the type of a bad argument as Argument Clinic's
// _PyArg_BadArgument does: "None" for None.
func argTypeName(v Value) string {
	if Is(v, None) {
		return "None"
	}
	return v.Type().Name
}

// byteString returns the string of b without copying it; b must not be
// modified afterwards (it is a method's freshly built result).
func byteString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
