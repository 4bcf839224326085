package vm

// Float is a Python float.
type Float float64

// Type implements Value.
func (Float) Type() *Class { return FloatClass }

// Str is a Python str: an immutable sequence of code points stored as UTF-8.
// Indexing and len() count code points; ASCII strings take fast paths.
type Str string

// Type implements Value.
func (Str) Type() *Class { return StrClass }

// Bytes is a Python bytes value.
type Bytes string

// Type implements Value.
func (Bytes) Type() *Class { return BytesClass }

// Tuple is a Python tuple.
type Tuple []Value

// Type implements Value.
func (Tuple) Type() *Class { return TupleClass }

// List is a Python list.
type List struct {
	Elems []Value
	// iterating counts the active iterators that index the list, for
	// nothing but diagnostics; lists may change during iteration in Python.
}

// Type implements Value.
func (*List) Type() *Class { return ListClass }

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{Elems: elems} }

// Range is a Python range.
type Range struct {
	Start, Stop, Step int64
}

// Type implements Value.
func (*Range) Type() *Class { return RangeClass }

// Len returns the number of items of r.
func (r *Range) Len() int64 {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (r.Stop-r.Start-1)/r.Step + 1
	case r.Step < 0 && r.Start > r.Stop:
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// At returns the i-th item of r (0 <= i < Len).
func (r *Range) At(i int64) int64 { return r.Start + i*r.Step }

// SliceObj is a Python slice object.
type SliceObj struct {
	Start, Stop, Step Value
}

// Type implements Value.
func (*SliceObj) Type() *Class { return SliceClass }
