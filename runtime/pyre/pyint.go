package pyre

import (
	"strings"
	"unicode"
)

// pyInt parses s as Python's int(s) does for a group number: surrounding
// whitespace, an optional sign, decimal digits of any script and single
// underscores between digits. It returns the value's decimal digits without
// leading zeros; ok is false when int(s) fails or the value is negative.
func pyInt(s []rune) (digits string, ok bool) {
	i, j := 0, len(s)
	for i < j && uniIsSpace(s[i]) {
		i++
	}
	for j > i && uniIsSpace(s[j-1]) {
		j--
	}
	neg := false
	if i < j && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i == j {
		return "", false
	}
	var b strings.Builder
	prevDigit := false
	for _, c := range s[i:j] {
		if c == '_' {
			if !prevDigit {
				return "", false
			}
			prevDigit = false
			continue
		}
		d, isDigit := decimalValue(c)
		if !isDigit {
			return "", false
		}
		if b.Len() > 0 || d != 0 {
			b.WriteByte(byte('0' + d))
		}
		prevDigit = true
	}
	if !prevDigit {
		return "", false
	}
	digits = b.String()
	if digits == "" {
		digits = "0"
	}
	if neg && digits != "0" {
		return "", false
	}
	return digits, true
}

// decimalValue returns the value of a decimal digit of any script.
func decimalValue(c rune) (int, bool) {
	if '0' <= c && c <= '9' {
		return int(c - '0'), true
	}
	if !unicode.Is(unicode.Nd, c) {
		return 0, false
	}
	// Decimal digits are encoded in runs of ten from zero to nine, and
	// adjacent runs form one range of Nd.
	start := c
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(c-start) % 10, true
}
