package json

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// encoder is the state of one encoding: the options of a JSONEncoder and
// the objects being encoded (for circular reference detection). It follows
// json.encoder._make_iterencode, chunk for chunk, so that json.dump writes
// what CPython writes; with oneShot set (json.dumps without indent) its
// error messages are those of CPython's C encoder.
type encoder struct {
	th            *vm.Thread
	skipKeys      bool
	ensureASCII   bool
	checkCircular bool
	allowNaN      bool
	sortKeys      bool
	indent        *string // nil: no newlines
	itemSep       string
	keySep        string
	defaultFn     vm.Value // nil: raise "Object of type X is not JSON serializable"
	oneShot       bool

	markers []vm.Value
	depth   int
	// emit receives each chunk; nil appends to out.
	emit func(string) error
	out  strings.Builder
}

// maxDepth bounds the nesting of containers, as CPython's recursion limit
// does.
const maxDepth = 990

func (e *encoder) chunk(s string) error {
	if e.emit == nil {
		e.out.WriteString(s)
		return nil
	}
	return e.emit(s)
}

func (e *encoder) enter(v vm.Value) error {
	e.depth++
	if e.depth > maxDepth {
		return e.th.Raise(vm.RecursionErrorClass, "maximum recursion depth exceeded while encoding a JSON object")
	}
	if !e.checkCircular {
		return nil
	}
	for _, m := range e.markers {
		if vm.Is(m, v) {
			return e.th.ValueError("Circular reference detected")
		}
	}
	e.markers = append(e.markers, v)
	return nil
}

func (e *encoder) leave() {
	e.depth--
	if e.checkCircular {
		e.markers = e.markers[:len(e.markers)-1]
	}
}

// scalar returns the JSON text of a str, None, bool, int or float, and
// false for any other value.
func (e *encoder) scalar(v vm.Value) (string, bool, error) {
	switch x := v.(type) {
	case vm.Str:
		return encodeString(string(x), e.ensureASCII), true, nil
	case vm.Markup: // a str subclass
		return encodeString(string(x), e.ensureASCII), true, nil
	case vm.NoneType:
		return "null", true, nil
	case vm.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case vm.Int:
		return strconv.FormatInt(int64(x), 10), true, nil
	case vm.BigInt:
		s, err := e.th.Repr(x)
		return s, true, err
	case vm.Float:
		s, err := e.floatStr(float64(x))
		return s, true, err
	}
	return "", false, nil
}

func (e *encoder) floatStr(f float64) (string, error) {
	var text string
	switch {
	case math.IsNaN(f):
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return pyfmt.FloatRepr(f), nil
	}
	if !e.allowNaN {
		if e.oneShot {
			return "", e.th.ValueError("Out of range float values are not JSON compliant")
		}
		return "", e.th.ValueError("Out of range float values are not JSON compliant: %s", pyfmt.FloatRepr(f))
	}
	return text, nil
}

// encode is _iterencode(o, level).
func (e *encoder) encode(v vm.Value, level int) error {
	if s, ok, err := e.scalar(v); ok || err != nil {
		if err != nil {
			return err
		}
		return e.chunk(s)
	}
	switch x := v.(type) {
	case *vm.List:
		return e.encodeList(x, x.Elems, level)
	case vm.Tuple:
		return e.encodeList(x, x, level)
	case *vm.Dict:
		return e.encodeDict(x, level)
	}
	if err := e.enter(v); err != nil {
		return err
	}
	o, err := e.callDefault(v)
	if err != nil {
		return err
	}
	if err := e.encode(o, level); err != nil {
		return err
	}
	e.leave()
	return nil
}

func (e *encoder) callDefault(v vm.Value) (vm.Value, error) {
	if e.defaultFn == nil {
		return nil, notSerializable(e.th, v)
	}
	return e.th.CallValue(e.defaultFn, []vm.Value{v}, nil)
}

func notSerializable(th *vm.Thread, v vm.Value) error {
	return th.TypeError("Object of type %s is not JSON serializable", v.Type().Name)
}

func (e *encoder) newline(level int) string {
	return "\n" + strings.Repeat(*e.indent, level)
}

func (e *encoder) encodeList(self vm.Value, elems []vm.Value, level int) error {
	if len(elems) == 0 {
		return e.chunk("[]")
	}
	if err := e.enter(self); err != nil {
		return err
	}
	buf := "["
	separator := e.itemSep
	if e.indent != nil {
		level++
		nl := e.newline(level)
		separator = e.itemSep + nl
		buf += nl
	}
	for i := 0; i < len(elems); i++ {
		if i > 0 {
			buf = separator
		}
		s, ok, err := e.scalar(elems[i])
		if err != nil {
			return err
		}
		if ok {
			if err := e.chunk(buf + s); err != nil {
				return err
			}
			continue
		}
		if err := e.chunk(buf); err != nil {
			return err
		}
		if err := e.encode(elems[i], level); err != nil {
			return err
		}
	}
	if e.indent != nil {
		if err := e.chunk(e.newline(level - 1)); err != nil {
			return err
		}
	}
	if err := e.chunk("]"); err != nil {
		return err
	}
	e.leave()
	return nil
}

func (e *encoder) encodeDict(d *vm.Dict, level int) error {
	if d.Len() == 0 {
		return e.chunk("{}")
	}
	if err := e.enter(d); err != nil {
		return err
	}
	keys := make([]vm.Value, 0, d.Len())
	vals := make([]vm.Value, 0, d.Len())
	d.Items(func(k, v vm.Value) bool {
		keys = append(keys, k)
		vals = append(vals, v)
		return true
	})
	if e.sortKeys {
		if err := sortPairs(e.th, keys, vals); err != nil {
			return err
		}
	}
	if err := e.chunk("{"); err != nil {
		return err
	}
	itemSep := e.itemSep
	if e.indent != nil {
		level++
		nl := e.newline(level)
		itemSep = e.itemSep + nl
		if err := e.chunk(nl); err != nil {
			return err
		}
	}
	first := true
	for i, key := range keys {
		var k string
		switch x := key.(type) {
		case vm.Str:
			k = string(x)
		case vm.Markup:
			k = string(x)
		case vm.Float:
			s, err := e.floatStr(float64(x))
			if err != nil {
				return err
			}
			k = s
		case vm.Bool:
			k = "false"
			if x {
				k = "true"
			}
		case vm.NoneType:
			k = "null"
		case vm.Int, vm.BigInt:
			s, err := e.th.Repr(x)
			if err != nil {
				return err
			}
			k = s
		default:
			if e.skipKeys {
				continue
			}
			return e.th.TypeError("keys must be str, int, float, bool or None, not %s", key.Type().Name)
		}
		if !first {
			if err := e.chunk(itemSep); err != nil {
				return err
			}
		}
		first = false
		if err := e.chunk(encodeString(k, e.ensureASCII)); err != nil {
			return err
		}
		if err := e.chunk(e.keySep); err != nil {
			return err
		}
		if err := e.encode(vals[i], level); err != nil {
			return err
		}
	}
	if e.indent != nil {
		if err := e.chunk(e.newline(level - 1)); err != nil {
			return err
		}
	}
	if err := e.chunk("}"); err != nil {
		return err
	}
	e.leave()
	return nil
}

const hexDigits = "0123456789abcdef"

// encodeString is encode_basestring(_ascii): s quoted, with '"', '\' and
// control characters escaped, and with ascii every character outside
// printable ASCII as \uXXXX (a surrogate pair above U+FFFF). A lone
// surrogate, stored as WTF-8, is escaped as itself.
func encodeString(s string, ascii bool) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || (ascii && c > 0x7e) {
			clean = false
			break
		}
	}
	if clean {
		return `"` + s + `"`
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteByte('"')
	u := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hexDigits[r>>12&0xf])
		b.WriteByte(hexDigits[r>>8&0xf])
		b.WriteByte(hexDigits[r>>4&0xf])
		b.WriteByte(hexDigits[r&0xf])
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			default:
				if c < 0x20 || (ascii && c == 0x7f) {
					u(rune(c))
				} else {
					b.WriteByte(c)
				}
			}
			i++
			continue
		}
		r, n := decodeWTF8(s[i:])
		if !ascii {
			b.WriteString(s[i : i+n])
		} else if r >= 0x10000 {
			r -= 0x10000
			u(0xd800 | (r>>10)&0x3ff)
			u(0xdc00 | r&0x3ff)
		} else {
			u(r)
		}
		i += n
	}
	b.WriteByte('"')
	return b.String()
}

// decodeWTF8 decodes the code point at the start of s, including a lone
// surrogate encoded in three bytes.
func decodeWTF8(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xed && s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return r, n
}

// appendWTF8 appends r to b, a surrogate as three bytes.
func appendWTF8(b *strings.Builder, r rune) {
	if r >= 0xd800 && r <= 0xdfff {
		b.WriteByte(byte(0xe0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3f))
		b.WriteByte(byte(0x80 | r&0x3f))
		return
	}
	b.WriteRune(r)
}

// sortPairs sorts keys (and vals alongside) as sorted(d.items()) does for
// distinct keys, comparing in the order of CPython's list.sort for short
// lists (a run count, then binary insertion) so that a TypeError names
// the same operands.
func sortPairs(th *vm.Thread, keys, vals []vm.Value) error {
	n := len(keys)
	if n < 2 {
		return nil
	}
	less := func(a, b vm.Value) (bool, error) { return th.Less(a, b) }
	swap := func(i, j int) {
		keys[i], keys[j] = keys[j], keys[i]
		vals[i], vals[j] = vals[j], vals[i]
	}
	// count_run: the longest ascending or strictly descending prefix.
	run := 2
	desc, err := less(keys[1], keys[0])
	if err != nil {
		return err
	}
	for ; run < n; run++ {
		lt, err := less(keys[run], keys[run-1])
		if err != nil {
			return err
		}
		if lt != desc {
			break
		}
	}
	if desc {
		for i, j := 0, run-1; i < j; i, j = i+1, j-1 {
			swap(i, j)
		}
	}
	if n > 64 {
		return sortLong(th, keys, vals)
	}
	// binarysort of the rest.
	for start := run; start < n; start++ {
		pk, pv := keys[start], vals[start]
		lo, hi := 0, start
		for lo < hi {
			mid := lo + (hi-lo)/2
			lt, err := less(pk, keys[mid])
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(keys[lo+1:start+1], keys[lo:start])
		copy(vals[lo+1:start+1], vals[lo:start])
		keys[lo], vals[lo] = pk, pv
	}
	return nil
}

// sortLong sorts a long key list stably; the first comparison error wins.
func sortLong(th *vm.Thread, keys, vals []vm.Value) error {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	var cmpErr error
	sort.SliceStable(idx, func(i, j int) bool {
		if cmpErr != nil {
			return false
		}
		lt, err := th.Less(keys[idx[i]], keys[idx[j]])
		if err != nil {
			cmpErr = err
		}
		return lt
	})
	if cmpErr != nil {
		return cmpErr
	}
	k := make([]vm.Value, len(keys))
	v := make([]vm.Value, len(vals))
	for i, j := range idx {
		k[i], v[i] = keys[j], vals[j]
	}
	copy(keys, k)
	copy(vals, v)
	return nil
}
