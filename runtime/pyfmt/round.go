package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// Bounds of ndigits beyond which round(x, ndigits) is x itself, or a zero
// with the sign of x (CPython's NDIGITS_MAX and NDIGITS_MIN).
const (
	ndigitsMax = 323
	ndigitsMin = -308
)

// Round returns round(f, ndigits) for a float: the multiple of
// 10**-ndigits nearest to the exact value of f, ties to even, as CPython.
// It returns OverflowError when the result does not fit a float.
func Round(f float64, ndigits int) (float64, error) {
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f) || ndigits > ndigitsMax:
		return f, nil
	case ndigits < ndigitsMin:
		return math.Copysign(0, f), nil
	}
	mant, exp := math.Frexp(math.Abs(f))
	m := int64(math.Ldexp(mant, 53))
	exp -= 53
	num := big.NewInt(m)
	den := big.NewInt(1)
	if exp > 0 {
		num.Lsh(num, uint(exp))
	} else {
		den.Lsh(den, uint(-exp))
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(ndigits))), nil)
	if ndigits >= 0 {
		num.Mul(num, pow)
	} else {
		den.Mul(den, pow)
	}
	q := divRoundHalfEven(num, den)
	s := q.String() + "e" + strconv.Itoa(-ndigits)
	if math.Signbit(f) {
		s = "-" + s
	}
	r, err := strconv.ParseFloat(s, 64)
	if err != nil && math.IsInf(r, 0) {
		return 0, errorf(OverflowError, "rounded value too large to represent")
	}
	return r, nil
}

// RoundToInt returns round(f) for a float: the nearest int, ties to even.
func RoundToInt(f float64) (*big.Int, error) {
	return FloatToInt(math.RoundToEven(f))
}

// RoundInt returns round(x, ndigits) for an int: x rounded to a multiple of
// 10**-ndigits, ties to even.
func RoundInt(x *big.Int, ndigits int) *big.Int {
	if ndigits >= 0 {
		return new(big.Int).Set(x)
	}
	if float64(-ndigits-1) > float64(x.BitLen())*log10of2 {
		return new(big.Int)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	q := divRoundHalfEven(new(big.Int).Abs(x), pow)
	q.Mul(q, pow)
	if x.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// divRoundHalfEven returns num/den rounded to the nearest integer, ties to
// even, for num >= 0 and den > 0.
func divRoundHalfEven(num, den *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	switch r.Lsh(r, 1).Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
