package pyre

import "unicode"

// isIdentifier is Python's str.isidentifier(): an XID_Start character or
// '_', then XID_Continue characters.
func isIdentifier(s []rune) bool {
	if len(s) == 0 || !(s[0] == '_' || isXIDStart(s[0])) {
		return false
	}
	for _, c := range s[1:] {
		if !isXIDContinue(c) {
			return false
		}
	}
	return true
}

// notXIDContinue lists the ID_Continue characters that are not
// XID_Continue (their NFKC forms are not identifiers).
var notXIDContinue = map[rune]bool{
	0x037A: true, 0x309B: true, 0x309C: true,
	0xFC5E: true, 0xFC5F: true, 0xFC60: true, 0xFC61: true, 0xFC62: true, 0xFC63: true,
	0xFDFA: true, 0xFDFB: true,
	0xFE70: true, 0xFE72: true, 0xFE74: true, 0xFE76: true,
	0xFE78: true, 0xFE7A: true, 0xFE7C: true, 0xFE7E: true,
}

// notXIDStart lists the XID_Continue characters that are ID_Start but not
// XID_Start.
var notXIDStart = map[rune]bool{0x0E33: true, 0x0EB3: true, 0xFF9E: true, 0xFF9F: true}

func isIDStart(c rune) bool {
	if unicode.Is(unicode.Pattern_Syntax, c) || unicode.Is(unicode.Pattern_White_Space, c) {
		return false
	}
	return unicode.IsLetter(c) || unicode.Is(unicode.Nl, c) || unicode.Is(unicode.Other_ID_Start, c)
}

func isIDContinue(c rune) bool {
	if isIDStart(c) {
		return true
	}
	if unicode.Is(unicode.Pattern_Syntax, c) || unicode.Is(unicode.Pattern_White_Space, c) {
		return false
	}
	return unicode.In(c, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

func isXIDStart(c rune) bool {
	if c < 0x80 {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return isIDStart(c) && !notXIDStart[c] && !notXIDContinue[c]
}

func isXIDContinue(c rune) bool {
	if c < 0x80 {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return isIDContinue(c) && !notXIDContinue[c]
}

// IsIdentifier is Python's str.isidentifier().
func IsIdentifier(s string) bool { return isIdentifier([]rune(s)) }
