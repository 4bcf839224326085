package vm

import "context"

// The "Did you mean" suggestions that CPython 3.11 adds to the last line
// of the traceback of an uncaught NameError or AttributeError
// (Python/suggestions.c).

// nameErrorInfo is the payload of the NameError of an undefined name: the
// name and where it was looked up.
type nameErrorInfo struct {
	name   string
	code   *Code
	module *Module
}

// attrErrorInfo is the payload of the AttributeError of a missing
// attribute (CPython's AttributeError.name and .obj).
type attrErrorInfo struct {
	obj  Value
	name string
}

// nameError is the NameError of an undefined name in the running frame.
func (th *Thread) nameError(name string) *Exception {
	e := th.Raise(NameErrorClass, "name '%s' is not defined", name)
	info := &nameErrorInfo{name: name}
	if fr := th.frame; fr != nil {
		info.code, info.module = fr.Code, fr.Module
	}
	e.Payload = info
	return e
}

// suggestion returns the name that CPython would suggest for e, or "".
func suggestion(e *Exception) string {
	switch info := e.Payload.(type) {
	case *nameErrorInfo:
		if info.code != nil {
			if s := bestMatch(info.code.Locals, info.name); s != "" {
				return s
			}
		}
		if info.module != nil {
			if s := bestMatch(info.module.Names(), info.name); s != "" {
				return s
			}
		}
		return bestMatch(builtinsOrder, info.name)
	case *attrErrorInfo:
		if inst, ok := info.obj.(*Instance); ok {
			// A __dir__ written in Python cannot run here.
			if d := inst.cls.Lookup("__dir__"); d != nil {
				if m, ok := d.(*Method); !ok || m.Class != ObjectClass {
					return ""
				}
			}
		}
		th := &Thread{ctx: context.Background(), noPython: true}
		d, err := th.Dir(info.obj)
		if err != nil {
			return ""
		}
		l, ok := d.(*List)
		if !ok {
			return ""
		}
		names := make([]string, 0, len(l.Elems))
		for _, v := range l.Elems {
			if s, ok := v.(Str); ok {
				names = append(names, string(s))
			}
		}
		return bestMatch(names, info.name)
	}
	return ""
}

const (
	suggestMoveCost      = 2
	suggestCaseCost      = 1
	suggestMaxCandidates = 750
	suggestMaxString     = 40
)

// bestMatch is calculate_suggestions: the candidate closest to name by
// edit distance, if it is close enough; the first one wins a tie.
func bestMatch(candidates []string, name string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		// No more than 1/3 of the involved characters should need
		// changing, and no worse than the best so far.
		maxDist := min((len(name)+len(c)+3)*suggestMoveCost/6, bestDist-1)
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// levenshtein is CPython's levenshtein_distance over UTF-8 bytes: moves
// cost 2, a change of case 1; it returns maxCost+1 once the distance is
// known to exceed maxCost.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buf [suggestMaxString]int
	for i := range a {
		buf[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// builtinsOrder lists the names of CPython 3.11's builtins module in the
// order of its dict (with the names the site module adds), which decides
// ties between suggestions.
var builtinsOrder = []string{
	"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
	"abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir",
	"divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
	"isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct",
	"ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars", "None", "Ellipsis",
	"NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes", "classmethod",
	"complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
	"object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
	"__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit",
	"KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
	"BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
	"ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
	"SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
	"ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
	"ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
	"UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
	"FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
	"NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError",
	"IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
	"UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
	"ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
	"UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError",
	"open", "quit", "exit", "copyright", "credits", "license", "help",
}
