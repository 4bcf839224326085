package math

import (
	gomath "math"
	"math/big"

	"github.com/hyperflask/hfc/runtime/vm"
)

// index converts an argument with __index__ and returns it as a big.Int
// the caller may modify.
func index(th *vm.Thread, v vm.Value) (*big.Int, error) {
	i, err := th.IndexValue(v)
	if err != nil {
		return nil, err
	}
	return vm.IntToBig(i), nil
}

func mathFactorial(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := oneArg(th, "math.factorial", args, kwnames); err != nil {
		return nil, err
	}
	return factorial(th, args[0])
}

func factorial(th *vm.Thread, arg vm.Value) (vm.Value, error) {
	n, err := index(th, arg)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, th.ValueError("factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, th.Raise(vm.OverflowErrorClass, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	return vm.MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// nonNegative converts the n and k of comb and perm.
func nonNegative(th *vm.Thread, nv, kv vm.Value) (n, k *big.Int, err error) {
	if n, err = index(th, nv); err != nil {
		return nil, nil, err
	}
	if k, err = index(th, kv); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, th.ValueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, th.ValueError("k must be a non-negative integer")
	}
	return n, k, nil
}

// mathComb is comb(n, k), the binomial coefficient (0 when k > n).
func mathComb(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := nArgs(th, "comb", args, kwnames, 2); err != nil {
		return nil, err
	}
	n, k, err := nonNegative(th, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return vm.MakeInt(0), nil
	}
	// k = min(k, n - k)
	if d := new(big.Int).Sub(n, k); d.Cmp(k) < 0 {
		k = d
	}
	if !k.IsInt64() {
		return nil, th.Raise(vm.OverflowErrorClass, "min(n - k, k) must not exceed %d", int64(gomath.MaxInt64))
	}
	ki := k.Int64()
	if n.IsInt64() {
		return vm.MakeBigInt(new(big.Int).Binomial(n.Int64(), ki)), nil
	}
	// C(n, k) = prod((n - i) / (i + 1)), each partial product exact.
	r := big.NewInt(1)
	f := new(big.Int)
	for i := int64(0); i < ki; i++ {
		r.Mul(r, f.Sub(n, f.SetInt64(i)))
		r.Quo(r, f.SetInt64(i+1))
	}
	return vm.MakeBigInt(r), nil
}

// mathPerm is perm(n, k=None): n! / (n - k)!, 0 when k > n, n! when k is
// None.
func mathPerm(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("math.perm() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, th.TypeError("perm expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, th.TypeError("perm expected at most 2 arguments, got %d", len(args))
	case len(args) == 1 || vm.Is(args[1], vm.None):
		return factorial(th, args[0])
	}
	n, k, err := nonNegative(th, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if n.Cmp(k) < 0 {
		return vm.MakeInt(0), nil
	}
	if !k.IsInt64() {
		return nil, th.Raise(vm.OverflowErrorClass, "k must not exceed %d", int64(gomath.MaxInt64))
	}
	ki := k.Int64()
	if ki == 0 {
		return vm.MakeInt(1), nil
	}
	if n.IsInt64() {
		ni := n.Int64()
		return vm.MakeBigInt(new(big.Int).MulRange(ni-ki+1, ni)), nil
	}
	r := big.NewInt(1)
	f := new(big.Int)
	for i := int64(0); i < ki; i++ {
		r.Mul(r, f.Sub(n, f.SetInt64(i)))
	}
	return vm.MakeBigInt(r), nil
}

func mathIsqrt(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := oneArg(th, "math.isqrt", args, kwnames); err != nil {
		return nil, err
	}
	n, err := index(th, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, th.ValueError("isqrt() argument must be nonnegative")
	}
	return vm.MakeBigInt(n.Sqrt(n)), nil
}

// mathGcd is gcd(*integers): 0 for no arguments, else the non-negative
// greatest common divisor.
func mathGcd(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("math.gcd() takes no keyword arguments")
	}
	if len(args) == 0 {
		return vm.MakeInt(0), nil
	}
	res, err := index(th, args[0])
	if err != nil {
		return nil, err
	}
	res.Abs(res)
	for _, a := range args[1:] {
		x, err := index(th, a)
		if err != nil {
			return nil, err
		}
		if res.Cmp(big.NewInt(1)) != 0 {
			res.GCD(nil, nil, res, x.Abs(x))
		}
	}
	return vm.MakeBigInt(res), nil
}

// mathLcm is lcm(*integers): 1 for no arguments, else the non-negative
// least common multiple.
func mathLcm(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("math.lcm() takes no keyword arguments")
	}
	if len(args) == 0 {
		return vm.MakeInt(1), nil
	}
	res, err := index(th, args[0])
	if err != nil {
		return nil, err
	}
	res.Abs(res)
	for _, a := range args[1:] {
		x, err := index(th, a)
		if err != nil {
			return nil, err
		}
		if res.Sign() == 0 {
			continue
		}
		if x.Sign() == 0 {
			res.SetInt64(0)
			continue
		}
		x.Abs(x)
		g := new(big.Int).GCD(nil, nil, res, x)
		res.Mul(res.Quo(res, g), x)
	}
	return vm.MakeBigInt(res), nil
}
