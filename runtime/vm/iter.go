package vm

import "unicode/utf8"

// Iter is Python's iter(v).
func (th *Thread) Iter(v Value) (Iterator, error) {
	switch x := v.(type) {
	case *List:
		return &listIter{l: x}, nil
	case Tuple:
		return &tupleIter{t: x}, nil
	case *Range:
		return &rangeIter{next: x.Start, step: x.Step, n: x.Len()}, nil
	case Str:
		return &strIter{s: string(x)}, nil
	case *Dict:
		if x.sub != nil {
			if r, ok, err := th.dictSubCall(x, "__iter__"); ok {
				if err != nil {
					return nil, err
				}
				return th.Iter(r)
			}
		}
		return newDictIter(x, dictKeys), nil
	case *Set:
		return &setIter{s: x, version: x.version}, nil
	case Bytes:
		return &bytesIter{b: string(x)}, nil
	case Iterator:
		return x, nil
	case *Instance:
		if m := x.cls.Lookup("__iter__"); m != nil {
			r, err := th.CallValue(m, []Value{v}, nil)
			if err != nil {
				return nil, err
			}
			if it, ok := r.(Iterator); ok {
				return it, nil
			}
			if ri, ok := r.(*Instance); ok && ri.cls.Lookup("__next__") != nil {
				return &instanceIter{obj: ri}, nil
			}
			return nil, th.TypeError("iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		if x.cls.Lookup("__getitem__") != nil {
			return &seqIter{obj: v}, nil
		}
	}
	if it, ok := v.(interface {
		Iter(th *Thread) (Iterator, error)
	}); ok {
		return it.Iter(th)
	}
	return nil, th.TypeError("'%s' object is not iterable", v.Type().Name)
}

// ForEach calls f for each item of an iterable.
func (th *Thread) ForEach(v Value, f func(Value) error) error {
	switch x := v.(type) {
	case *List:
		for i := 0; i < len(x.Elems); i++ {
			if err := f(x.Elems[i]); err != nil {
				return err
			}
		}
		return nil
	case Tuple:
		for _, e := range x {
			if err := f(e); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := th.Iter(v)
	if err != nil {
		return err
	}
	for {
		x, err := it.Next(th)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		if err := f(x); err != nil {
			return err
		}
		// Iteration driven from Go (sum(range(10**15))) counts against
		// the step budget as loops in Python code do.
		if th.step() {
			if err := th.checkBudget(); err != nil {
				return err
			}
		}
	}
}

// ToSlice returns the items of an iterable (the elements of a list or tuple
// are copied).
func (th *Thread) ToSlice(v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Elems...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	}
	out := make([]Value, 0, lengthHint(v))
	err := th.ForEach(v, func(x Value) error {
		out = append(out, x)
		return nil
	})
	return out, err
}

// ToTuple is tuple(v).
func (th *Thread) ToTuple(v Value) (Tuple, error) {
	if t, ok := v.(Tuple); ok {
		return t, nil
	}
	s, err := th.ToSlice(v)
	return Tuple(s), err
}

// Next is Python's next(it) without a default: StopIteration when done.
func (th *Thread) Next(v Value) (Value, error) {
	it, ok := v.(Iterator)
	if !ok {
		if o, isInst := v.(*Instance); isInst && o.cls.Lookup("__next__") != nil {
			return th.CallValue(o.cls.Lookup("__next__"), []Value{v}, nil)
		}
		return nil, th.TypeError("'%s' object is not an iterator", v.Type().Name)
	}
	x, err := it.Next(th)
	if err != nil {
		return nil, err
	}
	if x == nil {
		if g, ok := it.(*Generator); ok {
			return nil, g.stopIteration()
		}
		return nil, NewException(StopIterationClass)
	}
	return x, nil
}

type listIter struct {
	l *List
	i int
	// loop marks an iterator made for a for loop (GET_ITER then FOR_ITER):
	// nothing else refers to it, so the thread reuses it once exhausted.
	loop bool
}

// loopListIter returns an iterator of l for a for loop, recycled.
func (th *Thread) loopListIter(l *List) *listIter {
	if n := len(th.freeListIters); n > 0 {
		it := th.freeListIters[n-1]
		th.freeListIters = th.freeListIters[:n-1]
		it.l, it.i = l, 0
		return it
	}
	return &listIter{l: l, loop: true}
}

// loopRangeIter returns an iterator of r for a for loop, recycled.
func (th *Thread) loopRangeIter(r *Range) *rangeIter {
	if n := len(th.freeRangeIters); n > 0 {
		it := th.freeRangeIters[n-1]
		th.freeRangeIters = th.freeRangeIters[:n-1]
		it.next, it.step, it.n = r.Start, r.Step, r.Len()
		return it
	}
	return &rangeIter{next: r.Start, step: r.Step, n: r.Len(), loop: true}
}

func (*listIter) Type() *Class { return ListIteratorClass }

func (it *listIter) Next(*Thread) (Value, error) {
	if it.i < len(it.l.Elems) {
		v := it.l.Elems[it.i]
		it.i++
		return v, nil
	}
	it.i = len(it.l.Elems) + 1<<30 // exhausted for good, even if the list grows
	return nil, nil
}

type tupleIter struct {
	t Tuple
	i int
}

func (*tupleIter) Type() *Class { return TupleIteratorClass }

func (it *tupleIter) Next(*Thread) (Value, error) {
	if it.i < len(it.t) {
		v := it.t[it.i]
		it.i++
		return v, nil
	}
	return nil, nil
}

type rangeIter struct {
	next, step, n int64
	loop          bool // made for a for loop (see listIter.loop)
}

func (*rangeIter) Type() *Class { return RangeIteratorClass }

func (it *rangeIter) Next(*Thread) (Value, error) {
	if it.n <= 0 {
		return nil, nil
	}
	v := it.next
	it.next += it.step
	it.n--
	return MakeInt(v), nil
}

type strIter struct {
	s string
	i int
}

func (*strIter) Type() *Class { return StrIteratorClass }

func (it *strIter) Next(*Thread) (Value, error) {
	if it.i >= len(it.s) {
		return nil, nil
	}
	c := it.s[it.i]
	if c < utf8.RuneSelf {
		it.i++
		return asciiStrs[c], nil
	}
	_, n := utf8.DecodeRuneInString(it.s[it.i:])
	v := Str(it.s[it.i : it.i+n])
	it.i += n
	return v, nil
}

// asciiStrs are the one-character ASCII strings, boxed once.
var asciiStrs = func() (t [128]Value) {
	for i := range t {
		t[i] = Str(string(rune(i)))
	}
	return
}()

type bytesIter struct {
	b string
	i int
}

func (*bytesIter) Type() *Class { return BytesIteratorClass }

func (it *bytesIter) Next(*Thread) (Value, error) {
	if it.i >= len(it.b) {
		return nil, nil
	}
	v := MakeInt(int64(it.b[it.i]))
	it.i++
	return v, nil
}

type dictIterKind uint8

const (
	dictKeys dictIterKind = iota
	dictValues
	dictItems
)

// dictIter iterates over a dict as CPython's dictiter does: used is the
// size the dict had when iteration started, left how many entries are yet
// to come, so that a change of size, or entries beyond those it had, are
// errors.
type dictIter struct {
	d          *Dict
	i          int
	kind       dictIterKind
	used, left int
}

func newDictIter(d *Dict, kind dictIterKind) *dictIter {
	return &dictIter{d: d, kind: kind, used: d.live, left: d.live}
}

func (it *dictIter) Type() *Class {
	return [...]*Class{DictKeyIteratorClass, DictValueIteratorClass, DictItemIteratorClass}[it.kind]
}

func (it *dictIter) Next(th *Thread) (Value, error) {
	if it.used < 0 {
		return nil, nil
	}
	if it.d.live != it.used {
		it.used = -1 // report once
		return nil, th.Raise(RuntimeErrorClass, "dictionary changed size during iteration")
	}
	for it.i < len(it.d.entries) {
		k, v := it.d.entryAt(it.i)
		it.i++
		if k == nil {
			continue
		}
		if it.left == 0 {
			it.used = -1
			return nil, th.Raise(RuntimeErrorClass, "dictionary keys changed during iteration")
		}
		it.left--
		switch it.kind {
		case dictValues:
			return v, nil
		case dictItems:
			return Tuple{k, v}, nil
		}
		return k, nil
	}
	return nil, nil
}

type setIter struct {
	s       *Set
	i       int
	version uint32
}

func (*setIter) Type() *Class { return SetIteratorClass }

func (it *setIter) Next(th *Thread) (Value, error) {
	if it.s.version != it.version {
		it.version = it.s.version + 1
		return nil, th.Raise(RuntimeErrorClass, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if e.key != nil && e.key != setDummy {
			return e.key, nil
		}
	}
	return nil, nil
}

// instanceIter drives an object with __next__.
type instanceIter struct {
	obj  *Instance
	done bool
}

func (it *instanceIter) Type() *Class { return it.obj.cls }

func (it *instanceIter) Next(th *Thread) (Value, error) {
	if it.done {
		return nil, nil
	}
	v, err := th.CallValue(it.obj.cls.Lookup("__next__"), []Value{it.obj}, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationClass) {
			it.done = true
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// seqIter is the old sequence protocol: __getitem__ with 0, 1, 2 … until
// IndexError.
type seqIter struct {
	obj  Value
	i    int64
	done bool
}

func (*seqIter) Type() *Class { return SeqIteratorClass }

func (it *seqIter) Next(th *Thread) (Value, error) {
	if it.done {
		return nil, nil
	}
	v, err := th.GetItem(it.obj, MakeInt(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Matches(IndexErrorClass) || e.Matches(StopIterationClass)) {
			it.done = true
			return nil, nil
		}
		return nil, err
	}
	it.i++
	return v, nil
}
