package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseInt returns int(s, base) for a str s: the int64 when big is nil.
// It follows CPython: surrounding whitespace, a sign, one underscore
// between digits (and after a base prefix), prefixes 0x 0o 0b with base 0
// or the matching base, decimal digits of any script, and the limit of
// IntMaxStrDigits digits for bases that are not powers of two.
func ParseInt(s string, base int) (int64, *big.Int, error) {
	if (base != 0 && base < 2) || base > 36 {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, bigv, ok, err := parseIntASCII(toASCII(s), base)
	if err != nil {
		return 0, nil, err
	}
	if !ok {
		repr := StrRepr(s)
		if utf8.RuneCountInString(repr) > 200 {
			repr = truncateRunes(repr, 200)
		}
		return 0, nil, errorf(ValueError, "invalid literal for int() with base %d: %s", base, repr)
	}
	return small, bigv, nil
}

// toASCII is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: decimal
// digits of any script become ASCII digits, other whitespace a space, and
// the first other non-ASCII code point a '?' that ends the string.
func toASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < 127 {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s[:i])
	for _, r := range s[i:] {
		switch {
		case r < 127:
			b = append(b, byte(r))
		case isSpace(r):
			b = append(b, ' ')
		case decimalValue(r) >= 0:
			b = append(b, byte('0'+decimalValue(r)))
		default:
			return string(append(b, '?'))
		}
	}
	return string(b)
}

// isASCIISpace is CPython's Py_ISSPACE.
func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// digitValue is CPython's _PyLong_DigitValue: 0-35, or 37.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// parseIntASCII is CPython's PyLong_FromString; ok is false for an invalid
// literal, err is the digit-limit error.
func parseIntASCII(s string, base int) (small int64, bigv *big.Int, ok bool, err error) {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	neg := false
	if at(i) == '+' || at(i) == '-' {
		neg = at(i) == '-'
		i++
	}
	lower := func(c byte) byte { return c | 0x20 }
	nonzeroIsError := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case lower(at(i+1)) == 'x':
			base = 16
		case lower(at(i+1)) == 'o':
			base = 8
		case lower(at(i+1)) == 'b':
			base = 2
		default:
			nonzeroIsError = true
			base = 10
		}
	}
	if at(i) == '0' && ((base == 16 && lower(at(i+1)) == 'x') || (base == 8 && lower(at(i+1)) == 'o') || (base == 2 && lower(at(i+1)) == 'b')) {
		i += 2
		if at(i) == '_' {
			i++
		}
	}
	if at(i) == '_' {
		return 0, nil, false, nil
	}
	start := i
	digits := make([]byte, 0, len(s)-i)
	var prev byte
	for i < len(s) && (digitValue(s[i]) < base || s[i] == '_') {
		if s[i] == '_' {
			if prev == '_' {
				return 0, nil, false, nil
			}
		} else {
			digits = append(digits, s[i])
		}
		prev = s[i]
		i++
	}
	if prev == '_' {
		return 0, nil, false, nil
	}
	if base&(base-1) != 0 && len(digits) > IntMaxStrDigits {
		return 0, nil, false, errStrToIntLimit(len(digits))
	}
	if i == start {
		return 0, nil, false, nil
	}
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	if i != len(s) {
		return 0, nil, false, nil
	}
	if neg {
		digits = append([]byte{'-'}, digits...)
	}
	if v, err := strconv.ParseInt(string(digits), base, 64); err == nil {
		return v, nil, !nonzeroIsError || v == 0, nil
	}
	z, _ := new(big.Int).SetString(string(digits), base)
	return 0, z, !nonzeroIsError, nil
}

// ParseFloat returns float(s) for a str s: surrounding whitespace, a sign,
// decimal digits of any script, single underscores between digits, an
// exponent, and inf, infinity and nan in any case. Out-of-range values give
// ±inf or ±0.0, as CPython.
func ParseFloat(s string) (float64, error) {
	f, ok := parseFloatASCII(toASCII(s))
	if !ok {
		return 0, errorf(ValueError, "could not convert string to float: %s", StrRepr(s))
	}
	return f, nil
}

func parseFloatASCII(s string) (float64, bool) {
	if strings.IndexByte(s, '_') >= 0 {
		var ok bool
		if s, ok = removeUnderscores(s); !ok {
			return 0, false
		}
	}
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	if s == "" {
		return 0, false
	}
	if isDecimalFloat(s) {
		f, _ := strconv.ParseFloat(s, 64)
		return f, true
	}
	body, neg := s, false
	if body[0] == '+' || body[0] == '-' {
		body, neg = body[1:], body[0] == '-'
	}
	var f float64
	switch strings.ToLower(body) {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = pyNaN
	default:
		return 0, false
	}
	if neg {
		f = math.Copysign(f, -1)
	}
	return f, true
}

// removeUnderscores is CPython's _Py_string_to_number_with_underscores:
// each underscore must sit between two digits.
func removeUnderscores(s string) (string, bool) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", false
	}
	b := make([]byte, 0, len(s))
	var prev byte
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isDigit(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isDigit(c) {
				return "", false
			}
			b = append(b, c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(b), true
}

// isDecimalFloat reports whether s is [+-](digits[.[digits]]|.digits)[(e|E)[+-]digits].
func isDecimalFloat(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// pyNaN is the NaN that CPython's float('nan') returns (quiet, no payload).
var pyNaN = math.Float64frombits(0x7FF8000000000000)
