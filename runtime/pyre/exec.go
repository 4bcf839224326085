package pyre

import (
	"bytes"
	"sync"
)

// execMode selects what an execution does at its start position.
type execMode uint8

const (
	modeMatch     execMode = iota // match at pos
	modeFullMatch                 // match all of pos..endpos
	modeSearch                    // first match at or after pos
)

// execState is what an execution needs besides the subject.
type execState struct {
	pos, end    int
	mode        execMode
	mustAdvance bool
	budget      *Budget
}

// exec runs the pattern on the input. It returns nil when nothing matches.
func (p *Pattern) exec(in *Input, st execState) (*Match, error) {
	if in.isRunes {
		return execOn(p, in, in.r, st)
	}
	return execOn(p, in, in.b, st)
}

// maxPooledFrames bounds the stacks a pooled machine keeps, so that one
// deep match does not pin its memory.
const maxPooledFrames = 1 << 14

// machinePools recycle machines (and their stacks) between executions:
// index 0 holds *machine[byte], index 1 *machine[rune].
var machinePools [2]sync.Pool

func getMachine[E byte | rune]() (*machine[E], *sync.Pool) {
	pool := &machinePools[0]
	if _, isRune := any(E(0)).(rune); isRune {
		pool = &machinePools[1]
	}
	if m, ok := pool.Get().(*machine[E]); ok {
		return m, pool
	}
	return new(machine[E]), pool
}

func execOn[E byte | rune](p *Pattern, in *Input, s []E, st execState) (*Match, error) {
	m, pool := getMachine[E]()
	defer func() {
		m.prog, m.s, m.budget = nil, nil, nil
		if cap(m.frames) > maxPooledFrames {
			m.frames = nil
		}
		if cap(m.data) > maxPooledFrames {
			m.data = nil
		}
		pool.Put(m)
	}()
	m.prog, m.s, m.end = p.prog, s, st.end
	m.matchAll, m.mustAdvance = st.mode == modeFullMatch, st.mustAdvance
	m.budget, m.steps, m.limit = st.budget, 0, 0
	if n := 2 * p.groups; cap(m.marks) < n {
		m.marks = make([]int, n)
	} else {
		m.marks = m.marks[:n]
	}
	m.reset()
	if err := m.spend(); err != nil {
		return nil, err
	}
	var ok bool
	var err error
	if st.mode == modeSearch {
		ok, err = m.search(st.pos)
	} else {
		m.start, m.ptr = st.pos, st.pos
		if w := p.prog.minWidth; w == 0 || m.end-m.ptr < 0 || m.end-m.ptr >= w {
			ok, err = m.run(0, true)
		}
	}
	if m.budget != nil {
		m.budget.Steps += m.steps
	}
	if err != nil || !ok {
		return nil, err
	}
	return m.newMatch(p, in, st), nil
}

// search is sre's SRE(search): it tries each start position from start on.
func (m *machine[E]) search(start int) (bool, error) {
	prog := m.prog
	end := m.end
	if start > end {
		return false, nil
	}
	w := prog.minWidth
	if w > 0 && end-start < w {
		return false, nil
	}
	if len(prog.prefix) > 0 {
		m.mustAdvance = false
		c := prog.prefix[0]
		for ptr := start; ptr < end; ptr++ {
			if ptr = indexFrom(m.s, ptr, end, c); ptr < 0 {
				return false, nil
			}
			m.reset()
			m.start, m.ptr = ptr, ptr
			if ok, err := m.run(0, false); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if cs := prog.firstSet; cs != nil {
		m.mustAdvance = false
		for ptr := start; ptr < end; ptr++ {
			if !cs.contains(rune(m.s[ptr])) {
				continue
			}
			m.reset()
			m.start, m.ptr = ptr, ptr
			if ok, err := m.run(0, false); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	last := end
	if w > 1 {
		last = max(end-(w-1), start)
	}
	for ptr := start; ; ptr++ {
		m.reset()
		m.start, m.ptr = ptr, ptr
		ok, err := m.run(0, ptr == start)
		if ok || err != nil {
			return ok, err
		}
		if ptr == start {
			m.mustAdvance = false
			if prog.anchored {
				return false, nil
			}
		}
		if ptr >= last {
			return false, nil
		}
	}
}

// newMatch builds the Match of a successful execution.
func (m *machine[E]) newMatch(p *Pattern, in *Input, st execState) *Match {
	spans := make([]int, 2*(p.groups+1))
	spans[0], spans[1] = m.start, m.ptr
	for g := 0; g < p.groups; g++ {
		j := 2 * g
		if j+1 <= m.lastmark && m.marks[j] >= 0 && m.marks[j+1] >= 0 {
			spans[j+2], spans[j+3] = m.marks[j], m.marks[j+1]
		} else {
			spans[j+2], spans[j+3] = -1, -1
		}
	}
	return &Match{pattern: p, input: in, pos: st.pos, endpos: st.end, spans: spans, lastindex: m.lastindex}
}

// indexFrom returns the first index in s[from:to] that holds c, or -1.
func indexFrom[E byte | rune](s []E, from, to int, c rune) int {
	if bs, ok := any(s).([]byte); ok {
		if c >= 0x100 {
			return -1
		}
		if i := bytes.IndexByte(bs[from:to], byte(c)); i >= 0 {
			return from + i
		}
		return -1
	}
	for i := from; i < to; i++ {
		if rune(s[i]) == c {
			return i
		}
	}
	return -1
}
