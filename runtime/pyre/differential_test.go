package pyre

import (
	"errors"
	"regexp"
	"strings"
	"testing"
)

// patternGen builds a pattern of the subset where Python's re and Go's
// regexp agree on the span of the first match, from fuzz bytes: literals,
// '.', simple classes, \d and \w, groups, alternation, greedy and lazy
// quantifiers of items that cannot match empty, ^ \A \Z \b, and (?i) (?m)
// (?s). Left out, because the two engines differ there: $ without
// MULTILINE (Python's also matches before a final newline), \s (Go's
// lacks \v), \B on an empty subject (sre never matches a boundary test in
// an empty string), quantified items that can match empty (Go's regexp and
// sre stop empty iterations differently), backreferences, lookarounds,
// atomic groups and possessive quantifiers (not in Go), and non-ASCII
// subjects (the engines' Unicode classes and case folding differ).
type patternGen struct {
	data      []byte
	i         int
	multiline bool
}

func (g *patternGen) next(n int) int {
	if g.i >= len(g.data) {
		return 0
	}
	b := g.data[g.i]
	g.i++
	return int(b) % n
}

// alt returns a pattern and the least width of its matches.
func (g *patternGen) alt(depth int) (string, int) {
	n := 1 + g.next(3)
	parts := make([]string, n)
	least := -1
	for i := range parts {
		s, w := g.seq(depth)
		parts[i] = s
		if least < 0 || w < least {
			least = w
		}
	}
	return strings.Join(parts, "|"), least
}

func (g *patternGen) seq(depth int) (string, int) {
	var b strings.Builder
	width := 0
	for n := g.next(4); n > 0; n-- {
		s, w := g.piece(depth)
		b.WriteString(s)
		width += w
	}
	return b.String(), width
}

func (g *patternGen) piece(depth int) (string, int) {
	s, w := g.atom(depth)
	if w == 0 || g.next(3) != 0 {
		return s, w
	}
	quants := []struct {
		q   string
		min int
	}{{"*", 0}, {"+", 1}, {"?", 0}, {"{2}", 2}, {"{1,3}", 1}, {"{0,2}", 0}, {"{2,}", 2}}
	q := quants[g.next(len(quants))]
	lazy := ""
	if g.next(2) == 1 {
		lazy = "?"
	}
	return s + q.q + lazy, w * q.min
}

func (g *patternGen) atom(depth int) (string, int) {
	k := g.next(14)
	if depth <= 0 && k >= 10 {
		k %= 10
	}
	switch k {
	case 0, 1:
		return "a", 1
	case 2:
		return "b", 1
	case 3:
		return "c", 1
	case 4:
		return ".", 1
	case 5:
		return []string{"[ab]", "[^a]", "[a-c]", "[^\\n]", "\\d", "\\w", "\\W", "[\\w ]"}[g.next(8)], 1
	case 6:
		return []string{"^", "\\A", "\\Z", "\\b"}[g.next(4)], 0
	case 7:
		if g.multiline {
			return "$", 0
		}
		return "\\b", 0
	case 8, 9:
		return " ", 1
	case 10, 11:
		s, w := g.alt(depth - 1)
		return "(" + s + ")", w
	default:
		s, w := g.alt(depth - 1)
		return "(?:" + s + ")", w
	}
}

// FuzzRE2Differential compares the first match of pyre with Go's regexp on
// patterns of the subset where both follow the same leftmost-first rules.
func FuzzRE2Differential(f *testing.F) {
	f.Add([]byte("\x0a\x03\x01\x02\x0b\x05"), []byte("ab ba\nabc"))
	f.Add([]byte("\x02\x0c\x02\x04\x01\x00\x02\x03"), []byte("aaab"))
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, []byte("a1 b2\n\nc"))
	f.Fuzz(func(t *testing.T, shape, text []byte) {
		flags := []string{"", "(?i)", "(?s)", "(?m)", "(?ms)"}
		g := &patternGen{data: shape}
		prefix := flags[g.next(len(flags))]
		g.multiline = strings.Contains(prefix, "m")
		body, _ := g.alt(3)
		pattern := prefix + body
		subject := make([]byte, len(text))
		for i, c := range text {
			subject[i] = "abcAB 1\n"[c%8]
		}
		if len(subject) == 0 {
			return
		}
		goRE, err := regexp.Compile(strings.ReplaceAll(pattern, `\Z`, `\z`))
		if err != nil {
			t.Fatalf("Go rejects %q: %v", pattern, err)
		}
		p, err := Compile(pattern, 0)
		if err != nil {
			t.Fatalf("pyre rejects %q: %v", pattern, err)
		}
		in := NewInput(string(subject))
		m, err := p.Search(in, 0, in.Len(), &Budget{MaxSteps: 1_000_000})
		if errors.Is(err, ErrStepLimit) {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		want := goRE.FindStringIndex(string(subject))
		var got []int
		if m != nil {
			s, e := m.Span(0)
			got = []int{s, e}
		}
		if len(got) != len(want) || len(got) == 2 && (got[0] != want[0] || got[1] != want[1]) {
			t.Fatalf("pattern %q on %q: pyre %v, Go regexp %v", pattern, subject, got, want)
		}
	})
}
