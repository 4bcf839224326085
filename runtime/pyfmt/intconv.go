package pyfmt

import (
	"math"
	"math/big"
)

// IntMaxStrDigits is CPython 3.11's default limit on the number of decimal
// digits converted between int and str (sys.get_int_max_str_digits()).
const IntMaxStrDigits = 4300

const limitHint = "; use sys.set_int_max_str_digits() to increase the limit"

func errIntToStrLimit() error {
	return errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion%s", IntMaxStrDigits, limitHint)
}

func errStrToIntLimit(digits int) error {
	return errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits%s", IntMaxStrDigits, digits, limitHint)
}

// log10of2 bounds the number of decimal digits of a number from its bit length.
const log10of2 = 0.30102999566398119521

// IntToString returns str(x), or CPython's ValueError when x has more than
// IntMaxStrDigits decimal digits.
func IntToString(x *big.Int) (string, error) {
	if bits := x.BitLen(); float64(bits-1)*log10of2 >= IntMaxStrDigits+1 {
		return "", errIntToStrLimit()
	} else if float64(bits)*log10of2 < IntMaxStrDigits {
		return x.String(), nil
	}
	s := x.String()
	digits := len(s)
	if x.Sign() < 0 {
		digits--
	}
	if digits > IntMaxStrDigits {
		return "", errIntToStrLimit()
	}
	return s, nil
}

// IntToFloat returns float(x), correctly rounded (half to even), or
// OverflowError "int too large to convert to float".
func IntToFloat(x *big.Int) (float64, error) {
	if x.IsInt64() {
		return float64(x.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// FloatToInt returns int(f), truncating toward zero, or CPython's errors for
// infinities (OverflowError) and NaN (ValueError).
func FloatToInt(f float64) (*big.Int, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, errorf(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, valueError("cannot convert float NaN to integer")
	}
	if f > -1<<63 && f < 1<<63 {
		return big.NewInt(int64(f)), nil
	}
	z, _ := big.NewFloat(math.Trunc(f)).Int(nil)
	return z, nil
}
