package random

import (
	"math"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/libm"
	"github.com/hyperflask/hfc/runtime/vm"
)

var one = vm.MakeInt(1)

func addSequences(c *vm.Class) {
	method(c, "randrange", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		p, err := bind(th, "Random.randrange", args, kwnames, []param{{name: "start"}, {name: "stop", def: vm.None}, {name: "step", def: one}})
		if err != nil {
			return nil, err
		}
		return r.randrange(th, p[0], p[1], p[2])
	})
	method(c, "randint", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		p, err := bind(th, "Random.randint", args, kwnames, []param{{name: "a"}, {name: "b"}})
		if err != nil {
			return nil, err
		}
		if x, ok := p[0].(vm.Int); ok {
			if y, ok := p[1].(vm.Int); ok && y >= x && y-x < math.MaxInt64 && !r.system() {
				return vm.MakeInt(int64(x) + int64(r.mt.below(uint64(y-x)+1))), nil
			}
		}
		stop, err := th.Binary(bytecode.OpAdd, p[1], one)
		if err != nil {
			return nil, err
		}
		return r.randrange(th, p[0], stop, one)
	})
	method(c, "choice", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		p, err := bind(th, "Random.choice", args, kwnames, []param{{name: "seq"}})
		if err != nil {
			return nil, err
		}
		n, err := th.Len(p[0])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, th.Raise(vm.IndexErrorClass, "Cannot choose from an empty sequence")
		}
		i, err := r.belowInt(th, n)
		if err != nil {
			return nil, err
		}
		if l, ok := p[0].(*vm.List); ok {
			return l.Elems[i], nil
		}
		return th.GetItem(p[0], vm.MakeInt(int64(i)))
	})
	method(c, "shuffle", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		p, err := bind(th, "Random.shuffle", args, kwnames, []param{{name: "x"}})
		if err != nil {
			return nil, err
		}
		return vm.None, r.shuffle(th, p[0])
	})
	method(c, "sample", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		p, err := bind(th, "Random.sample", args, kwnames, []param{{name: "population"}, {name: "k"}, {name: "counts", def: vm.None, kwOnly: true}})
		if err != nil {
			return nil, err
		}
		return r.sample(th, p[0], p[1], p[2])
	})
	method(c, "choices", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		p, err := bind(th, "Random.choices", args, kwnames, []param{{name: "population"}, {name: "weights", def: vm.None},
			{name: "cum_weights", def: vm.None, kwOnly: true}, {name: "k", def: one, kwOnly: true}})
		if err != nil {
			return nil, err
		}
		return r.choices(th, p[0], p[1], p[2], p[3])
	})
}

// index is operator.index for randrange's arguments; floats with an
// integral value are accepted (deprecated in 3.10, as in CPython, without
// the warning).
func rangeArg(th *vm.Thread, v vm.Value, which string) (vm.Value, error) {
	i, err := th.IndexValue(v)
	if err == nil {
		return i, nil
	}
	n, err := th.CallValue(vm.IntClass, []vm.Value{v}, nil)
	if err != nil {
		return nil, err
	}
	eq, err := th.Equal(n, v)
	if err != nil {
		return nil, err
	}
	if !eq {
		return nil, th.ValueError("non-integer %s for randrange()", which)
	}
	return n, nil
}

func (r *Random) randrange(th *vm.Thread, start, stop, step vm.Value) (vm.Value, error) {
	istart, err := rangeArg(th, start, "arg 1")
	if err != nil {
		return nil, err
	}
	a := &arith{th: th}
	if vm.Is(stop, vm.None) {
		if !vm.Is(step, one) {
			return nil, th.TypeError("Missing a non-None stop argument")
		}
		if a.cmp(bytecode.CmpGT, istart, vm.MakeInt(0)) {
			return r.below(th, istart)
		}
		return nil, th.ValueError("empty range for randrange()")
	}
	istop, err := rangeArg(th, stop, "stop")
	if err != nil {
		return nil, err
	}
	width := a.sub(istop, istart)
	istep, err := rangeArg(th, step, "step")
	if err != nil {
		return nil, err
	}
	if s, ok := istep.(vm.Int); ok && s == 1 {
		if a.cmp(bytecode.CmpGT, width, vm.MakeInt(0)) {
			b, err := r.below(th, width)
			if err != nil {
				return nil, err
			}
			return th.Binary(bytecode.OpAdd, istart, b)
		}
		return nil, th.ValueError("empty range for randrange() (%s, %s, %s)", intString(istart), intString(istop), intString(width))
	}
	var n vm.Value
	switch {
	case a.cmp(bytecode.CmpGT, istep, vm.MakeInt(0)):
		n = a.op(bytecode.OpFloorDiv, a.sub(a.add(width, istep), one), istep)
	case a.cmp(bytecode.CmpLT, istep, vm.MakeInt(0)):
		n = a.op(bytecode.OpFloorDiv, a.add(a.add(width, istep), one), istep)
	default:
		return nil, th.ValueError("zero step for randrange()")
	}
	if a.err != nil {
		return nil, a.err
	}
	if !a.cmp(bytecode.CmpGT, n, vm.MakeInt(0)) {
		return nil, th.ValueError("empty range for randrange()")
	}
	b, err := r.below(th, n)
	if err != nil {
		return nil, err
	}
	return th.Binary(bytecode.OpAdd, istart, a.mul(istep, b))
}

func intString(v vm.Value) string { return vm.IntToBig(v).String() }

func (r *Random) shuffle(th *vm.Thread, x vm.Value) error {
	n, err := th.Len(x)
	if err != nil {
		return err
	}
	if l, ok := x.(*vm.List); ok && !r.system() {
		for i := n - 1; i >= 1; i-- {
			j := int(r.mt.below(uint64(i + 1)))
			if i >= len(l.Elems) || j >= len(l.Elems) {
				return th.Raise(vm.IndexErrorClass, "list index out of range")
			}
			l.Elems[i], l.Elems[j] = l.Elems[j], l.Elems[i]
		}
		return nil
	}
	for i := n - 1; i >= 1; i-- {
		j, err := r.belowInt(th, i+1)
		if err != nil {
			return err
		}
		vi, vj := vm.MakeInt(int64(i)), vm.MakeInt(int64(j))
		xj, err := th.GetItem(x, vj)
		if err != nil {
			return err
		}
		xi, err := th.GetItem(x, vi)
		if err != nil {
			return err
		}
		if err := th.SetItem(x, vi, xj); err != nil {
			return err
		}
		if err := th.SetItem(x, vj, xi); err != nil {
			return err
		}
	}
	return nil
}

// isSequence is isinstance(v, collections.abc.Sequence) for the values
// hfc has.
func isSequence(v vm.Value) bool {
	switch v.(type) {
	case *vm.List, vm.Tuple, vm.Str, *vm.Range, vm.Bytes:
		return true
	}
	return false
}

// accumulate is list(itertools.accumulate(values)).
func accumulate(th *vm.Thread, values vm.Value) ([]vm.Value, error) {
	var out []vm.Value
	var total vm.Value
	err := th.ForEach(values, func(v vm.Value) error {
		if total == nil {
			total = v
		} else {
			t, err := th.Binary(bytecode.OpAdd, total, v)
			if err != nil {
				return err
			}
			total = t
		}
		out = append(out, total)
		return nil
	})
	return out, err
}

// bisectRight is bisect.bisect_right(a, x, lo, hi).
func bisectRight(th *vm.Thread, a []vm.Value, x vm.Value, lo, hi int) (int, error) {
	for lo < hi {
		mid := (lo + hi) / 2
		lt, err := th.Less(x, a[mid])
		if err != nil {
			return 0, err
		}
		if lt {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func (r *Random) sample(th *vm.Thread, population, k, counts vm.Value) (vm.Value, error) {
	if !isSequence(population) {
		return nil, th.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := th.Len(population)
	if err != nil {
		return nil, err
	}
	if !vm.Is(counts, vm.None) {
		cum, err := accumulate(th, counts)
		if err != nil {
			return nil, err
		}
		if len(cum) != n {
			return nil, th.ValueError("The number of counts does not match the population")
		}
		total := cum[len(cum)-1]
		cum = cum[:len(cum)-1]
		switch total.(type) {
		case vm.Int, vm.BigInt, vm.Bool:
		default:
			return nil, th.TypeError("Counts must be integers")
		}
		if vm.IntToBig(total).Sign() <= 0 {
			return nil, th.ValueError("Total of counts must be greater than zero")
		}
		tb := vm.IntToBig(total)
		if !tb.IsInt64() {
			return nil, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C ssize_t")
		}
		sel, err := r.sample(th, &vm.Range{Start: 0, Stop: tb.Int64(), Step: 1}, k, vm.None)
		if err != nil {
			return nil, err
		}
		picks := sel.(*vm.List).Elems
		out := make([]vm.Value, len(picks))
		for i, s := range picks {
			j, err := bisectRight(th, cum, s, 0, len(cum))
			if err != nil {
				return nil, err
			}
			if out[i], err = th.GetItem(population, vm.MakeInt(int64(j))); err != nil {
				return nil, err
			}
		}
		return vm.NewList(out), nil
	}
	a := &arith{th: th}
	if !(a.cmp(bytecode.CmpLE, vm.MakeInt(0), k) && a.cmp(bytecode.CmpLE, k, vm.MakeInt(int64(n)))) {
		if a.err != nil {
			return nil, a.err
		}
		return nil, th.ValueError("Sample larger than population or is negative")
	}
	kv, ok := k.(vm.Int)
	if !ok {
		if b, isBool := k.(vm.Bool); isBool {
			kv = 0
			if b {
				kv = 1
			}
		} else {
			return nil, th.TypeError("can't multiply sequence by non-int of type '%s'", k.Type().Name)
		}
	}
	kk := int(kv)
	result := make([]vm.Value, kk)
	setsize := 21
	if kk > 5 {
		setsize += int(math.Pow(4, math.Ceil(libm.Log(float64(kk*3))/libm.Log(4))))
	}
	item := func(j int) (vm.Value, error) {
		switch x := population.(type) {
		case *vm.List:
			if j < len(x.Elems) {
				return x.Elems[j], nil
			}
		case vm.Tuple:
			return x[j], nil
		case *vm.Range:
			return vm.MakeInt(x.At(int64(j))), nil
		}
		return th.GetItem(population, vm.MakeInt(int64(j)))
	}
	if n <= setsize {
		pool, err := th.ToSlice(population)
		if err != nil {
			return nil, err
		}
		pool = append([]vm.Value(nil), pool...)
		for i := 0; i < kk; i++ {
			j, err := r.belowInt(th, n-i)
			if err != nil {
				return nil, err
			}
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return vm.NewList(result), nil
	}
	selected := make(map[int]bool, kk)
	for i := 0; i < kk; i++ {
		j, err := r.belowInt(th, n)
		if err != nil {
			return nil, err
		}
		for selected[j] {
			if j, err = r.belowInt(th, n); err != nil {
				return nil, err
			}
		}
		selected[j] = true
		if result[i], err = item(j); err != nil {
			return nil, err
		}
	}
	return vm.NewList(result), nil
}

func (r *Random) choices(th *vm.Thread, population, weights, cumWeights, k vm.Value) (vm.Value, error) {
	n, err := th.Len(population)
	if err != nil {
		return nil, err
	}
	var cum []vm.Value
	if vm.Is(cumWeights, vm.None) {
		if vm.Is(weights, vm.None) {
			count, err := repeatCount(th, k)
			if err != nil {
				return nil, err
			}
			out := make([]vm.Value, count)
			fn := float64(n)
			for i := range out {
				v, err := th.GetItem(population, vm.MakeInt(int64(math.Floor(r.random()*fn))))
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return vm.NewList(out), nil
		}
		cum, err = accumulate(th, weights)
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.TypeErrorClass) {
				if _, isInt := weights.(vm.Int); isInt {
					kr, _ := th.Repr(weights)
					return nil, th.TypeError("The number of choices must be a keyword argument: k=%s", kr)
				}
			}
			return nil, err
		}
	} else if !vm.Is(weights, vm.None) {
		return nil, th.TypeError("Cannot specify both weights and cumulative weights")
	} else {
		if cum, err = th.ToSlice(cumWeights); err != nil {
			return nil, err
		}
	}
	if len(cum) != n {
		return nil, th.ValueError("The number of weights does not match the population")
	}
	if len(cum) == 0 {
		return nil, th.Raise(vm.IndexErrorClass, "list index out of range")
	}
	total, err := th.Binary(bytecode.OpAdd, cum[len(cum)-1], floatZero)
	if err != nil {
		return nil, err
	}
	a := &arith{th: th}
	if a.cmp(bytecode.CmpLE, total, floatZero) {
		return nil, th.ValueError("Total of weights must be greater than zero")
	}
	tf := a.float(total)
	if a.err != nil {
		return nil, a.err
	}
	if math.IsInf(tf, 0) || math.IsNaN(tf) {
		return nil, th.ValueError("Total of weights must be finite")
	}
	count, err := repeatCount(th, k)
	if err != nil {
		return nil, err
	}
	out := make([]vm.Value, count)
	hi := n - 1
	for i := range out {
		x := a.mul(r.rnd(), total)
		if a.err != nil {
			return nil, a.err
		}
		j, err := bisectRight(th, cum, x, 0, hi)
		if err != nil {
			return nil, err
		}
		if out[i], err = th.GetItem(population, vm.MakeInt(int64(j))); err != nil {
			return nil, err
		}
	}
	return vm.NewList(out), nil
}

// repeatCount is the count of itertools.repeat(None, k): negative is 0.
func repeatCount(th *vm.Thread, k vm.Value) (int, error) {
	switch k.(type) {
	case vm.Int, vm.Bool, vm.BigInt:
	default:
		return 0, th.TypeError("'%s' object cannot be interpreted as an integer", k.Type().Name)
	}
	n, ok := vm.AsInt64(k)
	if !ok {
		return 0, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return 0, nil
	}
	if n > 1<<26 {
		return 0, th.Raise(vm.MemoryErrorClass, "")
	}
	return int(n), nil
}
