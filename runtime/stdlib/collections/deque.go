package collections

import (
	"math"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// DequeClass is collections.deque.
var DequeClass = vm.NewGoClass("deque", module, nil, newDeque)

// deque is a double-ended queue on a ring buffer, optionally bounded by
// maxlen (appending to a full deque drops an item from the other end).
type deque struct {
	buf    []vm.Value // len(buf) is 0 or a power of two
	head   int
	n      int
	maxlen int // -1: unbounded
	// state changes whenever items are added or removed, so that
	// iterators can report "deque mutated during iteration".
	state uint64
}

func (*deque) Type() *vm.Class { return DequeClass }

func newDeque(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) > 2 {
		return nil, th.TypeError("deque() takes at most 2 arguments (%d given)", len(args))
	}
	iterable, maxlen := vm.Value(nil), vm.None
	if err := th.UnpackArgs("deque", args, kwnames, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return nil, err
	}
	d := &deque{maxlen: -1}
	if !vm.Is(maxlen, vm.None) {
		n, ok := vm.AsInt64(maxlen)
		if !ok {
			return nil, th.TypeError("an integer is required")
		}
		if n < 0 {
			return nil, th.ValueError("maxlen must be non-negative")
		}
		d.maxlen = int(min(n, math.MaxInt32))
	}
	if iterable != nil {
		if err := d.extend(th, iterable); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func (d *deque) at(i int) vm.Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *deque) set(i int, v vm.Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

func (d *deque) items() []vm.Value {
	out := make([]vm.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := max(8, 2*len(d.buf))
	buf := make([]vm.Value, size)
	for i := 0; i < d.n; i++ {
		buf[i] = d.at(i)
	}
	d.buf, d.head = buf, 0
}

func (d *deque) full() bool { return d.maxlen >= 0 && d.n >= d.maxlen }

func (d *deque) pushBack(v vm.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.full() {
		d.popFront()
	}
	d.grow()
	d.n++
	d.set(d.n-1, v)
	d.state++
}

func (d *deque) pushFront(v vm.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.full() {
		d.popBack()
	}
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.n++
	d.set(0, v)
	d.state++
}

func (d *deque) popBack() vm.Value {
	v := d.at(d.n - 1)
	d.set(d.n-1, nil)
	d.n--
	d.state++
	return v
}

func (d *deque) popFront() vm.Value {
	v := d.at(0)
	d.set(0, nil)
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return v
}

// replace makes items the content of d (keeping maxlen's last items).
func (d *deque) replace(items []vm.Value) {
	d.buf, d.head, d.n = nil, 0, 0
	for _, v := range items {
		d.pushBack(v)
	}
}

func (d *deque) extend(th *vm.Thread, iterable vm.Value) error {
	if o, ok := iterable.(*deque); ok {
		iterable = vm.NewList(o.items())
	}
	return th.ForEach(iterable, func(v vm.Value) error {
		d.pushBack(v)
		return nil
	})
}

// index converts a deque index, failing as CPython does.
func (d *deque) index(th *vm.Thread, key vm.Value) (int, error) {
	i, ok := vm.AsInt64(key)
	if !ok {
		if _, big := key.(vm.BigInt); big {
			return 0, th.Raise(vm.IndexErrorClass, "cannot fit 'int' into an index-sized integer")
		}
		return 0, th.TypeError("sequence index must be integer, not '%s'", key.Type().Name)
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, th.Raise(vm.IndexErrorClass, "deque index out of range")
	}
	return int(i), nil
}

func (d *deque) Len() int { return d.n }

func (d *deque) Truth(th *vm.Thread) (bool, error) { return d.n > 0, nil }

func (d *deque) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	i, err := d.index(th, key)
	if err != nil {
		return nil, err
	}
	return d.at(i), nil
}

func (d *deque) SetItem(th *vm.Thread, key, v vm.Value) error {
	i, err := d.index(th, key)
	if err != nil {
		return err
	}
	d.set(i, v)
	return nil
}

func (d *deque) DelItem(th *vm.Thread, key vm.Value) error {
	i, err := d.index(th, key)
	if err != nil {
		return err
	}
	items := d.items()
	d.replace(append(items[:i], items[i+1:]...))
	return nil
}

func (d *deque) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	state := d.state
	for i := 0; i < d.n; i++ {
		eq, err := th.Equal(d.at(i), key)
		if err != nil || eq {
			return eq, err
		}
		if d.state != state {
			return false, th.Raise(vm.RuntimeErrorClass, "deque mutated during iteration")
		}
	}
	return false, nil
}

func (d *deque) Hash(th *vm.Thread) (int64, error) {
	return 0, th.TypeError("unhashable type: 'collections.deque'")
}

func (d *deque) Repr(th *vm.Thread) (string, error) {
	if !th.EnterRepr(d) {
		return "[...]", nil
	}
	defer th.LeaveRepr()
	var b strings.Builder
	b.WriteString("deque(")
	s, err := th.Repr(vm.NewList(d.items()))
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		b.WriteString(strconv.Itoa(d.maxlen))
	}
	b.WriteByte(')')
	return b.String(), nil
}

func (d *deque) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*deque)
	if !ok {
		return vm.NotImplemented, nil
	}
	return th.Compare(op, vm.Tuple(d.items()), vm.Tuple(o.items()))
}

func (d *deque) Iter(th *vm.Thread) (vm.Iterator, error) {
	return &dequeIter{d: d, state: d.state}, nil
}

var dequeIterClass = vm.NewIteratorClass("_deque_iterator", module, nil)

// dequeIter iterates a deque forwards or backwards.
type dequeIter struct {
	d       *deque
	i       int
	state   uint64
	reverse bool
}

func (*dequeIter) Type() *vm.Class { return dequeIterClass }

func (it *dequeIter) Next(th *vm.Thread) (vm.Value, error) {
	if it.d == nil {
		return nil, nil
	}
	if it.d.state != it.state {
		it.d = nil
		return nil, th.Raise(vm.RuntimeErrorClass, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		it.d = nil
		return nil, nil
	}
	j := it.i
	if it.reverse {
		j = it.d.n - 1 - it.i
	}
	it.i++
	return it.d.at(j), nil
}

func dequeMethod(name string, nargs int, fn func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error)) {
	DequeClass.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if nargs >= 0 {
			if err := th.ExactArgs(name, args, kwnames, nargs); err != nil {
				return nil, err
			}
		} else if err := th.NoKwargs(name, kwnames); err != nil {
			return nil, err
		}
		return fn(th, self.(*deque), args)
	})
}

// clampIndex is the start/stop handling of list.index and list.insert.
func clampIndex(i int64, n int) int {
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	}
	if i > int64(n) {
		i = int64(n)
	}
	return int(i)
}

func indexArg(th *vm.Thread, v vm.Value) (int64, error) {
	if n, ok := vm.AsInt64(v); ok {
		return n, nil
	}
	if b, ok := v.(vm.BigInt); ok {
		if b.Big().Sign() < 0 {
			return math.MinInt64, nil
		}
		return math.MaxInt64, nil
	}
	return 0, th.TypeError("slice indices must be integers or have an __index__ method")
}

func init() {
	vm.MakeGeneric(DequeClass)
	DequeClass.SetAttr("__hash__", vm.None)
	DequeClass.SetAttr("maxlen", &vm.Property{Get: vm.NewBuiltin("maxlen", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d := args[0].(*deque)
		if d.maxlen < 0 {
			return vm.None, nil
		}
		return vm.MakeInt(int64(d.maxlen)), nil
	}), Set: vm.None, Del: vm.None, Doc: vm.None})
	dequeMethod("append", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		d.pushBack(args[0])
		return vm.None, nil
	})
	dequeMethod("appendleft", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		d.pushFront(args[0])
		return vm.None, nil
	})
	dequeMethod("pop", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		if d.n == 0 {
			return nil, th.Raise(vm.IndexErrorClass, "pop from an empty deque")
		}
		return d.popBack(), nil
	})
	dequeMethod("popleft", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		if d.n == 0 {
			return nil, th.Raise(vm.IndexErrorClass, "pop from an empty deque")
		}
		return d.popFront(), nil
	})
	dequeMethod("extend", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		return vm.None, d.extend(th, args[0])
	})
	dequeMethod("extendleft", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		src := args[0]
		if o, ok := src.(*deque); ok {
			src = vm.NewList(o.items())
		}
		return vm.None, th.ForEach(src, func(v vm.Value) error {
			d.pushFront(v)
			return nil
		})
	})
	dequeMethod("rotate", -1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		if len(args) > 1 {
			return nil, th.TypeError("rotate expected at most 1 argument, got %d", len(args))
		}
		n := int64(1)
		if len(args) == 1 {
			var ok bool
			if n, ok = vm.AsInt64(args[0]); !ok {
				return nil, th.TypeError("'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
		}
		if d.n <= 1 {
			return vm.None, nil
		}
		k := int(((n % int64(d.n)) + int64(d.n)) % int64(d.n))
		items := d.items()
		d.replace(append(items[d.n-k:], items[:d.n-k]...))
		return vm.None, nil
	})
	dequeMethod("index", -1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, th.TypeError("index expected at least 1 argument, got %d", len(args))
		}
		start, stop := 0, d.n
		if len(args) > 1 {
			s, err := indexArg(th, args[1])
			if err != nil {
				return nil, err
			}
			start = clampIndex(s, d.n)
		}
		if len(args) > 2 {
			s, err := indexArg(th, args[2])
			if err != nil {
				return nil, err
			}
			stop = clampIndex(s, d.n)
		}
		state := d.state
		for i := start; i < stop && i < d.n; i++ {
			eq, err := th.Equal(d.at(i), args[0])
			if err != nil {
				return nil, err
			}
			if d.state != state {
				return nil, th.Raise(vm.RuntimeErrorClass, "deque mutated during iteration")
			}
			if eq {
				return vm.MakeInt(int64(i)), nil
			}
		}
		r, err := th.Repr(args[0])
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("%s is not in deque", r)
	})
	dequeMethod("count", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		n := 0
		state := d.state
		for i := 0; i < d.n; i++ {
			eq, err := th.Equal(d.at(i), args[0])
			if err != nil {
				return nil, err
			}
			if d.state != state {
				return nil, th.Raise(vm.RuntimeErrorClass, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return vm.MakeInt(int64(n)), nil
	})
	dequeMethod("remove", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		for i := 0; i < d.n; i++ {
			eq, err := th.Equal(d.at(i), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				items := d.items()
				d.replace(append(items[:i], items[i+1:]...))
				return vm.None, nil
			}
		}
		r, err := th.Repr(args[0])
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("%s is not in deque", r)
	})
	dequeMethod("insert", 2, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		i, ok := vm.AsInt64(args[0])
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if d.full() {
			return nil, th.Raise(vm.IndexErrorClass, "deque already at its maximum size")
		}
		j := clampIndex(i, d.n)
		items := d.items()
		items = append(items[:j], append([]vm.Value{args[1]}, items[j:]...)...)
		d.replace(items)
		return vm.None, nil
	})
	dequeMethod("clear", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		d.replace(nil)
		return vm.None, nil
	})
	copyFn := func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		c := &deque{maxlen: d.maxlen}
		c.replace(d.items())
		return c, nil
	}
	dequeMethod("__reduce__", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		maxlen := vm.None
		if d.maxlen >= 0 {
			maxlen = vm.MakeInt(int64(d.maxlen))
		}
		return vm.Tuple{DequeClass, vm.Tuple{vm.NewList(d.items()), maxlen}}, nil
	})
	dequeMethod("copy", 0, copyFn)
	dequeMethod("__copy__", 0, copyFn)
	dequeMethod("reverse", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.set(i, b)
			d.set(j, a)
		}
		return vm.None, nil
	})
	dequeMethod("__reversed__", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		return &dequeIter{d: d, state: d.state, reverse: true}, nil
	})
	dequeMethod("__len__", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		return vm.MakeInt(int64(d.n)), nil
	})
	dequeMethod("__iter__", 0, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		return d.Iter(th)
	})
	dequeMethod("__contains__", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		ok, err := d.Contains(th, args[0])
		return vm.MakeBool(ok), err
	})
	dequeMethod("__getitem__", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		return d.GetItem(th, args[0])
	})
	dequeMethod("__add__", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		o, ok := args[0].(*deque)
		if !ok {
			return nil, th.TypeError("can only concatenate deque (not \"%s\") to deque", args[0].Type().Name)
		}
		c := &deque{maxlen: d.maxlen}
		c.replace(append(d.items(), o.items()...))
		return c, nil
	})
	dequeMethod("__iadd__", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		return d, d.extend(th, args[0])
	})
	mul := func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		n, ok := vm.AsInt64(args[0])
		if !ok {
			return vm.NotImplemented, nil
		}
		items := d.items()
		var out []vm.Value
		for i := int64(0); i < n; i++ {
			out = append(out, items...)
		}
		c := &deque{maxlen: d.maxlen}
		c.replace(out)
		return c, nil
	}
	dequeMethod("__mul__", 1, mul)
	dequeMethod("__rmul__", 1, mul)
	dequeMethod("__imul__", 1, func(th *vm.Thread, d *deque, args []vm.Value) (vm.Value, error) {
		r, err := mul(th, d, args)
		if err != nil || vm.Is(r, vm.NotImplemented) {
			return r, err
		}
		d.replace(r.(*deque).items())
		return d, nil
	})
}
