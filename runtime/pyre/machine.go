package pyre

import "math"

// Resume points: where a frame continues when the frame it called returns.
const (
	resumeBranch uint8 = iota
	resumeRepeatOneLiteral
	resumeRepeatOne
	resumeMinRepeatOne
	resumeRepeat
	resumeMaxUntilMin
	resumeMaxUntilMore
	resumeMaxUntilTail
	resumeMinUntilMin
	resumeMinUntilTail
	resumeMinUntilMore
	resumeAtomic
	resumeAssert
	resumeAssertNot
)

// frame is one activation of sre's matching function: the state an
// instruction keeps while a continuation it started runs.
type frame struct {
	pc, ptr   int
	count     int
	rep       int // index in machine.reps
	lastmark  int
	lastindex int
	resume    uint8
	toplevel  bool
}

// repeatCtx is sre's SRE_REPEAT: the state of a REPEAT instruction whose
// item is being matched.
type repeatCtx struct {
	count   int
	pc      int // the REPEAT instruction
	prev    int // the enclosing repeat, -1 for none
	lastPtr int // where the last iteration started, -1 for none
}

// machine matches a program against a subject of element type E.
type machine[E byte | rune] struct {
	prog *program
	s    []E
	// end is endpos; the subject's beginning is always index 0, so that
	// lookbehind and \b see characters before pos, as in sre.
	end         int
	start       int // where the current attempt started (state->start)
	ptr         int // state->ptr
	matchAll    bool
	mustAdvance bool

	marks     []int // capture marks, -1 for unset
	lastmark  int
	lastindex int
	repeat    int
	reps      []repeatCtx
	frames    []frame
	data      []int // saved marks and last pointers

	budget *Budget
	steps  int64 // steps not yet added to budget
	limit  int64 // steps at which to consult the budget
}

func (m *machine[E]) reset() {
	m.lastmark, m.lastindex = -1, -1
	m.repeat = -1
	m.reps = m.reps[:0]
	m.data = m.data[:0]
}

// spend adds the pending steps to the budget and checks it.
func (m *machine[E]) spend() error {
	b := m.budget
	if b == nil {
		m.steps, m.limit = 0, math.MaxInt64
		return nil
	}
	b.Steps += m.steps
	m.steps = 0
	if b.MaxSteps > 0 && b.Steps >= b.MaxSteps {
		return ErrStepLimit
	}
	if b.Check != nil {
		if err := b.Check(); err != nil {
			return err
		}
	}
	m.limit = CheckInterval
	if b.MaxSteps > 0 {
		m.limit = min(m.limit, b.MaxSteps-b.Steps)
	}
	return nil
}

func (m *machine[E]) markPush(lastmark int) {
	if lastmark >= 0 {
		m.data = append(m.data, m.marks[:lastmark+1]...)
	}
}

func (m *machine[E]) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(m.data) - (lastmark + 1)
		copy(m.marks, m.data[n:])
		m.data = m.data[:n]
	}
}

func (m *machine[E]) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		copy(m.marks, m.data[len(m.data)-(lastmark+1):])
	}
}

func (m *machine[E]) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		m.data = m.data[:len(m.data)-(lastmark+1)]
	}
}

// at tests an anchor at ptr.
func (m *machine[E]) at(ptr int, code atCode) bool {
	s, end := m.s, m.end
	switch code {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return end-ptr == 1 && s[ptr] == '\n' || ptr == end
	case atEndLine:
		return ptr == end || ptr < len(s) && s[ptr] == '\n'
	case atEndString:
		return ptr == end
	}
	if end == 0 {
		return false
	}
	that := ptr > 0 && m.isWordAt(ptr-1, code)
	this := ptr < end && m.isWordAt(ptr, code)
	if code == atBoundary || code == atUniBoundary {
		return this != that
	}
	return this == that
}

func (m *machine[E]) isWordAt(i int, code atCode) bool {
	if code == atUniBoundary || code == atUniNonBoundary {
		return uniIsWord(rune(m.s[i]))
	}
	return asciiIsWord(rune(m.s[i]))
}

// unit tests the single-character instruction at pc against c.
func (m *machine[E]) unit(pc int, c rune) bool {
	code := m.prog.code
	switch code[pc] {
	case opAny:
		return c != '\n'
	case opAnyAll:
		return true
	case opLiteral:
		return c == rune(code[pc+1])
	case opNotLiteral:
		return c != rune(code[pc+1])
	case opLiteralIgnore:
		return asciiLower(c) == rune(code[pc+1])
	case opNotLiteralIgnore:
		return asciiLower(c) != rune(code[pc+1])
	case opLiteralUniIgnore:
		return pyLower(c) == rune(code[pc+1])
	case opNotLiteralUniIgnore:
		return pyLower(c) != rune(code[pc+1])
	case opIn:
		return m.prog.sets[code[pc+1]].contains(c)
	case opInIgnore:
		return m.prog.sets[code[pc+1]].contains(asciiLower(c))
	case opInUniIgnore:
		return m.prog.sets[code[pc+1]].contains(pyLower(c))
	}
	return false
}

// count returns how many characters from ptr on match the single-character
// instruction at pc, up to maxCount (sre's count).
func (m *machine[E]) count(pc, ptr int, maxCount uint32) int {
	s := m.s
	end := m.end
	if maxCount != maxRepeat && int64(maxCount) < int64(end-ptr) {
		end = ptr + int(maxCount)
	}
	i := ptr
	code := m.prog.code
	switch code[pc] {
	case opAnyAll:
		if i < end {
			i = end
		}
	case opAny:
		for i < end && s[i] != '\n' {
			i++
		}
	case opLiteral:
		c := rune(code[pc+1])
		for i < end && rune(s[i]) == c {
			i++
		}
	case opIn:
		cs := m.prog.sets[code[pc+1]]
		for i < end && cs.contains(rune(s[i])) {
			i++
		}
	default:
		for i < end && m.unit(pc, rune(s[i])) {
			i++
		}
	}
	return i - ptr
}

// groupRef matches the text of group g at ptr; it returns the new ptr, or
// -1 when it does not match.
func (m *machine[E]) groupRef(g, ptr int, fold foldMode) int {
	ref := 2 * g
	if ref >= m.lastmark {
		return -1
	}
	p, e := m.marks[ref], m.marks[ref+1]
	if p < 0 || e < 0 || e < p {
		return -1
	}
	s := m.s
	for ; p < e; p++ {
		if ptr >= m.end {
			return -1
		}
		a, b := rune(s[ptr]), rune(s[p])
		if a != b && fold.lower(a) != fold.lower(b) {
			return -1
		}
		ptr++
	}
	return ptr
}
