package pyfmt

import (
	"errors"
	"math"
	"math/big"
)

// FloatDivMod returns divmod(x, y) for floats: the floor quotient and a
// remainder with the sign of y, as CPython's float_divmod (zeros carry the
// sign of the true quotient and of y).
func FloatDivMod(x, y float64) (q, r float64, err error) {
	if y == 0 {
		return 0, 0, errorf(ZeroDivisionError, "float divmod()")
	}
	q, r = floatDivMod(x, y)
	return q, r, nil
}

// FloatFloorDiv returns x // y for floats.
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, errorf(ZeroDivisionError, "float floor division by zero")
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatMod returns x % y for floats: the remainder with the sign of y.
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, errorf(ZeroDivisionError, "float modulo")
	}
	r := math.Mod(x, y)
	if r != 0 {
		if (y < 0) != (r < 0) {
			r += y
		}
	} else {
		r = math.Copysign(0, y)
	}
	return r, nil
}

// floatDivMod is CPython's _float_div_mod.
func floatDivMod(x, y float64) (q, r float64) {
	r = math.Mod(x, y)
	div := (x - r) / y
	if r != 0 {
		if (y < 0) != (r < 0) {
			r += y
			div -= 1.0
		}
	} else {
		r = math.Copysign(0, y)
	}
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q += 1.0
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, r
}

// ErrComplexResult is returned by FloatPow when CPython's result is a
// complex number (a negative base raised to a non-integral power).
var ErrComplexResult = errors.New("pyfmt: the power is a complex number")

// FloatPow returns x ** y for floats with CPython's special cases:
// ZeroDivisionError for 0.0 to a negative power, OverflowError when the
// result overflows, ErrComplexResult for a negative base and a
// non-integral exponent. The general case is correctly rounded, as glibc's
// pow that CPython calls is in all but rare cases.
func FloatPow(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, nil
			}
			return math.Abs(x), nil
		}
		if odd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, ErrComplexResult
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1 {
		if negate {
			return -1, nil
		}
		return 1, nil
	}
	r, overflow := pow(x, y)
	if overflow {
		return 0, errorf(OverflowError, "(34, 'Numerical result out of range')")
	}
	if negate {
		r = -r
	}
	return r, nil
}

// isOddInteger is CPython's DOUBLE_IS_ODD_INTEGER.
func isOddInteger(y float64) bool { return math.Mod(math.Abs(y), 2) == 1 }

// IntPow returns x ** y for ints with y < 0, which CPython computes as
// float(x) ** float(y).
func IntPow(x, y *big.Int) (float64, error) {
	fx, err := IntToFloat(x)
	if err != nil {
		return 0, err
	}
	fy, err := IntToFloat(y)
	if err != nil {
		return 0, err
	}
	return FloatPow(fx, fy)
}

// IntTrueDiv returns x / y for ints, correctly rounded, as CPython's
// long_true_divide.
func IntTrueDiv(x, y *big.Int) (float64, error) {
	if y.Sign() == 0 {
		return 0, errorf(ZeroDivisionError, "division by zero")
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return 0, errorf(OverflowError, "integer division result too large for a float")
	}
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return f, nil
}

// IntDivMod returns divmod(x, y) for ints: the floor quotient and the
// remainder with the sign of y.
func IntDivMod(x, y *big.Int) (q, r *big.Int, err error) {
	if y.Sign() == 0 {
		return nil, nil, errorf(ZeroDivisionError, "integer division or modulo by zero")
	}
	q, r = intDivMod(x, y)
	return q, r, nil
}

// IntFloorDiv returns x // y for ints.
func IntFloorDiv(x, y *big.Int) (*big.Int, error) {
	q, _, err := IntDivMod(x, y)
	return q, err
}

// IntMod returns x % y for ints: the remainder with the sign of y.
func IntMod(x, y *big.Int) (*big.Int, error) {
	if y.Sign() == 0 {
		return nil, errorf(ZeroDivisionError, "integer modulo by zero")
	}
	_, r := intDivMod(x, y)
	return r, nil
}

func intDivMod(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}
