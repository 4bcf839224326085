package pyfmt

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"
)

// The case mappings of str (lower, upper, casefold, swapcase, title,
// capitalize) as CPython 3.11 computes them: full mappings, SpecialCasing
// included ('ß'.upper() is 'SS', 'İ'.lower() is 'i̇'), and the Final_Sigma
// rule wherever CPython applies lower_ucs4.

// caseField selects a mapping of a charRecord.
type caseField uint8

const (
	toLower caseField = iota
	toUpper
	toTitle
	toFold
)

func (rec *charRecord) mapping(f caseField) int32 {
	switch f {
	case toLower:
		return rec.lower
	case toUpper:
		return rec.upper
	case toTitle:
		return rec.title
	}
	return rec.fold
}

// appendCase appends mapping f of the code point r, whose record is rec and
// whose UTF-8 is src (copied as it is when the mapping is the identity).
func appendCase(b []byte, src string, r rune, rec *charRecord, f caseField) []byte {
	m := rec.mapping(f)
	if rec.flags&flagExtendedCase == 0 {
		if m == 0 {
			return append(b, src...)
		}
		return utf8.AppendRune(b, r+m)
	}
	return appendMapping(b, rec, r, m)
}

const capitalSigma = 0x3A3

// finalSigma is CPython's handle_capital_sigma: the lowercase of the 'Σ' at
// byte offset i of s, which is 'ς' at the end of a word.
func finalSigma(s string, i int) rune {
	j := i
	var c rune
	found := false
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !IsCaseIgnorable(r) {
			c, found = r, true
			break
		}
	}
	final := found && IsCased(c)
	if final {
		for k := i + utf8.RuneLen(capitalSigma); k < len(s); {
			r, n := utf8.DecodeRuneInString(s[k:])
			k += n
			if !IsCaseIgnorable(r) {
				final = !IsCased(r)
				break
			}
		}
	}
	if final {
		return 0x3C2
	}
	return 0x3C3
}

// appendLower is lower_ucs4: the lowercase of the code point r at byte
// offset i of s (src is its UTF-8), with the Final_Sigma rule.
func appendLower(b []byte, s string, i int, src string, r rune, rec *charRecord) []byte {
	if r == capitalSigma {
		return utf8.AppendRune(b, finalSigma(s, i))
	}
	return appendCase(b, src, r, rec, toLower)
}

// caseMap applies f to every code point of s (with the Final_Sigma rule for
// toLower).
func caseMap(s string, f caseField) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			start := len(b)
			b = append(b, s[i:j]...)
			mapASCII(b[start:], f == toUpper)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		rec := record(r)
		if f == toLower {
			b = appendLower(b, s, i, s[i:i+n], r, rec)
		} else {
			b = appendCase(b, s[i:i+n], r, rec, f)
		}
		i += n
	}
	return bytesToString(b)
}

// asciiCaseMask returns the high bit of each byte of w that is in lo..hi
// (ASCII letters of one case; bytes >= 0x80 never match), eight bytes at a
// time.
func asciiCaseMask(w uint64, lo, hi byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	heptets := w &^ highs
	ge := heptets + (0x80-uint64(lo))*ones   // high bit set where byte >= lo
	gt := heptets + (0x80-uint64(hi)-1)*ones // high bit set where byte > hi
	return ge &^ gt &^ w & highs
}

// caseRange returns the letters that MapASCII changes.
func caseRange(upper bool) (lo, hi byte) {
	if upper {
		return 'a', 'z'
	}
	return 'A', 'Z'
}

// mapASCII converts the ASCII letters of b to uppercase (upper) or
// lowercase in place; other bytes are unchanged.
func mapASCII(b []byte, upper bool) {
	lo, hi := caseRange(upper)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], w^asciiCaseMask(w, lo, hi)>>2)
	}
	for ; i < len(b); i++ {
		if b[i] >= lo && b[i] <= hi {
			b[i] ^= 0x20
		}
	}
}

// MapASCII returns s with its ASCII letters converted to uppercase (upper)
// or lowercase, other bytes unchanged, or s itself when nothing changes:
// str.lower() and str.upper() of ASCII text, bytes.lower() and
// bytes.upper().
func MapASCII(s string, upper bool) string {
	lo, hi := caseRange(upper)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if asciiCaseMask(load64(s[i:i+8]), lo, hi) != 0 {
			break
		}
	}
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	mapASCII(b[i:], upper)
	return bytesToString(b)
}

// load64 reads 8 bytes of s as a little-endian word (one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Lower is str.lower.
func Lower(s string) string { return caseMap(s, toLower) }

// Upper is str.upper.
func Upper(s string) string { return caseMap(s, toUpper) }

// Casefold is str.casefold.
func Casefold(s string) string { return caseMap(s, toFold) }

// Swapcase is str.swapcase: uppercase letters to lowercase (Final_Sigma
// included), lowercase ones to uppercase.
func Swapcase(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				c ^= 0x20
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		src := s[i : i+n]
		rec := record(r)
		switch {
		case rec.flags&flagUpper != 0:
			b = appendLower(b, s, i, src, r, rec)
		case rec.flags&flagLower != 0:
			b = appendCase(b, src, r, rec, toUpper)
		default:
			b = append(b, src...)
		}
		i += n
	}
	return bytesToString(b)
}

// Title is str.title: the first cased character of each run of cased
// characters in titlecase, the others in lowercase.
func Title(s string) string {
	b := make([]byte, 0, len(s)+8)
	prevCased := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			letter := c|0x20 >= 'a' && c|0x20 <= 'z'
			if letter {
				if prevCased {
					c |= 0x20
				} else {
					c &^= 0x20
				}
			}
			prevCased = letter
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		src := s[i : i+n]
		rec := record(r)
		if prevCased {
			b = appendLower(b, s, i, src, r, rec)
		} else {
			b = appendCase(b, src, r, rec, toTitle)
		}
		prevCased = rec.flags&flagCased != 0
		i += n
	}
	return bytesToString(b)
}

// Capitalize is str.capitalize: the first character in titlecase, the rest
// in lowercase.
func Capitalize(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		src := s[i : i+n]
		rec := record(r)
		if i == 0 {
			b = appendCase(b, src, r, rec, toTitle)
		} else {
			b = appendLower(b, s, i, src, r, rec)
		}
		i += n
	}
	return bytesToString(b)
}

// bytesToString returns the string of b without copying it; b is not used
// afterwards.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
