package lsp

import (
	"testing"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/grammar/source"
)

// TestPositions converts between byte offsets and LSP's UTF-16 positions
// on non-ASCII text, tabs, CRLF and lone CR line breaks.
func TestPositions(t *testing.T) {
	text := "a\té😀b\r\nx😀\ry\nz"
	f := source.NewFile("t", text)
	for _, tc := range []struct {
		off  int
		line uint32
		char uint32
	}{
		{0, 0, 0},
		{2, 0, 2},  // after the tab
		{4, 0, 3},  // after é (2 bytes, 1 unit)
		{8, 0, 5},  // after 😀 (4 bytes, 2 units)
		{9, 0, 6},  // before \r\n
		{11, 1, 0}, // x
		{16, 1, 3}, // before the lone \r
		{17, 2, 0}, // y
		{19, 3, 0}, // z
	} {
		p := lspPos(f, tc.off)
		if p.Line != tc.line || p.Character != tc.char {
			t.Errorf("offset %d: got %d:%d, want %d:%d", tc.off, p.Line, p.Character, tc.line, tc.char)
		}
		if back := offsetOf(f, p); back != tc.off {
			t.Errorf("%d:%d: offset %d, want %d", tc.line, tc.char, back, tc.off)
		}
	}
	// Inside a surrogate pair: the start of the code point; past the
	// line's end: the end of the line; past the last line: the end.
	if got := offsetOf(f, protocol.Position{Line: 0, Character: 4}); got != 4 {
		t.Errorf("inside a surrogate pair: %d, want 4", got)
	}
	if got := offsetOf(f, protocol.Position{Line: 0, Character: 99}); got != 9 {
		t.Errorf("past the line's end: %d, want 9", got)
	}
	if got := offsetOf(f, protocol.Position{Line: 9, Character: 0}); got != len(text) {
		t.Errorf("past the last line: %d, want %d", got, len(text))
	}
}

// TestApplyChanges applies incremental and full changes in order.
func TestApplyChanges(t *testing.T) {
	text := "héllo\r\nwörld 😀!"
	got, err := applyChanges(text, []textChange{
		{Range: &protocol.Range{Start: protocol.Position{Line: 1, Character: 6}, End: protocol.Position{Line: 1, Character: 8}}, Text: "🙂"},
		{Range: &protocol.Range{Start: protocol.Position{Line: 0, Character: 1}, End: protocol.Position{Line: 0, Character: 2}}, Text: "e"},
		{Range: &protocol.Range{Start: protocol.Position{Line: 1, Character: 9}, End: protocol.Position{Line: 1, Character: 9}}, Text: "\nend"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "hello\r\nwörld 🙂!\nend"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	full, _ := applyChanges(got, []textChange{{Text: "new"}})
	if full != "new" {
		t.Errorf("full change: %q", full)
	}
	if _, err := applyChanges("abc", []textChange{{Range: &protocol.Range{Start: protocol.Position{Character: 2}, End: protocol.Position{Character: 1}}}}); err == nil {
		t.Error("a range that ends before it starts is accepted")
	}
}
