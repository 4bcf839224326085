package vm

import (
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Case mappings and character-class predicates of str: CPython 3.11's full
// mappings (SpecialCasing included: 'ß'.upper() is 'SS', 'İ'.lower() is
// 'i̇') with the Final_Sigma rule of lower(), on Unicode 14.0.

func init() {
	addStrNoArgs("lower", func(s string) Value { return Str(strLower(s)) })
	addStrNoArgs("upper", func(s string) Value { return Str(strUpper(s)) })
	addStrNoArgs("casefold", func(s string) Value { return Str(strCasefold(s)) })
	addStrNoArgs("swapcase", func(s string) Value { return Str(strSwapcase(s)) })
	addStrNoArgs("title", func(s string) Value { return Str(strTitle(s)) })
	addStrNoArgs("capitalize", func(s string) Value { return Str(strCapitalize(s)) })

	addStrNoArgs("isascii", func(s string) Value { return MakeBool(isASCII(s)) })
	addStrNoArgs("isalpha", func(s string) Value { return MakeBool(strAll(s, asciiAlpha, pyfmt.IsAlpha)) })
	addStrNoArgs("isalnum", func(s string) Value { return MakeBool(strAll(s, asciiAlnum, pyfmt.IsAlnum)) })
	addStrNoArgs("isdecimal", func(s string) Value { return MakeBool(strAll(s, asciiDigit, pyfmt.IsDecimal)) })
	addStrNoArgs("isdigit", func(s string) Value { return MakeBool(strAll(s, asciiDigit, pyfmt.IsDigit)) })
	addStrNoArgs("isnumeric", func(s string) Value { return MakeBool(strAll(s, asciiDigit, pyfmt.IsNumeric)) })
	addStrNoArgs("isspace", func(s string) Value { return MakeBool(strAll(s, isSpaceByte, pyfmt.IsSpace)) })
	addStrNoArgs("isprintable", func(s string) Value {
		return MakeBool(s == "" || strAll(s, func(c byte) bool { return c >= 0x20 && c < 0x7f }, pyfmt.IsPrintable))
	})
	addStrNoArgs("isidentifier", func(s string) Value { return MakeBool(isIdentifier(s)) })
	addStrNoArgs("islower", func(s string) Value { return MakeBool(strIsLower(s)) })
	addStrNoArgs("isupper", func(s string) Value { return MakeBool(strIsUpper(s)) })
	addStrNoArgs("istitle", func(s string) Value { return MakeBool(strIsTitle(s)) })
}

func asciiAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }
func asciiAlnum(c byte) bool { return asciiAlpha(c) || asciiDigit(c) }
func asciiLower(c byte) bool { return c >= 'a' && c <= 'z' }
func asciiUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// strAll reports whether s is not empty and every code point satisfies the
// predicate (ascii for ASCII characters, uni for the others).
func strAll(s string, ascii func(byte) bool, uni func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !ascii(c) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !uni(r) {
			return false
		}
		i += n
	}
	return true
}

// isIdentifier is str.isidentifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !pyfmt.IsIdentifierStart(r) {
				return false
			}
		} else if !pyfmt.IsIdentifierContinue(r) {
			return false
		}
	}
	return true
}

func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if pyfmt.IsUpper(r) || pyfmt.IsTitle(r) {
			return false
		}
		cased = cased || pyfmt.IsLower(r)
	}
	return cased
}

func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if pyfmt.IsLower(r) || pyfmt.IsTitle(r) {
			return false
		}
		cased = cased || pyfmt.IsUpper(r)
	}
	return cased
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case pyfmt.IsUpper(r) || pyfmt.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case pyfmt.IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// asciiUpperTable and asciiLowerTable map each byte to its ASCII
// uppercase and lowercase.
var asciiUpperTable, asciiLowerTable = func() (up, low [256]byte) {
	for i := range up {
		up[i], low[i] = byte(i), byte(i)
	}
	for c := 'a'; c <= 'z'; c++ {
		up[c] = byte(c - 'a' + 'A')
		low[c-'a'+'A'] = byte(c)
	}
	return
}()

// asciiMap returns s with each byte mapped through table, or s itself when
// no byte changes; it is lower() and upper() of ASCII text.
func asciiMap(s string, table *[256]byte) string {
	i := 0
	for i < len(s) && table[s[i]] == s[i] {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		b[i] = table[s[i]]
	}
	return byteString(b)
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
		if !pyfmt.IsCaseIgnorable(r) {
			c, found = r, true
			break
		}
	}
	final := found && pyfmt.IsCased(c)
	if final {
		k := i + utf8.RuneLen(capitalSigma)
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			k += n
			if !pyfmt.IsCaseIgnorable(r) {
				final = !pyfmt.IsCased(r)
				break
			}
		}
	}
	if final {
		return 0x3C2
	}
	return 0x3C3
}

// appendLower appends the lowercase of the code point r at byte offset i
// of s (lower_ucs4).
func appendLower(b []byte, s string, i int, r rune) []byte {
	if r < utf8.RuneSelf {
		if asciiUpper(byte(r)) {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	if r == capitalSigma {
		return utf8.AppendRune(b, finalSigma(s, i))
	}
	return pyfmt.AppendLower(b, r)
}

func strLower(s string) string {
	if isASCII(s) {
		return asciiMap(s, &asciiLowerTable)
	}
	b := make([]byte, 0, len(s)+8)
	for i, r := range s {
		b = appendLower(b, s, i, r)
	}
	return byteString(b)
}

func strUpper(s string) string {
	if isASCII(s) {
		return asciiMap(s, &asciiUpperTable)
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		if r < utf8.RuneSelf {
			if asciiLower(byte(r)) {
				r -= 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = pyfmt.AppendUpper(b, r)
	}
	return byteString(b)
}

func strCasefold(s string) string {
	if isASCII(s) {
		return asciiMap(s, &asciiLowerTable)
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		if r < utf8.RuneSelf {
			if asciiUpper(byte(r)) {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = pyfmt.AppendFold(b, r)
	}
	return byteString(b)
}

func strSwapcase(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if asciiUpper(c) || asciiLower(c) {
				c ^= 0x20
			}
			b = append(b, c)
		case pyfmt.IsUpper(r):
			b = appendLower(b, s, i, r)
		case pyfmt.IsLower(r):
			b = pyfmt.AppendUpper(b, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return byteString(b)
}

func strTitle(s string) string {
	b := make([]byte, 0, len(s)+8)
	prevCased := false
	for i, r := range s {
		if r < utf8.RuneSelf {
			c := byte(r)
			switch {
			case asciiUpper(c):
				if prevCased {
					c += 'a' - 'A'
				}
				prevCased = true
			case asciiLower(c):
				if !prevCased {
					c -= 'a' - 'A'
				}
				prevCased = true
			default:
				prevCased = false
			}
			b = append(b, c)
			continue
		}
		if prevCased {
			b = appendLower(b, s, i, r)
		} else {
			b = pyfmt.AppendTitle(b, r)
		}
		prevCased = pyfmt.IsCased(r)
	}
	return byteString(b)
}

func strCapitalize(s string) string {
	if s == "" {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i, r := range s {
		if i == 0 {
			if r < utf8.RuneSelf {
				c := byte(r)
				if asciiLower(c) {
					c -= 'a' - 'A'
				}
				b = append(b, c)
			} else {
				b = pyfmt.AppendTitle(b, r)
			}
			continue
		}
		b = appendLower(b, s, i, r)
	}
	return byteString(b)
}
