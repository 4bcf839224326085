// Package diag is the one diagnostics model of hfc, used by the CLI, the
// language server and the tests.
//
// A Diagnostic has a severity, a stable code (E/W + four digits, grouped by
// phase, listed in this package with a summary each), a message that says what
// was found and what was expected, an optional hint, the exact range in file
// coordinates, optional related locations and optional fixes that an editor can
// offer as quick fixes.
package diag

import (
	"fmt"
	"sort"

	"github.com/hyperflask/hfc/grammar/source"
)

// Severity orders diagnostics from the most to the least serious.
type Severity uint8

// Severities, as in LSP.
const (
	Error Severity = iota + 1
	Warning
	Info
	Hint
)

// String returns "error", "warning", "info" or "hint".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
		return "info"
	case Hint:
		return "hint"
	}
	return fmt.Sprintf("severity(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Diagnostic is one finding about one file.
type Diagnostic struct {
	File     string // path of the file, as given to the parser
	Range    source.Span
	Severity Severity
	Code     Code
	Message  string
	Hint     string    // optional advice: how to fix it, or what the Python reference does
	Related  []Related // optional other places that explain the finding
	Fixes    []Fix     // optional edits that resolve it (offered as quick fixes)
}

// Related is another location that explains a diagnostic.
type Related struct {
	File    string
	Range   source.Span
	Message string
}

// Fix is a named set of edits that resolves a diagnostic.
type Fix struct {
	Title string
	Edits []Edit
}

// Edit replaces Range of File with NewText.
type Edit struct {
	File    string
	Range   source.Span
	NewText string
}

// Error implements error as "file:line:col: severity[CODE]: message".
func (d Diagnostic) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s[%s]: %s", d.File, d.Range.Start.Line, d.Range.Start.Col, d.Severity, d.Code, d.Message)
}

// List collects diagnostics for one phase of work.
type List []Diagnostic

// HasErrors reports whether l holds a diagnostic of severity Error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of diagnostics of severity s.
func (l List) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders l by file, then position, then code, keeping the original order
// of equal entries.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Range.Start.Offset != b.Range.Start.Offset {
			return a.Range.Start.Offset < b.Range.Start.Offset
		}
		return a.Code < b.Code
	})
}

// Builder makes diagnostics for one file. Parsers embed one and call its
// methods; the severity comes from the code's definition.
type Builder struct {
	File  string
	Diags List
}

// Add records a diagnostic with the code's default severity and returns a
// pointer to it so that the caller can attach a hint, related locations or
// fixes.
func (b *Builder) Add(code Code, rng source.Span, format string, args ...any) *Diagnostic {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	b.Diags = append(b.Diags, Diagnostic{
		File:     b.File,
		Range:    rng,
		Severity: code.Severity(),
		Code:     code,
		Message:  msg,
	})
	return &b.Diags[len(b.Diags)-1]
}

// WithHint sets the hint of d and returns d.
func (d *Diagnostic) WithHint(format string, args ...any) *Diagnostic {
	if len(args) > 0 {
		d.Hint = fmt.Sprintf(format, args...)
	} else {
		d.Hint = format
	}
	return d
}

// WithRelated appends a related location to d and returns d.
func (d *Diagnostic) WithRelated(file string, rng source.Span, format string, args ...any) *Diagnostic {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	d.Related = append(d.Related, Related{File: file, Range: rng, Message: msg})
	return d
}

// WithFix appends a fix that replaces rng in d's file with newText.
func (d *Diagnostic) WithFix(title string, rng source.Span, newText string) *Diagnostic {
	d.Fixes = append(d.Fixes, Fix{Title: title, Edits: []Edit{{File: d.File, Range: rng, NewText: newText}}})
	return d
}
