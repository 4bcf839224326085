// Package math is Python's math module for the hfc VM: every function and
// constant of CPython 3.11's math, with its special cases and error
// messages. The elementary functions call the C library through package
// libm, as CPython does, so that results agree to the last bit.
package math

import (
	gomath "math"

	"github.com/hyperflask/hfc/runtime/libm"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	loader.RegisterGoModule("math", New)
}

// New builds the math module.
func New() *vm.Module {
	members := map[string]vm.Value{
		"pi":  vm.Float(gomath.Pi),
		"e":   vm.Float(gomath.E),
		"tau": vm.Float(2 * gomath.Pi),
		"inf": vm.Float(gomath.Inf(1)),
		"nan": vm.Float(gomath.NaN()),
	}
	add := func(name string, fn vm.BuiltinFunc) {
		b := vm.NewBuiltin(name, fn)
		b.Module = "math"
		members[name] = b
	}
	// math_1: a NaN result from a non-NaN argument is a domain error, an
	// infinite one from a finite argument a range error (canOverflow) or a
	// singularity.
	for _, f := range []struct {
		name        string
		fn          func(float64) float64
		canOverflow bool
	}{
		{"acos", libm.Acos, false}, {"acosh", libm.Acosh, false}, {"asin", libm.Asin, false},
		{"asinh", libm.Asinh, false}, {"atan", libm.Atan, false}, {"atanh", libm.Atanh, false},
		{"cbrt", libm.Cbrt, false}, {"cos", libm.Cos, false}, {"cosh", libm.Cosh, true},
		{"exp", libm.Exp, true}, {"exp2", libm.Exp2, true}, {"expm1", libm.Expm1, true},
		{"fabs", gomath.Abs, false}, {"log1p", libm.Log1p, false}, {"sin", libm.Sin, false},
		{"sinh", libm.Sinh, true}, {"sqrt", gomath.Sqrt, false}, {"tan", libm.Tan, false},
		{"tanh", libm.Tanh, false},
	} {
		f := f
		qual := "math." + f.name
		add(f.name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, err := oneFloat(th, qual, args, kwnames)
			if err != nil {
				return nil, err
			}
			return math1(th, x, f.fn(x), f.canOverflow)
		})
	}
	// math_1a: functions that report their own errors (errno).
	for _, f := range []struct {
		name string
		fn   func(float64) (float64, errnoKind)
	}{
		{"erf", func(x float64) (float64, errnoKind) { return libm.Erf(x), 0 }},
		{"erfc", func(x float64) (float64, errnoKind) { return libm.Erfc(x), 0 }},
		{"gamma", tgamma},
		{"lgamma", lgamma},
	} {
		f := f
		qual := "math." + f.name
		add(f.name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, err := oneFloat(th, qual, args, kwnames)
			if err != nil {
				return nil, err
			}
			r, e := f.fn(x)
			return checkErrno(th, r, e)
		})
	}
	// math_2 functions.
	for _, f := range []struct {
		name string
		fn   func(x, y float64) float64
	}{
		{"atan2", atan2}, {"copysign", gomath.Copysign}, {"remainder", remainder},
	} {
		f := f
		add(f.name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, y, err := twoFloats(th, f.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			return math2(th, x, y, f.fn(x, y))
		})
	}
	floatPred := func(name string, pred func(float64) bool) {
		qual := "math." + name
		add(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, err := oneFloat(th, qual, args, kwnames)
			if err != nil {
				return nil, err
			}
			return vm.MakeBool(pred(x)), nil
		})
	}
	floatPred("isfinite", func(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) })
	floatPred("isinf", func(x float64) bool { return gomath.IsInf(x, 0) })
	floatPred("isnan", gomath.IsNaN)
	floatFunc := func(name string, fn func(float64) vm.Value) {
		qual := "math." + name
		add(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, err := oneFloat(th, qual, args, kwnames)
			if err != nil {
				return nil, err
			}
			return fn(x), nil
		})
	}
	floatFunc("degrees", func(x float64) vm.Value { return vm.Float(x * (180.0 / gomath.Pi)) })
	floatFunc("radians", func(x float64) vm.Value { return vm.Float(x * (gomath.Pi / 180.0)) })
	floatFunc("frexp", frexp)
	floatFunc("modf", modf)
	floatFunc("ulp", func(x float64) vm.Value { return vm.Float(ulp(x)) })

	add("ceil", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return rounding(th, "math.ceil", "__ceil__", gomath.Ceil, args, kwnames)
	})
	add("floor", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return rounding(th, "math.floor", "__floor__", gomath.Floor, args, kwnames)
	})
	add("trunc", mathTrunc)
	add("fmod", mathFmod)
	add("pow", mathPow)
	add("ldexp", mathLdexp)
	add("nextafter", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		x, y, err := twoFloats(th, "nextafter", args, kwnames)
		if err != nil {
			return nil, err
		}
		return vm.Float(gomath.Nextafter(x, y)), nil
	})
	add("isclose", mathIsclose)
	add("log", mathLog)
	add("log2", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := oneArg(th, "math.log2", args, kwnames); err != nil {
			return nil, err
		}
		return logHelper(th, args[0], log2)
	})
	add("log10", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := oneArg(th, "math.log10", args, kwnames); err != nil {
			return nil, err
		}
		return logHelper(th, args[0], log10)
	})
	add("fsum", mathFsum)
	add("prod", mathProd)
	add("hypot", mathHypot)
	add("dist", mathDist)
	add("factorial", mathFactorial)
	add("comb", mathComb)
	add("perm", mathPerm)
	add("isqrt", mathIsqrt)
	add("gcd", mathGcd)
	add("lcm", mathLcm)
	return vm.NewGoModule("math", members)
}

// errnoKind is the errno a C math function sets: 0, EDOM or ERANGE.
type errnoKind int

const (
	errDomain errnoKind = iota + 1
	errRange
)

func domainError(th *vm.Thread) error { return th.Raise(vm.ValueErrorClass, "math domain error") }
func rangeError(th *vm.Thread) error  { return th.Raise(vm.OverflowErrorClass, "math range error") }

// checkErrno is CPython's is_error: EDOM is a ValueError, ERANGE an
// OverflowError unless the result underflowed (|r| < 1.5).
func checkErrno(th *vm.Thread, r float64, e errnoKind) (vm.Value, error) {
	switch e {
	case errDomain:
		return nil, domainError(th)
	case errRange:
		if gomath.Abs(r) >= 1.5 {
			return nil, rangeError(th)
		}
	}
	return vm.Float(r), nil
}

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// math1 is CPython's math_1 error check of r = f(x).
func math1(th *vm.Thread, x, r float64, canOverflow bool) (vm.Value, error) {
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return nil, domainError(th)
	}
	if gomath.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return nil, rangeError(th)
		}
		return nil, domainError(th)
	}
	return vm.Float(r), nil
}

// math2 is CPython's math_2 error check of r = f(x, y).
func math2(th *vm.Thread, x, y, r float64) (vm.Value, error) {
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, domainError(th)
	}
	if gomath.IsInf(r, 0) && isFinite(x) && isFinite(y) {
		return nil, rangeError(th)
	}
	return vm.Float(r), nil
}

// oneArg checks the arguments of a METH_O function.
func oneArg(th *vm.Thread, qual string, args []vm.Value, kwnames []string) error {
	return th.ExactArgs(qual, args, kwnames, 1)
}

// oneFloat checks a METH_O call and converts its argument to a float.
func oneFloat(th *vm.Thread, qual string, args []vm.Value, kwnames []string) (float64, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		if f, ok := args[0].(vm.Float); ok {
			return float64(f), nil
		}
		return th.ToFloat(args[0])
	}
	return 0, oneArg(th, qual, args, kwnames)
}

// nArgs checks the arity of a positional-only function of n arguments, as
// CPython's _PyArg_CheckPositional reports it.
func nArgs(th *vm.Thread, name string, args []vm.Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return th.TypeError("math.%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return th.TypeError("%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func twoFloats(th *vm.Thread, name string, args []vm.Value, kwnames []string) (float64, float64, error) {
	if err := nArgs(th, name, args, kwnames, 2); err != nil {
		return 0, 0, err
	}
	x, err := th.ToFloat(args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := th.ToFloat(args[1])
	return x, y, err
}
