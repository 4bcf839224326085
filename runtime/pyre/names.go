package pyre

import (
	"bufio"
	"bytes"
	"compress/zlib"
	_ "embed" // for unames.bin
	"strconv"
	"strings"
	"sync"
)

// unamesData holds the character names of CPython 3.11's unicodedata
// (Unicode 14.0); testdata/gen_unames.py writes it.
//
//go:generate /usr/bin/python3 testdata/gen_unames.py
//go:embed unames.bin
var unamesData []byte

var (
	unamesOnce sync.Once
	unames     map[string]rune
	cjkRanges  []runeRange
)

// loadNames decodes unamesData on the first \N escape.
func loadNames() {
	zr, err := zlib.NewReader(bytes.NewReader(unamesData))
	if err != nil {
		panic("pyre: bad unames.bin: " + err.Error())
	}
	unames = make(map[string]rune, 40000)
	sc := bufio.NewScanner(zr)
	section := ""
	code := int64(0)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			section = line
			continue
		}
		switch section {
		case "":
			hex, name, _ := strings.Cut(line, ";")
			d, _ := strconv.ParseInt(hex, 16, 32)
			code += d
			unames[name] = rune(code)
		case "#aliases":
			hex, name, _ := strings.Cut(line, ";")
			c, _ := strconv.ParseInt(hex, 16, 32)
			unames[name] = rune(c)
		case "#cjk":
			lo, hi, _ := strings.Cut(line, "-")
			l, _ := strconv.ParseInt(lo, 16, 32)
			h, _ := strconv.ParseInt(hi, 16, 32)
			cjkRanges = append(cjkRanges, runeRange{rune(l), rune(h)})
		}
	}
	if err := sc.Err(); err != nil {
		panic("pyre: bad unames.bin: " + err.Error())
	}
}

// lookupName is unicodedata.lookup for one character: names and aliases
// match without regard to ASCII case; the computed names of CJK unified
// ideographs and Hangul syllables only in uppercase, as in CPython.
func lookupName(name string) (rune, bool) {
	unamesOnce.Do(loadNames)
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(rest)
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(hex) != 4 && len(hex) != 5 || strings.ToUpper(hex) != hex {
			return 0, false
		}
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return 0, false
		}
		for _, r := range cjkRanges {
			if r.lo <= rune(v) && rune(v) <= r.hi {
				return rune(v), true
			}
		}
		return 0, false
	}
	upper := []byte(name)
	for i, c := range upper {
		if 'a' <= c && c <= 'z' {
			upper[i] = c - ('a' - 'A')
		}
	}
	c, ok := unames[string(upper)]
	return c, ok
}

// The short names of the Hangul jamo, in the order of their indexes.
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// hangulSyllable computes a Hangul syllable from the jamo names after
// "HANGUL SYLLABLE ", taking the longest jamo name at each step.
func hangulSyllable(s string) (rune, bool) {
	l, n := longestJamo(s, hangulL)
	s = s[n:]
	v, n := longestJamo(s, hangulV)
	s = s[n:]
	t, n := longestJamo(s, hangulT)
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(0xAC00 + (l*len(hangulV)+v)*len(hangulT) + t), true
}

func longestJamo(s string, names []string) (index, length int) {
	index, length = -1, -1
	for i, name := range names {
		if len(name) > length && strings.HasPrefix(s, name) {
			index, length = i, len(name)
		}
	}
	return index, max(length, 0)
}
