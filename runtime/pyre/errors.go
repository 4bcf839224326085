package pyre

import (
	"errors"
	"fmt"
	"strings"
)

// ErrorKind tells which Python exception an Error stands for.
type ErrorKind uint8

// The kinds of Error.
const (
	PatternError  ErrorKind = iota // re.error (re.PatternError since Python 3.13)
	ValueError                     // ValueError (incompatible flags)
	OverflowError                  // OverflowError (repetition number too large)
	IndexError                     // IndexError (unknown group name in a template)
	TypeError                      // TypeError (str pattern on bytes or the reverse)
	Unsupported                    // a feature pyre does not implement (LOCALE)
)

// Error is a compile or template error. For PatternError it carries the
// attributes of Python's re.error: Msg, Pos (-1 when CPython has none), and
// Lineno and Colno (0 when Pos is -1).
type Error struct {
	Kind   ErrorKind
	Msg    string
	Pos    int
	Lineno int
	Colno  int
	// multiline is true when the pattern contains a newline, which makes
	// the message carry the line and column as CPython's does.
	multiline bool
}

// Error returns the text of str(exc) for the Python exception.
func (e *Error) Error() string {
	if e.Kind != PatternError || e.Pos < 0 {
		return e.Msg
	}
	if e.multiline {
		return fmt.Sprintf("%s at position %d (line %d, column %d)", e.Msg, e.Pos, e.Lineno, e.Colno)
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

// newError makes a re.error for msg at pos in src (pos -1: no position).
func newError(msg string, src []rune, pos int) *Error {
	e := &Error{Kind: PatternError, Msg: msg, Pos: pos}
	if pos < 0 {
		return e
	}
	e.Lineno = 1
	last := -1
	for i, c := range src {
		if c != '\n' {
			continue
		}
		e.multiline = true
		if i < pos {
			e.Lineno++
			last = i
		}
	}
	e.Colno = pos - last
	return e
}

// ErrStepLimit is returned when a match takes more steps than its Budget allows.
var ErrStepLimit = errors.New("pyre: step limit exceeded")

// ErrStackLimit is returned when a match needs a deeper backtracking stack
// than its Budget allows.
var ErrStackLimit = errors.New("pyre: backtracking stack limit exceeded")

// asciiBackslashReplace escapes the non-ASCII characters of s as Python's
// s.encode('ascii', 'backslashreplace') does; messages about bytes patterns
// go through it.
func asciiBackslashReplace(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return b.String()
}
