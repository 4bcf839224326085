package pyre

// Match is a successful match (Python's re.Match). Positions are code-point
// indexes in the subject.
type Match struct {
	pattern   *Pattern
	input     *Input
	pos       int
	endpos    int
	spans     []int // start and end of each group, -1 when unmatched
	lastindex int
}

// Pattern returns the pattern that produced the match (Match.re).
func (m *Match) Pattern() *Pattern { return m.pattern }

// Input returns the subject (Match.string).
func (m *Match) Input() *Input { return m.input }

// Pos and EndPos are the bounds the match was made with, after clamping
// (Match.pos, Match.endpos).
func (m *Match) Pos() int { return m.pos }

// EndPos is Match.endpos.
func (m *Match) EndPos() int { return m.endpos }

// Span returns the span of group g (0 for the whole match), or -1, -1 when
// the group did not take part in the match. g must be in 0..Groups().
func (m *Match) Span(g int) (start, end int) {
	return m.spans[2*g], m.spans[2*g+1]
}

// Group returns the text of group g, and false when it did not take part
// in the match (Python's None). The text is UTF-8 for a str subject and the
// raw bytes for a bytes subject.
func (m *Match) Group(g int) (string, bool) {
	start, end := m.Span(g)
	if start < 0 {
		return "", false
	}
	return m.input.Slice(start, end), true
}

// LastIndex returns Match.lastindex: the number of the last group that was
// closed, or -1 for None.
func (m *Match) LastIndex() int { return m.lastindex }

// LastGroup returns Match.lastgroup: the name of the last closed group, or
// false for None.
func (m *Match) LastGroup() (string, bool) {
	if m.lastindex < 0 {
		return "", false
	}
	return m.pattern.GroupName(m.lastindex)
}
