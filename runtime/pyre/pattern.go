package pyre

import "sort"

// Pattern is a compiled regular expression (Python's re.Pattern). It is
// safe for concurrent use.
type Pattern struct {
	source     []rune
	isBytes    bool
	flags      Flags
	prog       *program
	groups     int
	groupIndex map[string]int
	groupNames []string // by group number, "" for unnamed groups
}

// Compile compiles a str pattern given as a Go string (UTF-8; an invalid
// byte reads as U+FFFD). Errors are *Error values.
func Compile(pattern string, flags Flags) (*Pattern, error) {
	return compilePattern([]rune(pattern), true, flags)
}

// CompileRunes compiles a str pattern given as code points.
func CompileRunes(pattern []rune, flags Flags) (*Pattern, error) {
	return compilePattern(append([]rune(nil), pattern...), true, flags)
}

// CompileBytes compiles a bytes pattern.
func CompileBytes(pattern []byte, flags Flags) (*Pattern, error) {
	src := make([]rune, len(pattern))
	for i, b := range pattern {
		src[i] = rune(b)
	}
	return compilePattern(src, false, flags)
}

func compilePattern(src []rune, isText bool, flags Flags) (pat *Pattern, err error) {
	defer func() {
		if r := recover(); r != nil {
			sp, ok := r.(syntaxPanic)
			if !ok {
				panic(r)
			}
			pat, err = nil, sp.err
		}
	}()
	tree, st := parsePattern(src, isText, flags)
	flags |= st.flags
	c := &compiler{prog: &program{}, st: st}
	c.compile(tree, flags)
	c.emit(opSuccess)
	prog := c.prog
	lo, _ := tree.getWidth(st)
	prog.minWidth = int(lo)
	if lo > 0 {
		prog.prefix, _ = literalPrefix(tree, flags)
		if len(prog.prefix) == 0 {
			if set := charsetPrefix(tree, flags); set != nil {
				// The categories of this set follow the pattern's
				// global flags even inside a scoped (?u:...) or
				// (?a:...), as in CPython.
				prog.firstSet, _ = compileCharset(set, foldNone, flags&Unicode != 0)
			}
		}
	}
	prog.anchored = prog.code[0] == opAt && (atCode(prog.code[1]) == atBeginning || atCode(prog.code[1]) == atBeginningString)
	return &Pattern{
		source:     src,
		isBytes:    !isText,
		flags:      flags,
		prog:       prog,
		groups:     st.groups() - 1,
		groupIndex: st.groupIndex,
		groupNames: st.groupNames,
	}, nil
}

// Flags returns the pattern's flags: those given to Compile, those set by
// inline flags at the start, and Unicode for str patterns without ASCII
// (Pattern.flags).
func (p *Pattern) Flags() Flags { return p.flags }

// Groups is the number of capturing groups (Pattern.groups).
func (p *Pattern) Groups() int { return p.groups }

// IsBytes reports whether the pattern is a bytes pattern.
func (p *Pattern) IsBytes() bool { return p.isBytes }

// Source returns the pattern's text as code points (bytes patterns: one
// code point per byte). The caller must not change it.
func (p *Pattern) Source() []rune { return p.source }

// GroupNumber returns the number of the group called name.
func (p *Pattern) GroupNumber(name string) (int, bool) {
	g, ok := p.groupIndex[name]
	return g, ok
}

// GroupName returns the name of group g, or false when it has none.
func (p *Pattern) GroupName(g int) (string, bool) {
	if g <= 0 || g >= len(p.groupNames) || p.groupNames[g] == "" {
		return "", false
	}
	return p.groupNames[g], true
}

// NamedGroup is one entry of Pattern.groupindex.
type NamedGroup struct {
	Name  string
	Index int
}

// GroupIndex returns the named groups in the order of Pattern.groupindex
// (the order of definition).
func (p *Pattern) GroupIndex() []NamedGroup {
	out := make([]NamedGroup, 0, len(p.groupIndex))
	for name, g := range p.groupIndex {
		out = append(out, NamedGroup{name, g})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out
}

// checkInput returns Python's TypeError for a pattern used on the other
// kind of subject.
func (p *Pattern) checkInput(in *Input) error {
	if p.isBytes && !in.isBytes {
		return &Error{Kind: TypeError, Msg: "cannot use a bytes pattern on a string-like object", Pos: -1}
	}
	if !p.isBytes && in.isBytes {
		return &Error{Kind: TypeError, Msg: "cannot use a string pattern on a bytes-like object", Pos: -1}
	}
	return nil
}

// bounds clamps pos and endpos to the subject as sre does.
func bounds(in *Input, pos, endpos int) (int, int) {
	n := in.Len()
	return min(max(pos, 0), n), min(max(endpos, 0), n)
}

func (p *Pattern) run(in *Input, pos, endpos int, mode execMode, b *Budget) (*Match, error) {
	if err := p.checkInput(in); err != nil {
		return nil, err
	}
	pos, endpos = bounds(in, pos, endpos)
	return p.exec(in, execState{pos: pos, end: endpos, mode: mode, budget: b})
}

// Match matches at pos (Pattern.match(string, pos, endpos)); the subject
// ends at endpos. Positions are clamped to the subject as in Python: pass
// in.Len() (or more) for the default endpos. It returns nil when there is
// no match. b may be nil.
func (p *Pattern) Match(in *Input, pos, endpos int, b *Budget) (*Match, error) {
	return p.run(in, pos, endpos, modeMatch, b)
}

// FullMatch matches all of pos..endpos (Pattern.fullmatch).
func (p *Pattern) FullMatch(in *Input, pos, endpos int, b *Budget) (*Match, error) {
	return p.run(in, pos, endpos, modeFullMatch, b)
}

// Search finds the first match at or after pos (Pattern.search).
func (p *Pattern) Search(in *Input, pos, endpos int, b *Budget) (*Match, error) {
	return p.run(in, pos, endpos, modeSearch, b)
}
