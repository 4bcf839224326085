package vm

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// TupleSub is an instance of a subclass of tuple: the classes made by
// collections.namedtuple and typing.NamedTuple, and classes that derive
// from tuple in Python. The VM's fast paths on Tuple do not see it; it
// implements the protocols of a tuple through the fallback interfaces, and
// the methods of tuple receive its Items (see methodSelf).
type TupleSub struct {
	cls   *Class
	Items Tuple
	// Dict holds the instance attributes; nil until one is set (named
	// tuples have none: their classes define __slots__ = ()).
	Dict *Dict
}

// NewTupleSub returns an instance of cls, a subclass of tuple, holding
// items.
func NewTupleSub(cls *Class, items Tuple) *TupleSub { return &TupleSub{cls: cls, Items: items} }

// Type implements Value.
func (t *TupleSub) Type() *Class { return t.cls }

// Len is len(t).
func (t *TupleSub) Len() int { return len(t.Items) }

// GetItem is t[key]: the subclass's __getitem__, else tuple indexing.
func (t *TupleSub) GetItem(th *Thread, key Value) (Value, error) {
	if m := subclassMethod(t.cls, TupleClass, "__getitem__"); m != nil {
		return th.CallValue(m, []Value{t, key}, nil)
	}
	return th.GetItem(t.Items, key)
}

// Iter is iter(t).
func (t *TupleSub) Iter(th *Thread) (Iterator, error) {
	if m := subclassMethod(t.cls, TupleClass, "__iter__"); m != nil {
		r, err := th.CallValue(m, []Value{t}, nil)
		if err != nil {
			return nil, err
		}
		return th.Iter(r)
	}
	return &tupleIter{t: t.Items}, nil
}

// Contains is `key in t`.
func (t *TupleSub) Contains(th *Thread, key Value) (bool, error) {
	if m := subclassMethod(t.cls, TupleClass, "__contains__"); m != nil {
		r, err := th.CallValue(m, []Value{t, key}, nil)
		if err != nil {
			return false, err
		}
		return th.Truth(r)
	}
	return th.containsSeq(t.Items, key)
}

// Compare compares t with a tuple or another tuple subclass instance, as
// tuples compare.
func (t *TupleSub) Compare(th *Thread, op bytecode.CompareOp, b Value) (Value, error) {
	switch y := b.(type) {
	case Tuple:
		return th.compareSequences(op, t.Items, y)
	case *TupleSub:
		return th.compareSequences(op, t.Items, y.Items)
	}
	return NotImplemented, nil
}

// Hash is hash(t): the subclass's __hash__, else the hash of its items.
func (t *TupleSub) Hash(th *Thread) (int64, error) {
	if m := subclassMethod(t.cls, TupleClass, "__hash__"); m != nil {
		if Is(m, None) {
			return 0, th.TypeError("unhashable type: '%s'", t.cls.Name)
		}
		return th.callHash(t, m)
	}
	return th.hashTuple(t.Items)
}

// Truth is bool(t): the subclass's __bool__ or __len__, else whether it
// has items.
func (t *TupleSub) Truth(th *Thread) (bool, error) {
	if m := subclassMethod(t.cls, TupleClass, "__bool__"); m != nil {
		r, err := th.CallValue(m, []Value{t}, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, th.TypeError("__bool__ should return bool, returned %s", r.Type().Name)
		}
		return bool(b), nil
	}
	if m := subclassMethod(t.cls, TupleClass, "__len__"); m != nil {
		n, err := th.callLen(t, m)
		return n > 0, err
	}
	return len(t.Items) > 0, nil
}

// Repr is repr(t): the subclass's __repr__, else a tuple's repr.
func (t *TupleSub) Repr(th *Thread) (string, error) {
	if m := subclassMethod(t.cls, TupleClass, "__repr__"); m != nil && !th.noPython {
		return th.callStrMethod(t, m, "__repr__")
	}
	var b strings.Builder
	err := th.writeRepr(&b, t.Items)
	return b.String(), err
}

// Str is str(t).
func (t *TupleSub) Str(th *Thread) (string, error) {
	if m := subclassMethod(t.cls, TupleClass, "__str__"); m != nil && !th.noPython {
		return th.callStrMethod(t, m, "__str__")
	}
	return th.Repr(t)
}

// GetAttr reads an attribute as for instances of classes.
func (t *TupleSub) GetAttr(th *Thread, name string) (Value, bool, error) {
	v, err := th.instanceGetAttr(t, t.cls, t.Dict, name)
	return v, true, err
}

// SetAttr sets an attribute: in the instance dict unless every class up
// to tuple defines __slots__.
func (t *TupleSub) SetAttr(th *Thread, name string, v Value) error {
	if t.Dict != nil || !slotted(t.cls, TupleClass) {
		return th.instanceSetAttr(t, t.cls, &t.Dict, name, v)
	}
	if m := subclassMethod(t.cls, TupleClass, "__setattr__"); m != nil {
		_, err := th.CallValue(m, []Value{t, Str(name), v}, nil)
		return err
	}
	// No instance dict: only data descriptors (properties, the field
	// accessors of named tuples) take assignments.
	switch t.cls.Lookup(name).(type) {
	case DataDescriptor, *Property:
		return th.genericSetAttr(t, t.cls, &t.Dict, name, v)
	}
	return th.attributeError(t, name)
}

// slotted reports whether every class of cls's MRO before root defines
// __slots__, so that its instances have no __dict__.
func slotted(cls, root *Class) bool {
	for _, k := range cls.MRO {
		if k == root {
			return true
		}
		if _, ok := k.Dict.Get("__slots__"); !ok {
			return false
		}
	}
	return true
}

// methodSelf is the receiver that a method of a built-in class gets: the
// items of a tuple subclass instance for the methods of tuple, the str of a
// Markup for the methods of str, else self.
func methodSelf(m *Method, self Value) Value {
	switch m.Class {
	case TupleClass:
		if t, ok := self.(*TupleSub); ok {
			return t.Items
		}
	case StrClass:
		if s, ok := self.(Markup); ok {
			return Str(s)
		}
	}
	return self
}

func init() {
	TupleClass.Dict.Set("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := th.subtypeArg("tuple", TupleClass, args)
		if err != nil {
			return nil, err
		}
		v, err := TupleClass.new(th, TupleClass, args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		items := v.(Tuple)
		if cls == TupleClass {
			return items, nil
		}
		return NewTupleSub(cls, items), nil
	})})
}
