package vm

import "unsafe"

// Is reports whether a and b are the same object (Python's `is`). Unlike
// Go's == on interfaces it never panics on tuples, whose Go type is a slice.
func Is(a, b Value) bool {
	type iface struct {
		typ, data unsafe.Pointer
	}
	x := (*iface)(unsafe.Pointer(&a))
	y := (*iface)(unsafe.Pointer(&b))
	if x.typ != y.typ {
		return false
	}
	if x.data == y.data {
		return true
	}
	// Values stored by value in the interface (numbers, bools, None) are
	// the same object when equal: CPython caches small ints and the
	// singletons, and no program can tell two equal immutable scalars apart
	// except by id().
	switch a := a.(type) {
	case NoneType, NotImplementedType, EllipsisType:
		return true
	case Bool:
		return a == b.(Bool)
	case Int:
		return a == b.(Int) && a >= smallIntMin && a <= smallIntMax
	}
	return false
}
