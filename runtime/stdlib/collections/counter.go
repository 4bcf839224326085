package collections

import (
	"sort"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// CounterClass is collections.Counter, a dict subclass mapping elements to
// counts (CPython 3.11's semantics: missing elements count 0, comparisons
// treat them as 0).
var CounterClass = vm.NewGoClass("Counter", module, vm.DictClass, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	d := vm.NewDictOf(cls)
	_, err := counterUpdate(th, d, args, kwnames, "__init__", false)
	return d, err
})

var zero = vm.MakeInt(0)

func init() {
	c := CounterClass
	c.AddMethod("__init__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return counterUpdate(th, self.(*vm.Dict), args, kwnames, "__init__", false)
	})
	c.AddMethod("__missing__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__missing__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return zero, nil
	})
	c.AddMethod("__delitem__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__delitem__", args, kwnames, 1); err != nil {
			return nil, err
		}
		_, err := self.(*vm.Dict).Delete(th, args[0])
		return vm.None, err
	})
	c.AddMethod("update", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return counterUpdate(th, self.(*vm.Dict), args, kwnames, "update", false)
	})
	c.AddMethod("subtract", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return counterUpdate(th, self.(*vm.Dict), args, kwnames, "subtract", true)
	})
	c.AddMethod("most_common", mostCommon)
	c.AddMethod("elements", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("elements", args, kwnames, 0); err != nil {
			return nil, err
		}
		return elements(th, self.(*vm.Dict))
	})
	c.AddMethod("total", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("total", args, kwnames, 0); err != nil {
			return nil, err
		}
		var total vm.Value = zero
		var err error
		self.(*vm.Dict).Items(func(k, v vm.Value) bool {
			total, err = th.Binary(bytecode.OpAdd, total, v)
			return err == nil
		})
		return total, err
	})
	c.AddMethod("copy", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("copy", args, kwnames, 0); err != nil {
			return nil, err
		}
		return copyDict(th, self.(*vm.Dict))
	})
	c.AddMethod("__copy__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return copyDict(th, self.(*vm.Dict))
	})
	c.AddMethod("__repr__", counterRepr)
	c.SetAttr("fromkeys", &vm.ClassMethod{Func: vm.NewBuiltin("fromkeys", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, th.Raise(vm.NotImplementedErrorClass, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
	})})
	for _, op := range []struct {
		name string
		fn   func(th *vm.Thread, a, b *vm.Dict) (vm.Value, error)
	}{{"__add__", counterAdd}, {"__sub__", counterSub}, {"__or__", counterOr}, {"__and__", counterAnd}} {
		fn := op.fn
		c.AddMethod(op.name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(op.name, args, kwnames, 1); err != nil {
				return nil, err
			}
			other, ok := args[0].(*vm.Dict)
			if !ok || !other.Type().IsSubclass(CounterClass) {
				return vm.NotImplemented, nil
			}
			return fn(th, self.(*vm.Dict), other)
		})
	}
	for _, op := range []struct {
		name string
		fn   func(th *vm.Thread, a, b *vm.Dict) error
	}{{"__iadd__", counterIAdd}, {"__isub__", counterISub}, {"__ior__", counterIOr}, {"__iand__", counterIAnd}} {
		fn := op.fn
		c.AddMethod(op.name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(op.name, args, kwnames, 1); err != nil {
				return nil, err
			}
			other, ok := args[0].(*vm.Dict)
			if !ok {
				return vm.NotImplemented, nil
			}
			d := self.(*vm.Dict)
			if err := fn(th, d, other); err != nil {
				return nil, err
			}
			return d, keepPositive(th, d)
		})
	}
	c.AddMethod("__pos__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return counterFilter(th, self.(*vm.Dict), false)
	})
	c.AddMethod("__neg__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return counterFilter(th, self.(*vm.Dict), true)
	})
	for _, op := range []bytecode.CompareOp{bytecode.CmpEQ, bytecode.CmpNE, bytecode.CmpLE, bytecode.CmpLT, bytecode.CmpGE, bytecode.CmpGT} {
		op := op
		c.AddMethod(op.Dunder(), func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(op.Dunder(), args, kwnames, 1); err != nil {
				return nil, err
			}
			other, ok := args[0].(*vm.Dict)
			if !ok || !other.Type().IsSubclass(CounterClass) {
				return vm.NotImplemented, nil
			}
			return counterCompare(th, op, self.(*vm.Dict), other)
		})
	}
}

// getCount is counter[elem]: 0 for a missing element.
func getCount(th *vm.Thread, d *vm.Dict, k vm.Value) (vm.Value, error) {
	v, ok, err := d.Get(th, k)
	if err != nil || ok {
		return v, err
	}
	return zero, nil
}

// add returns a + b.
func add(th *vm.Thread, a, b vm.Value) (vm.Value, error) {
	return th.Binary(bytecode.OpAdd, a, b)
}

func less(th *vm.Thread, a, b vm.Value) (bool, error) {
	r, err := th.Compare(bytecode.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}

func positive(th *vm.Thread, v vm.Value) (bool, error) { return less(th, zero, v) }

// counterUpdate is Counter.update and Counter.subtract (negate): counts
// of a mapping are added, elements of an iterable counted once each.
func counterUpdate(th *vm.Thread, d *vm.Dict, args []vm.Value, kwnames []string, name string, negate bool) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return nil, th.TypeError("Counter.%s() takes from 1 to 2 positional arguments but %d were given", name, npos+1)
	}
	// bump sets d[k] to n + d[k] for the counts of a mapping, d[k] + 1 for
	// the elements of an iterable, d[k] - n when subtracting.
	bump := func(k, n vm.Value, fromMapping bool) error {
		cur, err := getCount(th, d, k)
		if err != nil {
			return err
		}
		if x, ok := cur.(vm.Int); ok {
			if y, ok := n.(vm.Int); ok && x < 1<<62 && x > -1<<62 && y < 1<<62 && y > -1<<62 {
				if negate {
					return th.SetItem(d, k, vm.MakeInt(int64(x-y)))
				}
				return th.SetItem(d, k, vm.MakeInt(int64(x+y)))
			}
		}
		var v vm.Value
		switch {
		case negate:
			v, err = th.Binary(bytecode.OpSub, cur, n)
		case fromMapping:
			v, err = th.Binary(bytecode.OpAdd, n, cur)
		default:
			v, err = th.Binary(bytecode.OpAdd, cur, n)
		}
		if err != nil {
			return err
		}
		return th.SetItem(d, k, v)
	}
	// fromMapping adds the counts of a mapping (copies them into an empty
	// counter, as dict.update).
	fromMapping := func(m vm.Value, keys []vm.Value) error {
		empty := d.Len() == 0 && !negate
		for _, k := range keys {
			n, err := th.GetItem(m, k)
			if err != nil {
				return err
			}
			if empty {
				err = th.SetItem(d, k, n)
			} else {
				err = bump(k, n, true)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	one := vm.MakeInt(1)
	if npos == 1 && !vm.Is(args[0], vm.None) {
		src := args[0]
		if m, ok := src.(*vm.Dict); ok {
			if err := fromMapping(m, m.Keys()); err != nil {
				return nil, err
			}
		} else if isMapping(src) {
			keys, err := th.ToSlice(src)
			if err != nil {
				return nil, err
			}
			if err := fromMapping(src, keys); err != nil {
				return nil, err
			}
		} else if err := th.ForEach(src, func(k vm.Value) error { return bump(k, one, false) }); err != nil {
			return nil, err
		}
	}
	if len(kwnames) > 0 {
		kw := vm.NewDict(len(kwnames))
		for i, k := range kwnames {
			kw.SetStr(k, args[npos+i])
		}
		if err := fromMapping(kw, kw.Keys()); err != nil {
			return nil, err
		}
	}
	return vm.None, nil
}

// isMapping reports whether v is a mapping that is not a dict (an
// instance whose class has keys and __getitem__).
func isMapping(v vm.Value) bool {
	c := v.Type()
	return c.Lookup("keys") != nil && c.Lookup("__getitem__") != nil
}

type countEntry struct {
	k, v vm.Value
}

// sortedCounts returns the entries of d by decreasing count, ties in
// insertion order.
func sortedCounts(th *vm.Thread, d *vm.Dict) ([]countEntry, error) {
	var out []countEntry
	d.Items(func(k, v vm.Value) bool {
		out = append(out, countEntry{k, v})
		return true
	})
	var err error
	sort.SliceStable(out, func(i, j int) bool {
		if err != nil {
			return false
		}
		var lt bool
		lt, err = less(th, out[j].v, out[i].v)
		return lt
	})
	return out, err
}

// mostCommon is most_common(n=None).
func mostCommon(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	n := vm.None
	if err := th.UnpackArgs("most_common", args, kwnames, "n?", &n); err != nil {
		return nil, err
	}
	entries, err := sortedCounts(th, self.(*vm.Dict))
	if err != nil {
		return nil, err
	}
	if !vm.Is(n, vm.None) {
		k, ok := vm.AsInt64(n)
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", n.Type().Name)
		}
		if k < 0 {
			k = 0
		}
		if int(k) < len(entries) {
			entries = entries[:k]
		}
	}
	out := make([]vm.Value, len(entries))
	for i, e := range entries {
		out[i] = vm.Tuple{e.k, e.v}
	}
	return vm.NewList(out), nil
}

// elementsIter is the iterator of Counter.elements().
type elementsIter struct {
	keys   []vm.Value
	counts []int64
	i      int
}

var elementsClass = vm.NewIteratorClass("chain", "itertools", nil)

func (*elementsIter) Type() *vm.Class { return elementsClass }

func (it *elementsIter) Next(th *vm.Thread) (vm.Value, error) {
	for it.i < len(it.keys) {
		if it.counts[it.i] > 0 {
			it.counts[it.i]--
			return it.keys[it.i], nil
		}
		it.i++
	}
	return nil, nil
}

func elements(th *vm.Thread, d *vm.Dict) (vm.Value, error) {
	it := &elementsIter{}
	var err error
	d.Items(func(k, v vm.Value) bool {
		n, ok := vm.AsInt64(v)
		if !ok {
			if _, isFloat := v.(vm.Float); isFloat {
				err = th.TypeError("integer argument expected, got float")
			} else {
				err = th.TypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
			return false
		}
		it.keys = append(it.keys, k)
		it.counts = append(it.counts, n)
		return true
	})
	return it, err
}

// copyDict returns a copy of a dict subclass instance, of the same class.
func copyDict(th *vm.Thread, d *vm.Dict) (*vm.Dict, error) {
	c := vm.NewDictOf(d.Type())
	if s := d.State(); s != nil {
		c.SetState(s)
	}
	var err error
	d.Items(func(k, v vm.Value) bool {
		err = c.SetItem(th, k, v)
		return err == nil
	})
	return c, err
}

// counterRepr is Counter's repr: Counter({'a': 2, 'b': 1}) by decreasing
// count.
func counterRepr(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	d := self.(*vm.Dict)
	name := d.Type().Name
	if d.Len() == 0 {
		return vm.Str(name + "()"), nil
	}
	entries, err := sortedCounts(th, d)
	ordered := vm.NewDict(len(entries))
	if err != nil {
		// Unorderable counts: the dict as it is.
		ordered = d
	} else {
		for _, e := range entries {
			if err := ordered.SetItem(th, e.k, e.v); err != nil {
				return nil, err
			}
		}
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	s, err := th.Repr(ordered)
	if err != nil {
		return nil, err
	}
	b.WriteString(s)
	b.WriteByte(')')
	return vm.Str(b.String()), nil
}

// newCounter returns an empty Counter.
func newCounter() *vm.Dict { return vm.NewDictOf(CounterClass) }

func counterAdd(th *vm.Thread, a, b *vm.Dict) (vm.Value, error) {
	r := newCounter()
	for _, k := range a.Keys() {
		x, _, _ := a.Get(th, k)
		y, err := getCount(th, b, k)
		if err != nil {
			return nil, err
		}
		n, err := add(th, x, y)
		if err != nil {
			return nil, err
		}
		if err := setIfPositive(th, r, k, n); err != nil {
			return nil, err
		}
	}
	return r, addMissing(th, r, a, b, false)
}

// addMissing adds to r the elements of b absent from a with a positive
// count (negated: the opposite of a negative count).
func addMissing(th *vm.Thread, r, a, b *vm.Dict, negated bool) error {
	for _, k := range b.Keys() {
		if _, in, err := a.Get(th, k); err != nil || in {
			if err != nil {
				return err
			}
			continue
		}
		n, _, _ := b.Get(th, k)
		if negated {
			var err error
			if n, err = th.Binary(bytecode.OpSub, zero, n); err != nil {
				return err
			}
		}
		if err := setIfPositive(th, r, k, n); err != nil {
			return err
		}
	}
	return nil
}

func setIfPositive(th *vm.Thread, r *vm.Dict, k, n vm.Value) error {
	pos, err := positive(th, n)
	if err != nil || !pos {
		return err
	}
	return r.SetItem(th, k, n)
}

func counterSub(th *vm.Thread, a, b *vm.Dict) (vm.Value, error) {
	r := newCounter()
	for _, k := range a.Keys() {
		x, _, _ := a.Get(th, k)
		y, err := getCount(th, b, k)
		if err != nil {
			return nil, err
		}
		n, err := th.Binary(bytecode.OpSub, x, y)
		if err != nil {
			return nil, err
		}
		if err := setIfPositive(th, r, k, n); err != nil {
			return nil, err
		}
	}
	return r, addMissing(th, r, a, b, true)
}

func counterOr(th *vm.Thread, a, b *vm.Dict) (vm.Value, error) {
	r := newCounter()
	for _, k := range a.Keys() {
		x, _, _ := a.Get(th, k)
		y, err := getCount(th, b, k)
		if err != nil {
			return nil, err
		}
		n := x
		if lt, err := less(th, x, y); err != nil {
			return nil, err
		} else if lt {
			n = y
		}
		if err := setIfPositive(th, r, k, n); err != nil {
			return nil, err
		}
	}
	return r, addMissing(th, r, a, b, false)
}

func counterAnd(th *vm.Thread, a, b *vm.Dict) (vm.Value, error) {
	r := newCounter()
	for _, k := range a.Keys() {
		x, _, _ := a.Get(th, k)
		y, err := getCount(th, b, k)
		if err != nil {
			return nil, err
		}
		n := y
		if lt, err := less(th, x, y); err != nil {
			return nil, err
		} else if lt {
			n = x
		}
		if err := setIfPositive(th, r, k, n); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// counterFilter is +c (the positive counts) and -c (the negated negative
// counts).
func counterFilter(th *vm.Thread, d *vm.Dict, neg bool) (vm.Value, error) {
	r := newCounter()
	for _, k := range d.Keys() {
		n, _, _ := d.Get(th, k)
		if neg {
			var err error
			if n, err = th.Binary(bytecode.OpSub, zero, n); err != nil {
				return nil, err
			}
		}
		if err := setIfPositive(th, r, k, n); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func counterIAdd(th *vm.Thread, a, b *vm.Dict) error {
	for _, k := range b.Keys() {
		y, _, _ := b.Get(th, k)
		x, err := getCount(th, a, k)
		if err != nil {
			return err
		}
		n, err := add(th, x, y)
		if err != nil {
			return err
		}
		if err := a.SetItem(th, k, n); err != nil {
			return err
		}
	}
	return nil
}

func counterISub(th *vm.Thread, a, b *vm.Dict) error {
	for _, k := range b.Keys() {
		y, _, _ := b.Get(th, k)
		x, err := getCount(th, a, k)
		if err != nil {
			return err
		}
		n, err := th.Binary(bytecode.OpSub, x, y)
		if err != nil {
			return err
		}
		if err := a.SetItem(th, k, n); err != nil {
			return err
		}
	}
	return nil
}

func counterIOr(th *vm.Thread, a, b *vm.Dict) error {
	for _, k := range b.Keys() {
		y, _, _ := b.Get(th, k)
		x, err := getCount(th, a, k)
		if err != nil {
			return err
		}
		if lt, err := less(th, x, y); err != nil {
			return err
		} else if lt {
			if err := a.SetItem(th, k, y); err != nil {
				return err
			}
		}
	}
	return nil
}

func counterIAnd(th *vm.Thread, a, b *vm.Dict) error {
	for _, k := range a.Keys() {
		x, _, _ := a.Get(th, k)
		y, err := getCount(th, b, k)
		if err != nil {
			return err
		}
		if lt, err := less(th, y, x); err != nil {
			return err
		} else if lt {
			if err := a.SetItem(th, k, y); err != nil {
				return err
			}
		}
	}
	return nil
}

// keepPositive drops the elements whose count is not positive.
func keepPositive(th *vm.Thread, d *vm.Dict) error {
	for _, k := range d.Keys() {
		n, _, _ := d.Get(th, k)
		if pos, err := positive(th, n); err != nil {
			return err
		} else if !pos {
			if _, err := d.Delete(th, k); err != nil {
				return err
			}
		}
	}
	return nil
}

// counterCompare compares counters as multisets (missing elements count
// 0): == and != element by element, <= and >= as inclusion, < and > as
// strict inclusion.
func counterCompare(th *vm.Thread, op bytecode.CompareOp, a, b *vm.Dict) (vm.Value, error) {
	all := func(cmp bytecode.CompareOp) (bool, error) {
		for _, pair := range [2][2]*vm.Dict{{a, b}, {b, a}} {
			for _, k := range pair[0].Keys() {
				x, err := getCount(th, a, k)
				if err != nil {
					return false, err
				}
				y, err := getCount(th, b, k)
				if err != nil {
					return false, err
				}
				r, err := th.Compare(cmp, x, y)
				if err != nil {
					return false, err
				}
				if t, err := th.Truth(r); err != nil || !t {
					return false, err
				}
			}
		}
		return true, nil
	}
	var r bool
	var err error
	switch op {
	case bytecode.CmpEQ:
		r, err = all(bytecode.CmpEQ)
	case bytecode.CmpNE:
		r, err = all(bytecode.CmpEQ)
		r = !r
	case bytecode.CmpLE, bytecode.CmpGE:
		r, err = all(op)
	case bytecode.CmpLT, bytecode.CmpGT:
		incl := bytecode.CmpLE
		if op == bytecode.CmpGT {
			incl = bytecode.CmpGE
		}
		if r, err = all(incl); err == nil && r {
			var eq bool
			eq, err = all(bytecode.CmpEQ)
			r = !eq
		}
	}
	return vm.MakeBool(r), err
}
