package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatHex returns float.hex(f): "[-]0xh.hhhhhhhhhhhhhp±e" with 13 hex
// digits after the point, "inf", "-inf" or "nan".
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		return FloatRepr(f)
	case f == 0:
		if math.Signbit(f) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(f))
	const dblMinExp = -1021 // C's DBL_MIN_EXP
	shift := 1 - max(dblMinExp-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	d := int(m)
	b.WriteByte(hexDigits[d])
	m -= float64(d)
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		b.WriteByte(hexDigits[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// FloatFromHex returns float.fromhex(s): optional whitespace and sign, then
// inf, infinity or nan, or [0x]hex digits with an optional point and an
// optional p exponent; rounded half to even. Errors are ValueError for a
// malformed string and OverflowError for a value too large.
func FloatFromHex(s string) (float64, error) {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	body := s[i:j]
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	var f float64
	switch lower := strings.ToLower(body); lower {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = pyNaN
	default:
		var ok bool
		if f, ok = parseHexBody(body); !ok {
			return 0, valueError("invalid hexadecimal floating-point string")
		}
		if math.IsInf(f, 0) {
			return 0, errorf(OverflowError, "hexadecimal value too large to represent as a float")
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// parseHexBody parses [0x]hhh[.hhh][p[+-]ddd] without sign or spaces.
func parseHexBody(s string) (float64, bool) {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	i := 0
	isHex := func(c byte) bool { return digitValue(c) < 16 }
	n := 0
	for i < len(s) && isHex(s[i]) {
		i++
		n++
	}
	mant := s[:i]
	frac := ""
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && isHex(s[i]) {
			i++
		}
		frac = s[start:i]
		n += len(frac)
	}
	if n == 0 {
		return 0, false
	}
	exp := "0"
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		start := i
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		digits := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == digits {
			return 0, false
		}
		exp = s[start:i]
	}
	if i != len(s) {
		return 0, false
	}
	if mant == "" {
		mant = "0"
	}
	f, err := strconv.ParseFloat("0x"+mant+"."+frac+"p"+exp, 64)
	if err != nil && !math.IsInf(f, 0) && f != 0 {
		return 0, false
	}
	return f, true
}

// AsIntegerRatio returns float.as_integer_ratio(f): the lowest-terms
// numerator and positive denominator equal to f.
func AsIntegerRatio(f float64) (num, den *big.Int, err error) {
	switch {
	case math.IsInf(f, 0):
		return nil, nil, errorf(OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, nil, valueError("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

// IsInteger returns float.is_integer(f).
func IsInteger(f float64) bool {
	return !math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f)
}
