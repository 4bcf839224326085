// Package textdiff shows how two texts differ, compactly: the first and
// last differing lines with a little context. Tests, the conformance runner
// and `hfc conformance` print it under a failure.
package textdiff

import (
	"fmt"
	"strings"
)

// Diff returns a line diff of want and got: the lines between the first
// and the last difference, prefixed "- " (want) and "+ " (got), with up to
// three lines of context on each side. A line without a final newline is
// shown with ⏎ after it.
func Diff(want, got string) string {
	w := strings.SplitAfter(want, "\n")
	g := strings.SplitAfter(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	j := 0
	for j < len(w)-i && j < len(g)-i && w[len(w)-1-j] == g[len(g)-1-j] {
		j++
	}
	var b strings.Builder
	from := i - 3
	if from < 0 {
		from = 0
	}
	fmt.Fprintf(&b, "@@ line %d @@\n", i+1)
	for k := from; k < i; k++ {
		fmt.Fprintf(&b, "  %s", ensureNL(w[k]))
	}
	for k := i; k < len(w)-j; k++ {
		fmt.Fprintf(&b, "- %s", ensureNL(w[k]))
	}
	for k := i; k < len(g)-j; k++ {
		fmt.Fprintf(&b, "+ %s", ensureNL(g[k]))
	}
	for k := len(w) - j; k < len(w) && k < len(w)-j+3; k++ {
		fmt.Fprintf(&b, "  %s", ensureNL(w[k]))
	}
	return b.String()
}

func ensureNL(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "⏎\n"
}
