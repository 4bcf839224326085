package pyfmt

import "fmt"

// Class names the Python exception class an Error maps to.
type Class string

// The exception classes this package raises.
const (
	ValueError        Class = "ValueError"
	TypeError         Class = "TypeError"
	OverflowError     Class = "OverflowError"
	ZeroDivisionError Class = "ZeroDivisionError"
	IndexError        Class = "IndexError"
	MemoryError       Class = "MemoryError"
)

// maxResultLen bounds the length, in code points, of a result built from a
// width or precision: beyond it the functions return MemoryError (with an
// empty message, as CPython's), where CPython would try to allocate it.
const maxResultLen = 1 << 28

func errMemory() *Error { return &Error{Class: MemoryError} }

// Error is a Python exception: raise Class with Msg as its only argument.
type Error struct {
	Class Class
	Msg   string
}

// Error returns the exception as Python prints its last traceback line.
func (e *Error) Error() string { return string(e.Class) + ": " + e.Msg }

func errorf(class Class, format string, args ...any) *Error {
	return &Error{Class: class, Msg: fmt.Sprintf(format, args...)}
}

func valueError(msg string) *Error { return &Error{Class: ValueError, Msg: msg} }
