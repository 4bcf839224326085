package pyfmt

import "testing"

// TestMapASCII checks the word-at-a-time ASCII case mapping on every byte
// value at every alignment.
func TestMapASCII(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	for off := 0; off < 9; off++ {
		s := string(all[off:]) + string(all[:off])
		for _, up := range []bool{true, false} {
			got := MapASCII(s, up)
			for i := 0; i < len(s); i++ {
				c := s[i]
				want := c
				if up && c >= 'a' && c <= 'z' {
					want = c - 32
				}
				if !up && c >= 'A' && c <= 'Z' {
					want = c + 32
				}
				if got[i] != want {
					t.Fatalf("off %d up %v byte %#x: got %#x want %#x", off, up, c, got[i], want)
				}
			}
		}
	}
	for _, c := range []struct {
		in    string
		upper bool
		want  string
	}{{"HELLO, 123", true, "HELLO, 123"}, {"hello", true, "HELLO"}, {"abcdefghijKLMNOP", false, "abcdefghijklmnop"}, {"", false, ""}} {
		if got := MapASCII(c.in, c.upper); got != c.want {
			t.Errorf("MapASCII(%q, %v) = %q, want %q", c.in, c.upper, got, c.want)
		}
	}
}
