package math

import (
	gomath "math"
	"math/big"

	"github.com/hyperflask/hfc/runtime/libm"
	"github.com/hyperflask/hfc/runtime/vm"
)

// atan2 is CPython's m_atan2: the special values are handled here so that
// every platform agrees.
func atan2(y, x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsNaN(y):
		return gomath.NaN()
	case gomath.IsInf(y, 0):
		if gomath.IsInf(x, 0) {
			if !gomath.Signbit(x) {
				return gomath.Copysign(0.25*gomath.Pi, y)
			}
			return gomath.Copysign(0.75*gomath.Pi, y)
		}
		return gomath.Copysign(0.5*gomath.Pi, y)
	case gomath.IsInf(x, 0) || y == 0:
		if !gomath.Signbit(x) {
			return gomath.Copysign(0, y)
		}
		return gomath.Copysign(gomath.Pi, y)
	}
	return libm.Atan2(y, x)
}

// remainder is CPython's m_remainder (IEEE 754 remainder, always exact).
func remainder(x, y float64) float64 {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return gomath.NaN()
		}
		absx, absy := gomath.Abs(x), gomath.Abs(y)
		m := libm.Mod(absx, absy)
		c := absy - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			r = m - 2.0*libm.Mod(0.5*(absx-m), absy)
		}
		return gomath.Copysign(1, x) * r
	}
	switch {
	case gomath.IsNaN(x):
		return x
	case gomath.IsNaN(y):
		return y
	case gomath.IsInf(x, 0):
		return gomath.NaN()
	}
	return x
}

func frexp(x float64) vm.Value {
	if !isFinite(x) || x == 0 {
		return vm.Tuple{vm.Float(x), vm.MakeInt(0)}
	}
	m, e := gomath.Frexp(x)
	return vm.Tuple{vm.Float(m), vm.MakeInt(int64(e))}
}

func modf(x float64) vm.Value {
	if gomath.IsInf(x, 0) {
		return vm.Tuple{vm.Float(gomath.Copysign(0, x)), vm.Float(x)}
	}
	if gomath.IsNaN(x) {
		return vm.Tuple{vm.Float(x), vm.Float(x)}
	}
	i, f := gomath.Modf(x)
	return vm.Tuple{vm.Float(f), vm.Float(i)}
}

func ulp(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return x
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		return x - gomath.Nextafter(x, gomath.Inf(-1))
	}
	return x2 - x
}

// rounding is math.floor and math.ceil: ints are returned as they are,
// other non-floats may define __floor__/__ceil__, the rest converts to a
// float first.
func rounding(th *vm.Thread, qual, special string, fn func(float64) float64, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := oneArg(th, qual, args, kwnames); err != nil {
		return nil, err
	}
	var x float64
	switch v := args[0].(type) {
	case vm.Float:
		x = float64(v)
	case vm.Int, vm.BigInt:
		return v, nil
	case vm.Bool:
		return th.IndexValue(v)
	default:
		if m := v.Type().Lookup(special); m != nil {
			return th.CallValue(m, []vm.Value{v}, nil)
		}
		f, err := th.ToFloat(v)
		if err != nil {
			return nil, err
		}
		x = f
	}
	return vm.FloatToInt(fn(x))
}

func mathTrunc(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := oneArg(th, "math.trunc", args, kwnames); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case vm.Float:
		return vm.FloatToInt(float64(v))
	case vm.Int, vm.BigInt:
		return v, nil
	case vm.Bool:
		return th.IndexValue(v)
	}
	v := args[0]
	m := v.Type().Lookup("__trunc__")
	if m == nil {
		return nil, th.TypeError("type %s doesn't define __trunc__ method", v.Type().Name)
	}
	return th.CallValue(m, []vm.Value{v}, nil)
}

func mathFmod(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	x, y, err := twoFloats(th, "fmod", args, kwnames)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(y, 0) && isFinite(x) {
		return vm.Float(x), nil
	}
	r := libm.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, domainError(th)
	}
	return vm.Float(r), nil
}

// mathPow is math.pow: IEEE special values first, libm for the rest.
func mathPow(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	x, y, err := twoFloats(th, "pow", args, kwnames)
	if err != nil {
		return nil, err
	}
	if !isFinite(x) || !isFinite(y) {
		var r float64
		switch {
		case gomath.IsNaN(x):
			r = x
			if y == 0 {
				r = 1
			}
		case gomath.IsNaN(y):
			r = y
			if x == 1 {
				r = 1
			}
		case gomath.IsInf(x, 0):
			oddY := isFinite(y) && libm.Mod(gomath.Abs(y), 2.0) == 1.0
			switch {
			case y > 0:
				r = gomath.Abs(x)
				if oddY {
					r = x
				}
			case y == 0:
				r = 1
			default:
				r = 0
				if oddY {
					r = gomath.Copysign(0, x)
				}
			}
		default: // y is infinite
			switch {
			case gomath.Abs(x) == 1:
				r = 1
			case y > 0 && gomath.Abs(x) > 1:
				r = y
			case y < 0 && gomath.Abs(x) < 1:
				r = -y
			default:
				r = 0
			}
		}
		return vm.Float(r), nil
	}
	r := libm.Pow(x, y)
	if gomath.IsNaN(r) {
		return nil, domainError(th)
	}
	if gomath.IsInf(r, 0) {
		if x == 0 {
			return nil, domainError(th)
		}
		return nil, rangeError(th)
	}
	return vm.Float(r), nil
}

func mathLdexp(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := nArgs(th, "ldexp", args, kwnames, 2); err != nil {
		return nil, err
	}
	x, err := th.ToFloat(args[0])
	if err != nil {
		return nil, err
	}
	var exp int64
	switch i := args[1].(type) {
	case vm.Int:
		exp = int64(i)
	case vm.Bool:
		if i {
			exp = 1
		}
	case vm.BigInt:
		exp = gomath.MaxInt64
		if i.Big().Sign() < 0 {
			exp = gomath.MinInt64
		}
	default:
		return nil, th.TypeError("Expected an int as second argument to ldexp.")
	}
	switch {
	case x == 0 || !isFinite(x):
		return vm.Float(x), nil
	case exp > gomath.MaxInt32:
		return nil, rangeError(th)
	case exp < gomath.MinInt32:
		return vm.Float(gomath.Copysign(0, x)), nil
	}
	r := gomath.Ldexp(x, int(exp))
	if gomath.IsInf(r, 0) {
		return nil, rangeError(th)
	}
	return vm.Float(r), nil
}

// mathIsclose is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func mathIsclose(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos > 2 {
		return nil, th.TypeError("isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	var vals [4]vm.Value
	copy(vals[:], args[:npos])
	names := [4]string{"a", "b", "rel_tol", "abs_tol"}
	for k, name := range kwnames {
		found := false
		for i, n := range names {
			if n == name {
				if vals[i] != nil {
					return nil, th.TypeError("argument for isclose() given by name ('%s') and position (%d)", name, i+1)
				}
				vals[i] = args[npos+k]
				found = true
			}
		}
		if !found {
			return nil, th.TypeError("'%s' is an invalid keyword argument for isclose()", name)
		}
	}
	for i := 0; i < 2; i++ {
		if vals[i] == nil {
			return nil, th.TypeError("isclose() missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	fs := [4]float64{0, 0, 1e-09, 0}
	for i, v := range vals {
		if v == nil {
			continue
		}
		f, err := th.ToFloat(v)
		if err != nil {
			return nil, err
		}
		fs[i] = f
	}
	a, b, relTol, absTol := fs[0], fs[1], fs[2], fs[3]
	if relTol < 0 || absTol < 0 {
		return nil, th.ValueError("tolerances must be non-negative")
	}
	if a == b {
		return vm.True, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return vm.False, nil
	}
	diff := gomath.Abs(b - a)
	return vm.MakeBool(diff <= gomath.Abs(relTol*b) || diff <= gomath.Abs(relTol*a) || diff <= absTol), nil
}

// mathLog is log(x[, base]).
func mathLog(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, th.TypeError("math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(th, args[0], logE)
	if err != nil || len(args) == 1 {
		return num, err
	}
	den, err := logHelper(th, args[1], logE)
	if err != nil {
		return nil, err
	}
	d := float64(den.(vm.Float))
	if d == 0 {
		return nil, th.Raise(vm.ZeroDivisionErrorClass, "float division by zero")
	}
	return vm.Float(float64(num.(vm.Float)) / d), nil
}

// logFunc is a logarithm with CPython's special cases (m_log, m_log2,
// m_log10): it reports EDOM for zero and negative arguments.
type logFunc func(x float64) (float64, errnoKind)

func logE(x float64) (float64, errnoKind)  { return logSpecial(x, libm.Log) }
func log10(x float64) (float64, errnoKind) { return logSpecial(x, libm.Log10) }
func log2(x float64) (float64, errnoKind)  { return logSpecial(x, libm.Log2) }

func logSpecial(x float64, fn func(float64) float64) (float64, errnoKind) {
	switch {
	case gomath.IsNaN(x):
		return x, 0
	case gomath.IsInf(x, 1):
		return x, 0
	case x > 0:
		return fn(x), 0
	case x == 0:
		return gomath.Inf(-1), errDomain
	}
	return gomath.NaN(), errDomain
}

// logHelper is CPython's loghelper: ints too large for a float are split
// into a mantissa and a power of two, so log(10**1000) works.
func logHelper(th *vm.Thread, arg vm.Value, fn logFunc) (vm.Value, error) {
	switch v := arg.(type) {
	case vm.Int, vm.Bool, vm.BigInt:
		b := vm.IntToBig(v)
		if b.Sign() <= 0 {
			return nil, domainError(th)
		}
		if x, err := th.IntToFloat(v); err == nil {
			r, _ := fn(x)
			return vm.Float(r), nil
		}
		// Value ~= x * 2**e with x in [0.5, 1), correctly rounded.
		f := new(big.Float).SetPrec(53).SetInt(b)
		m := new(big.Float)
		e := f.MantExp(m)
		x, _ := m.Float64()
		rx, _ := fn(x)
		r2, _ := fn(2.0)
		return vm.Float(rx + r2*float64(e)), nil
	}
	x, err := th.ToFloat(arg)
	if err != nil {
		return nil, err
	}
	r, _ := fn(x)
	return math1(th, x, r, false)
}
