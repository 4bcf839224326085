package python

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is the decoded value of a Constant or MatchSingleton: one of
// NoneType (None), Bool, EllipsisType (...), Int, Float, Imag, Str and
// Bytes. Every Value is comparable, so it can key a map of constants.
//
// JSON form (used by astjson, hence by the golden files and the
// differential test against CPython): None is null, a Bool is true or false,
// a Str is a JSON string; the others are one-key objects: {"int": "digits"},
// {"float": repr}, {"imag": repr of the imaginary part}, {"bytes": the bytes
// as a string of U+0000–U+00FF}, {"ellipsis": "..."}. Strings escape '"',
// '\\', \n, \r, \t, U+0000–U+001F and U+007F–U+009F as \u00XX, and lone
// surrogates as \uDXXX; every other character is written as is.
type Value interface {
	isValue()
}

// NoneType is the type of None; None is its only value.
type NoneType uint8

// None is Python's None.
const None NoneType = 0

// EllipsisType is the type of Ellipsis; Ellipsis is its only value.
type EllipsisType uint8

// Ellipsis is Python's "..." literal.
const Ellipsis EllipsisType = 0

// Bool is True or False.
type Bool bool

// Int is an integer literal's value in decimal digits, without sign,
// underscores or leading zeros ("0x1F" is "31"). Literals are never
// negative: -1 is UnaryOp(USub, Int "1").
type Int string

// Float is a float literal's value (an overflow gives +Inf, as in CPython).
type Float float64

// Imag is an imaginary literal ("2j"): the value of its imaginary part.
type Imag float64

// Str is a str literal's value as UTF-8. A lone surrogate (from an escape
// such as "\ud800") is encoded as WTF-8: the three bytes that UTF-8 would
// use for it, which Go's utf8 package reports as invalid.
type Str string

// Bytes is a bytes literal's value, one Go byte per Python byte.
type Bytes string

func (NoneType) isValue()     {}
func (EllipsisType) isValue() {}
func (Bool) isValue()         {}
func (Int) isValue()          {}
func (Float) isValue()        {}
func (Imag) isValue()         {}
func (Str) isValue()          {}
func (Bytes) isValue()        {}

// Big returns the value of i.
func (i Int) Big() *big.Int {
	n, ok := new(big.Int).SetString(string(i), 10)
	if !ok {
		return new(big.Int)
	}
	return n
}

// Int64 returns the value of i and whether it fits in an int64.
func (i Int) Int64() (int64, bool) {
	n, err := strconv.ParseInt(string(i), 10, 64)
	return n, err == nil
}

// String returns "None".
func (NoneType) String() string { return "None" }

// String returns "Ellipsis".
func (EllipsisType) String() string { return "Ellipsis" }

// String returns "True" or "False".
func (b Bool) String() string {
	if b {
		return "True"
	}
	return "False"
}

// String returns CPython's repr of f ("1.5", "1e+16", "inf").
func (f Float) String() string { return FloatRepr(float64(f)) }

// String returns CPython's repr of the imaginary number ("2j", "1.5j").
func (f Imag) String() string {
	r := FloatRepr(float64(f))
	return strings.TrimSuffix(r, ".0") + "j"
}

// MarshalJSON writes null.
func (NoneType) MarshalJSON() ([]byte, error) { return []byte("null"), nil }

// MarshalJSON writes {"ellipsis":"..."}.
func (EllipsisType) MarshalJSON() ([]byte, error) { return []byte(`{"ellipsis":"..."}`), nil }

// MarshalJSON writes {"int":"digits"}.
func (i Int) MarshalJSON() ([]byte, error) { return []byte(`{"int":"` + string(i) + `"}`), nil }

// MarshalJSON writes {"float":"repr"}.
func (f Float) MarshalJSON() ([]byte, error) {
	return []byte(`{"float":"` + FloatRepr(float64(f)) + `"}`), nil
}

// MarshalJSON writes {"imag":"repr of the imaginary part"}.
func (f Imag) MarshalJSON() ([]byte, error) {
	return []byte(`{"imag":"` + FloatRepr(float64(f)) + `"}`), nil
}

// MarshalJSON writes the string with the escapes described at Value.
func (s Str) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, n := decodeWTF8(string(s[i:]))
		writeJSONRune(&b, r)
		i += n
	}
	b.WriteByte('"')
	return []byte(b.String()), nil
}

// MarshalJSON writes {"bytes":"…"}, each byte as the character of the same
// number.
func (s Bytes) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteString(`{"bytes":"`)
	for i := 0; i < len(s); i++ {
		writeJSONRune(&b, rune(s[i]))
	}
	b.WriteString(`"}`)
	return []byte(b.String()), nil
}

func writeJSONRune(b *strings.Builder, r rune) {
	switch {
	case r == '"':
		b.WriteString(`\"`)
	case r == '\\':
		b.WriteString(`\\`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\t':
		b.WriteString(`\t`)
	case r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0xd800 && r <= 0xdfff):
		const hex = "0123456789abcdef"
		b.WriteString(`\u`)
		b.WriteByte(hex[r>>12&15])
		b.WriteByte(hex[r>>8&15])
		b.WriteByte(hex[r>>4&15])
		b.WriteByte(hex[r&15])
	default:
		b.WriteRune(r)
	}
}

// decodeWTF8 decodes one code point of s, a surrogate encoded in three
// bytes included.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(0xd000) | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	r, n := utf8.DecodeRuneInString(s)
	return r, n
}

// appendWTF8 appends r to b, encoding a surrogate as three bytes.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(b, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// FloatRepr formats f as CPython's repr does: the shortest digits that read
// back as f, in positional notation when the decimal exponent is in
// [-4, 16), in exponent notation otherwise ("1e+16", "1e-05"), with ".0"
// added to integral values in positional notation.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // "-1.2345e+02"
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	decpt := x + 1 // digits d1d2… mean 0.d1d2… × 10^decpt
	if decpt <= -4 || decpt > 16 {
		out := digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		es := "+"
		if x < 0 {
			es, x = "-", -x
		}
		xs := strconv.Itoa(x)
		if len(xs) < 2 {
			xs = "0" + xs
		}
		return sign + out + "e" + es + xs
	}
	switch {
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	}
	return sign + digits[:decpt] + "." + digits[decpt:]
}
