package python

import "github.com/hyperflask/hfc/grammar/diag"

// ErrorClass returns the name of the exception class CPython 3.11 raises
// for the syntax error d: "IndentationError" for the errors of indentation
// ("unexpected indent", "unindent does not match any outer indentation
// level", "expected an indented block …", "too many levels of
// indentation"), "TabError" for inconsistent use of tabs and spaces, and
// "SyntaxError" for every other diagnostic.
func ErrorClass(d diag.Diagnostic) string {
	switch d.Code {
	case diag.PyUnexpectedIndent, diag.PyUnindentMismatch, diag.PyExpectedBlock, diag.PyTooManyIndents:
		return "IndentationError"
	case diag.PyTabs:
		return "TabError"
	}
	return "SyntaxError"
}
