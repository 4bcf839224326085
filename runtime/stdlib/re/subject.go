package re

import (
	"math"
	"unsafe"

	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// input prepares a str or bytes subject for matching.
func input(th *vm.Thread, v vm.Value) (*pyre.Input, error) {
	switch x := v.(type) {
	case vm.Str:
		return pyre.NewInput(string(x)), nil
	case vm.Bytes:
		// pyre never writes to the subject.
		return pyre.NewInputBytes(unsafe.Slice(unsafe.StringData(string(x)), len(x))), nil
	}
	return nil, th.TypeError("expected string or bytes-like object, got '%s'", v.Type().Name)
}

// text wraps a piece of a subject (UTF-8 for str, raw bytes for bytes).
func text(isBytes bool, s string) vm.Value {
	if isBytes {
		return vm.Bytes(s)
	}
	return vm.Str(s)
}

// bounds reads the optional pos and endpos arguments of the Pattern
// methods (0 and sys.maxsize by default).
func bounds(th *vm.Thread, pos, endpos vm.Value) (int, int, error) {
	p, err := intArg(th, pos, 0)
	if err != nil {
		return 0, 0, err
	}
	e, err := intArg(th, endpos, math.MaxInt)
	return p, e, err
}

// intArg reads an optional int argument (pos, count, maxsplit, flags) as
// a Py_ssize_t; def is its value when v is nil (not given).
func intArg(th *vm.Thread, v vm.Value, def int) (int, error) {
	if v == nil {
		return def, nil
	}
	i, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	n, ok := vm.AsInt64(i)
	if !ok {
		return 0, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}
