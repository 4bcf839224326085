// Package vm is hfc's virtual machine: the Python value model, the bytecode
// interpreter shared by frontmatter Python and templates, the builtins, and
// the debug hooks.
//
// Values are Go values behind the Value interface; there is no reflection on
// the hot path. Operations (arithmetic, comparison, attribute access, calls,
// iteration) are functions of this package that take the current *Thread,
// switch on the concrete types of built-in values for the fast paths, and
// fall back to Python's protocols (dunder methods) for instances of classes.
package vm

// Value is a Python value.
type Value interface {
	// Type returns the value's class (Python's type(v)).
	Type() *Class
}

// Callable is a value that can be called. args holds the positional
// arguments followed by the values of the keyword arguments, whose names are
// in kwnames. The callee must not keep args: it belongs to the caller's
// operand stack.
type Callable interface {
	Value
	Call(th *Thread, args []Value, kwnames []string) (Value, error)
}

// Iterator is a Python iterator. Next returns (nil, nil) when the iterator
// is exhausted (Python's StopIteration is only materialised at the edges).
type Iterator interface {
	Value
	Next(th *Thread) (Value, error)
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Type implements Value.
func (NoneType) Type() *Class { return NoneClass }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary dunder methods that do not handle
// their operand.
var NotImplemented Value = NotImplementedType{}

// Type implements Value.
func (NotImplementedType) Type() *Class { return NotImplementedClass }

// EllipsisType is the type of Ellipsis.
type EllipsisType struct{}

// Ellipsis is Python's `...`.
var Ellipsis Value = EllipsisType{}

// Type implements Value.
func (EllipsisType) Type() *Class { return EllipsisClass }

// Bool is a Python bool.
type Bool bool

// The two bools, boxed once.
var (
	True  Value = Bool(true)
	False Value = Bool(false)
)

// Type implements Value.
func (Bool) Type() *Class { return BoolClass }

// MakeBool returns True or False without allocating.
func MakeBool(b bool) Value {
	if b {
		return True
	}
	return False
}
