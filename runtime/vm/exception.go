package vm

import (
	"fmt"
	"strings"
)

// Exception is an instance of BaseException or of one of its subclasses,
// including classes defined in Python. It is also the Go error that carries a
// Python exception through the VM.
type Exception struct {
	cls       *Class
	Args      Tuple
	Dict      *Dict        // attributes set on the instance (nil until one is)
	Traceback []TraceEntry // innermost frame first, as the exception unwound
	Cause     *Exception   // raise … from cause
	Context   *Exception   // the exception being handled when this one was raised
	// SuppressContext is set by `raise … from …`.
	SuppressContext bool
	// Payload carries a Go value through Python code (the response of
	// page.respond(), the code of SystemExit); nil for ordinary exceptions.
	Payload any
}

// TraceEntry is one frame of a traceback.
type TraceEntry struct {
	File     string
	Function string
	Line     int
	Col      int
	EndLine  int
	EndCol   int
}

// Type implements Value.
func (e *Exception) Type() *Class { return e.cls }

// Error returns "Class: message" as the last line of a Python traceback
// (the class is qualified by its module unless it is a builtin or comes
// from __main__: "binascii.Error: Incorrect padding").
func (e *Exception) Error() string {
	name := e.cls.QualName
	if m := e.cls.Module; m != "builtins" && m != "__main__" && m != "" {
		name = m + "." + name
	}
	msg := e.Message()
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// Message returns str(e) without calling Python code: the single argument,
// or the repr of the arguments.
func (e *Exception) Message() string {
	if msg, ok := unicodeErrorMessage(e); ok {
		return msg
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.cls.IsSubclass(KeyErrorClass) {
			return reprNoThread(e.Args[0])
		}
		if s, ok := e.Args[0].(Str); ok {
			return string(s)
		}
		return strNoThread(e.Args[0])
	}
	return reprNoThread(e.Args)
}

// NewException makes an exception of class cls with the given arguments.
func NewException(cls *Class, args ...Value) *Exception {
	return &Exception{cls: cls, Args: Tuple(args)}
}

// Raise returns an exception of class cls whose message is formatted.
func (th *Thread) Raise(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Exception{cls: cls, Args: Tuple{Str(msg)}}
}

// TypeError returns a TypeError with a formatted message.
func (th *Thread) TypeError(format string, args ...any) *Exception {
	return th.Raise(TypeErrorClass, format, args...)
}

// ValueError returns a ValueError with a formatted message.
func (th *Thread) ValueError(format string, args ...any) *Exception {
	return th.Raise(ValueErrorClass, format, args...)
}

// Matches reports whether e is an instance of cls.
func (e *Exception) Matches(cls *Class) bool { return e.cls.IsSubclass(cls) }

// AsException turns any error into a Python exception: a Go error that is
// not one becomes a SystemError (it is a bug in hfc or in a Go module).
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return &Exception{cls: SystemErrorClass, Args: Tuple{Str(err.Error())}}
}

// FormatTraceback returns the exception as CPython prints an uncaught one:
// "Traceback (most recent call last):", one "  File …, line N, in f" entry
// per frame with its source line when lines returns one, then "Class: msg".
// Chained exceptions (cause, context) come first, as in CPython.
func FormatTraceback(e *Exception, lines func(file string, line int) string) string {
	var b strings.Builder
	formatChain(&b, e, lines, map[*Exception]bool{})
	return b.String()
}

func formatChain(b *strings.Builder, e *Exception, lines func(string, int) string, seen map[*Exception]bool) {
	seen[e] = true
	if e.Cause != nil && !seen[e.Cause] {
		formatChain(b, e.Cause, lines, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		formatChain(b, e.Context, lines, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			t := e.Traceback[i]
			fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", t.File, t.Line, t.Function)
			if lines != nil {
				if src := strings.TrimSpace(lines(t.File, t.Line)); src != "" {
					fmt.Fprintf(b, "    %s\n", src)
				}
			}
		}
	}
	b.WriteString(e.Error())
	if s := suggestion(e); s != "" {
		fmt.Fprintf(b, ". Did you mean: %s?", reprNoThread(Str(s)))
	}
	b.WriteByte('\n')
}

// The exception hierarchy of CPython 3.11 (single inheritance: ExceptionGroup
// derives from Exception only).
var (
	BaseExceptionClass      = newExceptionClass("BaseException", nil)
	BaseExceptionGroupClass = newExceptionClass("BaseExceptionGroup", BaseExceptionClass)
	GeneratorExitClass      = newExceptionClass("GeneratorExit", BaseExceptionClass)
	KeyboardInterruptClass  = newExceptionClass("KeyboardInterrupt", BaseExceptionClass)
	SystemExitClass         = newExceptionClass("SystemExit", BaseExceptionClass)
	ExceptionClass          = newExceptionClass("Exception", BaseExceptionClass)

	ArithmeticErrorClass           = newExceptionClass("ArithmeticError", ExceptionClass)
	FloatingPointErrorClass        = newExceptionClass("FloatingPointError", ArithmeticErrorClass)
	OverflowErrorClass             = newExceptionClass("OverflowError", ArithmeticErrorClass)
	ZeroDivisionErrorClass         = newExceptionClass("ZeroDivisionError", ArithmeticErrorClass)
	AssertionErrorClass            = newExceptionClass("AssertionError", ExceptionClass)
	AttributeErrorClass            = newExceptionClass("AttributeError", ExceptionClass)
	BufferErrorClass               = newExceptionClass("BufferError", ExceptionClass)
	EOFErrorClass                  = newExceptionClass("EOFError", ExceptionClass)
	ExceptionGroupClass            = newExceptionClass("ExceptionGroup", ExceptionClass)
	ImportErrorClass               = newExceptionClass("ImportError", ExceptionClass)
	ModuleNotFoundErrorClass       = newExceptionClass("ModuleNotFoundError", ImportErrorClass)
	LookupErrorClass               = newExceptionClass("LookupError", ExceptionClass)
	IndexErrorClass                = newExceptionClass("IndexError", LookupErrorClass)
	KeyErrorClass                  = newExceptionClass("KeyError", LookupErrorClass)
	MemoryErrorClass               = newExceptionClass("MemoryError", ExceptionClass)
	NameErrorClass                 = newExceptionClass("NameError", ExceptionClass)
	UnboundLocalErrorClass         = newExceptionClass("UnboundLocalError", NameErrorClass)
	OSErrorClass                   = newExceptionClass("OSError", ExceptionClass)
	BlockingIOErrorClass           = newExceptionClass("BlockingIOError", OSErrorClass)
	ChildProcessErrorClass         = newExceptionClass("ChildProcessError", OSErrorClass)
	ConnectionErrorClass           = newExceptionClass("ConnectionError", OSErrorClass)
	BrokenPipeErrorClass           = newExceptionClass("BrokenPipeError", ConnectionErrorClass)
	ConnectionAbortedErrorClass    = newExceptionClass("ConnectionAbortedError", ConnectionErrorClass)
	ConnectionRefusedErrorClass    = newExceptionClass("ConnectionRefusedError", ConnectionErrorClass)
	ConnectionResetErrorClass      = newExceptionClass("ConnectionResetError", ConnectionErrorClass)
	FileExistsErrorClass           = newExceptionClass("FileExistsError", OSErrorClass)
	FileNotFoundErrorClass         = newExceptionClass("FileNotFoundError", OSErrorClass)
	InterruptedErrorClass          = newExceptionClass("InterruptedError", OSErrorClass)
	IsADirectoryErrorClass         = newExceptionClass("IsADirectoryError", OSErrorClass)
	NotADirectoryErrorClass        = newExceptionClass("NotADirectoryError", OSErrorClass)
	PermissionErrorClass           = newExceptionClass("PermissionError", OSErrorClass)
	ProcessLookupErrorClass        = newExceptionClass("ProcessLookupError", OSErrorClass)
	TimeoutErrorClass              = newExceptionClass("TimeoutError", OSErrorClass)
	ReferenceErrorClass            = newExceptionClass("ReferenceError", ExceptionClass)
	RuntimeErrorClass              = newExceptionClass("RuntimeError", ExceptionClass)
	NotImplementedErrorClass       = newExceptionClass("NotImplementedError", RuntimeErrorClass)
	RecursionErrorClass            = newExceptionClass("RecursionError", RuntimeErrorClass)
	StopAsyncIterationClass        = newExceptionClass("StopAsyncIteration", ExceptionClass)
	StopIterationClass             = newExceptionClass("StopIteration", ExceptionClass)
	SyntaxErrorClass               = newExceptionClass("SyntaxError", ExceptionClass)
	IndentationErrorClass          = newExceptionClass("IndentationError", SyntaxErrorClass)
	TabErrorClass                  = newExceptionClass("TabError", IndentationErrorClass)
	SystemErrorClass               = newExceptionClass("SystemError", ExceptionClass)
	TypeErrorClass                 = newExceptionClass("TypeError", ExceptionClass)
	ValueErrorClass                = newExceptionClass("ValueError", ExceptionClass)
	UnicodeErrorClass              = newExceptionClass("UnicodeError", ValueErrorClass)
	UnicodeDecodeErrorClass        = newExceptionClass("UnicodeDecodeError", UnicodeErrorClass)
	UnicodeEncodeErrorClass        = newExceptionClass("UnicodeEncodeError", UnicodeErrorClass)
	UnicodeTranslateErrorClass     = newExceptionClass("UnicodeTranslateError", UnicodeErrorClass)
	WarningClass                   = newExceptionClass("Warning", ExceptionClass)
	BytesWarningClass              = newExceptionClass("BytesWarning", WarningClass)
	DeprecationWarningClass        = newExceptionClass("DeprecationWarning", WarningClass)
	EncodingWarningClass           = newExceptionClass("EncodingWarning", WarningClass)
	FutureWarningClass             = newExceptionClass("FutureWarning", WarningClass)
	ImportWarningClass             = newExceptionClass("ImportWarning", WarningClass)
	PendingDeprecationWarningClass = newExceptionClass("PendingDeprecationWarning", WarningClass)
	ResourceWarningClass           = newExceptionClass("ResourceWarning", WarningClass)
	RuntimeWarningClass            = newExceptionClass("RuntimeWarning", WarningClass)
	SyntaxWarningClass             = newExceptionClass("SyntaxWarning", WarningClass)
	UnicodeWarningClass            = newExceptionClass("UnicodeWarning", WarningClass)
	UserWarningClass               = newExceptionClass("UserWarning", WarningClass)
)

func newExceptionClass(name string, base *Class) *Class {
	if base == nil {
		c := newBuiltinClass(name, ObjectClass, classException)
		return c
	}
	return newBuiltinClass(name, base, classException)
}
