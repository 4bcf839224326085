package pyfmt

import (
	"math"
	"math/big"
	"sync"

	"github.com/hyperflask/hfc/runtime/libm"
)

// powPrec is the working precision of pow in bits: enough that rounding the
// result to 53 bits is correct except within 2**-100 of a tie.
const powPrec = 160

// pow returns x**y for finite x > 0 and finite y != 0, and whether it
// overflowed. CPython calls the C library's pow: with cgo so does this;
// without, the result is correctly rounded, which glibc's is in all but rare
// cases (math.Pow is often off by an ulp).
func pow(x, y float64) (r float64, overflow bool) {
	switch y {
	case 1:
		return x, false
	case 2:
		r = x * x
		return r, math.IsInf(r, 0)
	case -1:
		return 1 / x, false
	}
	if libm.Exact {
		// CPython calls the C library's pow: so do we, when it is linked.
		r = libm.Pow(x, y)
		return r, math.IsInf(r, 0)
	}
	t := bigLog(x)
	t.Mul(t, newFloat().SetFloat64(y))
	ln2 := ln2Value()
	kf, _ := newFloat().Quo(t, ln2).Float64()
	switch {
	case kf > 1100:
		return math.Inf(1), true
	case kf < -1200:
		return 0, false
	}
	k := math.RoundToEven(kf)
	t.Sub(t, newFloat().Mul(ln2, newFloat().SetFloat64(k)))
	e := bigExp(t)
	e.SetMantExp(e, int(k))
	r, _ = e.Float64()
	return r, math.IsInf(r, 0)
}

func newFloat() *big.Float { return new(big.Float).SetPrec(powPrec) }

var ln2Cache = sync.OnceValue(func() *big.Float {
	// ln 2 = 2 atanh(1/3).
	return atanh2(newFloat().Quo(newFloat().SetInt64(1), newFloat().SetInt64(3)))
})

func ln2Value() *big.Float { return ln2Cache() }

// bigLog returns ln(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// ln m = 2 atanh((m-1)/(m+1)), with |z| < 0.172.
	bm := newFloat().SetFloat64(m)
	one := newFloat().SetInt64(1)
	z := newFloat().Quo(newFloat().Sub(bm, one), newFloat().Add(bm, one))
	l := atanh2(z)
	return l.Add(l, newFloat().Mul(ln2Value(), newFloat().SetInt64(int64(e))))
}

// atanh2 returns 2 atanh(z) = 2 (z + z³/3 + z⁵/5 + …) for |z| <= 1/3.
func atanh2(z *big.Float) *big.Float {
	sum := newFloat().Set(z)
	z2 := newFloat().Mul(z, z)
	term := newFloat().Set(z)
	q := newFloat()
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		q.Quo(term, newFloat().SetInt64(k))
		if q.Sign() == 0 || q.MantExp(nil)-sum.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, q)
	}
	return sum.Mul(sum, newFloat().SetInt64(2))
}

// bigExp returns e**t for |t| <= 0.35: a Taylor series on t/2**16,
// squared 16 times.
func bigExp(t *big.Float) *big.Float {
	const halvings = 16
	r := newFloat().SetMantExp(t, -halvings)
	sum := newFloat().SetInt64(1)
	term := newFloat().SetInt64(1)
	for k := int64(1); ; k++ {
		term.Mul(term, r)
		term.Quo(term, newFloat().SetInt64(k))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum
}
