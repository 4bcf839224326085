package source

import (
	"math/rand"
	"testing"
)

// TestLocator checks that a Locator answers as File.Pos and File.Span do,
// whatever the order of the questions (forwards, backwards, far jumps, out
// of the file), with every kind of line break.
func TestLocator(t *testing.T) {
	texts := []string{
		"",
		"x",
		"a\nbc\r\ndef\rg\n\n\r\n\rh",
		"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nend\r\n",
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		f := NewFile("t", text)
		l := f.Locator()
		for i := 0; i < 2000; i++ {
			a := rng.Intn(len(text)+5) - 2
			b := a + rng.Intn(12) - 1
			if i%3 == 0 { // near the last answer, as parsers ask
				a = min(max(0, a/4), len(text))
			}
			if got, want := l.Pos(a), f.Pos(a); got != want {
				t.Fatalf("%q: Pos(%d) = %v (offset %d), want %v (offset %d)", text, a, got, got.Offset, want, want.Offset)
			}
			if b < a {
				continue
			}
			if got, want := l.Span(a, b), f.Span(a, b); got != want {
				t.Fatalf("%q: Span(%d, %d) = %v, want %v", text, a, b, got, want)
			}
		}
	}
}

// TestNewFileLines checks the line table with each kind of line break.
func TestNewFileLines(t *testing.T) {
	for text, want := range map[string][]int{
		"":            {0},
		"a":           {0},
		"a\n":         {0, 2},
		"a\nb\n\nc":   {0, 2, 4, 5},
		"a\r\nb\rc\n": {0, 3, 5, 7},
		"\r\r\n\n":    {0, 1, 3, 4},
		"x\r":         {0, 2},
	} {
		f := NewFile("t", text)
		if len(f.lines) != len(want) {
			t.Errorf("%q: lines %v, want %v", text, f.lines, want)
			continue
		}
		for i := range want {
			if f.lines[i] != want[i] {
				t.Errorf("%q: lines %v, want %v", text, f.lines, want)
				break
			}
		}
	}
}
