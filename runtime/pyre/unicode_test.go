package pyre

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"unicode"
)

// unicodeTables is testdata/unicode.json, written by testdata/gen.py from
// CPython 3.11.
type unicodeTables struct {
	Lower       [][2]rune           `json:"lower"`
	Upper       [][2]rune           `json:"upper"`
	IsCased     [][2]rune           `json:"iscased"`
	Digit       [][2]rune           `json:"digit"`
	Space       [][2]rune           `json:"space"`
	Word        [][2]rune           `json:"word"`
	Alpha       [][2]rune           `json:"alpha"`
	Printable   [][2]rune           `json:"printable"`
	XIDStart    [][2]rune           `json:"xidstart"`
	XIDContinue [][2]rune           `json:"xidcontinue"`
	Unassigned  [][2]rune           `json:"unassigned"`
	RawExtra    [][]json.RawMessage `json:"extracases"`
	Escape      string              `json:"escape"`
	EscapeBytes string              `json:"escapebytes"`
}

func loadUnicodeTables(t *testing.T) *unicodeTables {
	data, err := os.ReadFile("testdata/unicode.json")
	if err != nil {
		t.Fatal(err)
	}
	var u unicodeTables
	if err := json.Unmarshal(data, &u); err != nil {
		t.Fatal(err)
	}
	return &u
}

func inRanges(rs [][2]rune, c rune) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case c < rs[mid][0]:
			hi = mid
		case c > rs[mid][1]:
			lo = mid + 1
		default:
			return true
		}
	}
	return false
}

// TestUnicodeTables compares pyre's character functions with CPython's for
// every code point. They may differ only on code points that Unicode 14.0
// (CPython 3.11) leaves unassigned and Go's Unicode 15.0 assigns.
func TestUnicodeTables(t *testing.T) {
	u := loadUnicodeTables(t)
	lower := map[rune]rune{}
	for _, p := range u.Lower {
		lower[p[0]] = p[1]
	}
	upper := map[rune]rune{}
	for _, p := range u.Upper {
		upper[p[0]] = p[1]
	}
	mapped := func(m map[rune]rune, c rune) rune {
		if v, ok := m[c]; ok {
			return v
		}
		return c
	}
	checks := []struct {
		name string
		got  func(rune) bool
		want func(rune) bool
	}{
		{"lower", func(c rune) bool { return pyLower(c) == mapped(lower, c) }, func(rune) bool { return true }},
		{"upper", func(c rune) bool { return pyUpper(c) == mapped(upper, c) }, func(rune) bool { return true }},
		{"iscased", uniIsCased, func(c rune) bool { return inRanges(u.IsCased, c) }},
		{"digit", uniIsDigit, func(c rune) bool { return inRanges(u.Digit, c) }},
		{"space", uniIsSpace, func(c rune) bool { return inRanges(u.Space, c) }},
		{"word", uniIsWord, func(c rune) bool { return inRanges(u.Word, c) }},
		{"alpha", isLetter, func(c rune) bool { return inRanges(u.Alpha, c) }},
		{"printable", func(c rune) bool { return c == ' ' || c >= 0x7f && unicode.IsPrint(c) || c > ' ' && c < 0x7f },
			func(c rune) bool { return inRanges(u.Printable, c) }},
		{"xidstart", func(c rune) bool { return c == '_' || isXIDStart(c) }, func(c rune) bool { return inRanges(u.XIDStart, c) }},
		{"xidcontinue", isXIDContinue, func(c rune) bool { return inRanges(u.XIDContinue, c) }},
	}
	for _, ch := range checks {
		newer := 0
		for c := rune(0); c <= unicode.MaxRune; c++ {
			if 0xd800 <= c && c <= 0xdfff {
				continue
			}
			if ch.got(c) == ch.want(c) {
				continue
			}
			if inRanges(u.Unassigned, c) {
				newer++
				continue
			}
			t.Errorf("%s differs from CPython at U+%04X", ch.name, c)
		}
		if newer > 0 {
			t.Logf("%s: %d characters of Unicode 15.0 differ from CPython (unassigned in 14.0)", ch.name, newer)
		}
	}
	extra := map[rune][]rune{}
	for _, kv := range u.RawExtra {
		var k rune
		var v []rune
		if err := json.Unmarshal(kv[0], &k); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(kv[1], &v); err != nil {
			t.Fatal(err)
		}
		extra[k] = v
	}
	if !reflect.DeepEqual(extra, extraCases) {
		t.Errorf("extraCases differs from re._casefix._EXTRA_CASES")
	}
}

func TestEscape(t *testing.T) {
	u := loadUnicodeTables(t)
	all := make([]rune, 0, 259)
	for c := rune(0); c < 256; c++ {
		all = append(all, c)
	}
	all = append(all, 0xe9, 0x4e00, 0x1f600)
	if got := Escape(string(all)); got != u.Escape {
		t.Errorf("Escape = %q, want %q", got, u.Escape)
	}
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	if got := fromLatin1(string(EscapeBytes(b))); got != u.EscapeBytes {
		t.Errorf("EscapeBytes = %q, want %q", got, u.EscapeBytes)
	}
}
