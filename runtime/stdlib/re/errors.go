package re

import (
	"errors"
	"fmt"
	"sync"

	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// errorClass is re.error. Its instances carry msg, pattern, pos, lineno and
// colno, as those of CPython's re.error (re/_constants.py).
var errorClass = sync.OnceValue(func() *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("re"))
	ns.Set("__init__", vm.NewBuiltin("__init__", errorInit))
	// NewClass runs no Python code for this namespace: the thread only
	// satisfies its signature.
	c, err := vm.NewClass(vm.NewThread(nil), "error", "error", "re", vm.ExceptionClass, ns)
	if err != nil {
		panic(err)
	}
	return c
})

// errorInit is re.error.__init__(self, msg, pattern=None, pos=None).
func errorInit(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var self, msg, pattern, pos vm.Value = nil, nil, vm.None, vm.None
	if err := th.UnpackArgs("__init__", args, kwnames, "self", &self, "msg", &msg, "pattern?", &pattern, "pos?", &pos); err != nil {
		return nil, err
	}
	e, ok := self.(*vm.Exception)
	if !ok {
		return nil, th.TypeError("descriptor '__init__' requires a 're.error' object but received a '%s'", self.Type().Name)
	}
	text, err := th.Str(msg)
	if err != nil {
		return nil, err
	}
	lineno, colno := vm.None, vm.None
	if !vm.Is(pattern, vm.None) && !vm.Is(pos, vm.None) {
		p, err := th.Index(pos)
		if err != nil {
			return nil, err
		}
		var src []rune
		switch x := pattern.(type) {
		case vm.Str:
			src = []rune(string(x))
		case vm.Bytes:
			src = make([]rune, len(x))
			for i := 0; i < len(x); i++ {
				src[i] = rune(x[i])
			}
		default:
			return nil, th.TypeError("expected str or bytes pattern, got '%s'", pattern.Type().Name)
		}
		line, col, multiline := lineCol(src, int(p))
		lineno, colno = vm.MakeInt(int64(line)), vm.MakeInt(int64(col))
		text = fmt.Sprintf("%s at position %d", text, p)
		if multiline {
			text += fmt.Sprintf(" (line %d, column %d)", line, col)
		}
	}
	setErrorAttrs(e, msg, pattern, pos, lineno, colno)
	e.Args = vm.Tuple{vm.Str(text)}
	return vm.None, nil
}

// lineCol returns the line and column of pos in src as re.error computes
// them, and whether src has several lines.
func lineCol(src []rune, pos int) (line, col int, multiline bool) {
	line, last := 1, -1
	for i, c := range src {
		if c != '\n' {
			continue
		}
		multiline = true
		if i < pos {
			line++
			last = i
		}
	}
	return line, pos - last, multiline
}

func setErrorAttrs(e *vm.Exception, msg, pattern, pos, lineno, colno vm.Value) {
	if e.Dict == nil {
		e.Dict = vm.NewDict(5)
	}
	e.Dict.SetStr("msg", msg)
	e.Dict.SetStr("pattern", pattern)
	e.Dict.SetStr("pos", pos)
	e.Dict.SetStr("lineno", lineno)
	e.Dict.SetStr("colno", colno)
}

// convertError turns an error of package pyre into the Python exception it
// stands for; pattern is the pattern being compiled (nil otherwise).
// Exceptions of the VM (a step limit, a cancelled context) pass through.
func convertError(th *vm.Thread, err error, pattern vm.Value) error {
	var pe *pyre.Error
	if !errors.As(err, &pe) {
		if errors.Is(err, pyre.ErrStackLimit) {
			return th.Raise(vm.MemoryErrorClass, "regular expression match needs too deep a backtracking stack")
		}
		return err
	}
	switch pe.Kind {
	case pyre.ValueError:
		return th.Raise(vm.ValueErrorClass, "%s", pe.Msg)
	case pyre.OverflowError:
		return th.Raise(vm.OverflowErrorClass, "%s", pe.Msg)
	case pyre.IndexError:
		return th.Raise(vm.IndexErrorClass, "%s", pe.Msg)
	case pyre.TypeError:
		return th.Raise(vm.TypeErrorClass, "%s", pe.Msg)
	case pyre.Unsupported:
		return th.Raise(vm.NotImplementedErrorClass, "the re.LOCALE flag is not supported by hfc")
	}
	e := vm.NewException(errorClass(), vm.Str(pe.Error()))
	// Errors of the compiler (look-behind widths) carry no position and,
	// as in CPython, no pattern either.
	pos, lineno, colno := vm.None, vm.None, vm.None
	if pe.Pos < 0 || pattern == nil {
		pattern = vm.None
	} else {
		pos = vm.MakeInt(int64(pe.Pos))
		lineno, colno = vm.MakeInt(int64(pe.Lineno)), vm.MakeInt(int64(pe.Colno))
	}
	setErrorAttrs(e, vm.Str(pe.Msg), pattern, pos, lineno, colno)
	return e
}
