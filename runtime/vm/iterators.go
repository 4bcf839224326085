package vm

import "math/big"

// The iterator classes of the builtins (enumerate, zip, map, filter,
// reversed) and the __iter__/__next__ methods of every built-in iterator.
var (
	EnumerateClass = newBuiltinClass("enumerate", ObjectClass, 0)
	ZipClass       = newBuiltinClass("zip", ObjectClass, 0)
	MapClass       = newBuiltinClass("map", ObjectClass, 0)
	FilterClass    = newBuiltinClass("filter", ObjectClass, 0)
	ReversedClass  = newBuiltinClass("reversed", ObjectClass, 0)

	ListReverseIteratorClass      = newBuiltinClass("list_reverseiterator", ObjectClass, classFinal|classAbstract)
	DictReverseKeyIteratorClass   = newBuiltinClass("dict_reversekeyiterator", ObjectClass, classFinal|classAbstract)
	DictReverseValueIteratorClass = newBuiltinClass("dict_reversevalueiterator", ObjectClass, classFinal|classAbstract)
	DictReverseItemIteratorClass  = newBuiltinClass("dict_reverseitemiterator", ObjectClass, classFinal|classAbstract)
)

func init() {
	EnumerateClass.new = newEnumerate
	ZipClass.new = newZip
	MapClass.new = newMap
	FilterClass.new = newFilter
	ReversedClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, th.TypeError("reversed() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, th.TypeError("reversed expected 1 argument, got %d", len(args))
		}
		return th.Reversed(args[0])
	}
	for _, c := range []*Class{EnumerateClass, ZipClass, MapClass, FilterClass, ReversedClass} {
		registerBuiltin(c.Name, c)
	}
	for _, c := range []*Class{
		EnumerateClass, ZipClass, MapClass, FilterClass, ReversedClass, ListReverseIteratorClass,
		DictReverseKeyIteratorClass, DictReverseValueIteratorClass, DictReverseItemIteratorClass,
		ListIteratorClass, TupleIteratorClass, RangeIteratorClass, StrIteratorClass, BytesIteratorClass,
		DictKeyIteratorClass, DictValueIteratorClass, DictItemIteratorClass, SetIteratorClass,
		SeqIteratorClass, CallableIteratorClass, GeneratorClass,
	} {
		addMethod(c, "__iter__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs("__iter__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return self, nil
		})
		addMethod(c, "__next__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs("__next__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return th.Next(self)
		})
	}
}

// enumerateIter is enumerate(iterable, start).
type enumerateIter struct {
	it  Iterator
	n   int64
	big *big.Int // the count once it no longer fits an int64
}

func (*enumerateIter) Type() *Class { return EnumerateClass }

func newEnumerate(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	var iterable, start Value
	if npos > 2 {
		return nil, th.TypeError("enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	if npos > 0 {
		iterable = args[0]
	}
	if npos > 1 {
		start = args[1]
	}
	for i, k := range kwnames {
		switch {
		case k == "iterable" && iterable == nil:
			iterable = args[npos+i]
		case k == "start" && start == nil:
			start = args[npos+i]
		default:
			return nil, th.TypeError("'%s' is an invalid keyword argument for enumerate()", k)
		}
	}
	if iterable == nil {
		return nil, th.TypeError("enumerate() missing required argument 'iterable'")
	}
	it, err := th.Iter(iterable)
	if err != nil {
		return nil, err
	}
	e := &enumerateIter{it: it}
	if start != nil {
		s, err := th.IndexValue(start)
		if err != nil {
			return nil, err
		}
		switch s := s.(type) {
		case Int:
			e.n = int64(s)
		case BigInt:
			e.big = new(big.Int).Set(s.v)
		}
	}
	return e, nil
}

func (e *enumerateIter) Next(th *Thread) (Value, error) {
	v, err := e.it.Next(th)
	if v == nil || err != nil {
		return nil, err
	}
	var count Value
	if e.big == nil {
		count = MakeInt(e.n)
		if e.n == 1<<63-1 {
			e.big = new(big.Int).Add(big.NewInt(e.n), big.NewInt(1))
		} else {
			e.n++
		}
	} else {
		count = MakeBigInt(new(big.Int).Set(e.big))
		e.big.Add(e.big, big.NewInt(1))
	}
	return Tuple{count, v}, nil
}

// zipIter is zip(*iterables, strict=False).
type zipIter struct {
	its    []Iterator
	strict bool
	done   bool
}

func (*zipIter) Type() *Class { return ZipClass }

func newZip(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	z := &zipIter{}
	for i, k := range kwnames {
		if k != "strict" {
			return nil, th.TypeError("'%s' is an invalid keyword argument for zip()", k)
		}
		t, err := th.Truth(args[npos+i])
		if err != nil {
			return nil, err
		}
		z.strict = t
	}
	z.its = make([]Iterator, npos)
	for i, a := range args[:npos] {
		it, err := th.Iter(a)
		if err != nil {
			return nil, err
		}
		z.its[i] = it
	}
	return z, nil
}

func (z *zipIter) Next(th *Thread) (Value, error) {
	if z.done || len(z.its) == 0 {
		return nil, nil
	}
	t := make(Tuple, len(z.its))
	for i, it := range z.its {
		v, err := it.Next(th)
		if err != nil {
			z.done = true
			return nil, err
		}
		if v == nil {
			z.done = true
			if z.strict {
				return nil, z.strictError(th, i)
			}
			return nil, nil
		}
		t[i] = v
	}
	return t, nil
}

// strictError reports the length mismatch found when iterator i ran out.
func (z *zipIter) strictError(th *Thread, i int) error {
	plural := func(n int) string {
		if n == 1 {
			return "argument 1"
		}
		return "arguments 1-" + itoa(n)
	}
	if i > 0 {
		return th.ValueError("zip() argument %d is shorter than %s", i+1, plural(i))
	}
	for j := 1; j < len(z.its); j++ {
		v, err := z.its[j].Next(th)
		if err != nil {
			return err
		}
		if v != nil {
			return th.ValueError("zip() argument %d is longer than %s", j+1, plural(j))
		}
	}
	return nil
}

// mapIter is map(func, *iterables).
type mapIter struct {
	fn   Value
	its  []Iterator
	args []Value // the arguments of fn (callees do not keep them)
}

func (*mapIter) Type() *Class { return MapClass }

func newMap(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, th.TypeError("map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0], its: make([]Iterator, len(args)-1)}
	for i, a := range args[1:] {
		it, err := th.Iter(a)
		if err != nil {
			return nil, err
		}
		m.its[i] = it
	}
	return m, nil
}

func (m *mapIter) Next(th *Thread) (Value, error) {
	if m.args == nil {
		m.args = make([]Value, len(m.its))
	}
	for i, it := range m.its {
		v, err := it.Next(th)
		if v == nil || err != nil {
			clear(m.args)
			return nil, err
		}
		m.args[i] = v
	}
	r, err := th.CallValue(m.fn, m.args, nil)
	clear(m.args)
	return r, err
}

// filterIter is filter(function, iterable).
type filterIter struct {
	fn  Value // nil for filter(None, …)
	it  Iterator
	arg [1]Value // the argument of fn (callees do not keep it)
}

func (*filterIter) Type() *Class { return FilterClass }

func newFilter(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return nil, th.TypeError("filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, th.TypeError("filter expected 2 arguments, got %d", len(args))
	}
	it, err := th.Iter(args[1])
	if err != nil {
		return nil, err
	}
	f := &filterIter{it: it}
	if !Is(args[0], None) && !Is(args[0], BoolClass) {
		f.fn = args[0]
	}
	return f, nil
}

func (f *filterIter) Next(th *Thread) (Value, error) {
	for {
		v, err := f.it.Next(th)
		if v == nil || err != nil {
			return nil, err
		}
		test := v
		if f.fn != nil {
			f.arg[0] = v
			test, err = th.CallValue(f.fn, f.arg[:], nil)
			f.arg[0] = nil
			if err != nil {
				return nil, err
			}
		}
		ok, err := th.Truth(test)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
	}
}

// Reversed is reversed(v).
func (th *Thread) Reversed(v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &listRevIter{l: x, i: len(x.Elems) - 1}, nil
	case *Range:
		n := x.Len()
		return &rangeIter{next: x.Start + (n-1)*x.Step, step: -x.Step, n: n}, nil
	case *Dict:
		return newDictRevIter(x, dictKeys), nil
	case Tuple, Str, Bytes:
		n, _ := th.Len(v)
		return &reversedIter{seq: v, i: int64(n) - 1}, nil
	case *Instance:
		if m := x.cls.Lookup("__reversed__"); m != nil {
			if Is(m, None) {
				break
			}
			return th.CallValue(m, []Value{v}, nil)
		}
		if x.cls.Lookup("__getitem__") != nil && x.cls.Lookup("__len__") != nil {
			n, err := th.Len(v)
			if err != nil {
				return nil, err
			}
			return &reversedIter{seq: v, i: int64(n) - 1}, nil
		}
	}
	if r, ok := v.(interface {
		Reversed(th *Thread) (Value, error)
	}); ok {
		return r.Reversed(th)
	}
	return nil, th.TypeError("'%s' object is not reversible", v.Type().Name)
}

// reversedIter is the reversed object over a sequence.
type reversedIter struct {
	seq Value
	i   int64
}

func (*reversedIter) Type() *Class { return ReversedClass }

func (r *reversedIter) Next(th *Thread) (Value, error) {
	if r.i < 0 {
		return nil, nil
	}
	v, err := th.GetItem(r.seq, MakeInt(r.i))
	r.i--
	if err != nil {
		r.i = -1
		if isExc(err, IndexErrorClass) || isExc(err, StopIterationClass) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// listRevIter is reversed(list).
type listRevIter struct {
	l *List
	i int
}

func (*listRevIter) Type() *Class { return ListReverseIteratorClass }

func (it *listRevIter) Next(*Thread) (Value, error) {
	if it.i >= 0 && it.i < len(it.l.Elems) {
		v := it.l.Elems[it.i]
		it.i--
		return v, nil
	}
	it.i = -1
	return nil, nil
}

// dictRevIter is reversed(dict) and reversed() of the dict views.
type dictRevIter struct {
	d    *Dict
	i    int // the next entry slot to look at, going down
	kind dictIterKind
	used int // the dict's size when iteration started
	left int // items still to produce
}

func newDictRevIter(d *Dict, kind dictIterKind) *dictRevIter {
	return &dictRevIter{d: d, i: len(d.entries) - 1, kind: kind, used: d.live, left: d.Len()}
}

func (it *dictRevIter) Type() *Class {
	return [...]*Class{DictReverseKeyIteratorClass, DictReverseValueIteratorClass, DictReverseItemIteratorClass}[it.kind]
}

func (it *dictRevIter) Next(th *Thread) (Value, error) {
	if it.left <= 0 {
		return nil, nil
	}
	if it.d.live != it.used {
		it.left = 0
		return nil, th.Raise(RuntimeErrorClass, "dictionary changed size during iteration")
	}
	for ; it.i >= 0; it.i-- {
		if it.i >= len(it.d.entries) {
			continue
		}
		k, v := it.d.entryAt(it.i)
		if k == nil {
			continue
		}
		it.i--
		it.left--
		switch it.kind {
		case dictValues:
			return v, nil
		case dictItems:
			return Tuple{k, v}, nil
		}
		return k, nil
	}
	it.left = 0
	return nil, nil
}
