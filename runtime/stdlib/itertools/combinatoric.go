package itertools

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	productClass      = iterClass("product", newProduct)
	permutationsClass = iterClass("permutations", newPermutations)
	combinationsClass = iterClass("combinations", newCombinations)
	cwrClass          = iterClass("combinations_with_replacement", newCWR)
)

// product is product(*iterables, repeat=1): the pools are read when it is
// made; indices run like an odometer.
type product struct {
	pools   []vm.Tuple
	indices []int
	started bool
	stopped bool
}

func (*product) Type() *vm.Class { return productClass }

func newProduct(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	repeat := int64(1)
	for i, k := range kwnames {
		if k != "repeat" {
			return nil, th.TypeError("product() got an unexpected keyword argument '%s'", k)
		}
		n, ok := vm.AsInt64(args[npos+i])
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", args[npos+i].Type().Name)
		}
		repeat = n
	}
	if repeat < 0 {
		return nil, th.ValueError("repeat argument cannot be negative")
	}
	p := &product{}
	var base []vm.Tuple
	for _, a := range args[:npos] {
		t, err := th.ToTuple(a)
		if err != nil {
			return nil, err
		}
		base = append(base, t)
	}
	for r := int64(0); r < repeat; r++ {
		p.pools = append(p.pools, base...)
	}
	p.indices = make([]int, len(p.pools))
	for _, pool := range p.pools {
		if len(pool) == 0 {
			p.stopped = true
		}
	}
	return p, nil
}

func (p *product) Next(th *vm.Thread) (vm.Value, error) {
	if p.stopped {
		return nil, nil
	}
	if p.started {
		i := len(p.pools) - 1
		for ; i >= 0; i-- {
			p.indices[i]++
			if p.indices[i] < len(p.pools[i]) {
				break
			}
			p.indices[i] = 0
		}
		if i < 0 {
			p.stopped = true
			return nil, nil
		}
	}
	p.started = true
	t := make(vm.Tuple, len(p.pools))
	for i, pool := range p.pools {
		t[i] = pool[p.indices[i]]
	}
	return t, nil
}

// pick returns the tuple of pool's items at the first r indices.
func pick(pool vm.Tuple, indices []int, r int) vm.Tuple {
	t := make(vm.Tuple, r)
	for i := 0; i < r; i++ {
		t[i] = pool[indices[i]]
	}
	return t
}

// permutations is permutations(iterable, r=None), CPython's algorithm
// with cycles.
type permutations struct {
	pool    vm.Tuple
	r       int
	indices []int
	cycles  []int
	started bool
	stopped bool
}

func (*permutations) Type() *vm.Class { return permutationsClass }

func newPermutations(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var iterable vm.Value
	rv := vm.None
	if err := th.UnpackArgs("permutations", args, kwnames, "iterable", &iterable, "r?", &rv); err != nil {
		return nil, err
	}
	pool, err := th.ToTuple(iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if !vm.Is(rv, vm.None) {
		if _, ok := vm.AsInt64(rv); !ok {
			if _, big := rv.(vm.BigInt); !big {
				return nil, th.TypeError("Expected int as r")
			}
		}
		if r, err = nonNegativeR(th, rv); err != nil {
			return nil, err
		}
	}
	p := &permutations{pool: pool, r: r, stopped: r > n}
	p.indices = make([]int, n)
	for i := range p.indices {
		p.indices[i] = i
	}
	if r <= n {
		p.cycles = make([]int, r)
		for i := range p.cycles {
			p.cycles[i] = n - i
		}
	}
	return p, nil
}

func (p *permutations) Next(th *vm.Thread) (vm.Value, error) {
	if p.stopped {
		return nil, nil
	}
	if !p.started {
		p.started = true
		return pick(p.pool, p.indices, p.r), nil
	}
	n := len(p.pool)
	if n == 0 {
		p.stopped = true
		return nil, nil
	}
	for i := p.r - 1; i >= 0; i-- {
		p.cycles[i]--
		if p.cycles[i] == 0 {
			first := p.indices[i]
			copy(p.indices[i:], p.indices[i+1:])
			p.indices[n-1] = first
			p.cycles[i] = n - i
			continue
		}
		j := p.cycles[i]
		p.indices[i], p.indices[n-j] = p.indices[n-j], p.indices[i]
		return pick(p.pool, p.indices, p.r), nil
	}
	p.stopped = true
	return nil, nil
}

// combinations is combinations(iterable, r) and, with replace set,
// combinations_with_replacement(iterable, r).
type combinations struct {
	pool    vm.Tuple
	r       int
	indices []int
	replace bool
	started bool
	stopped bool
}

func (c *combinations) Type() *vm.Class {
	if c.replace {
		return cwrClass
	}
	return combinationsClass
}

func newCombinationsOf(name string, replace bool, th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var iterable, rv vm.Value
	if err := th.UnpackArgs(name, args, kwnames, "iterable", &iterable, "r", &rv); err != nil {
		return nil, err
	}
	pool, err := th.ToTuple(iterable)
	if err != nil {
		return nil, err
	}
	r, err := nonNegativeR(th, rv)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	c := &combinations{pool: pool, r: r, replace: replace, indices: make([]int, r)}
	if replace {
		c.stopped = n == 0 && r > 0
	} else {
		c.stopped = r > n
		for i := range c.indices {
			c.indices[i] = i
		}
	}
	return c, nil
}

func newCombinations(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	return newCombinationsOf("combinations", false, th, args, kwnames)
}

func newCWR(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	return newCombinationsOf("combinations_with_replacement", true, th, args, kwnames)
}

func (c *combinations) Next(th *vm.Thread) (vm.Value, error) {
	if c.stopped {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return pick(c.pool, c.indices, c.r), nil
	}
	n, r := len(c.pool), c.r
	i := r - 1
	if c.replace {
		for i >= 0 && c.indices[i] == n-1 {
			i--
		}
		if i < 0 {
			c.stopped = true
			return nil, nil
		}
		v := c.indices[i] + 1
		for j := i; j < r; j++ {
			c.indices[j] = v
		}
	} else {
		for i >= 0 && c.indices[i] == i+n-r {
			i--
		}
		if i < 0 {
			c.stopped = true
			return nil, nil
		}
		c.indices[i]++
		for j := i + 1; j < r; j++ {
			c.indices[j] = c.indices[j-1] + 1
		}
	}
	return pick(c.pool, c.indices, r), nil
}
