package itertools

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	accumulateClass  = iterClass("accumulate", newAccumulate)
	chainClass       = iterClass("chain", newChain)
	compressClass    = iterClass("compress", newCompress)
	dropwhileClass   = iterClass("dropwhile", newDropwhile)
	filterfalseClass = iterClass("filterfalse", newFilterfalse)
	pairwiseClass    = iterClass("pairwise", newPairwise)
	starmapClass     = iterClass("starmap", newStarmap)
	takewhileClass   = iterClass("takewhile", newTakewhile)
	zipLongestClass  = iterClass("zip_longest", newZipLongest)
)

func init() {
	chainClass.SetAttr("from_iterable", &vm.ClassMethod{Func: vm.NewBuiltin("from_iterable", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("from_iterable", args[1:], kwnames, 1); err != nil {
			return nil, err
		}
		it, err := th.Iter(args[1])
		if err != nil {
			return nil, err
		}
		return &chain{sources: it}, nil
	})})
}

// accumulate is accumulate(iterable[, func, *, initial=None]).
type accumulate struct {
	it      vm.Iterator
	fn      vm.Value
	total   vm.Value
	initial vm.Value
}

func (*accumulate) Type() *vm.Class { return accumulateClass }

func newAccumulate(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) > 3 {
		return nil, th.TypeError("accumulate() takes at most 3 arguments (%d given)", len(args))
	}
	var iterable vm.Value
	fn, initial := vm.None, vm.None
	if err := th.UnpackArgs("accumulate", args, kwnames, "iterable", &iterable, "func?", &fn, "$initial?", &initial); err != nil {
		return nil, err
	}
	it, err := th.Iter(iterable)
	if err != nil {
		return nil, err
	}
	a := &accumulate{it: it, fn: fn}
	if !vm.Is(initial, vm.None) {
		a.initial = initial
	}
	return a, nil
}

func (a *accumulate) Next(th *vm.Thread) (vm.Value, error) {
	if a.initial != nil {
		a.total, a.initial = a.initial, nil
		return a.total, nil
	}
	v, err := a.it.Next(th)
	if err != nil || v == nil {
		return nil, err
	}
	if a.total == nil {
		a.total = v
		return v, nil
	}
	if vm.Is(a.fn, vm.None) {
		v, err = th.Binary(bytecode.OpAdd, a.total, v)
	} else {
		v, err = th.CallValue(a.fn, []vm.Value{a.total, v}, nil)
	}
	if err != nil {
		return nil, err
	}
	a.total = v
	return v, nil
}

// chain is chain(*iterables) and chain.from_iterable(iterable).
type chain struct {
	sources vm.Iterator // yields the iterables
	cur     vm.Iterator
}

func (*chain) Type() *vm.Class { return chainClass }

func newChain(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("chain", kwnames); err != nil {
		return nil, err
	}
	it, err := th.Iter(append(vm.Tuple(nil), args...))
	if err != nil {
		return nil, err
	}
	return &chain{sources: it}, nil
}

func (c *chain) Next(th *vm.Thread) (vm.Value, error) {
	for c.sources != nil {
		if c.cur == nil {
			src, err := c.sources.Next(th)
			if err != nil {
				return nil, err
			}
			if src == nil {
				c.sources = nil
				return nil, nil
			}
			if c.cur, err = th.Iter(src); err != nil {
				return nil, err
			}
		}
		v, err := c.cur.Next(th)
		if err != nil || v != nil {
			return v, err
		}
		c.cur = nil
	}
	return nil, nil
}

// compress is compress(data, selectors).
type compress struct {
	data, sel vm.Iterator
}

func (*compress) Type() *vm.Class { return compressClass }

func newCompress(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var data, sel vm.Value
	if err := th.UnpackArgs("compress", args, kwnames, "data", &data, "selectors", &sel); err != nil {
		return nil, err
	}
	d, err := th.Iter(data)
	if err != nil {
		return nil, err
	}
	s, err := th.Iter(sel)
	if err != nil {
		return nil, err
	}
	return &compress{data: d, sel: s}, nil
}

func (c *compress) Next(th *vm.Thread) (vm.Value, error) {
	for {
		v, err := c.data.Next(th)
		if err != nil || v == nil {
			return nil, err
		}
		s, err := c.sel.Next(th)
		if err != nil || s == nil {
			return nil, err
		}
		ok, err := th.Truth(s)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
	}
}

// predIter is the state of dropwhile, takewhile and filterfalse.
type predIter struct {
	pred vm.Value
	it   vm.Iterator
	done bool // dropwhile: dropping is over; takewhile: taking is over
}

func newPredIter(name string) func(th *vm.Thread, args []vm.Value, kwnames []string) (predIter, error) {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (predIter, error) {
		if err := th.PositionalArgs(name, args, kwnames, 2, 2); err != nil {
			return predIter{}, err
		}
		it, err := th.Iter(args[1])
		if err != nil {
			return predIter{}, err
		}
		return predIter{pred: args[0], it: it}, nil
	}
}

type dropwhile struct{ predIter }

func (*dropwhile) Type() *vm.Class { return dropwhileClass }

func newDropwhile(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	p, err := newPredIter("dropwhile")(th, args, kwnames)
	return &dropwhile{p}, err
}

func (d *dropwhile) Next(th *vm.Thread) (vm.Value, error) {
	for {
		v, err := d.it.Next(th)
		if err != nil || v == nil || d.done {
			return v, err
		}
		ok, err := truth(th, d.pred, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			d.done = true
			return v, nil
		}
	}
}

type takewhile struct{ predIter }

func (*takewhile) Type() *vm.Class { return takewhileClass }

func newTakewhile(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	p, err := newPredIter("takewhile")(th, args, kwnames)
	return &takewhile{p}, err
}

func (t *takewhile) Next(th *vm.Thread) (vm.Value, error) {
	if t.done {
		return nil, nil
	}
	v, err := t.it.Next(th)
	if err != nil || v == nil {
		return nil, err
	}
	ok, err := truth(th, t.pred, v)
	if err != nil {
		return nil, err
	}
	if !ok {
		t.done = true
		return nil, nil
	}
	return v, nil
}

type filterfalse struct{ predIter }

func (*filterfalse) Type() *vm.Class { return filterfalseClass }

func newFilterfalse(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	p, err := newPredIter("filterfalse")(th, args, kwnames)
	return &filterfalse{p}, err
}

func (f *filterfalse) Next(th *vm.Thread) (vm.Value, error) {
	for {
		v, err := f.it.Next(th)
		if err != nil || v == nil {
			return nil, err
		}
		ok, err := truth(th, f.pred, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return v, nil
		}
	}
}

// pairwise is pairwise(iterable).
type pairwise struct {
	it  vm.Iterator
	old vm.Value
}

func (*pairwise) Type() *vm.Class { return pairwiseClass }

func newPairwise(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("pairwise", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &pairwise{it: it}, nil
}

func (p *pairwise) Next(th *vm.Thread) (vm.Value, error) {
	if p.it == nil {
		return nil, nil
	}
	if p.old == nil {
		v, err := p.it.Next(th)
		if err != nil || v == nil {
			p.it = nil
			return nil, err
		}
		p.old = v
	}
	v, err := p.it.Next(th)
	if err != nil || v == nil {
		p.it, p.old = nil, nil
		return nil, err
	}
	r := vm.Tuple{p.old, v}
	p.old = v
	return r, nil
}

// starmap is starmap(function, iterable).
type starmap struct {
	fn vm.Value
	it vm.Iterator
}

func (*starmap) Type() *vm.Class { return starmapClass }

func newStarmap(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("starmap", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	it, err := th.Iter(args[1])
	if err != nil {
		return nil, err
	}
	return &starmap{fn: args[0], it: it}, nil
}

func (s *starmap) Next(th *vm.Thread) (vm.Value, error) {
	v, err := s.it.Next(th)
	if err != nil || v == nil {
		return nil, err
	}
	args, err := th.ToSlice(v)
	if err != nil {
		return nil, err
	}
	return th.CallValue(s.fn, args, nil)
}

// zipLongest is zip_longest(*iterables, fillvalue=None).
type zipLongest struct {
	its    []vm.Iterator // nil entries are exhausted
	active int
	fill   vm.Value
}

func (*zipLongest) Type() *vm.Class { return zipLongestClass }

func newZipLongest(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	z := &zipLongest{fill: vm.None}
	for i, k := range kwnames {
		if k != "fillvalue" {
			return nil, th.TypeError("zip_longest() got an unexpected keyword argument")
		}
		z.fill = args[npos+i]
	}
	for _, a := range args[:npos] {
		it, err := th.Iter(a)
		if err != nil {
			return nil, err
		}
		z.its = append(z.its, it)
	}
	z.active = len(z.its)
	return z, nil
}

func (z *zipLongest) Next(th *vm.Thread) (vm.Value, error) {
	if z.active == 0 {
		return nil, nil
	}
	t := make(vm.Tuple, len(z.its))
	for i, it := range z.its {
		if it == nil {
			t[i] = z.fill
			continue
		}
		v, err := it.Next(th)
		if err != nil {
			z.active = 0
			return nil, err
		}
		if v == nil {
			z.its[i] = nil
			z.active--
			if z.active == 0 {
				return nil, nil
			}
			v = z.fill
		}
		t[i] = v
	}
	return t, nil
}
