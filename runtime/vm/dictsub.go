package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// Subclasses of dict (collections.Counter, OrderedDict, defaultdict and
// classes that derive from dict in Python) are *Dict values whose sub field
// names their class, so that every fast path on *Dict serves them. What a
// subclass overrides is found by subclassMethod; operations that a subclass
// may customise (d[k] with __missing__, repr, ==, binary operators …) check
// d.sub first.

// dictSub holds what makes a dict an instance of a subclass of dict.
type dictSub struct {
	cls *Class
	// attrs holds the instance attributes (the __dict__ of the object);
	// nil until one is set.
	attrs *Dict
	// state is the per-instance value of a subclass written in Go
	// (defaultdict's default_factory); nil when unused.
	state Value
}

// NewDictOf returns an empty dict whose class is cls, which must be dict or
// one of its subclasses.
func NewDictOf(cls *Class) *Dict {
	d := NewDict(0)
	if cls != DictClass {
		d.sub = &dictSub{cls: cls}
		if cls.IsUser() {
			d.sub.attrs = NewDict(0)
		}
	}
	return d
}

// State returns the value a subclass written in Go keeps in d (nil when
// none, and for plain dicts).
func (d *Dict) State() Value {
	if d.sub == nil {
		return nil
	}
	return d.sub.state
}

// SetState sets the value a subclass written in Go keeps in d; d must have
// been made by NewDictOf with a subclass.
func (d *Dict) SetState(v Value) { d.sub.state = v }

// MoveToEnd moves key to the end of the insertion order, or to the front
// when last is false (OrderedDict.move_to_end); it reports whether key was
// present.
func (d *Dict) MoveToEnd(th *Thread, key Value, last bool) (bool, error) {
	h, err := th.hashKey(key)
	if err != nil {
		return false, err
	}
	i, err := d.lookup(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	e := d.entries[i]
	if last {
		d.removeAt(i, h)
		d.insertNew(e.key, e.val, e.hash)
		return true, nil
	}
	out := make([]dictEntry, 0, cap(d.entries))
	out = append(out, e)
	for j, x := range d.entries {
		if j != i && x.key != nil {
			out = append(out, x)
		}
	}
	d.entries = out
	d.rebuild()
	return true, nil
}

// PopFirst removes and returns the first entry (OrderedDict.popitem with
// last=False).
func (d *Dict) PopFirst() (Value, Value, bool) {
	for i, e := range d.entries {
		if e.key != nil {
			d.removeAt(i, e.hash)
			return e.key, e.val, true
		}
	}
	return nil, nil, false
}

// subclassMethod returns the attribute name of cls when a class of its MRO
// before the built-in class root (dict, tuple) defines it: the method of a
// subclass that overrides root's behaviour. It returns nil when root's own
// behaviour applies.
func subclassMethod(cls, root *Class, name string) Value {
	for _, k := range cls.MRO {
		if k == root {
			return nil
		}
		if v, ok := k.Dict.Get(name); ok {
			return v
		}
	}
	return nil
}

// builtinSubclassable reports whether a class statement may derive from
// the built-in class base: the built-in classes that define their own
// __new__ (dict, tuple and their subclasses written in Go) can be.
func builtinSubclassable(base *Class) bool {
	nm, ok := base.Lookup("__new__").(*StaticMethod)
	return ok && nm != objectNew
}

// dictSubGetItem is d[key] for an instance of a subclass of dict: its
// __getitem__, else the lookup and then its __missing__.
func (th *Thread) dictSubGetItem(d *Dict, key Value) (Value, error) {
	cls := d.sub.cls
	if m := subclassMethod(cls, DictClass, "__getitem__"); m != nil {
		return th.CallValue(m, []Value{d, key}, nil)
	}
	r, ok, err := d.Get(th, key)
	if err != nil {
		return nil, err
	}
	if ok {
		return r, nil
	}
	if m := subclassMethod(cls, DictClass, "__missing__"); m != nil {
		return th.CallValue(m, []Value{d, key}, nil)
	}
	return nil, NewException(KeyErrorClass, key)
}

// dictSubCall calls the method name of a dict subclass when the subclass
// defines it; ok is false when dict's own behaviour applies.
func (th *Thread) dictSubCall(d *Dict, name string, args ...Value) (Value, bool, error) {
	m := subclassMethod(d.sub.cls, DictClass, name)
	if m == nil {
		return nil, false, nil
	}
	r, err := th.CallValue(m, append([]Value{d}, args...), nil)
	return r, true, err
}

// subclassCompare runs the comparison method of a subclass of a built-in
// class (root) that overrides it; ok is false when none does.
func (th *Thread) subclassCompare(op bytecode.CompareOp, cls, root *Class, a, b Value) (Value, bool, error) {
	if m := subclassMethod(cls, root, op.Dunder()); m != nil {
		r, err := th.CallValue(m, []Value{a, b}, nil)
		return r, true, err
	}
	if op == bytecode.CmpNE {
		if m := subclassMethod(cls, root, "__eq__"); m != nil {
			r, err := th.CallValue(m, []Value{a, b}, nil)
			if err != nil || Is(r, NotImplemented) {
				return r, true, err
			}
			t, err := th.Truth(r)
			return MakeBool(!t), true, err
		}
	}
	return nil, false, nil
}

// subclassRoot returns the class and built-in root of an instance of a
// subclass of dict or tuple, or nil.
func subclassRoot(v Value) (*Class, *Class) {
	switch x := v.(type) {
	case *Dict:
		if x.sub != nil {
			return x.sub.cls, DictClass
		}
	case *TupleSub:
		return x.cls, TupleClass
	}
	return nil, nil
}

func init() {
	DictClass.Dict.Set("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := th.subtypeArg("dict", DictClass, args)
		if err != nil {
			return nil, err
		}
		return NewDictOf(cls), nil
	})})
	addMethod(DictClass, "__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		d := self.(*Dict)
		npos := len(args) - len(kwnames)
		if npos > 1 {
			return nil, th.TypeError("dict expected at most 1 argument, got %d", npos)
		}
		if npos == 1 {
			if err := th.dictUpdate(d, args[0]); err != nil {
				return nil, err
			}
		}
		for i, k := range kwnames {
			if err := d.SetItem(th, Str(k), args[npos+i]); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
}

// subtypeArg checks the first argument of X.__new__(cls, …): a subclass of
// the built-in class root.
func (th *Thread) subtypeArg(name string, root *Class, args []Value) (*Class, error) {
	if len(args) == 0 {
		return nil, th.TypeError("%s.__new__(): not enough arguments", name)
	}
	cls, ok := args[0].(*Class)
	if !ok {
		return nil, th.TypeError("%s.__new__(X): X is not a type object (%s)", name, args[0].Type().Name)
	}
	if !cls.IsSubclass(root) {
		return nil, th.TypeError("%s.__new__(%s): %s is not a subtype of %s", name, cls.Name, cls.Name, name)
	}
	return cls, nil
}

// subclassBinary runs the operator methods that subclasses of dict and
// tuple define (Counter's +, - , | and &, a class statement's __add__)
// before the built-in behaviour of their root class: the in-place method
// of the left operand, then __op__ and the reflected __rop__ (the right
// operand's first when its class derives from the left's). done is false
// when no subclass method handles the operation.
func (th *Thread) subclassBinary(op bytecode.BinaryOp, a, b Value) (Value, bool, error) {
	base := op &^ bytecode.InPlace
	name := base.Dunder()
	ca, ra := subclassRoot(a)
	cb, rb := subclassRoot(b)
	if op&bytecode.InPlace != 0 && ca != nil {
		if m := subclassMethod(ca, ra, "__i"+name[2:]); m != nil {
			r, err := th.CallValue(m, []Value{a, b}, nil)
			if err != nil || !Is(r, NotImplemented) {
				return r, true, err
			}
		}
	}
	var lm, rm Value
	if ca != nil {
		lm = subclassMethod(ca, ra, name)
	}
	if cb != nil && cb != ca {
		rm = subclassMethod(cb, rb, "__r"+name[2:])
	}
	if rm != nil && ca != nil && cb.IsSubclass(ca) {
		r, err := th.CallValue(rm, []Value{b, a}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, true, err
		}
		rm = nil
	}
	if lm != nil {
		r, err := th.CallValue(lm, []Value{a, b}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, true, err
		}
	}
	if rm != nil {
		r, err := th.CallValue(rm, []Value{b, a}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, true, err
		}
	}
	if ra == TupleClass || rb == TupleClass {
		// Tuple operators give plain tuples: (1, 2) + point.
		r, err := th.builtinBinary(base, tupleItems(a), tupleItems(b))
		if err != nil || !Is(r, NotImplemented) {
			return r, true, err
		}
	}
	return nil, false, nil
}

// isSubclassValue reports whether v is an instance of a subclass of dict
// or tuple.
func isSubclassValue(v Value) bool {
	switch x := v.(type) {
	case *Dict:
		return x.sub != nil
	case *TupleSub:
		return true
	}
	return false
}

// tupleItems returns the items of a tuple subclass instance, else v.
func tupleItems(v Value) Value {
	if t, ok := v.(*TupleSub); ok {
		return t.Items
	}
	return v
}
