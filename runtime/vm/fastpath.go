package vm

import (
	"unsafe"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// binaryFast computes a op b for the operand types and operators that
// loops spend their time on: ints whose result fits in 64 bits, and floats.
// It returns nil for everything else, and for anything that raises (a
// division by zero), which th.Binary then does in full.
func (th *Thread) binaryFast(op bytecode.BinaryOp, a, b Value) Value {
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		if !ok {
			return nil
		}
		switch op &^ bytecode.InPlace {
		case bytecode.OpAdd:
			if c := x + y; (c > x) == (y > 0) {
				return th.boxInt(int64(c))
			}
		case bytecode.OpSub:
			if c := x - y; (c < x) == (y > 0) {
				return th.boxInt(int64(c))
			}
		case bytecode.OpMul:
			if x > -1<<31 && x < 1<<31 && y > -1<<31 && y < 1<<31 {
				return th.boxInt(int64(x * y))
			}
		case bytecode.OpMod:
			if y > 0 {
				m := x % y
				if m < 0 {
					m += y
				}
				return th.boxInt(int64(m))
			}
		case bytecode.OpFloorDiv:
			if y > 0 {
				q := x / y
				if x%y < 0 {
					q--
				}
				return th.boxInt(int64(q))
			}
		case bytecode.OpAnd:
			return th.boxInt(int64(x & y))
		case bytecode.OpOr:
			return th.boxInt(int64(x | y))
		case bytecode.OpXor:
			return th.boxInt(int64(x ^ y))
		}
	case Float:
		y, ok := b.(Float)
		if !ok {
			return nil
		}
		switch op &^ bytecode.InPlace {
		case bytecode.OpAdd:
			return x + y
		case bytecode.OpSub:
			return x - y
		case bytecode.OpMul:
			return x * y
		}
	}
	return nil
}

// insAt returns instruction pc of the code at ip. The instructions a
// superinstruction covers are always there: validation makes sure that no
// instruction but the last falls off the end of the code.
func insAt(ip unsafe.Pointer, pc int) uint32 {
	return *(*uint32)(unsafe.Add(ip, uintptr(pc)*4))
}

// argAt returns the argument of instruction pc of the code at ip.
func argAt(ip unsafe.Pointer, pc int) int {
	return int(insAt(ip, pc) >> bytecode.OpBits)
}
