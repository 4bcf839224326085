package pyre

// Sub replaces the leftmost non-overlapping matches of the pattern in the
// subject with the expansion of t, at most count of them when count > 0
// (Pattern.subn; a negative count replaces nothing, as in CPython). It
// returns the result, UTF-8 for a str subject and raw bytes for a bytes
// subject, and the number of replacements. b may be nil.
func (p *Pattern) Sub(t *Template, in *Input, count int, b *Budget) (string, int, error) {
	sc, err := p.Scanner(in, 0, in.Len(), b)
	if err != nil {
		return "", 0, err
	}
	var out []byte
	last, n := 0, 0
	for count >= 0 && (count == 0 || n < count) {
		m, err := sc.Search()
		if err != nil {
			return "", 0, err
		}
		if m == nil {
			break
		}
		if t.isBytes != p.isBytes {
			return "", 0, templateKindError(p.isBytes)
		}
		start, end := m.Span(0)
		out = in.appendSlice(out, last, start)
		out = t.AppendExpand(out, m)
		last = end
		n++
	}
	out = in.appendSlice(out, last, in.Len())
	return string(out), n, nil
}

// Split splits the subject by the matches of the pattern (Pattern.split),
// at most maxsplit times when maxsplit > 0 (a negative maxsplit splits
// nothing, as in CPython). It returns the spans of the pieces: the text
// between matches, each followed by the spans of the match's groups, which
// are -1, -1 for groups that did not take part (Python's None).
func (p *Pattern) Split(in *Input, maxsplit int, b *Budget) ([][2]int, error) {
	sc, err := p.Scanner(in, 0, in.Len(), b)
	if err != nil {
		return nil, err
	}
	var out [][2]int
	last, n := 0, 0
	for maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) {
		m, err := sc.Search()
		if err != nil {
			return nil, err
		}
		if m == nil {
			break
		}
		start, end := m.Span(0)
		out = append(out, [2]int{last, start})
		for g := 1; g <= p.groups; g++ {
			gs, ge := m.Span(g)
			out = append(out, [2]int{gs, ge})
		}
		last = end
		n++
	}
	return append(out, [2]int{last, in.Len()}), nil
}

// templateKindError is the TypeError of a str template used with a bytes
// pattern or the reverse, raised as in CPython only once something matched.
func templateKindError(patternIsBytes bool) error {
	if patternIsBytes {
		return &Error{Kind: TypeError, Msg: "expected a bytes-like object, str found", Pos: -1}
	}
	return &Error{Kind: TypeError, Msg: "expected str instance, bytes found", Pos: -1}
}
