package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// Quickening: when a code object is loaded, the VM makes a copy of its
// instructions in which the first instruction of some common sequences is
// replaced by a superinstruction that runs the whole sequence with one
// dispatch (LOAD_FAST i; LOAD_FAST total; BINARY_OP +; STORE_FAST total
// becomes one step). The other instructions of the sequence stay in place,
// so instruction indexes, jump targets, positions and the exception table
// are those of the compiled code: a superinstruction reads its operands from
// the arguments of the instructions it covers, and an error is reported at
// the index of the instruction of the sequence that raised it. When its fast
// path does not apply (an unbound local, operands that are not ints), a
// superinstruction does the work of its first instructions and continues at
// the next one of the sequence, which is the plain instruction.
//
// The quickened instructions are the VM's own business: they are not part
// of the instruction set (the validator refuses them in serialised code),
// disassembly shows the compiled code, and a traced frame (a debugger's hook
// is installed) runs the compiled instructions, one hook call each.

// Superinstructions, numbered after the opcodes of the instruction set.
const (
	// FOR_ITER; STORE_FAST: the next item goes straight into the local.
	qFOR_ITER_STORE = bytecode.Opcode(bytecode.NumOpcodes) + iota
	// LOAD_FAST; LOAD_FAST|LOAD_CONST; BINARY_OP [; STORE_FAST]: the
	// operator on two locals or a local and a constant.
	qBINARY_FAST_FAST
	qBINARY_FAST_CONST
	qBINARY_FAST_FAST_STORE
	qBINARY_FAST_CONST_STORE
	// LOAD_FAST; LOAD_FAST|LOAD_CONST; COMPARE_OP; POP_JUMP_IF_FALSE|TRUE:
	// a comparison that only decides a jump needs no bool.
	qCOMPARE_FAST_FAST_JUMP
	qCOMPARE_FAST_CONST_JUMP
	// COMPARE_OP; POP_JUMP_IF_FALSE|TRUE, operands on the stack.
	qCOMPARE_JUMP
	// LOAD_FAST; RETURN_VALUE
	qRETURN_FAST
	// A run of loads (LOAD_FAST, LOAD_CONST, LOAD_GLOBAL, LOAD_BUILTIN):
	// the first is this instruction, whose argument holds its kind above
	// loadsKindShift; it then pushes the plain loads that follow it.
	qLOADS

	numQuickOpcodes
)

// quickNames names the superinstructions in VM error messages.
var quickNames = [...]string{
	qFOR_ITER_STORE - qFOR_ITER_STORE:          "FOR_ITER_STORE",
	qBINARY_FAST_FAST - qFOR_ITER_STORE:        "BINARY_FAST_FAST",
	qBINARY_FAST_CONST - qFOR_ITER_STORE:       "BINARY_FAST_CONST",
	qBINARY_FAST_FAST_STORE - qFOR_ITER_STORE:  "BINARY_FAST_FAST_STORE",
	qBINARY_FAST_CONST_STORE - qFOR_ITER_STORE: "BINARY_FAST_CONST_STORE",
	qCOMPARE_FAST_FAST_JUMP - qFOR_ITER_STORE:  "COMPARE_FAST_FAST_JUMP",
	qCOMPARE_FAST_CONST_JUMP - qFOR_ITER_STORE: "COMPARE_FAST_CONST_JUMP",
	qCOMPARE_JUMP - qFOR_ITER_STORE:            "COMPARE_JUMP",
	qRETURN_FAST - qFOR_ITER_STORE:             "RETURN_FAST",
	qLOADS - qFOR_ITER_STORE:                   "LOADS",
}

// opName names an opcode of quickened code.
func opName(op bytecode.Opcode) string {
	if op >= qFOR_ITER_STORE && op < numQuickOpcodes {
		return quickNames[op-qFOR_ITER_STORE]
	}
	return op.String()
}

// quicken returns the instructions of c with superinstructions in place.
// Sequences are chosen greedily from the start, longest first, and never
// overlap. They may span lines: only traced frames see lines, and they run
// the compiled instructions.
func quicken(c *bytecode.Code) []uint32 {
	code := append([]uint32(nil), c.Code...)
	op := func(pc int) bytecode.Opcode {
		if pc < len(code) {
			return bytecode.Opcode(code[pc] & 0xff)
		}
		return bytecode.NOP
	}
	// A forward jump to a return is the return (the conditional
	// expression of a return statement jumps to it).
	for pc, ins := range code {
		if t := int(ins >> bytecode.OpBits); op(pc) == bytecode.JUMP && t > pc && op(t) == bytecode.RETURN_VALUE {
			code[pc] = uint32(bytecode.RETURN_VALUE)
		}
	}
	for pc := 0; pc < len(code); {
		q, n := bytecode.NOP, 1
		switch op(pc) {
		case bytecode.FOR_ITER:
			if op(pc+1) == bytecode.STORE_FAST {
				q, n = qFOR_ITER_STORE, 2
			}
		case bytecode.LOAD_FAST:
			second := op(pc + 1)
			if second == bytecode.RETURN_VALUE {
				q, n = qRETURN_FAST, 2
				break
			}
			if second != bytecode.LOAD_FAST && second != bytecode.LOAD_CONST {
				break
			}
			switch op(pc + 2) {
			case bytecode.BINARY_OP:
				switch {
				case op(pc+3) == bytecode.STORE_FAST && second == bytecode.LOAD_FAST:
					q, n = qBINARY_FAST_FAST_STORE, 4
				case op(pc+3) == bytecode.STORE_FAST:
					q, n = qBINARY_FAST_CONST_STORE, 4
				case second == bytecode.LOAD_FAST:
					q, n = qBINARY_FAST_FAST, 3
				default:
					q, n = qBINARY_FAST_CONST, 3
				}
			case bytecode.COMPARE_OP:
				if j := op(pc + 3); j == bytecode.POP_JUMP_IF_FALSE || j == bytecode.POP_JUMP_IF_TRUE {
					if second == bytecode.LOAD_FAST {
						q, n = qCOMPARE_FAST_FAST_JUMP, 4
					} else {
						q, n = qCOMPARE_FAST_CONST_JUMP, 4
					}
				}
			}
		case bytecode.COMPARE_OP:
			if j := op(pc + 1); j == bytecode.POP_JUMP_IF_FALSE || j == bytecode.POP_JUMP_IF_TRUE {
				q, n = qCOMPARE_JUMP, 2
			}
		}
		if q != bytecode.NOP {
			code[pc] = code[pc]&^0xff | uint32(q)
			pc += n
			continue
		}
		pc++
	}
	// Runs of loads, among the instructions that are still plain (the
	// loads covered by a superinstruction follow its first instruction).
	for pc := 0; pc+1 < len(code); pc++ {
		kind, ok := loadKind(op(pc))
		if _, next := loadKind(op(pc + 1)); ok && next && code[pc]>>bytecode.OpBits < 1<<loadsKindShift {
			code[pc] = code[pc]&^0xff | uint32(kind)<<(bytecode.OpBits+loadsKindShift) | uint32(qLOADS)
			for pc+1 < len(code) {
				if _, next := loadKind(op(pc + 1)); !next {
					break
				}
				pc++
			}
		}
	}
	return code
}

// The kinds of the loads of qLOADS, and where its argument holds the kind
// of the first.
const (
	loadFast = iota
	loadConst
	loadGlobal
	loadBuiltin

	loadsKindShift = 22
)

// loadKind returns the kind of a load that qLOADS runs.
func loadKind(op bytecode.Opcode) (int, bool) {
	switch op {
	case bytecode.LOAD_FAST:
		return loadFast, true
	case bytecode.LOAD_CONST:
		return loadConst, true
	case bytecode.LOAD_GLOBAL:
		return loadGlobal, true
	case bytecode.LOAD_BUILTIN:
		return loadBuiltin, true
	}
	return 0, false
}
