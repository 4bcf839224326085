package markdown

import (
	"unicode/utf8"
	"unsafe"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// regex is a Python regular expression compiled with pyre, so that the
// patterns of Python-Markdown keep their exact meaning (lookarounds,
// backreferences, Unicode \s \w \d, and Python's "$"). Its methods take and
// return byte offsets into Go strings, where pyre counts code points.
type regex struct {
	p *pyre.Pattern
}

// mustCompile compiles a Python pattern; the patterns are constants, so an
// error is a programming error.
func mustCompile(pattern string, flags pyre.Flags) *regex {
	p, err := pyre.Compile(pattern, flags)
	if err != nil {
		panic("markdown: bad pattern " + pattern + ": " + err.Error())
	}
	return &regex{p: p}
}

// match is a successful match with byte offsets into s.
type match struct {
	s     string
	spans []int // start and end of each group in bytes, -1 when unmatched
}

// start and end return the byte span of group g.
func (m *match) start(g int) int { return m.spans[2*g] }
func (m *match) end(g int) int   { return m.spans[2*g+1] }

// group returns the text of group g and whether it took part in the match.
func (m *match) group(g int) (string, bool) {
	if m.spans[2*g] < 0 {
		return "", false
	}
	return m.s[m.spans[2*g]:m.spans[2*g+1]], true
}

// str returns the text of group g, "" when it did not take part.
func (m *match) str(g int) string {
	s, _ := m.group(g)
	return s
}

// subject is a string prepared for matching: its pyre input and, when it is
// not ASCII, the byte offset of every code point.
type subject struct {
	s       string
	in      *pyre.Input
	offsets []int // offsets[i] is the byte offset of code point i; nil for ASCII
}

func newSubject(s string) *subject {
	sub := &subject{s: s, in: pyre.NewInput(s)}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			sub.offsets = make([]int, 0, len(s)+1)
			for j := range s {
				sub.offsets = append(sub.offsets, j)
			}
			sub.offsets = append(sub.offsets, len(s))
			break
		}
	}
	return sub
}

// cp converts a byte offset (at a code point boundary) to a code point index.
func (sub *subject) cp(b int) int {
	if sub.offsets == nil {
		return b
	}
	// offsets is sorted: binary search.
	lo, hi := 0, len(sub.offsets)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if sub.offsets[mid] < b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// wrap converts a pyre match to byte offsets.
func (sub *subject) wrap(m *pyre.Match, groups int) *match {
	spans := make([]int, 2*(groups+1))
	for g := 0; g <= groups; g++ {
		s, e := m.Span(g)
		if s >= 0 && sub.offsets != nil {
			s, e = sub.offsets[s], sub.offsets[e]
		}
		spans[2*g], spans[2*g+1] = s, e
	}
	return &match{s: sub.s, spans: spans}
}

// budget returns the step budget of a conversion; c is nil for the
// patterns of linear cost used outside one (escaping).
func (c *converter) stepBudget() *pyre.Budget {
	if c == nil {
		return nil
	}
	return c.budget
}

// run matches or searches sub from the byte offset pos.
func (r *regex) run(c *converter, sub *subject, pos int, search bool) *match {
	var m *pyre.Match
	var err error
	if search {
		m, err = r.p.Search(sub.in, sub.cp(pos), sub.in.Len(), c.stepBudget())
	} else {
		m, err = r.p.Match(sub.in, sub.cp(pos), sub.in.Len(), c.stepBudget())
	}
	if err != nil {
		panic(abort{err})
	}
	if m == nil {
		return nil
	}
	return sub.wrap(m, r.p.Groups())
}

// subject returns s prepared for matching, reusing the last one: the
// processors match many patterns against the same text in a row, and
// preparing a non-ASCII text costs a pass over it.
func (c *converter) subject(s string) *subject {
	if c == nil {
		return newSubject(s)
	}
	if c.subj != nil && len(c.subj.s) == len(s) && unsafe.StringData(c.subj.s) == unsafe.StringData(s) {
		return c.subj
	}
	c.subj = newSubject(s)
	return c.subj
}

// match is Python's pattern.match(s, pos).
func (r *regex) match(c *converter, s string, pos int) *match {
	return r.run(c, c.subject(s), pos, false)
}

// search is Python's pattern.search(s, pos).
func (r *regex) search(c *converter, s string, pos int) *match {
	return r.run(c, c.subject(s), pos, true)
}

// sub is Python's pattern.sub(repl, s) with a function replacement.
func (r *regex) sub(c *converter, s string, repl func(*match) string) string {
	subj := c.subject(s)
	sc, err := r.p.Scanner(subj.in, 0, subj.in.Len(), c.stepBudget())
	if err != nil {
		panic(abort{err})
	}
	var out []byte
	last, n := 0, 0
	for ; ; n++ {
		pm, err := sc.Search()
		if err != nil {
			panic(abort{err})
		}
		if pm == nil {
			break
		}
		m := subj.wrap(pm, r.p.Groups())
		out = append(out, s[last:m.start(0)]...)
		out = append(out, repl(m)...)
		last = m.end(0)
	}
	if n == 0 {
		return s
	}
	return string(append(out, s[last:]...))
}

// abort carries an error out of the converter's recursion to Convert.
type abort struct{ err error }
