package math

import (
	gomath "math"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// mathFsum is fsum(iterable): Shewchuk's exact summation of partials with
// CPython's final half-even correction.
func mathFsum(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := oneArg(th, "math.fsum", args, kwnames); err != nil {
		return nil, err
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return nil, err
	}
	var stack [32]float64
	p := stack[:0]
	var specialSum, infSum float64
	for {
		item, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if item == nil {
			break
		}
		x, err := th.ToFloat(item)
		if err != nil {
			return nil, err
		}
		xsave := x
		i := 0
		for _, y := range p {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if !isFinite(x) {
				// A non-finite partial comes from overflow or from a NaN
				// or infinity among the summands.
				if isFinite(xsave) {
					return nil, th.Raise(vm.OverflowErrorClass, "intermediate overflow in fsum")
				}
				if gomath.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if gomath.IsNaN(infSum) {
			return nil, th.ValueError("-inf + inf in fsum")
		}
		return vm.Float(specialSum), nil
	}
	var hi, lo float64
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		// Sum from the top, stopping when the sum becomes inexact.
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Half-even rounding across partials: sum([1e-16, 1, 1e16]).
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return vm.Float(hi), nil
}

// mathProd is prod(iterable, /, *, start=1): the left-to-right product.
func mathProd(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if len(args) > 2 {
		return nil, th.TypeError("prod() takes at most 2 arguments (%d given)", len(args))
	}
	if npos != 1 {
		return nil, th.TypeError("prod() takes exactly 1 positional argument (%d given)", npos)
	}
	var result vm.Value = vm.MakeInt(1)
	for i, name := range kwnames {
		if name != "start" {
			return nil, th.TypeError("prod() got an unexpected keyword argument '%s'", name)
		}
		result = args[npos+i]
	}
	err := th.ForEach(args[0], func(item vm.Value) error {
		if f, ok := result.(vm.Float); ok {
			if g, ok := item.(vm.Float); ok {
				result = f * g
				return nil
			}
		}
		r, err := th.Binary(bytecode.OpMul, result, item)
		result = r
		return err
	})
	if err != nil {
		return nil, err
	}
	return result, nil
}

func mathHypot(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("math.hypot() takes no keyword arguments")
	}
	var stack [16]float64
	coords := stack[:0]
	max := 0.0
	foundNaN := false
	for _, a := range args {
		x, err := th.ToFloat(a)
		if err != nil {
			return nil, err
		}
		x = gomath.Abs(x)
		coords = append(coords, x)
		foundNaN = foundNaN || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vm.Float(vectorNorm(coords, max, foundNaN)), nil
}

func mathDist(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := nArgs(th, "dist", args, kwnames, 2); err != nil {
		return nil, err
	}
	p, err := th.ToTuple(args[0])
	if err != nil {
		return nil, err
	}
	q, err := th.ToTuple(args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, th.ValueError("both points must have the same number of dimensions")
	}
	var stack [16]float64
	diffs := stack[:0]
	max := 0.0
	foundNaN := false
	for i := range p {
		px, err := th.ToFloat(p[i])
		if err != nil {
			return nil, err
		}
		qx, err := th.ToFloat(q[i])
		if err != nil {
			return nil, err
		}
		x := gomath.Abs(px - qx)
		diffs = append(diffs, x)
		foundNaN = foundNaN || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vm.Float(vectorNorm(diffs, max, foundNaN)), nil
}

// vectorNorm is CPython 3.11's vector_norm: sqrt(sum(x**2 for x in vec))
// with power-of-two scaling, Veltkamp-Dekker splitting, compensated
// summation and a differential correction of the square root. max is the
// largest |x|. Products are wrapped in float64() so that they are never
// fused into an FMA, as in CPython on x86-64.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // ldexp(1.0, 27) + 1.0
	if gomath.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	_, maxE := gomath.Frexp(max)
	if maxE >= -1023 {
		scale := gomath.Ldexp(1.0, -maxE)
		for _, x := range vec {
			x *= scale
			t := float64(x * t27)
			hi := t - (t - x)
			lo := x - hi

			x = float64(hi * hi)
			oldcsum := csum
			csum += x
			frac1 += (oldcsum - csum) + x

			x = float64(2.0 * hi * lo)
			oldcsum = csum
			csum += x
			frac2 += (oldcsum - csum) + x

			frac3 += float64(lo * lo)
		}
		h := gomath.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))

		x := h
		t := float64(x * t27)
		hi := t - (t - x)
		lo := x - hi

		x = float64(-hi * hi)
		oldcsum := csum
		csum += x
		frac1 += (oldcsum - csum) + x

		x = float64(-2.0 * hi * lo)
		oldcsum = csum
		csum += x
		frac2 += (oldcsum - csum) + x

		x = float64(-lo * lo)
		oldcsum = csum
		csum += x
		frac3 += (oldcsum - csum) + x

		x = csum - 1.0 + (frac1 + frac2 + frac3)
		return (h + x/float64(2.0*h)) / scale
	}
	// ldexp(1.0, -max_e) would overflow: divide by max instead.
	for _, x := range vec {
		x /= max
		x = float64(x * x)
		oldcsum := csum
		csum += x
		frac1 += (oldcsum - csum) + x
	}
	return max * gomath.Sqrt(csum-1.0+frac1)
}
