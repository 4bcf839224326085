package python

import (
	"bytes"
	"compress/zlib"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

// The \N{name} escape accepts the names CPython 3.11 knows (Unicode 14.0):
// unicode_names.z, written by gen_unicode_names.py from CPython's
// unicodedata, holds the character names and the name aliases; the names
// of Hangul syllables and CJK unified ideographs are computed. The table is
// decompressed on the first \N escape.
//
//go:generate /usr/bin/python3 gen_unicode_names.py

//go:embed unicode_names.z
var unicodeNamesZ []byte

var unicodeNames struct {
	once  sync.Once
	names map[string]rune
	cjk   [][2]rune
}

func loadUnicodeNames() {
	u := &unicodeNames
	u.names = make(map[string]rune, 36000)
	r, err := zlib.NewReader(bytes.NewReader(unicodeNamesZ))
	if err != nil {
		panic("python: corrupt unicode_names.z: " + err.Error())
	}
	data, err := io.ReadAll(r)
	if err != nil {
		panic("python: corrupt unicode_names.z: " + err.Error())
	}
	section := byte(0)
	cp := rune(0)
	for _, line := range strings.Split(string(data), "\n") {
		if len(line) == 1 {
			section = line[0]
			continue
		}
		switch section {
		case 'N':
			delta, name, _ := strings.Cut(line, ";")
			d := int64(1)
			if delta != "" {
				d, _ = strconv.ParseInt(delta, 16, 32)
			}
			cp += rune(d)
			u.names[name] = cp
		case 'A':
			hex, name, _ := strings.Cut(line, ";")
			v, _ := strconv.ParseInt(hex, 16, 32)
			u.names[name] = rune(v)
		case 'C':
			a, b, _ := strings.Cut(line, "-")
			lo, _ := strconv.ParseInt(a, 16, 32)
			hi, _ := strconv.ParseInt(b, 16, 32)
			u.cjk = append(u.cjk, [2]rune{rune(lo), rune(hi)})
		}
	}
}

// lookupUnicodeName returns the character named name (in any case), as
// CPython's "\N{name}" escape does.
func lookupUnicodeName(name string) (rune, bool) {
	unicodeNames.once.Do(loadUnicodeNames)
	name = strings.ToUpper(name)
	if r, ok := unicodeNames.names[name]; ok {
		return r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(hex) != 4 && len(hex) != 5 {
			return 0, false
		}
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return 0, false
		}
		for _, rg := range unicodeNames.cjk {
			if rune(v) >= rg[0] && rune(v) <= rg[1] {
				return rune(v), true
			}
		}
		return 0, false
	}
	if s, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(s)
	}
	return 0, false
}

// Jamo short names (Unicode's Jamo.txt), for the names of the Hangul
// syllables U+AC00–U+D7A3: "HANGUL SYLLABLE " + L + V + T.
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable decodes the part of a Hangul syllable's name after
// "HANGUL SYLLABLE ", trying the longest jamo names first as CPython does.
func hangulSyllable(s string) (rune, bool) {
	l, n := longestJamo(s, jamoL)
	if l < 0 {
		return 0, false
	}
	s = s[n:]
	v, n := longestJamo(s, jamoV)
	if v < 0 {
		return 0, false
	}
	s = s[n:]
	t, n := longestJamo(s, jamoT)
	if t < 0 || n != len(s) {
		return 0, false
	}
	return rune(0xAC00 + (l*len(jamoV)+v)*len(jamoT) + t), true
}

func longestJamo(s string, names []string) (int, int) {
	best, size := -1, -1
	for i, n := range names {
		if len(n) > size && strings.HasPrefix(s, n) {
			best, size = i, len(n)
		}
	}
	return best, size
}
