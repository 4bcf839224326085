package vm

import (
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Case mappings and character-class predicates of str, on CPython 3.11's
// Unicode 14.0 database (package pyfmt implements the mappings; ASCII text
// takes table-driven fast paths here).

func init() {
	addStrNoArgs("lower", func(s string) Value { return Str(strLower(s)) })
	addStrNoArgs("upper", func(s string) Value { return Str(strUpper(s)) })
	addStrNoArgs("casefold", func(s string) Value { return Str(strCasefold(s)) })
	addStrNoArgs("swapcase", func(s string) Value { return Str(pyfmt.Swapcase(s)) })
	addStrNoArgs("title", func(s string) Value { return Str(pyfmt.Title(s)) })
	addStrNoArgs("capitalize", func(s string) Value { return Str(pyfmt.Capitalize(s)) })

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

func strLower(s string) string {
	if isASCII(s) {
		return pyfmt.MapASCII(s, false)
	}
	return pyfmt.Lower(s)
}

func strUpper(s string) string {
	if isASCII(s) {
		return pyfmt.MapASCII(s, true)
	}
	return pyfmt.Upper(s)
}

func strCasefold(s string) string {
	if isASCII(s) {
		return pyfmt.MapASCII(s, false)
	}
	return pyfmt.Casefold(s)
}
