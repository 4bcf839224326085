package vm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsASCIIAndLen(t *testing.T) {
	for n := 0; n < 20; n++ {
		ascii := strings.Repeat("a", n)
		if !isASCII(ascii) || strLen(ascii) != n {
			t.Errorf("isASCII/strLen of %d ASCII bytes", n)
		}
		for k := 0; k < n; k++ {
			s := ascii[:k] + "é" + ascii[k+1:]
			if isASCII(s) || strLen(s) != n {
				t.Errorf("isASCII/strLen(%q)", s)
			}
		}
	}
}

func TestCpOffset(t *testing.T) {
	s := "aé日🎉b"
	offsets := []int{0, 1, 3, 6, 10, 11}
	for i, want := range offsets {
		if got := cpOffset(s, i); got != want {
			t.Errorf("cpOffset(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got := cpOffsetOK(s, i); got != want {
			t.Errorf("cpOffsetOK(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
	if cpOffset(s, 9) != len(s) || cpOffsetOK(s, 6) != -1 {
		t.Errorf("offsets past the end")
	}
	if n := utf8.RuneCountInString(s); n != len(offsets)-1 {
		t.Fatalf("test string has %d code points", n)
	}
}
