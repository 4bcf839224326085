package lsp

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/grammar/source"
)

// Positions: hfc counts byte offsets, 1-based lines and 1-based byte columns
// (grammar/source); LSP counts 0-based lines and 0-based UTF-16 code units
// within the line. Both split lines at "\n", "\r\n" and a lone "\r". These
// functions are the only place where one becomes the other.

// lspPos returns the LSP position of byte offset off in f.
func lspPos(f *source.File, off int) protocol.Position {
	p := f.Pos(off)
	start := f.LineStart(int(p.Line))
	return protocol.Position{Line: uint32(p.Line - 1), Character: uint32(utf16Len(f.Text[start:p.Offset]))}
}

// lspRange returns the LSP range of a span of f.
func lspRange(f *source.File, s source.Span) protocol.Range {
	return protocol.Range{Start: lspPos(f, int(s.Start.Offset)), End: lspPos(f, int(s.End.Offset))}
}

// offsetOf returns the byte offset of an LSP position in f. A line past the
// end gives the end of the text; a character past the end of its line gives
// the end of the line (before its break); a character inside a surrogate
// pair gives the start of that code point.
func offsetOf(f *source.File, p protocol.Position) int {
	line := int(p.Line) + 1
	if line > f.LineCount() {
		return len(f.Text)
	}
	start := f.LineStart(line)
	text := f.LineText(line)
	units := int(p.Character)
	i := 0
	for i < len(text) && units > 0 {
		r, n := utf8.DecodeRuneInString(text[i:])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if w > units {
			break
		}
		units -= w
		i += n
	}
	return start + i
}

// utf16Len returns the length of s in UTF-16 code units (an invalid byte
// counts as one unit, as the replacement character it decodes to).
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// textChange is one change of a didChange notification: Range is nil when
// Text replaces the whole document.
type textChange struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// applyChanges applies changes in order to text.
func applyChanges(text string, changes []textChange) (string, error) {
	for _, c := range changes {
		if c.Range == nil {
			text = c.Text
			continue
		}
		f := source.NewFile("", text)
		start, end := offsetOf(f, c.Range.Start), offsetOf(f, c.Range.End)
		if end < start {
			return "", fmt.Errorf("change range %v ends before it starts", *c.Range)
		}
		var b strings.Builder
		b.Grow(len(text) - (end - start) + len(c.Text))
		b.WriteString(text[:start])
		b.WriteString(c.Text)
		b.WriteString(text[end:])
		text = b.String()
	}
	return text, nil
}
