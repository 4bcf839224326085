package vm

import (
	"math/big"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// This file is the API that modules of the standard library written in Go
// (runtime/stdlib/...) use to define classes and to convert arguments the
// way CPython's C modules do.

// NewFunc creates an instance of a class implemented in Go (cls is the
// class called, args and kwnames as in BuiltinFunc).
type NewFunc func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error)

// NewGoClass makes a class implemented in Go by a module of the standard
// library: module is its __module__, base its base class (object when nil),
// newFn makes its instances. With a nil newFn a class deriving from object
// cannot be instantiated from Python, and one deriving from another class
// inherits its constructor. A class statement may derive from it when it
// defines __new__ (as the subclasses of dict and tuple do).
func NewGoClass(name, module string, base *Class, newFn NewFunc) *Class {
	if base == nil {
		base = ObjectClass
	}
	c := newBuiltinClass(name, base, classGo)
	c.Module = module
	switch {
	case newFn != nil:
		c.new = newFn
	case base == ObjectClass:
		c.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
			return nil, th.TypeError("cannot create '%s.%s' instances", module, name)
		}
	}
	return c
}

// NewGoExceptionClass makes an exception class of a Go module (such as
// json.JSONDecodeError); Python classes may subclass it. Its instances are
// *Exception; an __init__ added with AddMethod runs after the arguments are
// stored.
func NewGoExceptionClass(name, module string, base *Class) *Class {
	c := newBuiltinClass(name, base, classException)
	c.Module = module
	return c
}

// AddMethod adds a method implemented in Go to a class (a built-in class or
// a class of a Go module, made by NewGoClass or NewClass).
func (c *Class) AddMethod(name string, fn MethodFunc) {
	c.SetAttr(name, &Method{Name: name, Class: c, Fn: fn})
}

// SetAttrHook sets the function that answers the data attributes of the
// class's Go instances (dt.year, e.msg) before the class dict is searched.
func (c *Class) SetAttrHook(fn func(v Value, name string) (Value, bool)) {
	c.attr = fn
}

// FromPyfmt turns an error of package pyfmt into the Python exception it
// names.
func FromPyfmt(err error) error { return fromPyfmt(err) }

// ToFloat converts a real number to a float64 as CPython's
// PyFloat_AsDouble does: floats and ints directly, other objects through
// __float__ then __index__; anything else is a TypeError "must be real
// number, not X".
func (th *Thread) ToFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	case Bool, BigInt:
		return th.intToFloat(v)
	}
	cls := v.Type()
	if m := cls.Lookup("__float__"); m != nil {
		r, err := th.CallValue(m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		f, ok := r.(Float)
		if !ok {
			return 0, th.TypeError("%s.__float__ returned non-float (type %s)", cls.Name, r.Type().Name)
		}
		return float64(f), nil
	}
	if m := cls.Lookup("__index__"); m != nil {
		r, err := th.CallValue(m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if !isIntLike(r) {
			return 0, th.TypeError("__index__ returned non-int (type %s)", r.Type().Name)
		}
		return th.intToFloat(r)
	}
	return 0, th.TypeError("must be real number, not %s", cls.Name)
}

// IndexValue is Python's operator.index(v): an int (Int or BigInt; a bool
// becomes an Int) or, for objects with __index__, what it returns. Other
// values fail with "'X' object cannot be interpreted as an integer".
func (th *Thread) IndexValue(v Value) (Value, error) {
	switch x := v.(type) {
	case Int, BigInt:
		return v, nil
	case Bool:
		return MakeInt(b2i(bool(x))), nil
	}
	if m := v.Type().Lookup("__index__"); m != nil {
		r, err := th.CallValue(m, []Value{v}, nil)
		if err != nil {
			return nil, err
		}
		switch x := r.(type) {
		case Int, BigInt:
			return r, nil
		case Bool:
			return MakeInt(b2i(bool(x))), nil
		}
		return nil, th.TypeError("__index__ returned non-int (type %s)", r.Type().Name)
	}
	return nil, th.TypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// IntToBig returns the value of an Int, BigInt or Bool as a new *big.Int
// the caller may modify; nil for other values.
func IntToBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case BigInt:
		return new(big.Int).Set(x.v)
	case Bool:
		return big.NewInt(b2i(bool(x)))
	}
	return nil
}

// IntToFloat converts an int value to a float64, failing with CPython's
// OverflowError "int too large to convert to float".
func (th *Thread) IntToFloat(v Value) (float64, error) { return th.intToFloat(v) }

// FloatToInt converts a float to the int with the same value (truncated),
// failing as int(float) does on infinities and NaN.
func FloatToInt(f float64) (Value, error) {
	if f > -1<<63 && f < 1<<63 {
		return MakeInt(int64(f)), nil
	}
	b, err := pyfmt.FloatToInt(f)
	if err != nil {
		return nil, fromPyfmt(err)
	}
	return MakeBigInt(b), nil
}

// BinaryOperand is implemented by Go values of standard-library modules
// that support binary operators (datetime - timedelta). BinaryOp returns
// NotImplemented for operands it does not handle; reflected is true when
// the value is the right operand (its __rXX__ method).
type BinaryOperand interface {
	Value
	BinaryOp(th *Thread, op bytecode.BinaryOp, other Value, reflected bool) (Value, error)
}

// UnaryOperand is implemented by Go values that support -x, +x or ~x
// (op is bytecode.UNARY_NEGATIVE …); they return NotImplemented for the
// others.
type UnaryOperand interface {
	Value
	UnaryOp(th *Thread, op bytecode.Opcode) (Value, error)
}

// SubclassHook decides isinstance(v, c) and issubclass(sub, c) for the
// classes that check an interface or a registry rather than inheritance
// (abc.ABC and the abstract base classes of collections.abc): v is nil for
// issubclass. It is asked when sub does not derive from c. Classes derived
// from c by class statements inherit it.
type SubclassHook func(th *Thread, c, sub *Class, v Value) (bool, error)

// SetSubclassHook installs c's SubclassHook.
func (c *Class) SetSubclassHook(h SubclassHook) { c.subclassHook = h }

// NewIteratorClass is NewGoClass for classes whose instances are
// Iterators: it adds __iter__ (the iterator itself) and __next__.
func NewIteratorClass(name, module string, new NewFunc) *Class {
	c := NewGoClass(name, module, nil, new)
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
	return c
}

// PositionalArgs checks the number of positional arguments of a function
// that takes between min and max of them and no keywords, with CPython's
// messages ("cycle expected 1 argument, got 0").
func (th *Thread) PositionalArgs(fname string, args []Value, kwnames []string, min, max int) error {
	if err := th.NoKwargs(fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return th.TypeError("%s expected %d argument%s, got %d", fname, min, plural(min), n)
	case n < min:
		return th.TypeError("%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	case n > max:
		return th.TypeError("%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
	return nil
}

// ID returns id(v): the identity of an object as an int (for memo tables
// keyed by identity, such as copy.deepcopy's).
func ID(v Value) int64 { return identityHashOf(v) << 4 }

// EnterRepr guards the repr of a container written in Go against
// recursion: it returns false when v is already being printed (the caller
// then writes "[...]" or the like); otherwise LeaveRepr must follow.
func (th *Thread) EnterRepr(v Value) bool { return th.enterRepr(v) }

// LeaveRepr ends what EnterRepr began.
func (th *Thread) LeaveRepr() { th.leaveRepr() }

// SetNew sets the constructor of a class made by NewGoClass (for
// constructors that refer to the class itself).
func (c *Class) SetNew(new NewFunc) { c.new = new }

// Encode is str.encode(encoding, errors) for the codecs the VM knows
// (encoding and errors may be nil for their defaults).
func (th *Thread) Encode(s Str, encoding, errors Value) (Value, error) {
	return th.encodeStr(s, encoding, errors)
}

// Decode is bytes.decode(encoding, errors) for the codecs the VM knows
// (encoding and errors may be nil for their defaults).
func (th *Thread) Decode(b Bytes, encoding, errors Value) (Value, error) {
	return th.decodeBytes(b, encoding, errors)
}

// Depth returns the number of Python frames running on the thread (what
// the recursion limit, MaxDepth, bounds).
func (th *Thread) Depth() int { return th.depth }

// CurrentException returns the exception being handled (sys.exc_info()),
// nil outside except blocks.
func (th *Thread) CurrentException() *Exception { return th.curExc }

// MixinHook runs when a class statement lists a marker class after its
// base (class Model(Base, ABC)): sub is the new class. hfc has single
// inheritance, so a marker is not in sub's MRO; it appears in __bases__,
// and its hook gives sub whatever the marker stands for (abc.ABC registers
// sub as its virtual subclass).
type MixinHook func(th *Thread, sub *Class) error

// SetMixinHook makes c a marker class that class statements may list
// after their base.
func (c *Class) SetMixinHook(h MixinHook) { c.mixinHook = h }
