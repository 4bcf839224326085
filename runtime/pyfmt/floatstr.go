package pyfmt

import (
	"math"
	"strconv"
)

// floatFlags are the Py_DTSF_* flags of PyOS_double_to_string.
type floatFlags uint8

const (
	flagAddDot0 floatFlags = 1 << iota // give integral values a ".0" (repr)
	flagAlt                            // '#': keep the point and trailing zeros
	flagNoNeg0                         // 'z': drop the sign of a zero result
)

// floatKind tells whether a formatted float was finite, inf or nan.
type floatKind uint8

const (
	floatFinite floatKind = iota
	floatInf
	floatNaN
)

// FloatRepr returns repr(f), which is also str(f): the shortest digits that
// round-trip, in exponent notation when the exponent is < -4 or >= 16.
func FloatRepr(f float64) string {
	s, _ := doubleToString(f, 'r', 0, flagAddDot0)
	return s
}

// doubleToString is CPython's PyOS_double_to_string for the format codes
// e E f F g G r. Upper-case codes give upper-case exponents, INF and NAN. A
// negative value is preceded by '-'; no other sign is ever added.
func doubleToString(f float64, code byte, precision int, flags floatFlags) (string, floatKind) {
	upper := false
	mode := modeSignificant
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	switch code {
	case 'e':
		precision++
	case 'f':
		mode = modeFixed
	case 'g':
		if precision == 0 {
			precision = 1
		}
	case 'r':
		mode = modeShortest
	}
	neg := math.Signbit(f)
	switch {
	case math.IsNaN(f):
		if upper {
			return "NAN", floatNaN
		}
		return "nan", floatNaN
	case math.IsInf(f, 0):
		s := "inf"
		if upper {
			s = "INF"
		}
		if neg {
			s = "-" + s
		}
		return s, floatInf
	}
	var buf [32]byte
	digits, decpt := dtoa(buf[:0], f, mode, precision)
	if neg && flags&flagNoNeg0 != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}
	return layoutDigits(digits, decpt, neg, code, precision, flags, upper), floatFinite
}

// tooLong reports whether doubleToString would pad its result with zeros to
// more than maxResultLen characters.
func tooLong(code byte, precision int, flags floatFlags) bool {
	switch code {
	case 'g', 'G':
		return flags&flagAlt != 0 && precision > maxResultLen
	case 'r':
		return false
	}
	return precision > maxResultLen
}

// layoutDigits is the second half of CPython's format_float_short: it places
// the decimal point, pads with zeros and appends the exponent.
func layoutDigits(digits []byte, decpt int, neg bool, code byte, precision int, flags floatFlags, upper bool) string {
	addDot0 := flags&flagAddDot0 != 0
	alt := flags&flagAlt != 0
	useExp := false
	vEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vEnd = precision
	case 'f':
		vEnd = decpt + precision
	case 'g':
		limit := precision
		if addDot0 {
			limit--
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = precision
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	floor := decpt
	if !useExp && addDot0 {
		floor = decpt + 1
	}
	if vEnd < floor {
		vEnd = floor
	}

	n := len(digits)
	var buf [48]byte
	out := buf[:0]
	if size := vEnd - vStart + 8; size > len(buf) {
		out = make([]byte, 0, size)
	}
	if neg {
		out = append(out, '-')
	}
	if decpt <= 0 {
		out = appendZeros(out, decpt-vStart)
		out = append(out, '.')
		out = appendZeros(out, -decpt)
	} else {
		out = appendZeros(out, -vStart)
	}
	if 0 < decpt && decpt <= n {
		out = append(out, digits[:decpt]...)
		out = append(out, '.')
		out = append(out, digits[decpt:]...)
	} else {
		out = append(out, digits...)
	}
	if n < decpt {
		out = appendZeros(out, decpt-n)
		out = append(out, '.')
		out = appendZeros(out, vEnd-decpt)
	} else {
		out = appendZeros(out, vEnd-n)
	}
	if out[len(out)-1] == '.' && !alt {
		out = out[:len(out)-1]
	}
	if useExp {
		if upper {
			out = append(out, 'E')
		} else {
			out = append(out, 'e')
		}
		if exp < 0 {
			out = append(out, '-')
			exp = -exp
		} else {
			out = append(out, '+')
		}
		if exp < 10 {
			out = append(out, '0')
		}
		out = strconv.AppendInt(out, int64(exp), 10)
	}
	return string(out)
}

func appendZeros(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, '0')
	}
	return b
}
