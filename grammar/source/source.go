// Package source holds the one position model used by every part of hfc:
// a byte offset plus a 1-based line and a 1-based column counted in bytes,
// always in file coordinates.
//
// Line breaks are "\n", "\r\n" and a lone "\r" (the same set that LSP clients
// and CPython's tokenizer use), so a position computed here agrees with what an
// editor shows. Conversion to LSP's 0-based UTF-16 positions lives in lsp/.
package source

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Pos is a position in a file.
//
// The fields are 32-bit so that a Span takes 24 bytes: every token and node
// carries spans, and their size is most of a syntax tree's (see
// docs/adr/0014-compact-positions.md). Files are therefore limited to
// MaxSize bytes.
type Pos struct {
	Offset int32 // byte offset from the start of the file
	Line   int32 // 1-based line
	Col    int32 // 1-based column, in bytes
}

// MaxSize is the largest file size that positions can address.
const MaxSize = 1<<31 - 1

// IsValid reports whether p was set.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String returns "line:col".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p is strictly before q.
func (p Pos) Before(q Pos) bool { return p.Offset < q.Offset }

// Span is the half-open range [Start, End) of a token or node.
type Span struct {
	Start, End Pos
}

// IsValid reports whether s was set.
func (s Span) IsValid() bool { return s.Start.IsValid() }

// String returns "line:col-line:col".
func (s Span) String() string { return s.Start.String() + "-" + s.End.String() }

// Len returns the length of s in bytes.
func (s Span) Len() int { return int(s.End.Offset - s.Start.Offset) }

// Contains reports whether the byte offset off lies in s. An empty span
// contains its own start so that a caret on a zero-width node still hits it.
func (s Span) Contains(off int) bool {
	start, end := int(s.Start.Offset), int(s.End.Offset)
	return off >= start && (off < end || off == start)
}

// Cover returns the smallest span that covers both a and b. An invalid span is
// ignored.
func Cover(a, b Span) Span {
	if !a.IsValid() {
		return b
	}
	if !b.IsValid() {
		return a
	}
	if b.Start.Offset < a.Start.Offset {
		a.Start = b.Start
	}
	if b.End.Offset > a.End.Offset {
		a.End = b.End
	}
	return a
}

// File is the text of one file and the offsets at which its lines start.
// A File is immutable once built and safe for concurrent use.
type File struct {
	Name  string // path as given by the user (used in diagnostics)
	Text  string
	lines []int // byte offset of the start of each line; lines[0] == 0
}

// NewFile indexes the lines of text.
func NewFile(name, text string) *File {
	f := &File{Name: name, Text: text}
	f.lines = make([]int, 1, strings.Count(text, "\n")+1)
	if strings.IndexByte(text, '\r') < 0 {
		// "\n" only, the usual case: let IndexByte find them.
		for i := 0; ; {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return f
			}
			i += j + 1
			f.lines = append(f.lines, i)
		}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			f.lines = append(f.lines, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// LineCount returns the number of lines (a final line break starts an empty
// last line, as in editors).
func (f *File) LineCount() int { return len(f.lines) }

// LineStart returns the byte offset at which 1-based line n starts.
func (f *File) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(f.lines) {
		return len(f.Text)
	}
	return f.lines[n-1]
}

// LineText returns the text of 1-based line n without its line break.
func (f *File) LineText(n int) string {
	if n < 1 || n > len(f.lines) {
		return ""
	}
	start := f.lines[n-1]
	end := len(f.Text)
	if n < len(f.lines) {
		end = f.lines[n]
	}
	for end > start && (f.Text[end-1] == '\n' || f.Text[end-1] == '\r') {
		end--
	}
	return f.Text[start:end]
}

// Pos returns the position of byte offset off (clamped to the file).
func (f *File) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(f.Text) {
		off = len(f.Text)
	}
	// The first line whose start is > off, minus one.
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	// An offset between the '\r' and '\n' of a CRLF belongs to the line the
	// pair ends; sort.Search already places it there because the next line
	// starts after the '\n'.
	return Pos{Offset: int32(off), Line: int32(i + 1), Col: int32(off - f.lines[i] + 1)}
}

// Span returns the span of the byte range [start, end).
func (f *File) Span(start, end int) Span {
	return Span{Start: f.Pos(start), End: f.Pos(end)}
}

// PosAt returns the offset of a 1-based line and byte column, clamped to the
// line's extent (including its line break).
func (f *File) PosAt(line, col int) Pos {
	if line < 1 {
		return f.Pos(0)
	}
	if line > len(f.lines) {
		return f.Pos(len(f.Text))
	}
	start := f.lines[line-1]
	end := len(f.Text)
	if line < len(f.lines) {
		end = f.lines[line]
	}
	off := start + col - 1
	if off < start {
		off = start
	}
	if off > end {
		off = end
	}
	return f.Pos(off)
}

// A Locator converts offsets to positions quickly when they are asked for
// near one another, as lexers and parsers do: it keeps the line of its last
// answer and walks a few lines from there, and falls back to a binary search
// otherwise. A Locator is not safe for concurrent use; make one per
// goroutine.
type Locator struct {
	f      *File
	line   int // index into f.lines of the last answer
	lo, hi int // that line spans the offsets [lo, hi)
}

// Locator returns a Locator for f.
func (f *File) Locator() *Locator {
	l := &Locator{f: f}
	l.setLine(0)
	return l
}

// setLine makes index i of f.lines the current line.
func (l *Locator) setLine(i int) {
	l.line = i
	l.lo = l.f.lines[i]
	if i+1 < len(l.f.lines) {
		l.hi = l.f.lines[i+1]
	} else {
		l.hi = len(l.f.Text) + 1 // the last line holds the end of the file
	}
}

// Pos returns the position of byte offset off.
func (l *Locator) Pos(off int) Pos {
	if off < l.lo || off >= l.hi {
		l.seek(off)
		off = min(max(off, 0), len(l.f.Text))
	}
	return Pos{Offset: int32(off), Line: int32(l.line + 1), Col: int32(off - l.lo + 1)}
}

// seek makes the line that holds off (clamped to the file) the current one.
func (l *Locator) seek(off int) {
	off = min(max(off, 0), len(l.f.Text))
	lines := l.f.lines
	i := l.line
	switch {
	case off >= l.hi && i+8 < len(lines) && lines[i+8] > off,
		off < l.lo && i >= 8 && lines[i-8] <= off:
		// Near: walk.
		for i+1 < len(lines) && lines[i+1] <= off {
			i++
		}
		for lines[i] > off {
			i--
		}
	default:
		// The first line whose start is > off, minus one.
		i = sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	}
	l.setLine(i)
}

// Span returns the span of [start, end).
func (l *Locator) Span(start, end int) Span {
	s := l.Pos(start)
	if end >= l.lo && end < l.hi {
		// On the same line: no second lookup.
		return Span{Start: s, End: Pos{Offset: int32(end), Line: s.Line, Col: int32(end - l.lo + 1)}}
	}
	return Span{Start: s, End: l.Pos(end)}
}

// RuneCol returns the 1-based column of p counted in code points, for
// messages aimed at people (carets under non-ASCII text).
func (f *File) RuneCol(p Pos) int {
	start := f.LineStart(int(p.Line))
	end := int(p.Offset)
	if end > len(f.Text) {
		end = len(f.Text)
	}
	if end < start {
		return 1
	}
	return utf8.RuneCountInString(f.Text[start:end]) + 1
}
