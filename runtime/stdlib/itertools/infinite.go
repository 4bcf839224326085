package itertools

import (
	"strconv"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

var (
	countClass  = iterClass("count", newCount)
	cycleClass  = iterClass("cycle", newCycle)
	repeatClass = iterClass("repeat", newRepeat)
)

// count is count(start=0, step=1).
type count struct {
	cur, step vm.Value
}

func (*count) Type() *vm.Class { return countClass }

func isNumber(v vm.Value) bool {
	switch v.(type) {
	case vm.Int, vm.BigInt, vm.Bool, vm.Float:
		return true
	}
	return false
}

func newCount(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) > 2 {
		return nil, th.TypeError("count() takes at most 2 arguments (%d given)", len(args))
	}
	start, step := vm.Value(vm.MakeInt(0)), vm.Value(vm.MakeInt(1))
	if err := th.UnpackArgs("count", args, kwnames, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, th.TypeError("a number is required")
	}
	return &count{cur: start, step: step}, nil
}

func (c *count) Next(th *vm.Thread) (vm.Value, error) {
	v := c.cur
	if x, ok := v.(vm.Int); ok {
		if s, ok := c.step.(vm.Int); ok {
			if n := x + s; (n > x) == (s > 0) {
				c.cur = n
				return v, nil
			}
		}
	}
	n, err := th.Binary(bytecode.OpAdd, v, c.step)
	if err != nil {
		return nil, err
	}
	c.cur = n
	return v, nil
}

func (c *count) Repr(th *vm.Thread) (string, error) {
	start, err := th.Repr(c.cur)
	if err != nil {
		return "", err
	}
	if n, ok := vm.AsInt64(c.step); ok && n == 1 {
		return "count(" + start + ")", nil
	}
	step, err := th.Repr(c.step)
	return "count(" + start + ", " + step + ")", err
}

// cycle is cycle(iterable): the items, saved on the first pass, forever.
type cycle struct {
	it    vm.Iterator
	saved []vm.Value
	i     int
}

func (*cycle) Type() *vm.Class { return cycleClass }

func newCycle(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("cycle", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	it, err := th.Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &cycle{it: it}, nil
}

func (c *cycle) Next(th *vm.Thread) (vm.Value, error) {
	if c.it != nil {
		v, err := c.it.Next(th)
		if err != nil {
			return nil, err
		}
		if v != nil {
			c.saved = append(c.saved, v)
			return v, nil
		}
		c.it = nil
	}
	if len(c.saved) == 0 {
		return nil, nil
	}
	v := c.saved[c.i]
	c.i = (c.i + 1) % len(c.saved)
	return v, nil
}

// repeat is repeat(object[, times]).
type repeat struct {
	obj   vm.Value
	times int64 // -1: forever
}

func (*repeat) Type() *vm.Class { return repeatClass }

func newRepeat(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) > 2 {
		return nil, th.TypeError("repeat() takes at most 2 arguments (%d given)", len(args))
	}
	var obj, times vm.Value
	if err := th.UnpackArgs("repeat", args, kwnames, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	r := &repeat{obj: obj, times: -1}
	if times != nil {
		n, ok := vm.AsInt64(times)
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", times.Type().Name)
		}
		r.times = max(n, 0)
	}
	return r, nil
}

func (r *repeat) Next(th *vm.Thread) (vm.Value, error) {
	switch {
	case r.times < 0:
		return r.obj, nil
	case r.times == 0:
		return nil, nil
	}
	r.times--
	return r.obj, nil
}

func (r *repeat) Repr(th *vm.Thread) (string, error) {
	s, err := th.Repr(r.obj)
	if err != nil || r.times < 0 {
		return "repeat(" + s + ")", err
	}
	return "repeat(" + s + ", " + strconv.FormatInt(r.times, 10) + ")", nil
}
