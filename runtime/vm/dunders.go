package vm

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
)

// The dunder methods of the built-in classes, as class attributes: they let
// Python code call list.__len__(x), int.__add__(1, 2) or super().__eq__(o)
// and see the NotImplemented results of CPython's slots. The VM itself does
// not go through them: its operations switch on the built-in types.

// slotArgs checks the arguments of a slot wrapper (int.__add__,
// list.__len__) with CPython's messages.
func (th *Thread) slotArgs(name string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return th.TypeError("wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return th.TypeError("expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// accepts reports whether the slot methods of a built-in class handle
// other as their second operand (CPython's slots return NotImplemented
// otherwise: int.__add__(1, 2.0) is NotImplemented).
type accepts func(other Value) bool

func acceptAll(Value) bool { return true }

func acceptInt(v Value) bool { return isIntLike(v) }

func acceptNumber(v Value) bool { return isNumber(v) }

var cmpDunders = []struct {
	name string
	op   bytecode.CompareOp
}{
	{"__eq__", bytecode.CmpEQ}, {"__ne__", bytecode.CmpNE}, {"__lt__", bytecode.CmpLT},
	{"__le__", bytecode.CmpLE}, {"__gt__", bytecode.CmpGT}, {"__ge__", bytecode.CmpGE},
}

// addCompareDunders adds __eq__ … __ge__.
func addCompareDunders(c *Class, ok accepts) {
	for _, d := range cmpDunders {
		op := d.op
		name := d.name
		addMethod(c, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.slotArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			if !ok(args[0]) {
				return NotImplemented, nil
			}
			return th.builtinCompare(op, self, args[0])
		})
	}
}

// addBinaryDunders adds the method and, when rname is not empty, the
// reflected method of a binary operator.
func addBinaryDunders(c *Class, op bytecode.BinaryOp, ok accepts, name, rname string) {
	addMethod(c, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		if !ok(args[0]) {
			return NotImplemented, nil
		}
		return th.builtinBinary(op, self, args[0])
	})
	if rname == "" {
		return
	}
	addMethod(c, rname, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs(rname, args, kwnames, 1); err != nil {
			return nil, err
		}
		if !ok(args[0]) {
			return NotImplemented, nil
		}
		return th.builtinBinary(op, args[0], self)
	})
}

// addSeqDunders adds __add__, __mul__ and __rmul__ of a sequence: like
// CPython's sq_concat and sq_repeat slots they raise TypeError rather than
// return NotImplemented.
func addSeqDunders(c *Class) {
	addMethod(c, "__add__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs("__add__", args, kwnames, 1); err != nil {
			return nil, err
		}
		r, err := th.builtinBinary(bytecode.OpAdd, self, args[0])
		if err == nil && Is(r, NotImplemented) {
			return nil, th.binaryTypeError(bytecode.OpAdd, self, args[0])
		}
		return r, err
	})
	for _, name := range []string{"__mul__", "__rmul__"} {
		name := name
		addMethod(c, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.slotArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			n, err := th.IndexValue(args[0])
			if err != nil {
				return nil, err
			}
			if _, big := n.(BigInt); big {
				return nil, th.Raise(OverflowErrorClass, "cannot fit 'int' into an index-sized integer")
			}
			return th.builtinBinary(bytecode.OpMul, self, n)
		})
	}
}

// addInplaceDunder adds the in-place form of an operator for the mutable
// containers.
func addInplaceDunder(c *Class, op bytecode.BinaryOp, name string) {
	addMethod(c, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		r, done, err := th.inplace(op, self, args[0])
		if err != nil || done {
			return r, err
		}
		return NotImplemented, nil
	})
}

// addUnaryDunder adds a method of no argument.
func addUnaryDunder(c *Class, name string, fn func(th *Thread, self Value) (Value, error)) {
	addMethod(c, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs(name, args, kwnames, 0); err != nil {
			return nil, err
		}
		return fn(th, self)
	})
}

func dunderLen(th *Thread, self Value) (Value, error) {
	n, err := th.Len(self)
	return MakeInt(int64(n)), err
}

func dunderIter(th *Thread, self Value) (Value, error) { return th.Iter(self) }

func dunderRepr(th *Thread, self Value) (Value, error) {
	s, err := th.Repr(self)
	return Str(s), err
}

func dunderStr(th *Thread, self Value) (Value, error) {
	s, err := th.Str(self)
	return Str(s), err
}

func dunderHash(th *Thread, self Value) (Value, error) {
	h, err := th.Hash(self)
	return MakeInt(h), err
}

func dunderBool(th *Thread, self Value) (Value, error) {
	t, err := th.Truth(self)
	return MakeBool(t), err
}

// addContainerDunders adds __len__, __iter__, __contains__ and, as asked,
// the item methods.
func addContainerDunders(c *Class, getitem, setitem bool) {
	addUnaryDunder(c, "__len__", dunderLen)
	addUnaryDunder(c, "__iter__", dunderIter)
	addMethod(c, "__contains__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs("__contains__", args, kwnames, 1); err != nil {
			return nil, err
		}
		r, err := th.Contains(self, args[0])
		return MakeBool(r), err
	})
	if getitem {
		addMethod(c, "__getitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(c.Name+".__getitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return th.GetItem(self, args[0])
		})
	}
	if setitem {
		addMethod(c, "__setitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.slotArgs("__setitem__", args, kwnames, 2); err != nil {
				return nil, err
			}
			return None, th.SetItem(self, args[0], args[1])
		})
		addMethod(c, "__delitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.slotArgs("__delitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return None, th.DelItem(self, args[0])
		})
	}
}

func init() {
	addUnaryDunder(IntClass, "__repr__", func(th *Thread, self Value) (Value, error) {
		if b, ok := self.(Bool); ok {
			self = MakeInt(b2i(bool(b)))
		}
		return dunderRepr(th, self)
	})
	for _, c := range []*Class{FloatClass, StrClass, BytesClass, TupleClass, ListClass, DictClass,
		SetClass, FrozenSetClass, RangeClass, SliceClass, NoneClass, BoolClass, EllipsisClass, NotImplementedClass} {
		addUnaryDunder(c, "__repr__", dunderRepr)
	}
	addUnaryDunder(IntClass, "__repr__", func(th *Thread, self Value) (Value, error) {
		if b, ok := self.(Bool); ok {
			self = MakeInt(b2i(bool(b)))
		}
		return dunderRepr(th, self)
	})
	for _, c := range []*Class{IntClass, FloatClass, StrClass, BytesClass, TupleClass, FrozenSetClass, RangeClass} {
		addUnaryDunder(c, "__hash__", dunderHash)
	}
	for _, c := range []*Class{ListClass, DictClass, SetClass, SliceClass} {
		c.Dict.Set("__hash__", None)
	}
	addUnaryDunder(StrClass, "__str__", dunderStr)
	addUnaryDunder(NoneClass, "__bool__", dunderBool)

	// Sequences and containers.
	addContainerDunders(ListClass, true, true)
	addContainerDunders(DictClass, true, true)
	addContainerDunders(TupleClass, true, false)
	addContainerDunders(RangeClass, true, false)
	addContainerDunders(SetClass, false, false)
	addContainerDunders(FrozenSetClass, false, false)
	addUnaryDunder(RangeClass, "__bool__", dunderBool)
	// str and bytes get theirs in str_dunders.go.
	for _, c := range []*Class{ListClass, TupleClass} {
		addSeqDunders(c)
	}
	addInplaceDunder(ListClass, bytecode.OpAdd, "__iadd__")
	addInplaceDunder(ListClass, bytecode.OpMul, "__imul__")
	for _, c := range []*Class{ListClass, TupleClass, DictClass, SetClass, FrozenSetClass, RangeClass, SliceClass} {
		addCompareDunders(c, acceptAll)
	}
	addBinaryDunders(DictClass, bytecode.OpOr, acceptAll, "__or__", "__ror__")
	addInplaceDunder(DictClass, bytecode.OpOr, "__ior__")
	setOps := []struct {
		op                 bytecode.BinaryOp
		name, rname, iname string
	}{
		{bytecode.OpOr, "__or__", "__ror__", "__ior__"},
		{bytecode.OpAnd, "__and__", "__rand__", "__iand__"},
		{bytecode.OpSub, "__sub__", "__rsub__", "__isub__"},
		{bytecode.OpXor, "__xor__", "__rxor__", "__ixor__"},
	}
	for _, o := range setOps {
		addBinaryDunders(SetClass, o.op, acceptAll, o.name, o.rname)
		addBinaryDunders(FrozenSetClass, o.op, acceptAll, o.name, o.rname)
		addInplaceDunder(SetClass, o.op, o.iname)
	}

	// Numbers.
	addNumberDunders(IntClass, acceptInt, true)
	addNumberDunders(FloatClass, acceptNumber, false)
}

// addNumberDunders adds the arithmetic, comparison and conversion dunders
// of int (bitwise included) or float.
func addNumberDunders(c *Class, ok accepts, bitwise bool) {
	addCompareDunders(c, ok)
	ops := []struct {
		op          bytecode.BinaryOp
		name, rname string
	}{
		{bytecode.OpAdd, "__add__", "__radd__"},
		{bytecode.OpSub, "__sub__", "__rsub__"},
		{bytecode.OpMul, "__mul__", "__rmul__"},
		{bytecode.OpTrueDiv, "__truediv__", "__rtruediv__"},
		{bytecode.OpFloorDiv, "__floordiv__", "__rfloordiv__"},
		{bytecode.OpMod, "__mod__", "__rmod__"},
	}
	if bitwise {
		ops = append(ops, []struct {
			op          bytecode.BinaryOp
			name, rname string
		}{
			{bytecode.OpAnd, "__and__", "__rand__"},
			{bytecode.OpOr, "__or__", "__ror__"},
			{bytecode.OpXor, "__xor__", "__rxor__"},
			{bytecode.OpLShift, "__lshift__", "__rlshift__"},
			{bytecode.OpRShift, "__rshift__", "__rrshift__"},
		}...)
	}
	for _, o := range ops {
		addBinaryDunders(c, o.op, ok, o.name, o.rname)
	}
	addMethod(c, "__divmod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs("__divmod__", args, kwnames, 1); err != nil {
			return nil, err
		}
		if !ok(args[0]) {
			return NotImplemented, nil
		}
		return th.DivMod(self, args[0])
	})
	addMethod(c, "__rdivmod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.slotArgs("__rdivmod__", args, kwnames, 1); err != nil {
			return nil, err
		}
		if !ok(args[0]) {
			return NotImplemented, nil
		}
		return th.DivMod(args[0], self)
	})
	addMethod(c, "__pow__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		mod := None
		if len(args) == 2 {
			mod = args[1]
		}
		if !ok(args[0]) || !Is(mod, None) && !ok(mod) {
			return NotImplemented, nil
		}
		return th.Pow(self, args[0], mod)
	})
	addMethod(c, "__rpow__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		mod := None
		if len(args) == 2 {
			mod = args[1]
		}
		if !ok(args[0]) || !Is(mod, None) && !ok(mod) {
			return NotImplemented, nil
		}
		return th.Pow(args[0], self, mod)
	})
	unary := []struct {
		name string
		op   bytecode.Opcode
	}{{"__neg__", bytecode.UNARY_NEGATIVE}, {"__pos__", bytecode.UNARY_POSITIVE}}
	if bitwise {
		unary = append(unary, struct {
			name string
			op   bytecode.Opcode
		}{"__invert__", bytecode.UNARY_INVERT})
	}
	for _, u := range unary {
		op := u.op
		addUnaryDunder(c, u.name, func(th *Thread, self Value) (Value, error) { return th.Unary(op, self) })
	}
	addUnaryDunder(c, "__abs__", func(th *Thread, self Value) (Value, error) { return th.Abs(self) })
	addUnaryDunder(c, "__bool__", dunderBool)
	addUnaryDunder(c, "__int__", func(th *Thread, self Value) (Value, error) {
		return newInt(th, IntClass, []Value{self}, nil)
	})
	addUnaryDunder(c, "__float__", func(th *Thread, self Value) (Value, error) {
		f, err := th.toFloat(self)
		return Float(f), err
	})
	addMethod(c, "__round__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs(c.Name+".__round__", kwnames); err != nil {
			return nil, err
		}
		if err := th.posArgs("__round__", args, nil, 0, 1); err != nil {
			return nil, err
		}
		nd := None
		if len(args) == 1 {
			nd = args[0]
		}
		return th.Round(self, nd)
	})
	addMethod(c, "__format__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs(c.Name+".__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		spec, isStr := args[0].(Str)
		if !isStr {
			return nil, th.TypeError("__format__() argument must be str, not %s", args[0].Type().Name)
		}
		s, err := th.Format(self, string(spec))
		return Str(s), err
	})
}
