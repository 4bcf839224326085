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
	var c int64
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		if !ok {
			return nil
		}
		switch op &^ bytecode.InPlace {
		case bytecode.OpAdd:
			s := x + y
			if (s > x) != (y > 0) {
				return nil
			}
			c = int64(s)
		case bytecode.OpSub:
			d := x - y
			if (d < x) != (y > 0) {
				return nil
			}
			c = int64(d)
		case bytecode.OpMul:
			if x <= -1<<31 || x >= 1<<31 || y <= -1<<31 || y >= 1<<31 {
				return nil
			}
			c = int64(x * y)
		case bytecode.OpMod:
			if y <= 0 {
				return nil
			}
			c = int64(x % y)
			if c < 0 {
				c += int64(y)
			}
		case bytecode.OpFloorDiv:
			if y <= 0 {
				return nil
			}
			c = int64(x / y)
			if x%y < 0 {
				c--
			}
		case bytecode.OpAnd:
			c = int64(x & y)
		case bytecode.OpOr:
			c = int64(x | y)
		case bytecode.OpXor:
			c = int64(x ^ y)
		default:
			return nil
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
		return nil
	default:
		return nil
	}
	if v := th.fastInt(c); v != nil {
		return v
	}
	return th.boxInt(c)
}

// strAdd is x + b and x += b for a str x, and nil for other operators and
// operands.
func (th *Thread) strAdd(op bytecode.BinaryOp, x Str, b Value) (Value, error) {
	y, ok := b.(Str)
	if !ok || op&^bytecode.InPlace != bytecode.OpAdd {
		return nil, nil
	}
	if op&bytecode.InPlace != 0 && len(x) >= minGrowStr {
		return th.growStr(x, y)
	}
	if len(x) == 0 {
		return y, nil
	}
	if len(y) == 0 {
		return x, nil
	}
	return th.strValue(string(x), string(y)), nil
}

// addSubInt is x + y or x - y for BINARY_OP's operator op, when op is one
// of them and the result does not overflow.
func addSubInt(op bytecode.BinaryOp, x, y Int) (int64, bool) {
	switch op &^ bytecode.InPlace {
	case bytecode.OpAdd:
		c := x + y
		return int64(c), (c > x) == (y > 0)
	case bytecode.OpSub:
		c := x - y
		return int64(c), (c < x) == (y > 0)
	}
	return 0, false
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
