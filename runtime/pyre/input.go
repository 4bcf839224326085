package pyre

import (
	"unicode/utf8"
	"unsafe"
)

// Input is a subject to match: a str (from a Go string or a []rune) or a
// bytes object. Build one per subject and reuse it across calls (finditer,
// sub, split): building converts a non-ASCII string to code points once.
type Input struct {
	// b holds a bytes subject, or a pure-ASCII string viewed as bytes.
	b []byte
	// r holds the code points of any other str subject.
	r []rune
	// s is the Go string the input was made from, if any.
	s       string
	isBytes bool
	isRunes bool
}

// NewInput makes the input for a str subject given as a Go string (UTF-8;
// an invalid byte reads as U+FFFD).
func NewInput(s string) *Input {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return &Input{r: []rune(s), s: s, isRunes: true}
		}
	}
	// The bytes of an ASCII string are its code points. The slice aliases
	// the string's memory and is never written to.
	return &Input{b: unsafe.Slice(unsafe.StringData(s), len(s)), s: s}
}

// NewInputRunes makes the input for a str subject given as code points;
// it keeps r, which must not change while the input is in use.
func NewInputRunes(r []rune) *Input {
	return &Input{r: r, isRunes: true}
}

// NewInputBytes makes the input for a bytes subject; it keeps b, which
// must not change while the input is in use.
func NewInputBytes(b []byte) *Input {
	return &Input{b: b, isBytes: true}
}

// Len is the length of the subject in code points (bytes for bytes).
func (in *Input) Len() int {
	if in.isRunes {
		return len(in.r)
	}
	return len(in.b)
}

// IsBytes reports whether the subject is a bytes object.
func (in *Input) IsBytes() bool { return in.isBytes }

// Slice returns the subject's code points [i, j) as a Go string: UTF-8 for
// a str subject, the raw bytes for a bytes subject.
func (in *Input) Slice(i, j int) string {
	switch {
	case in.isRunes:
		return string(in.r[i:j])
	case in.isBytes:
		return string(in.b[i:j])
	}
	return in.s[i:j]
}

// appendSlice appends what Slice(i, j) returns to dst.
func (in *Input) appendSlice(dst []byte, i, j int) []byte {
	if in.isRunes {
		for _, c := range in.r[i:j] {
			dst = utf8.AppendRune(dst, c)
		}
		return dst
	}
	return append(dst, in.b[i:j]...)
}
