package json

import (
	"math"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// decoder parses a JSON document as CPython's C scanner (_json.c) does:
// the same accepted syntax, error messages and positions. Offsets are
// byte offsets into s; positions reported to Python count code points.
type decoder struct {
	th     *vm.Thread
	s      string
	strict bool
	// The hooks; nil means the default (dict, float(), int(), the
	// constants NaN, Infinity and -Infinity).
	objectHook, pairsHook, parseFloat, parseInt, parseConstant vm.Value

	depth, maxDepth int
}

// stopIteration is the scanner's "no value starts here": the caller turns
// it into "Expecting value" at that offset.
type stopIteration struct{ off int }

func (e *stopIteration) Error() string { return "json: expecting value" }

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

func (d *decoder) fail(msg string, off int) error {
	return newDecodeError(d.th, msg, d.s, charIndex(d.s, off))
}

// charIndex counts the code points of s[:off].
func charIndex(s string, off int) int {
	n := 0
	for i := 0; i < off; i++ {
		if s[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// byteOffset is the byte offset of code point i of s (len(s) past the end).
func byteOffset(s string, i int) int {
	n := 0
	for off := 0; off < len(s); off++ {
		if s[off]&0xc0 != 0x80 {
			if n == i {
				return off
			}
			n++
		}
	}
	return len(s)
}

// decode is JSONDecoder.decode: a document with optional surrounding
// whitespace.
func (d *decoder) decode() (vm.Value, error) {
	v, end, err := d.rawDecode(d.skipWS(0))
	if err != nil {
		return nil, err
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

// rawDecode is JSONDecoder.raw_decode from byte offset i.
func (d *decoder) rawDecode(i int) (vm.Value, int, error) {
	v, end, err := d.scan(i)
	if err != nil {
		if stop, ok := err.(*stopIteration); ok {
			return nil, 0, d.fail("Expecting value", stop.off)
		}
		return nil, 0, err
	}
	return v, end, nil
}

// scan is scan_once: the value at offset i and the offset after it.
func (d *decoder) scan(i int) (vm.Value, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, 0, &stopIteration{i}
	}
	switch s[i] {
	case '"':
		str, end, err := d.scanString(i + 1)
		return str, end, err
	case '{':
		return d.nested(i, d.scanObject, "object")
	case '[':
		return d.nested(i, d.scanArray, "array")
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return vm.None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return vm.True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return vm.False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", i)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", i)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", i)
		}
	}
	return d.scanNumber(i)
}

func (d *decoder) nested(i int, fn func(int) (vm.Value, int, error), kind string) (vm.Value, int, error) {
	d.depth++
	if d.depth > d.maxDepth {
		return nil, 0, d.th.Raise(vm.RecursionErrorClass, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", kind)
	}
	v, end, err := fn(i + 1)
	d.depth--
	return v, end, err
}

func (d *decoder) constant(name string, i int) (vm.Value, int, error) {
	end := i + len(name)
	if d.parseConstant != nil {
		v, err := d.th.CallValue(d.parseConstant, []vm.Value{vm.Str(name)}, nil)
		return v, end, err
	}
	switch name {
	case "NaN":
		return vm.Float(math.NaN()), end, nil
	case "Infinity":
		return vm.Float(math.Inf(1)), end, nil
	}
	return vm.Float(math.Inf(-1)), end, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber is _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?
// ([eE][-+]?[0-9]+)?, backtracking over an exponent without digits.
func (d *decoder) scanNumber(start int) (vm.Value, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return nil, 0, &stopIteration{start}
		}
	}
	switch {
	case s[i] >= '1' && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case s[i] == '0':
		i++
	default:
		return nil, 0, &stopIteration{start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		eStart := i
		i++
		if i+1 < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if isDigit(s[i-1]) {
			isFloat = true
		} else {
			i = eStart
		}
	}
	num := s[start:i]
	if isFloat {
		if d.parseFloat != nil {
			v, err := d.th.CallValue(d.parseFloat, []vm.Value{vm.Str(num)}, nil)
			return v, i, err
		}
		f, err := pyfmt.ParseFloat(num)
		if err != nil {
			return nil, 0, vm.FromPyfmt(err)
		}
		return vm.Float(f), i, nil
	}
	if d.parseInt != nil {
		v, err := d.th.CallValue(d.parseInt, []vm.Value{vm.Str(num)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(num, 10, 64); err == nil {
		return vm.MakeInt(n), i, nil
	}
	small, big, err := pyfmt.ParseInt(num, 10)
	if err != nil {
		return nil, 0, vm.FromPyfmt(err)
	}
	if big != nil {
		return vm.MakeBigInt(big), i, nil
	}
	return vm.MakeInt(small), i, nil
}

// scanString is scanstring_unicode: the string whose opening quote is
// just before offset begin+1... end is the offset after the quote.
func (d *decoder) scanString(end int) (vm.Value, int, error) {
	s := d.s
	begin := end - 1
	var b *strings.Builder
	for {
		next := end
		var c byte
		for ; next < len(s); next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && d.strict {
				return nil, 0, d.fail("Invalid control character at", next)
			}
		}
		if next >= len(s) {
			return nil, 0, d.fail("Unterminated string starting at", begin)
		}
		if c == '"' {
			if b == nil {
				return vm.Str(s[end:next]), next + 1, nil
			}
			b.WriteString(s[end:next])
			return vm.Str(b.String()), next + 1, nil
		}
		if b == nil {
			b = &strings.Builder{}
		}
		b.WriteString(s[end:next])
		next++ // the backslash
		if next >= len(s) {
			return nil, 0, d.fail("Unterminated string starting at", begin)
		}
		c = s[next]
		if c != 'u' {
			end = next + 1
			var r byte
			switch c {
			case '"', '\\', '/':
				r = c
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return nil, 0, d.fail("Invalid \\escape", end-2)
			}
			b.WriteByte(r)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			return nil, 0, d.fail("Invalid \\uXXXX escape", next-1)
		}
		r, ok := hex4(s[next:end])
		if !ok {
			return nil, 0, d.fail("Invalid \\uXXXX escape", end-5)
		}
		// A high surrogate followed by \uXXXX with a low one is a pair.
		if r >= 0xd800 && r <= 0xdbff && end+6 < len(s) && s[end] == '\\' && s[end+1] == 'u' {
			r2, ok := hex4(s[end+2 : end+6])
			if !ok {
				return nil, 0, d.fail("Invalid \\uXXXX escape", end+1)
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 | (r2 - 0xdc00)
				end += 6
			}
		}
		appendWTF8(b, r)
	}
}

func hex4(h string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := h[i]
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// scanObject is _parse_object_unicode; i is after the '{'.
func (d *decoder) scanObject(i int) (vm.Value, int, error) {
	s := d.s
	var dict *vm.Dict
	var pairs []vm.Value
	if d.pairsHook == nil {
		dict = vm.NewDict(0)
	}
	i = d.skipWS(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
			}
			key, next, err := d.scanString(i + 1)
			if err != nil {
				return nil, 0, err
			}
			i = d.skipWS(next)
			if i >= len(s) || s[i] != ':' {
				return nil, 0, d.fail("Expecting ':' delimiter", i)
			}
			i = d.skipWS(i + 1)
			val, next, err := d.scan(i)
			if err != nil {
				return nil, 0, err
			}
			if dict != nil {
				if err := dict.SetItem(d.th, key, val); err != nil {
					return nil, 0, err
				}
			} else {
				pairs = append(pairs, vm.Tuple{key, val})
			}
			i = d.skipWS(next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipWS(i + 1)
		}
	}
	end := i + 1
	if d.pairsHook != nil {
		v, err := d.th.CallValue(d.pairsHook, []vm.Value{vm.NewList(pairs)}, nil)
		return v, end, err
	}
	if d.objectHook != nil {
		v, err := d.th.CallValue(d.objectHook, []vm.Value{dict}, nil)
		return v, end, err
	}
	return dict, end, nil
}

// scanArray is _parse_array_unicode; i is after the '['.
func (d *decoder) scanArray(i int) (vm.Value, int, error) {
	s := d.s
	var elems []vm.Value
	i = d.skipWS(i)
	if i >= len(s) || s[i] != ']' {
		for {
			val, next, err := d.scan(i)
			if err != nil {
				return nil, 0, err
			}
			elems = append(elems, val)
			i = d.skipWS(next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipWS(i + 1)
		}
	}
	if elems == nil {
		elems = []vm.Value{}
	}
	return vm.NewList(elems), i + 1, nil
}
