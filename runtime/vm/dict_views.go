package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// The classes of dict.keys(), dict.values() and dict.items().
var (
	DictKeysClass   = newBuiltinClass("dict_keys", ObjectClass, classFinal|classAbstract)
	DictValuesClass = newBuiltinClass("dict_values", ObjectClass, classFinal|classAbstract)
	DictItemsClass  = newBuiltinClass("dict_items", ObjectClass, classFinal|classAbstract)
)

// DictView is a live view of a dict's keys, values or items. The keys and
// items views are set-like: they compare with sets and support & | - ^.
type DictView struct {
	d    *Dict
	kind dictIterKind
}

// Type implements Value.
func (v *DictView) Type() *Class {
	return [...]*Class{DictKeysClass, DictValuesClass, DictItemsClass}[v.kind]
}

// Len is len(view).
func (v *DictView) Len() int { return v.d.Len() }

// Iter iterates the view.
func (v *DictView) Iter(th *Thread) (Iterator, error) {
	return newDictIter(v.d, v.kind), nil
}

// Reversed is reversed(view).
func (v *DictView) Reversed(th *Thread) (Value, error) { return newDictRevIter(v.d, v.kind), nil }

// Contains is `x in view`.
func (v *DictView) Contains(th *Thread, x Value) (bool, error) {
	switch v.kind {
	case dictKeys:
		_, ok, err := v.d.Get(th, x)
		return ok, err
	case dictItems:
		t, ok := x.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, found, err := v.d.Get(th, t[0])
		if err != nil || !found {
			return false, err
		}
		return th.Equal(val, t[1])
	}
	return th.containsIter(v, x)
}

// Repr is dict_keys([…]).
func (v *DictView) Repr(th *Thread) (string, error) {
	elems := make([]Value, 0, v.d.Len())
	for i := 0; i < len(v.d.entries); i++ {
		k, val := v.d.entryAt(i)
		if k == nil {
			continue
		}
		switch v.kind {
		case dictKeys:
			elems = append(elems, k)
		case dictValues:
			elems = append(elems, val)
		default:
			elems = append(elems, Tuple{k, val})
		}
	}
	if !th.enterRepr(v) {
		return "...", nil
	}
	defer th.leaveRepr()
	s, err := th.Repr(NewList(elems))
	return v.Type().Name + "(" + s + ")", err
}

// Hash makes the set-like views unhashable; values views hash by identity.
func (v *DictView) Hash(th *Thread) (int64, error) {
	if v.kind == dictValues {
		return identityHashOf(v), nil
	}
	return 0, th.TypeError("unhashable type: '%s'", v.Type().Name)
}

// isSetLike reports whether x takes part in the set operations of views.
func isSetLike(x Value) bool {
	switch o := x.(type) {
	case *Set:
		return true
	case *DictView:
		return o.kind != dictValues
	}
	return false
}

// Compare implements the set comparisons of keys and items views.
func (v *DictView) Compare(th *Thread, op bytecode.CompareOp, other Value) (Value, error) {
	if v.kind == dictValues || !isSetLike(other) {
		return NotImplemented, nil
	}
	la := v.Len()
	lb, err := th.Len(other)
	if err != nil {
		return nil, err
	}
	ok := false
	switch op {
	case bytecode.CmpEQ, bytecode.CmpNE:
		if la == lb {
			if ok, err = th.allContainedIn(v, other); err != nil {
				return nil, err
			}
		}
		if op == bytecode.CmpNE {
			ok = !ok
		}
	case bytecode.CmpLT, bytecode.CmpLE:
		if la < lb || op == bytecode.CmpLE && la == lb {
			ok, err = th.allContainedIn(v, other)
		}
	case bytecode.CmpGT, bytecode.CmpGE:
		if la > lb || op == bytecode.CmpGE && la == lb {
			ok, err = th.allContainedIn(other, v)
		}
	}
	return MakeBool(ok), err
}

// allContainedIn reports whether every item of a is in b.
func (th *Thread) allContainedIn(a, b Value) (bool, error) {
	all := true
	err := th.ForEach(a, func(x Value) error {
		in, err := th.Contains(b, x)
		if err != nil {
			return err
		}
		if !in {
			all = false
			return errStopLoop
		}
		return nil
	})
	if err != nil && err != errStopLoop {
		return false, err
	}
	return all, nil
}

// viewToSet is dictviews_to_set: a new set of the items of x (a keys view
// takes the dict's fast path).
func (th *Thread) viewToSet(x Value) (*Set, error) {
	src := x
	if v, ok := x.(*DictView); ok && v.kind == dictKeys {
		src = v.d
	}
	s := NewSet(false)
	return s, s.Update(th, src)
}

// BinaryOp implements & | - ^ of keys and items views (either operand
// may be the view, as in CPython's number slots).
func (v *DictView) BinaryOp(th *Thread, op bytecode.BinaryOp, other Value, reflected bool) (Value, error) {
	if v.kind == dictValues {
		return NotImplemented, nil
	}
	left, right := Value(v), other
	if reflected {
		left, right = other, v
	}
	switch op {
	case bytecode.OpAnd:
		return th.viewIntersect(v, other)
	case bytecode.OpOr:
		r, err := th.viewToSet(left)
		if err != nil {
			return nil, err
		}
		return r, r.Update(th, right)
	case bytecode.OpSub:
		r, err := th.viewToSet(left)
		if err != nil {
			return nil, err
		}
		return r, th.setDifferenceUpdateAny(r, right)
	case bytecode.OpXor:
		r, err := th.viewToSet(left)
		if err != nil {
			return nil, err
		}
		return r, th.setSymmetricDifferenceUpdateAny(r, right)
	}
	return NotImplemented, nil
}

// viewIntersect is _PyDictView_Intersect.
func (th *Thread) viewIntersect(v *DictView, other Value) (Value, error) {
	self := v
	n := v.Len()
	if s, ok := other.(*Set); ok && !s.frozen && n <= s.Len() {
		return th.setIntersectionAny(s, v)
	}
	if o, ok := other.(*DictView); ok && o.kind != dictValues && o.Len() > n {
		self, other = o, v
	}
	r := NewSet(false)
	err := th.ForEach(other, func(k Value) error {
		in, err := self.Contains(th, k)
		if err != nil || !in {
			return err
		}
		return r.Add(th, k)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

func init() {
	for _, c := range []*Class{DictKeysClass, DictValuesClass, DictItemsClass} {
		addContainerDunders(c, false, false)
		addUnaryDunder(c, "__repr__", dunderRepr)
		addUnaryDunder(c, "__reversed__", func(th *Thread, self Value) (Value, error) { return th.Reversed(self) })
	}
	for _, c := range []*Class{DictKeysClass, DictItemsClass} {
		addCompareDunders(c, acceptAll)
		addMethod(c, "isdisjoint", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs("isdisjoint", args, kwnames, 1); err != nil {
				return nil, err
			}
			v := self.(*DictView)
			walk, in := args[0], Value(v)
			if isSetLike(args[0]) {
				if n, _ := th.Len(args[0]); n > v.Len() {
					walk, in = v, args[0]
				}
			}
			disjoint := true
			err := th.ForEach(walk, func(x Value) error {
				found, err := th.Contains(in, x)
				if err != nil {
					return err
				}
				if found {
					disjoint = false
					return errStopLoop
				}
				return nil
			})
			if err != nil && err != errStopLoop {
				return nil, err
			}
			return MakeBool(disjoint), nil
		})
	}
}
