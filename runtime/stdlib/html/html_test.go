package html

import (
	"testing"
	"unicode/utf8"
)

func TestUnescape(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"&amp;", "&"},
		{"&amp", "&"},
		{"&ampx", "&x"},
		{"&#60;&#x3c;&#X3C", "<<<"},
		{"&#0;", "\uFFFD"},
		{"&#128;", "\u20ac"},
		{"&#xD800;", "\uFFFD"},
		{"&#1114112;", "\uFFFD"},
		{"&#99999999999999999999999;", "\uFFFD"},
		{"&#11;", ""},
		{"&notit;", "\u00acit;"},
		{"&unknown;", "&unknown;"},
		{"&;", "&;"},
		{"&#;", "&#;"},
		{"&acE;", "\u223e\u0333"},
		{"plain", "plain"},
	} {
		if got := Unescape(c.in); got != c.want {
			t.Errorf("Unescape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzUnescape(f *testing.F) {
	for _, s := range []string{"&amp;", "&#x41;", "&notin;x", "<a href='x'>&</a>", "&#99999;", "&ampamp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Unescape(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("Unescape(%q) = %q is not valid UTF-8", s, out)
		}
		if utf8.ValidString(s) {
			if back := Unescape(Escape(s, true)); back != s {
				t.Fatalf("Unescape(Escape(%q)) = %q", s, back)
			}
		}
	})
}
