package template

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// The values of valid literals are pinned by the Jinja corpus; these are
// the errors and the gaps.
func TestDecodeStringErrors(t *testing.T) {
	tests := []struct{ lit, err string }{
		{`'\x4'`, `truncated \xXX escape`},
		{`'\u12g4'`, `truncated \uXXXX escape`},
		{`'\U0000004'`, `truncated \UXXXXXXXX escape`},
		{`'\U00110000'`, `illegal Unicode character`},
		{`'\N'`, `malformed \N character escape`},
		{`'\N{}'`, `malformed \N character escape`},
		// Jinja accepts Unicode character names; this parser has no name
		// table and reports them.
		{`'\N{LATIN SMALL LETTER A}'`, `\N{...} escapes (Unicode character names) are not supported`},
		{`"ok\n\t\x41"`, ""},
	}
	for _, tt := range tests {
		_, err := DecodeString(tt.lit)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.err {
			t.Errorf("%s: got error %q, want %q", tt.lit, got, tt.err)
		}
	}
}

func TestIntBig(t *testing.T) {
	if got := parseInt("0x_FF_FF_FF_FF_FF_FF_FF_FF").Big().String(); got != "18446744073709551615" {
		t.Errorf("got %s", got)
	}
}

// Nesting past the limit is reported once, and parsing goes on.
func TestNestingLimit(t *testing.T) {
	for _, src := range []string{
		"{{ " + strings.Repeat("(", 500) + "x" + strings.Repeat(")", 500) + " }}{{ after }}",
		"{{ " + strings.Repeat("[", 500) + " }}{{ after }}",
		"{{ " + strings.Repeat("not ", 500) + "x }}{{ after }}",
		"{{ " + strings.Repeat("-", 500) + "x }}{{ after }}",
		strings.Repeat("{% if a %}", 300) + strings.Repeat("{% endif %}", 300) + "{{ after }}",
		strings.Repeat("<{X}>", 300) + strings.Repeat("</{}>", 300) + "{{ after }}",
	} {
		f := source.NewFile("deep", src)
		tree, diags := Parse(f, 0, len(src), Options{Hyperflask: true})
		n := 0
		for _, d := range diags {
			if d.Code == diag.TmplTooDeep {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%.30s…: %d nesting diagnostics, want 1", src, n)
		}
		if !hasName(tree, "after") {
			t.Errorf("%.30s…: the tree lost what follows", src)
		}
	}
}
