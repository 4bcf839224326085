package pyfmt

import (
	"math"
	"strconv"
)

// Digit-generation modes, as in David Gay's dtoa that CPython uses.
const (
	modeShortest    = 0 // the shortest digits that round-trip
	modeSignificant = 2 // ndigits significant digits
	modeFixed       = 3 // ndigits digits after the decimal point
)

// dtoa returns the correctly rounded decimal digits of |f| (finite) in the
// given mode: the value is 0.digits × 10**decpt. Leading and trailing zeros
// are stripped; zero, or a value that rounds to zero, is ("0", 1). The
// digits are appended to dst[:0] (a caller's buffer, to spare an
// allocation).
func dtoa(dst []byte, f float64, mode, ndigits int) (digits []byte, decpt int) {
	f = math.Abs(f)
	// A double's exact decimal expansion has at most 767 significant digits
	// and 1074 after the point: asking for more only adds zeros.
	ndigits = min(ndigits, 1100)
	var buf [32]byte
	switch mode {
	case modeFixed:
		s := strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)
		digits = dst[:0]
		decpt = len(s)
		for i, c := range s {
			if c == '.' {
				decpt = i
				continue
			}
			digits = append(digits, c)
		}
	default:
		prec := -1
		if mode == modeSignificant {
			prec = ndigits - 1
		}
		s := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		exp, _ := strconv.Atoi(string(s[e+1:]))
		digits = dst[:0]
		for _, c := range s[:e] {
			if c != '.' {
				digits = append(digits, c)
			}
		}
		decpt = exp + 1
	}
	lead := 0
	for lead < len(digits) && digits[lead] == '0' {
		lead++
	}
	digits = digits[lead:]
	decpt -= lead
	end := len(digits)
	for end > 0 && digits[end-1] == '0' {
		end--
	}
	digits = digits[:end]
	if len(digits) == 0 {
		return append(dst[:0], '0'), 1
	}
	return digits, decpt
}
