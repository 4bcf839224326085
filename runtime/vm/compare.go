package vm

import (
	"math"
	"math/big"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// Equal is Python's PyObject_RichCompareBool(a, b, Py_EQ): identity first,
// then ==. Containers, dict keys and `in` use it. th may be nil when neither
// value can run Python code.
func (th *Thread) Equal(a, b Value) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
		if _, ok := b.(*Instance); !ok {
			return false, nil
		}
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, nil
		case Float:
			return cmpIntFloat(int64(x), float64(y)) == 0 && !math.IsNaN(float64(y)), nil
		case Bool:
			return int64(x) == b2i(bool(y)), nil
		case BigInt:
			return false, nil
		case Str, NoneType:
			return false, nil
		}
	case NoneType:
		if _, ok := b.(*Instance); !ok {
			return false, nil
		}
	}
	r, err := th.Compare(bytecode.CmpEQ, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return th.Truth(r)
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// Compare is Python's rich comparison a op b: the reflected method of a
// subclass first, then a's method, then b's reflected one; == and != fall
// back to identity; other operators raise TypeError.
func (th *Thread) Compare(op bytecode.CompareOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	reflectedFirst := ta != tb && tb.IsSubclass(ta) && overrides(tb, op.Swapped().Dunder())
	if reflectedFirst {
		r, err := th.compareOne(op.Swapped(), b, a)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	r, err := th.compareOne(op, a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	if !reflectedFirst {
		r, err = th.compareOne(op.Swapped(), b, a)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	switch op {
	case bytecode.CmpEQ:
		return MakeBool(Is(a, b)), nil
	case bytecode.CmpNE:
		return MakeBool(!Is(a, b)), nil
	}
	return nil, th.TypeError("'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// overrides reports whether the user class c defines name below the
// built-in classes.
func overrides(c *Class, name string) bool {
	if !c.IsUser() {
		return false
	}
	m := c.Lookup(name)
	return m != nil && !isBuiltinMethod(m)
}

// isBuiltinMethod reports whether m is a method of a built-in class (a
// method written in Go for a class statement's class, like those that
// dataclasses generate, is not one).
func isBuiltinMethod(m Value) bool {
	meth, ok := m.(*Method)
	return ok && !meth.Class.IsUser()
}

// compareOne calls a's comparison method for op, or the built-in comparison.
func (th *Thread) compareOne(op bytecode.CompareOp, a, b Value) (Value, error) {
	switch a.(type) {
	case *Instance, *Exception:
		cls := a.Type()
		if cls.IsUser() {
			m := cls.Lookup(op.Dunder())
			if m != nil && !isBuiltinMethod(m) {
				return th.CallValue(m, []Value{a, b}, nil)
			}
		}
		if op == bytecode.CmpNE {
			// object.__ne__ inverts __eq__ unless it is NotImplemented.
			if m := cls.Lookup("__eq__"); m != nil {
				if !isBuiltinMethod(m) {
					r, err := th.CallValue(m, []Value{a, b}, nil)
					if err != nil || Is(r, NotImplemented) {
						return r, err
					}
					t, err := th.Truth(r)
					return MakeBool(!t), err
				}
			}
		}
		return NotImplemented, nil
	}
	if cls, root := subclassRoot(a); cls != nil {
		if r, ok, err := th.subclassCompare(op, cls, root, a, b); ok {
			return r, err
		}
	}
	return th.builtinCompare(op, a, b)
}

// builtinCompare compares built-in values, or returns NotImplemented.
func (th *Thread) builtinCompare(op bytecode.CompareOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int, Bool, BigInt, Float:
		c, ok := cmpNumbers(a, b)
		if !ok {
			return NotImplemented, nil
		}
		if c == cmpUnordered {
			return MakeBool(op == bytecode.CmpNE), nil
		}
		return MakeBool(cmpResult(op, c)), nil
	case Str:
		y, ok := b.(Str)
		if !ok {
			return NotImplemented, nil
		}
		return MakeBool(cmpResult(op, cmpStrings(string(x), string(y)))), nil
	case Bytes:
		y, ok := b.(Bytes)
		if !ok {
			return NotImplemented, nil
		}
		return MakeBool(cmpResult(op, cmpStrings(string(x), string(y)))), nil
	case Tuple:
		y, ok := b.(Tuple)
		if !ok {
			return NotImplemented, nil
		}
		return th.compareSequences(op, x, y)
	case *List:
		y, ok := b.(*List)
		if !ok {
			return NotImplemented, nil
		}
		return th.compareSequences(op, x.Elems, y.Elems)
	case *Dict:
		y, ok := b.(*Dict)
		if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
			return NotImplemented, nil
		}
		eq, err := th.dictEqual(x, y)
		return MakeBool(eq == (op == bytecode.CmpEQ)), err
	case *Set:
		y, ok := b.(*Set)
		if !ok {
			return NotImplemented, nil
		}
		return th.compareSets(op, x, y)
	case *Range:
		y, ok := b.(*Range)
		if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
			return NotImplemented, nil
		}
		eq := rangeEqual(x, y)
		return MakeBool(eq == (op == bytecode.CmpEQ)), nil
	case *SliceObj:
		y, ok := b.(*SliceObj)
		if !ok {
			return NotImplemented, nil
		}
		return th.compareSequences(op, Tuple{x.Start, x.Stop, x.Step}, Tuple{y.Start, y.Stop, y.Step})
	case *BoundMethod:
		y, ok := b.(*BoundMethod)
		if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
			return NotImplemented, nil
		}
		eq := Is(x.Self, y.Self) && Is(x.Func, y.Func)
		return MakeBool(eq == (op == bytecode.CmpEQ)), nil
	}
	if c, ok := a.(interface {
		Compare(th *Thread, op bytecode.CompareOp, b Value) (Value, error)
	}); ok {
		return c.Compare(th, op, b)
	}
	return NotImplemented, nil
}

const cmpUnordered = 2

// cmpResult applies op to a three-way comparison result.
func cmpResult(op bytecode.CompareOp, c int) bool {
	switch op {
	case bytecode.CmpLT:
		return c < 0
	case bytecode.CmpLE:
		return c <= 0
	case bytecode.CmpEQ:
		return c == 0
	case bytecode.CmpNE:
		return c != 0
	case bytecode.CmpGT:
		return c > 0
	}
	return c >= 0
}

func cmpStrings(a, b string) int {
	// UTF-8 byte order is code point order.
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpNumbers compares two numbers exactly (ints of any size with floats),
// returning -1, 0, 1, or cmpUnordered when a float is NaN; ok is false when
// b is not a number.
func cmpNumbers(a, b Value) (c int, ok bool) {
	switch x := a.(type) {
	case Bool:
		return cmpNumbers(Int(b2i(bool(x))), b)
	case Int:
		switch y := b.(type) {
		case Int:
			return cmp64(int64(x), int64(y)), true
		case Bool:
			return cmp64(int64(x), b2i(bool(y))), true
		case Float:
			if math.IsNaN(float64(y)) {
				return cmpUnordered, true
			}
			return cmpIntFloat(int64(x), float64(y)), true
		case BigInt:
			return -y.v.Sign(), true
		}
	case BigInt:
		switch y := b.(type) {
		case Int, Bool:
			c, _ := cmpNumbers(b, a)
			return -c, true
		case BigInt:
			return x.v.Cmp(y.v), true
		case Float:
			f := float64(y)
			if math.IsNaN(f) {
				return cmpUnordered, true
			}
			if math.IsInf(f, 0) {
				if f > 0 {
					return -1, true
				}
				return 1, true
			}
			bf := new(big.Float).SetFloat64(f)
			return new(big.Float).SetInt(x.v).Cmp(bf), true
		}
	case Float:
		switch y := b.(type) {
		case Float:
			fx, fy := float64(x), float64(y)
			switch {
			case math.IsNaN(fx) || math.IsNaN(fy):
				return cmpUnordered, true
			case fx < fy:
				return -1, true
			case fx > fy:
				return 1, true
			}
			return 0, true
		case Int, Bool, BigInt:
			c, ok := cmpNumbers(b, a)
			if c == cmpUnordered {
				return c, ok
			}
			return -c, ok
		}
	}
	return 0, false
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpIntFloat compares an int64 with a non-NaN float exactly.
func cmpIntFloat(i int64, f float64) int {
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	if i > -(1<<53) && i < 1<<53 {
		fi := float64(i)
		switch {
		case fi < f:
			return -1
		case fi > f:
			return 1
		}
		return 0
	}
	return new(big.Float).SetInt64(i).Cmp(new(big.Float).SetFloat64(f))
}

// compareSequences compares element by element, as tuples and lists do.
func (th *Thread) compareSequences(op bytecode.CompareOp, x, y []Value) (Value, error) {
	if (op == bytecode.CmpEQ || op == bytecode.CmpNE) && len(x) != len(y) {
		return MakeBool(op == bytecode.CmpNE), nil
	}
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		eq, err := th.Equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(x) || i >= len(y) {
		return MakeBool(cmpResult(op, cmp64(int64(len(x)), int64(len(y))))), nil
	}
	switch op {
	case bytecode.CmpEQ:
		return False, nil
	case bytecode.CmpNE:
		return True, nil
	}
	return th.Compare(op, x[i], y[i])
}

func (th *Thread) dictEqual(x, y *Dict) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, e := range x.entries {
		if e.key == nil {
			continue
		}
		v, ok, err := y.Get(th, e.key)
		if err != nil || !ok {
			return false, err
		}
		eq, err := th.Equal(e.val, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// compareSets implements ==, != and the subset/superset orderings.
func (th *Thread) compareSets(op bytecode.CompareOp, x, y *Set) (Value, error) {
	subset := func(a, b *Set) (bool, error) {
		if a.Len() > b.Len() {
			return false, nil
		}
		for _, k := range a.Members() {
			ok, err := b.Contains(th, k)
			if err != nil || !ok {
				return false, err
			}
		}
		return true, nil
	}
	var r bool
	var err error
	switch op {
	case bytecode.CmpEQ, bytecode.CmpNE:
		r = x.Len() == y.Len()
		if r {
			r, err = subset(x, y)
		}
		if op == bytecode.CmpNE {
			r = !r
		}
	case bytecode.CmpLE:
		r, err = subset(x, y)
	case bytecode.CmpLT:
		r = x.Len() < y.Len()
		if r {
			r, err = subset(x, y)
		}
	case bytecode.CmpGE:
		r, err = subset(y, x)
	case bytecode.CmpGT:
		r = x.Len() > y.Len()
		if r {
			r, err = subset(y, x)
		}
	}
	return MakeBool(r), err
}

func rangeEqual(x, y *Range) bool {
	lx, ly := x.Len(), y.Len()
	if lx != ly {
		return false
	}
	if lx == 0 {
		return true
	}
	if x.Start != y.Start {
		return false
	}
	return lx == 1 || x.Step == y.Step
}

// Less reports whether a < b, for sorting.
func (th *Thread) Less(a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x < y, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, nil
		}
	}
	r, err := th.Compare(bytecode.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return th.Truth(r)
}
