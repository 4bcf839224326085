package pyre

// resume continues the frame on top of the stack after the frame it called
// returned ret. With cont true, matching goes on at pc and ptr (in that
// frame, or in a new frame it called); otherwise the frame returns ret.
func (m *machine[E]) resume(ret bool) (pc, ptr int, result, cont bool, err error) {
	f := &m.frames[len(m.frames)-1]
	code, s := m.prog.code, m.s
	pc, ptr = f.pc, f.ptr
	inRepeat := m.repeat >= 0
	switch f.resume {
	case resumeBranch:
		if ret {
			if inRepeat {
				m.markPopDiscard(f.lastmark)
			}
			return 0, 0, true, false, nil
		}
		if inRepeat {
			m.markPopKeep(f.lastmark)
		}
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		if alt, ok := m.nextAlternative(pc+int(code[pc]), ptr); ok {
			m.ptr = ptr
			err = m.call(alt, ptr, resumeBranch, f.toplevel)
			return alt + 1, ptr, false, true, err
		}
		if inRepeat {
			m.markPopDiscard(f.lastmark)
		}
		return 0, 0, false, false, nil

	case resumeRepeatOneLiteral, resumeRepeatOne, resumeMinRepeatOne:
		if ret {
			if inRepeat {
				m.markPopDiscard(f.lastmark)
			}
			return 0, 0, true, false, nil
		}
		if inRepeat {
			m.markPopKeep(f.lastmark)
		}
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		lo, hi := int64(code[pc+2]), code[pc+3]
		tail := pc + 1 + int(code[pc+1])
		n := f.count
		switch f.resume {
		case resumeRepeatOneLiteral:
			c := rune(code[tail+1])
			ptr--
			n--
			for int64(n) >= lo && (ptr >= m.end || rune(s[ptr]) != c) {
				ptr--
				n--
			}
		case resumeRepeatOne:
			ptr--
			n--
		default:
			m.ptr = ptr
			if m.count(pc+4, ptr, 1) == 0 {
				n = -1
				break
			}
			ptr++
			n++
			if hi != maxRepeat && int64(n) > int64(hi) {
				n = -1
			}
		}
		if n < 0 || int64(n) < lo {
			if inRepeat {
				m.markPopDiscard(f.lastmark)
			}
			return 0, 0, false, false, nil
		}
		f.count = n
		m.ptr = ptr
		err = m.call(pc, ptr, f.resume, f.toplevel)
		return tail, ptr, false, true, err

	case resumeRepeat:
		m.repeat = m.reps[f.rep].prev
		m.reps = m.reps[:f.rep]
		return 0, 0, ret, false, nil

	case resumeMaxUntilMin, resumeMinUntilMin:
		if ret {
			return 0, 0, true, false, nil
		}
		m.reps[f.rep].count = f.count - 1
		m.ptr = ptr
		return 0, 0, false, false, nil

	case resumeMaxUntilMore:
		rp := &m.reps[f.rep]
		rp.lastPtr = m.data[len(m.data)-1]
		m.data = m.data[:len(m.data)-1]
		if ret {
			m.markPopDiscard(f.lastmark)
			return 0, 0, true, false, nil
		}
		m.markPop(f.lastmark)
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		rp.count = f.count - 1
		m.ptr = ptr
		m.repeat = rp.prev
		err = m.call(pc, ptr, resumeMaxUntilTail, f.toplevel)
		return pc + 1, ptr, false, true, err

	case resumeMaxUntilTail:
		m.repeat = f.rep
		if ret {
			return 0, 0, true, false, nil
		}
		m.ptr = ptr
		return 0, 0, false, false, nil

	case resumeMinUntilTail:
		tailRepeat := m.repeat
		m.repeat = f.rep
		if ret {
			if tailRepeat >= 0 {
				m.markPopDiscard(f.lastmark)
			}
			return 0, 0, true, false, nil
		}
		if tailRepeat >= 0 {
			m.markPop(f.lastmark)
		}
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		m.ptr = ptr
		rp := &m.reps[f.rep]
		hi := code[rp.pc+3]
		if int64(f.count) >= int64(hi) && hi != maxRepeat || m.ptr == rp.lastPtr {
			return 0, 0, false, false, nil
		}
		rp.count = f.count
		m.data = append(m.data, rp.lastPtr)
		rp.lastPtr = m.ptr
		err = m.call(pc, ptr, resumeMinUntilMore, f.toplevel)
		return rp.pc + 4, ptr, false, true, err

	case resumeMinUntilMore:
		rp := &m.reps[f.rep]
		rp.lastPtr = m.data[len(m.data)-1]
		m.data = m.data[:len(m.data)-1]
		if ret {
			return 0, 0, true, false, nil
		}
		rp.count = f.count - 1
		m.ptr = ptr
		return 0, 0, false, false, nil

	case resumeAtomic:
		if !ret {
			m.ptr = ptr
			return 0, 0, false, false, nil
		}
		return pc + 1 + int(code[pc+1]), m.ptr, false, true, nil

	case resumeAssert:
		if !ret {
			return 0, 0, false, false, nil
		}
		return pc + 1 + int(code[pc+1]), ptr, false, true, nil

	case resumeAssertNot:
		if ret {
			if inRepeat {
				m.markPopDiscard(f.lastmark)
			}
			return 0, 0, false, false, nil
		}
		if inRepeat {
			m.markPop(f.lastmark)
		}
		m.lastmark, m.lastindex = f.lastmark, f.lastindex
		return pc + 1 + int(code[pc+1]), ptr, false, true, nil
	}
	panic("pyre: bad resume point")
}
