package pyfmt

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// StrRepr returns repr(s) for a str: single quotes unless s contains a
// single quote and no double quote, with non-printable code points escaped.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < 0x80 && !isPrintable(r):
			b = appendHexEscape(b, r)
		case r < 0x80 || isPrintable(r):
			b = utf8.AppendRune(b, r)
		default:
			b = appendHexEscape(b, r)
		}
	}
	return string(append(b, quote))
}

// EscapeASCII turns the non-ASCII code points of s into \x, \u and \U
// escapes: ascii(x) is EscapeASCII(repr(x)).
func EscapeASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	b = append(b, s[:i]...)
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = appendHexEscape(b, r)
		}
	}
	return string(b)
}

// appendHexEscape appends \xNN, \uNNNN or \UNNNNNNNN for r.
func appendHexEscape(b []byte, r rune) []byte {
	n := 8
	switch {
	case r <= 0xff:
		b, n = append(b, '\\', 'x'), 2
	case r <= 0xffff:
		b, n = append(b, '\\', 'u'), 4
	default:
		b = append(b, '\\', 'U')
	}
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(r>>shift)&0xf])
	}
	return b
}
