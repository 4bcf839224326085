package pyre

// call suspends the current frame, which continues at resume when the
// callee returns, and starts a frame at target with the input at m.ptr.
func (m *machine[E]) call(pc, ptr int, resume uint8, toplevel bool) error {
	f := &m.frames[len(m.frames)-1]
	f.pc, f.ptr, f.resume = pc, ptr, resume
	if m.budget != nil && m.budget.MaxStack > 0 && len(m.frames) >= m.budget.MaxStack {
		return ErrStackLimit
	}
	m.frames = append(m.frames, frame{toplevel: toplevel})
	return nil
}

// run is sre's SRE(match): it matches the program from pc at m.ptr and, on
// success, leaves the end of the match in m.ptr. Its recursion lives in
// m.frames: an instruction that needs to try a continuation calls it as a
// new frame and resumes when that frame returns true or false.
func (m *machine[E]) run(pc int, toplevel bool) (bool, error) {
	m.frames = append(m.frames[:0], frame{toplevel: toplevel})
	code, s := m.prog.code, m.s
	end := m.end
	ptr := m.ptr
	var ret bool
	var err error
	for {
		m.steps++
		if m.steps >= m.limit {
			if err := m.spend(); err != nil {
				return false, err
			}
		}
		f := &m.frames[len(m.frames)-1]
		switch code[pc] {
		case opMark:
			i := int(code[pc+1])
			if i&1 != 0 {
				m.lastindex = i/2 + 1
			}
			if i > m.lastmark {
				for j := m.lastmark + 1; j < i; j++ {
					m.marks[j] = -1
				}
				m.lastmark = i
			}
			m.marks[i] = ptr
			pc += 2
			continue
		case opLiteral:
			if ptr >= end || rune(s[ptr]) != rune(code[pc+1]) {
				goto fail
			}
			pc += 2
			ptr++
			continue
		case opNotLiteral, opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore,
			opNotLiteralUniIgnore, opIn, opInIgnore, opInUniIgnore:
			if ptr >= end || !m.unit(pc, rune(s[ptr])) {
				goto fail
			}
			pc += 2
			ptr++
			continue
		case opAny:
			if ptr >= end || s[ptr] == '\n' {
				goto fail
			}
			pc++
			ptr++
			continue
		case opAnyAll:
			if ptr >= end {
				goto fail
			}
			pc++
			ptr++
			continue
		case opSuccess:
			if f.toplevel && (m.matchAll && ptr != end || m.mustAdvance && ptr == m.start) {
				goto fail
			}
			m.ptr = ptr
			goto succeed
		case opAt:
			if !m.at(ptr, atCode(code[pc+1])) {
				goto fail
			}
			pc += 2
			continue
		case opJump:
			pc += 1 + int(code[pc+1])
			continue
		case opFailure:
			goto fail
		case opBranch:
			f.lastmark, f.lastindex = m.lastmark, m.lastindex
			if m.repeat >= 0 {
				m.markPush(f.lastmark)
			}
			if alt, ok := m.nextAlternative(pc+1, ptr); ok {
				m.ptr = ptr
				if err = m.call(alt, ptr, resumeBranch, f.toplevel); err != nil {
					return false, err
				}
				pc = alt + 1
				continue
			}
			if m.repeat >= 0 {
				m.markPopDiscard(f.lastmark)
			}
			goto fail
		case opRepeatOne, opMinRepeatOne:
			lo, hi := int64(code[pc+2]), code[pc+3]
			if lo > int64(end-ptr) {
				goto fail
			}
			m.ptr = ptr
			tail := pc + 1 + int(code[pc+1])
			if code[pc] == opMinRepeatOne {
				n := 0
				if lo > 0 {
					n = m.count(pc+4, ptr, uint32(lo))
					if int64(n) < lo {
						goto fail
					}
					ptr += n
				}
				if code[tail] == opSuccess && !(f.toplevel && (m.matchAll && ptr != end || m.mustAdvance && ptr == m.start)) {
					m.ptr = ptr
					goto succeed
				}
				f.count = n
				f.lastmark, f.lastindex = m.lastmark, m.lastindex
				if m.repeat >= 0 {
					m.markPush(f.lastmark)
				}
				if hi == maxRepeat || int64(n) <= int64(hi) {
					m.ptr = ptr
					if err = m.call(pc, ptr, resumeMinRepeatOne, f.toplevel); err != nil {
						return false, err
					}
					pc = tail
					continue
				}
				if m.repeat >= 0 {
					m.markPopDiscard(f.lastmark)
				}
				goto fail
			}
			n := m.count(pc+4, ptr, hi)
			ptr += n
			if int64(n) < lo {
				goto fail
			}
			if code[tail] == opSuccess && ptr == end && !(f.toplevel && m.mustAdvance && ptr == m.start) {
				m.ptr = ptr
				goto succeed
			}
			f.count = n
			f.lastmark, f.lastindex = m.lastmark, m.lastindex
			if m.repeat >= 0 {
				m.markPush(f.lastmark)
			}
			if code[tail] == opLiteral {
				c := rune(code[tail+1])
				for int64(n) >= lo && (ptr >= end || rune(s[ptr]) != c) {
					ptr--
					n--
				}
				if int64(n) < lo {
					if m.repeat >= 0 {
						m.markPopDiscard(f.lastmark)
					}
					goto fail
				}
				f.count = n
				m.ptr = ptr
				if err = m.call(pc, ptr, resumeRepeatOneLiteral, f.toplevel); err != nil {
					return false, err
				}
				pc = tail
				continue
			}
			m.ptr = ptr
			if err = m.call(pc, ptr, resumeRepeatOne, f.toplevel); err != nil {
				return false, err
			}
			pc = tail
			continue
		case opPossessiveRepeatOne:
			lo, hi := int64(code[pc+2]), code[pc+3]
			if int64(ptr)+lo > int64(end) {
				goto fail
			}
			m.ptr = ptr
			n := m.count(pc+4, ptr, hi)
			ptr += n
			if int64(n) < lo {
				goto fail
			}
			pc += 1 + int(code[pc+1])
			if code[pc] == opSuccess && ptr == end && !(f.toplevel && m.mustAdvance && ptr == m.start) {
				m.ptr = ptr
				goto succeed
			}
			continue
		case opRepeat:
			m.reps = append(m.reps, repeatCtx{count: -1, pc: pc, prev: m.repeat, lastPtr: -1})
			f.rep = len(m.reps) - 1
			m.repeat = f.rep
			m.ptr = ptr
			if err = m.call(pc, ptr, resumeRepeat, f.toplevel); err != nil {
				return false, err
			}
			pc += 1 + int(code[pc+1])
			continue
		case opMaxUntil, opMinUntil:
			if m.repeat < 0 {
				panic("pyre: UNTIL outside a repeat")
			}
			f.rep = m.repeat
			rp := &m.reps[f.rep]
			m.ptr = ptr
			f.count = rp.count + 1
			item := rp.pc + 4
			if int64(f.count) < int64(code[rp.pc+2]) {
				rp.count = f.count
				resume := resumeMaxUntilMin
				if code[pc] == opMinUntil {
					resume = resumeMinUntilMin
				}
				if err = m.call(pc, ptr, resume, f.toplevel); err != nil {
					return false, err
				}
				pc = item
				continue
			}
			if code[pc] == opMinUntil {
				m.repeat = rp.prev
				f.lastmark, f.lastindex = m.lastmark, m.lastindex
				if m.repeat >= 0 {
					m.markPush(f.lastmark)
				}
				if err = m.call(pc, ptr, resumeMinUntilTail, f.toplevel); err != nil {
					return false, err
				}
				pc++
				continue
			}
			if hi := code[rp.pc+3]; (int64(f.count) < int64(hi) || hi == maxRepeat) && m.ptr != rp.lastPtr {
				rp.count = f.count
				f.lastmark, f.lastindex = m.lastmark, m.lastindex
				m.markPush(f.lastmark)
				m.data = append(m.data, rp.lastPtr)
				rp.lastPtr = m.ptr
				if err = m.call(pc, ptr, resumeMaxUntilMore, f.toplevel); err != nil {
					return false, err
				}
				pc = item
				continue
			}
			m.repeat = rp.prev
			if err = m.call(pc, ptr, resumeMaxUntilTail, f.toplevel); err != nil {
				return false, err
			}
			pc++
			continue
		case opAtomicGroup:
			m.ptr = ptr
			if err = m.call(pc, ptr, resumeAtomic, false); err != nil {
				return false, err
			}
			pc += 2
			continue
		case opGroupRef, opGroupRefIgnore, opGroupRefUniIgnore:
			fold := foldNone
			if code[pc] == opGroupRefIgnore {
				fold = foldASCII
			} else if code[pc] == opGroupRefUniIgnore {
				fold = foldUnicode
			}
			if ptr = m.groupRef(int(code[pc+1]), ptr, fold); ptr < 0 {
				goto fail
			}
			pc += 2
			continue
		case opGroupRefExists:
			ref := 2 * int(code[pc+1])
			if ref >= m.lastmark || m.marks[ref] < 0 || m.marks[ref+1] < 0 || m.marks[ref+1] < m.marks[ref] {
				pc += 1 + int(code[pc+2])
			} else {
				pc += 3
			}
			continue
		case opAssert:
			back := int(code[pc+2])
			if ptr < back {
				goto fail
			}
			m.ptr = ptr - back
			if err = m.call(pc, ptr, resumeAssert, false); err != nil {
				return false, err
			}
			pc += 3
			ptr = m.ptr
			continue
		case opAssertNot:
			back := int(code[pc+2])
			if ptr >= back {
				m.ptr = ptr - back
				f.lastmark, f.lastindex = m.lastmark, m.lastindex
				if m.repeat >= 0 {
					m.markPush(f.lastmark)
				}
				if err = m.call(pc, ptr, resumeAssertNot, false); err != nil {
					return false, err
				}
				pc += 3
				ptr = m.ptr
				continue
			}
			pc += 1 + int(code[pc+1])
			continue
		default:
			panic("pyre: bad opcode")
		}
	fail:
		ret = false
		goto unwind
	succeed:
		ret = true
	unwind:
		// Return from frames until one continues.
		for {
			m.frames = m.frames[:len(m.frames)-1]
			if len(m.frames) == 0 {
				return ret, nil
			}
			var cont bool
			if pc, ptr, ret, cont, err = m.resume(ret); err != nil {
				return false, err
			}
			if cont {
				break
			}
		}
	}
}

// nextAlternative finds, from the alternative whose skip word is at pc, the
// first alternative that can start at ptr; it skips those whose first
// instruction is a LITERAL or IN that cannot match.
func (m *machine[E]) nextAlternative(pc, ptr int) (int, bool) {
	code := m.prog.code
	for ; code[pc] != 0; pc += int(code[pc]) {
		op := code[pc+1]
		if op == opLiteral && (ptr >= m.end || rune(m.s[ptr]) != rune(code[pc+2])) {
			continue
		}
		if op == opIn && (ptr >= m.end || !m.prog.sets[code[pc+2]].contains(rune(m.s[ptr]))) {
			continue
		}
		return pc, true
	}
	return pc, false
}
