package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers below reproduce Python's str methods where Go's differ:
// Python's notion of whitespace (str.isspace) includes the information
// separators U+001C..U+001F, and tabs expand by column.

// isPySpace reports whether Python's str.isspace is true for r.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	if r < 0x80 {
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == 0x2028 || r == 0x2029
}

// pyStrip is Python's str.strip().
func pyStrip(s string) string { return strings.TrimFunc(s, isPySpace) }

// pyLStrip is Python's str.lstrip().
func pyLStrip(s string) string { return strings.TrimLeftFunc(s, isPySpace) }

// pyRStrip is Python's str.rstrip().
func pyRStrip(s string) string { return strings.TrimRightFunc(s, isPySpace) }

// isBlank reports whether Python's s.strip() is empty.
func isBlank(s string) bool { return pyStrip(s) == "" }

// pyLower is Python's str.lower().
func pyLower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// pyCapitalize is Python's str.capitalize(): the first character in title
// case, the rest in lower case.
func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToTitle(r)) + strings.ToLower(s[n:])
}

// expandTabs is Python's str.expandtabs(size): every tab becomes the spaces
// up to the next multiple of size, columns restarting after \n and \r.
func expandTabs(s string, size int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if size > 0 {
				n := size - col%size
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// splitLines is Python's s.split("\n").
func splitLines(s string) []string { return strings.Split(s, "\n") }
