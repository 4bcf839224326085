package pyre

// Scanner iterates over the matches of a pattern in a subject with the
// rules of Python's finditer, findall, sub and split (sre's scanner): each
// search starts where the previous match ended, and a match may not be
// empty where the previous match ended if that match was empty too.
type Scanner struct {
	p           *Pattern
	in          *Input
	pos         int // the pos the scanner was made with
	start, end  int
	mustAdvance bool
	done        bool
	budget      *Budget
}

// Scanner returns a scanner of in between pos and endpos, clamped as for
// Match. b may be nil.
func (p *Pattern) Scanner(in *Input, pos, endpos int, b *Budget) (*Scanner, error) {
	if err := p.checkInput(in); err != nil {
		return nil, err
	}
	pos, endpos = bounds(in, pos, endpos)
	return &Scanner{p: p, in: in, pos: pos, start: pos, end: endpos, budget: b}, nil
}

// Search returns the next match, or nil when there is none (then and
// afterwards).
func (s *Scanner) Search() (*Match, error) {
	return s.next(modeSearch)
}

// Match returns the next match if it starts where the previous one ended
// (scanner.match()), or nil, which ends the scan.
func (s *Scanner) Match() (*Match, error) {
	return s.next(modeMatch)
}

func (s *Scanner) next(mode execMode) (*Match, error) {
	if s.done {
		return nil, nil
	}
	m, err := s.p.exec(s.in, execState{pos: s.start, end: s.end, mode: mode, mustAdvance: s.mustAdvance, budget: s.budget})
	if err != nil || m == nil {
		s.done = true
		return nil, err
	}
	m.pos = s.pos
	start, end := m.Span(0)
	s.mustAdvance = start == end
	s.start = end
	return m, nil
}
