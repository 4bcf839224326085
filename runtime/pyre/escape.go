package pyre

// escapeSpecial reports whether re.escape puts a backslash before c.
func escapeSpecial(c rune) bool {
	switch c {
	case '(', ')', '[', ']', '{', '}', '?', '*', '+', '-', '|', '^', '$', '\\', '.', '&', '~', '#',
		' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// Escape is re.escape for a str.
func Escape(s string) string {
	out := make([]rune, 0, len(s))
	for _, c := range s {
		if escapeSpecial(c) {
			out = append(out, '\\')
		}
		out = append(out, c)
	}
	return string(out)
}

// EscapeBytes is re.escape for bytes.
func EscapeBytes(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if escapeSpecial(rune(c)) {
			out = append(out, '\\')
		}
		out = append(out, c)
	}
	return out
}
