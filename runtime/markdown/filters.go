package markdown

import "strings"

// NL2BR is Hyperflask's nl2br filter: value.replace("\n", "<br>"). Like the
// Python filter it does not escape the value, and a "\r" before a newline
// stays.
func NL2BR(s string) string {
	return strings.ReplaceAll(s, "\n", "<br>")
}
