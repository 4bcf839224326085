package bytecode

// Builtins are the names that every module sees (Python's builtins module,
// minus what the VM does not support). LOAD_BUILTIN indexes this list, so
// the order is part of the bytecode version: append only, and bump Version.
var Builtins = []string{
	// Constants and hooks.
	"Ellipsis", "NotImplemented", "__build_class__", "__debug__", "__import__",
	// Functions and types.
	"abs", "all", "any", "ascii", "bin", "bool", "bytes", "callable", "chr", "classmethod",
	"delattr", "dict", "dir", "divmod", "enumerate", "filter", "float", "format", "frozenset",
	"getattr", "globals", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass",
	"iter", "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "ord", "pow",
	"print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
	"sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
	// Exceptions and warnings.
	"ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
	"BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
	"ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
	"DeprecationWarning", "EOFError", "EncodingWarning", "EnvironmentError", "Exception",
	"ExceptionGroup", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
	"GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
	"InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
	"MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplementedError",
	"OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
	"RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
	"StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
	"SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
	"UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
	"UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
}

var builtinIndex = func() map[string]int {
	m := make(map[string]int, len(Builtins))
	for i, n := range Builtins {
		m[n] = i
	}
	return m
}()

// BuiltinIndex returns the index of a builtin name in Builtins.
func BuiltinIndex(name string) (int, bool) {
	i, ok := builtinIndex[name]
	return i, ok
}
