package vm

import (
	"math"
	"math/big"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Binary applies a binary operator (Python's binary_op1 protocol, with the
// in-place form first trying __iXX__ and the built-in in-place updates).
func (th *Thread) Binary(op bytecode.BinaryOp, a, b Value) (Value, error) {
	inplace := op&bytecode.InPlace != 0
	base := op &^ bytecode.InPlace
	if isSubclassValue(a) || isSubclassValue(b) {
		if r, done, err := th.subclassBinary(op, a, b); done || err != nil {
			return r, err
		}
	}
	if inplace {
		if r, done, err := th.inplace(base, a, b); done || err != nil {
			return r, err
		}
	}
	r, err := th.builtinBinary(base, a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	r, err = th.dunderBinary(base, a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	// n * seq with an object n that has __index__ (the sequence repeat
	// that PyNumber_Multiply tries after the number methods).
	if x, ok := a.(*Instance); ok && base == bytecode.OpMul && !inplace && isSequence(b) && x.cls.Lookup("__index__") != nil {
		return th.builtinBinary(base, b, a)
	}
	return nil, th.binaryTypeError(op, a, b)
}

func (th *Thread) binaryTypeError(op bytecode.BinaryOp, a, b Value) error {
	base := op &^ bytecode.InPlace
	ta, tb := a.Type().Name, b.Type().Name
	switch base {
	case bytecode.OpAdd:
		switch a.(type) {
		case Str:
			return th.TypeError("can only concatenate str (not \"%s\") to str", tb)
		case *List:
			return th.TypeError("can only concatenate list (not \"%s\") to list", tb)
		case Tuple:
			return th.TypeError("can only concatenate tuple (not \"%s\") to tuple", tb)
		case Bytes:
			return th.TypeError("can't concat %s to bytes", tb)
		}
	case bytecode.OpMul:
		if isSequence(a) && !isIntLike(b) {
			return th.TypeError("can't multiply sequence by non-int of type '%s'", tb)
		}
		// In-place repetition asks the right operand only when the left
		// one has no sequence methods at all (PyNumber_InPlaceMultiply):
		// instances of classes, dicts and sets have them.
		if isSequence(b) && !isIntLike(a) && (op&bytecode.InPlace == 0 || !hasSequenceMethods(a)) {
			return th.TypeError("can't multiply sequence by non-int of type '%s'", ta)
		}
	case bytecode.OpPow:
		if op&bytecode.InPlace == 0 {
			return th.TypeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta, tb)
		}
	}
	return th.TypeError("unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), ta, tb)
}

// hasSequenceMethods reports whether CPython's type of v has a
// tp_as_sequence table.
func hasSequenceMethods(v Value) bool {
	switch v.(type) {
	case *Instance, *Dict, *Set, *Range, Str, Bytes, Tuple, *List:
		return true
	}
	return false
}

func isSequence(v Value) bool {
	switch v.(type) {
	case Str, Bytes, Tuple, *List:
		return true
	}
	return false
}

// inplace handles the in-place forms that update their left operand.
func (th *Thread) inplace(op bytecode.BinaryOp, a, b Value) (Value, bool, error) {
	switch x := a.(type) {
	case *List:
		switch op {
		case bytecode.OpAdd:
			if err := th.listExtend(x, b); err != nil {
				return nil, true, err
			}
			return x, true, nil
		case bytecode.OpMul:
			n, ok := AsInt64(b)
			if !ok {
				return nil, false, nil
			}
			elems, err := th.repeat(x.Elems, n)
			if err != nil {
				return nil, true, err
			}
			x.Elems = elems
			return x, true, nil
		}
	case *Set:
		if y, ok := b.(*Set); ok && !x.frozen {
			r, err := th.setOp(op, x, y, x)
			if err != nil || r != nil {
				return r, r != nil, err
			}
		}
	case *Dict:
		if op == bytecode.OpOr {
			if err := th.dictUpdate(x, b); err != nil {
				return nil, true, err
			}
			return x, true, nil
		}
	case *Instance:
		if m := x.cls.Lookup("__i" + op.Dunder()[2:]); m != nil {
			r, err := th.CallValue(m, []Value{a, b}, nil)
			if err != nil || !Is(r, NotImplemented) {
				return r, true, err
			}
		}
	default:
		if c := a.Type(); c.flags&classGo != 0 {
			if m := c.Lookup("__i" + op.Dunder()[2:]); m != nil {
				r, err := th.CallValue(m, []Value{a, b}, nil)
				if err != nil || !Is(r, NotImplemented) {
					return r, true, err
				}
			}
		}
	}
	return nil, false, nil
}

// dunderBinary runs the __op__/__rop__ protocol for instances of classes.
func (th *Thread) dunderBinary(op bytecode.BinaryOp, a, b Value) (Value, error) {
	if g, ok := a.(BinaryOperand); ok {
		r, err := g.BinaryOp(th, op, b, false)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	r, err := th.userBinary(op, a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	if g, ok := b.(BinaryOperand); ok && a.Type() != b.Type() {
		return g.BinaryOp(th, op, a, true)
	}
	return NotImplemented, nil
}

// userBinary calls the __op__/__rop__ methods of Python classes.
func (th *Thread) userBinary(op bytecode.BinaryOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	name := op.Dunder()
	rname := "__r" + name[2:]
	var lm, rm Value
	if ta.hasDunders() {
		lm = ta.Lookup(name)
	}
	if tb.hasDunders() && ta != tb {
		rm = tb.Lookup(rname)
	}
	if rm != nil && tb.IsSubclass(ta) && lm != nil {
		r, err := th.CallValue(rm, []Value{b, a}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
		rm = nil
	}
	if lm != nil {
		r, err := th.CallValue(lm, []Value{a, b}, nil)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	if rm != nil {
		return th.CallValue(rm, []Value{b, a}, nil)
	}
	if !tb.hasDunders() || ta == tb {
		// a built-in left operand with a user class on the right
		return NotImplemented, nil
	}
	return NotImplemented, nil
}

// builtinBinary applies op to built-in operands, or returns NotImplemented.
func (th *Thread) builtinBinary(op bytecode.BinaryOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return th.intBinary(op, int64(x), int64(y))
		}
		if op == bytecode.OpMul && isSequence(b) {
			return th.builtinBinary(op, b, a)
		}
		if isNumber(b) {
			return th.numBinary(op, a, b)
		}
	case Bool, BigInt:
		if op == bytecode.OpMul && isSequence(b) {
			return th.builtinBinary(op, b, a)
		}
		if isNumber(b) {
			return th.numBinary(op, a, b)
		}
	case Float:
		if isNumber(b) {
			return th.numBinary(op, a, b)
		}
	case Str:
		switch op {
		case bytecode.OpAdd:
			if y, ok := b.(Str); ok {
				if err := th.checkAlloc(int64(len(x)) + int64(len(y))); err != nil {
					return nil, err
				}
				return x + y, nil
			}
		case bytecode.OpMul:
			if n, ok, err := th.repeatCount(b); err != nil {
				return nil, err
			} else if ok {
				return th.repeatStr(string(x), n)
			}
		case bytecode.OpMod:
			return th.percentFormat(string(x), b)
		}
	case Bytes:
		switch op {
		case bytecode.OpAdd:
			if y, ok := b.(Bytes); ok {
				return x + y, nil
			}
		case bytecode.OpMul:
			if n, ok, err := th.repeatCount(b); err != nil {
				return nil, err
			} else if ok {
				s, err := th.repeatStr(string(x), n)
				if err != nil {
					return nil, err
				}
				return Bytes(s.(Str)), nil
			}
		case bytecode.OpMod:
			return th.bytesPercent(string(x), b)
		}
	case Tuple:
		switch op {
		case bytecode.OpAdd:
			if y, ok := b.(Tuple); ok {
				t := make(Tuple, 0, len(x)+len(y))
				return append(append(t, x...), y...), nil
			}
		case bytecode.OpMul:
			if n, ok, err := th.repeatCount(b); err != nil {
				return nil, err
			} else if ok {
				elems, err := th.repeat(x, n)
				return Tuple(elems), err
			}
		}
	case *List:
		switch op {
		case bytecode.OpAdd:
			if y, ok := b.(*List); ok {
				l := make([]Value, 0, len(x.Elems)+len(y.Elems))
				return NewList(append(append(l, x.Elems...), y.Elems...)), nil
			}
		case bytecode.OpMul:
			if n, ok, err := th.repeatCount(b); err != nil {
				return nil, err
			} else if ok {
				elems, err := th.repeat(x.Elems, n)
				return NewList(elems), err
			}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			r, err := th.setOp(op, x, y, nil)
			if err != nil || r != nil {
				return r, err
			}
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == bytecode.OpOr {
			d := x.Copy()
			return d, th.dictUpdate(d, y)
		}
	}
	// int | None in annotations
	if op == bytecode.OpOr && isUnionArg(a) && isUnionArg(b) && (!Is(a, None) || !Is(b, None)) {
		return th.newUnion(a, b)
	}
	return NotImplemented, nil
}

// repeatCount reads the count of a sequence repetition; ok is false when
// v is not an int. A count beyond Py_ssize_t is an OverflowError, as in
// CPython.
func (th *Thread) repeatCount(v Value) (n int64, ok bool, err error) {
	switch n := v.(type) {
	case Int:
		return int64(n), true, nil
	case Bool:
		return b2i(bool(n)), true, nil
	case BigInt:
		return 0, true, th.Raise(OverflowErrorClass, "cannot fit 'int' into an index-sized integer")
	case *Instance:
		// Objects with __index__ repeat sequences too.
		if n.cls.Lookup("__index__") != nil {
			i, err := th.IndexValue(n)
			if err != nil {
				return 0, true, err
			}
			return th.repeatCount(i)
		}
	}
	return 0, false, nil
}

func (th *Thread) repeatStr(s string, n int64) (Value, error) {
	if n <= 0 || s == "" {
		return Str(""), nil
	}
	if n > math.MaxInt64/int64(len(s)) {
		return nil, th.Raise(MemoryErrorClass, "")
	}
	if err := th.checkAlloc(int64(len(s)) * n); err != nil {
		return nil, err
	}
	return Str(strings.Repeat(s, int(n))), nil
}

func (th *Thread) repeat(elems []Value, n int64) ([]Value, error) {
	if n <= 0 || len(elems) == 0 {
		return nil, nil
	}
	if n > math.MaxInt64/int64(len(elems))/16 {
		return nil, th.Raise(MemoryErrorClass, "")
	}
	if err := th.checkAlloc(int64(len(elems)) * n * 16); err != nil {
		return nil, err
	}
	out := make([]Value, 0, int64(len(elems))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, elems...)
	}
	return out, nil
}

// intBinary is the int64 fast path of every operator.
func (th *Thread) intBinary(op bytecode.BinaryOp, x, y int64) (Value, error) {
	switch op {
	case bytecode.OpAdd:
		return intAdd(x, y), nil
	case bytecode.OpSub:
		return intSub(x, y), nil
	case bytecode.OpMul:
		return intMul(x, y), nil
	case bytecode.OpFloorDiv:
		if y == 0 {
			return nil, th.Raise(ZeroDivisionErrorClass, "integer division or modulo by zero")
		}
		return intFloorDiv(x, y), nil
	case bytecode.OpMod:
		if y == 0 {
			return nil, th.Raise(ZeroDivisionErrorClass, "integer modulo by zero")
		}
		return intMod(x, y), nil
	case bytecode.OpTrueDiv:
		if y == 0 {
			return nil, th.Raise(ZeroDivisionErrorClass, "division by zero")
		}
		if x > -(1<<53) && x < 1<<53 && y > -(1<<53) && y < 1<<53 {
			return Float(float64(x) / float64(y)), nil
		}
		return th.bigTrueDiv(big.NewInt(x), big.NewInt(y))
	case bytecode.OpAnd:
		return MakeInt(x & y), nil
	case bytecode.OpOr:
		return MakeInt(x | y), nil
	case bytecode.OpXor:
		return MakeInt(x ^ y), nil
	case bytecode.OpLShift:
		if y < 0 {
			return nil, th.ValueError("negative shift count")
		}
		if x == 0 {
			return MakeInt(0), nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return MakeInt(r), nil
			}
		}
		return th.bigBinary(op, big.NewInt(x), big.NewInt(y))
	case bytecode.OpRShift:
		if y < 0 {
			return nil, th.ValueError("negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return MakeInt(x >> uint(y)), nil
	case bytecode.OpPow:
		if y < 0 {
			return th.floatPow(float64(x), float64(y))
		}
		return th.intPow(big.NewInt(x), big.NewInt(y))
	}
	return NotImplemented, nil
}

// numBinary handles mixed and big numeric operands.
func (th *Thread) numBinary(op bytecode.BinaryOp, a, b Value) (Value, error) {
	_, af := a.(Float)
	_, bf := b.(Float)
	if af || bf {
		if !isNumber(a) || !isNumber(b) {
			return NotImplemented, nil
		}
		if op == bytecode.OpAnd || op == bytecode.OpOr || op == bytecode.OpXor || op == bytecode.OpLShift || op == bytecode.OpRShift || op == bytecode.OpMatMul {
			return NotImplemented, nil
		}
		x, err := th.toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := th.toFloat(b)
		if err != nil {
			return nil, err
		}
		return th.floatBinary(op, x, y)
	}
	if !isIntLike(a) || !isIntLike(b) {
		return NotImplemented, nil
	}
	if x, ok := AsInt64(a); ok {
		if y, ok := AsInt64(b); ok {
			if _, ba := a.(Bool); ba {
				if _, bb := b.(Bool); bb {
					switch op {
					case bytecode.OpAnd:
						return MakeBool(x&y != 0), nil
					case bytecode.OpOr:
						return MakeBool(x|y != 0), nil
					case bytecode.OpXor:
						return MakeBool(x^y != 0), nil
					}
				}
			}
			return th.intBinary(op, x, y)
		}
	}
	return th.bigBinary(op, toBig(a), toBig(b))
}

func isNumber(v Value) bool {
	switch v.(type) {
	case Int, Float, Bool, BigInt:
		return true
	}
	return false
}

func (th *Thread) toFloat(v Value) (float64, error) {
	if f, ok := v.(Float); ok {
		return float64(f), nil
	}
	return th.intToFloat(v)
}

// bigBinary is the arbitrary-precision path.
func (th *Thread) bigBinary(op bytecode.BinaryOp, x, y *big.Int) (Value, error) {
	switch op {
	case bytecode.OpAdd:
		return MakeBigInt(new(big.Int).Add(x, y)), nil
	case bytecode.OpSub:
		return MakeBigInt(new(big.Int).Sub(x, y)), nil
	case bytecode.OpMul:
		if err := th.checkAlloc(int64(x.BitLen()+y.BitLen()) / 8); err != nil {
			return nil, err
		}
		return MakeBigInt(new(big.Int).Mul(x, y)), nil
	case bytecode.OpFloorDiv, bytecode.OpMod:
		if y.Sign() == 0 {
			if op == bytecode.OpMod {
				return nil, th.Raise(ZeroDivisionErrorClass, "integer modulo by zero")
			}
			return nil, th.Raise(ZeroDivisionErrorClass, "integer division or modulo by zero")
		}
		q, m := bigFloorDivMod(x, y)
		if op == bytecode.OpMod {
			return MakeBigInt(m), nil
		}
		return MakeBigInt(q), nil
	case bytecode.OpTrueDiv:
		if y.Sign() == 0 {
			return nil, th.Raise(ZeroDivisionErrorClass, "division by zero")
		}
		return th.bigTrueDiv(x, y)
	case bytecode.OpAnd:
		return MakeBigInt(new(big.Int).And(x, y)), nil
	case bytecode.OpOr:
		return MakeBigInt(new(big.Int).Or(x, y)), nil
	case bytecode.OpXor:
		return MakeBigInt(new(big.Int).Xor(x, y)), nil
	case bytecode.OpLShift:
		if y.Sign() < 0 {
			return nil, th.ValueError("negative shift count")
		}
		if x.Sign() == 0 {
			return MakeInt(0), nil
		}
		if !y.IsInt64() || y.Int64() > 1<<40 {
			return nil, th.Raise(OverflowErrorClass, "too many digits in integer")
		}
		if err := th.checkAlloc((int64(x.BitLen()) + y.Int64()) / 8); err != nil {
			return nil, err
		}
		return MakeBigInt(new(big.Int).Lsh(x, uint(y.Int64()))), nil
	case bytecode.OpRShift:
		if y.Sign() < 0 {
			return nil, th.ValueError("negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		return MakeBigInt(new(big.Int).Rsh(x, uint(y.Int64()))), nil
	case bytecode.OpPow:
		if y.Sign() < 0 {
			fx, err := th.intToFloat(BigInt{x})
			if err != nil {
				return nil, err
			}
			fy, err := th.intToFloat(MakeBigInt(y))
			if err != nil {
				return nil, err
			}
			return th.floatPow(fx, fy)
		}
		return th.intPow(x, y)
	}
	return NotImplemented, nil
}

// intPow computes x**y for y >= 0, refusing results beyond the allocation
// limit instead of exhausting memory.
func (th *Thread) intPow(x, y *big.Int) (Value, error) {
	if x.CmpAbs(big.NewInt(1)) <= 0 || y.Sign() == 0 {
		return MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
	}
	if !y.IsInt64() {
		return nil, th.Raise(MemoryErrorClass, "")
	}
	bits := int64(x.BitLen()) * y.Int64()
	if y.Int64() != 0 && bits/y.Int64() != int64(x.BitLen()) {
		return nil, th.Raise(MemoryErrorClass, "")
	}
	if err := th.checkAlloc(bits / 8); err != nil {
		return nil, err
	}
	return MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// bigTrueDiv divides ints exactly and rounds once, as CPython does.
func (th *Thread) bigTrueDiv(x, y *big.Int) (Value, error) {
	f, err := pyfmt.IntTrueDiv(x, y)
	if err != nil {
		return nil, fromPyfmt(err)
	}
	return Float(f), nil
}

// floatBinary is float arithmetic with CPython's results and errors.
func (th *Thread) floatBinary(op bytecode.BinaryOp, x, y float64) (Value, error) {
	switch op {
	case bytecode.OpAdd:
		return Float(x + y), nil
	case bytecode.OpSub:
		return Float(x - y), nil
	case bytecode.OpMul:
		return Float(x * y), nil
	case bytecode.OpTrueDiv:
		if y == 0 {
			return nil, th.Raise(ZeroDivisionErrorClass, "float division by zero")
		}
		return Float(x / y), nil
	case bytecode.OpFloorDiv:
		q, err := pyfmt.FloatFloorDiv(x, y)
		return Float(q), fromPyfmt(err)
	case bytecode.OpMod:
		m, err := pyfmt.FloatMod(x, y)
		return Float(m), fromPyfmt(err)
	case bytecode.OpPow:
		return th.floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatPow is float ** float; a complex result is an error, since hfc has
// no complex numbers.
func (th *Thread) floatPow(x, y float64) (Value, error) {
	r, err := pyfmt.FloatPow(x, y)
	if err == pyfmt.ErrComplexResult {
		return nil, th.ValueError("complex results are not supported by hfc: (%s) ** %s", floatRepr(x), floatRepr(y))
	}
	if err != nil {
		return nil, fromPyfmt(err)
	}
	return Float(r), nil
}

// Unary applies -x, +x or ~x.
func (th *Thread) Unary(op bytecode.Opcode, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			if x == math.MinInt64 {
				return MakeBigInt(new(big.Int).Neg(big.NewInt(int64(x)))), nil
			}
			return MakeInt(-int64(x)), nil
		case bytecode.UNARY_POSITIVE:
			return x, nil
		case bytecode.UNARY_INVERT:
			return MakeInt(^int64(x)), nil
		}
	case Bool:
		return th.Unary(op, Int(b2i(bool(x))))
	case BigInt:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			return MakeBigInt(new(big.Int).Neg(x.v)), nil
		case bytecode.UNARY_POSITIVE:
			return x, nil
		case bytecode.UNARY_INVERT:
			return MakeBigInt(new(big.Int).Not(x.v)), nil
		}
	case Float:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			return -x, nil
		case bytecode.UNARY_POSITIVE:
			return x, nil
		}
	case *Instance:
		name := map[bytecode.Opcode]string{bytecode.UNARY_NEGATIVE: "__neg__", bytecode.UNARY_POSITIVE: "__pos__", bytecode.UNARY_INVERT: "__invert__"}[op]
		if m := x.cls.Lookup(name); m != nil {
			return th.CallValue(m, []Value{v}, nil)
		}
	}
	if u, ok := v.(UnaryOperand); ok {
		r, err := u.UnaryOp(th, op)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	// Classes of Go modules, and subclasses of dict and tuple.
	name := map[bytecode.Opcode]string{bytecode.UNARY_NEGATIVE: "__neg__", bytecode.UNARY_POSITIVE: "__pos__", bytecode.UNARY_INVERT: "__invert__"}[op]
	var m Value
	if cls := v.Type(); cls.flags&classGo != 0 {
		m = cls.Lookup(name)
	} else if cls, root := subclassRoot(v); cls != nil {
		m = subclassMethod(cls, root, name)
	}
	if m != nil {
		return th.CallValue(m, []Value{v}, nil)
	}
	sym := map[bytecode.Opcode]string{bytecode.UNARY_NEGATIVE: "-", bytecode.UNARY_POSITIVE: "+", bytecode.UNARY_INVERT: "~"}[op]
	return nil, th.TypeError("bad operand type for unary %s: '%s'", sym, v.Type().Name)
}
