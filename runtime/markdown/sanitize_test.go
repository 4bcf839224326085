package markdown

import (
	"testing"
)

// TestNL2BR checks the nl2br filter: every "\n" becomes "<br>".
func TestNL2BR(t *testing.T) {
	for in, want := range map[string]string{
		"":              "",
		"a\nb":          "a<br>b",
		"a\r\nb\n\n":    "a\r<br>b<br><br>",
		"no newline":    "no newline",
		"<p>x</p>\ny\n": "<p>x</p><br>y<br>",
	} {
		if got := NL2BR(in); got != want {
			t.Errorf("NL2BR(%q) = %q, want %q", in, got, want)
		}
	}
}
