package vm

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// The builtin functions that are not classes: abs, all, any, ascii, bin,
// callable, chr, delattr, divmod, format, hash, hex, id, oct, ord, pow,
// round, sum, vars, and iter with a sentinel. min, max and sorted are in
// builtins_minmax.go; dir, globals, locals and __import__ in
// builtins_scope.go; the iterator classes (enumerate, zip …) in
// iterators.go.
func init() {
	def("abs", builtinAbs)
	def("all", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return builtinAllAny(th, "all", args, kwnames, false)
	})
	def("any", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return builtinAllAny(th, "any", args, kwnames, true)
	})
	def("ascii", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("ascii", args, kwnames, 1); err != nil {
			return nil, err
		}
		s, err := th.Repr(args[0])
		return Str(pyfmt.EscapeASCII(s)), err
	})
	def("bin", intFormatter("bin", "#b"))
	def("oct", intFormatter("oct", "#o"))
	def("hex", intFormatter("hex", "#x"))
	def("callable", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("callable", args, kwnames, 1); err != nil {
			return nil, err
		}
		return MakeBool(IsCallable(args[0])), nil
	})
	def("chr", builtinChr)
	def("ord", builtinOrd)
	def("delattr", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("delattr", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, th.DelAttr(args[0], string(name))
	})
	def("divmod", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("divmod", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return th.DivMod(args[0], args[1])
	})
	def("format", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("format", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		spec := ""
		if len(args) == 2 {
			s, ok := args[1].(Str)
			if !ok {
				return nil, th.TypeError("format() argument 2 must be str, not %s", args[1].Type().Name)
			}
			spec = string(s)
		}
		s, err := th.Format(args[0], spec)
		return Str(s), err
	})
	def("hash", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("hash", args, kwnames, 1); err != nil {
			return nil, err
		}
		h, err := th.Hash(args[0])
		return MakeInt(h), err
	})
	def("id", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("id", args, kwnames, 1); err != nil {
			return nil, err
		}
		return MakeInt(identityHashOf(args[0]) << 4), nil
	})
	def("pow", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var base, exp, mod Value = nil, nil, None
		if err := th.UnpackArgs("pow", args, kwnames, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
			return nil, err
		}
		return th.Pow(base, exp, mod)
	})
	def("round", builtinRound)
	def("sum", builtinSum)
	def("vars", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("vars", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return th.LocalsDict()
		}
		d, err := th.GetAttr(args[0], "__dict__")
		if err != nil {
			if isExc(err, AttributeErrorClass) {
				return nil, th.TypeError("vars() argument must have __dict__ attribute")
			}
			return nil, err
		}
		return d, nil
	})
	def("iter", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("iter", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return th.Iter(args[0])
		}
		if !IsCallable(args[0]) {
			return nil, th.TypeError("iter(v, w): v must be callable")
		}
		return &callableIter{fn: args[0], sentinel: args[1]}, nil
	})
}

func builtinAbs(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := th.ExactArgs("abs", args, kwnames, 1); err != nil {
		return nil, err
	}
	return th.Abs(args[0])
}

// Abs is Python's abs(v).
func (th *Thread) Abs(v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x >= 0 {
			return v, nil
		}
		if x == math.MinInt64 {
			return MakeBigInt(new(big.Int).Neg(big.NewInt(int64(x)))), nil
		}
		return MakeInt(-int64(x)), nil
	case Bool:
		return MakeInt(b2i(bool(x))), nil
	case BigInt:
		if x.v.Sign() >= 0 {
			return v, nil
		}
		return MakeBigInt(new(big.Int).Neg(x.v)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case *Instance:
		if m := x.cls.Lookup("__abs__"); m != nil {
			return th.CallValue(m, []Value{v}, nil)
		}
	}
	return nil, th.TypeError("bad operand type for abs(): '%s'", v.Type().Name)
}

func builtinAllAny(th *Thread, name string, args []Value, kwnames []string, want bool) (Value, error) {
	if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
		return nil, err
	}
	found := false
	err := th.ForEach(args[0], func(x Value) error {
		t, err := th.Truth(x)
		if err != nil {
			return err
		}
		if t == want {
			found = true
			return errStopLoop
		}
		return nil
	})
	if err != nil && err != errStopLoop {
		return nil, err
	}
	return MakeBool(found == want), nil
}

// intFormatter makes bin, oct and hex.
func intFormatter(name, spec string) BuiltinFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		i, err := th.IndexValue(args[0])
		if err != nil {
			return nil, err
		}
		s, err := th.Format(i, spec)
		return Str(s), err
	}
}

func builtinChr(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := th.ExactArgs("chr", args, kwnames, 1); err != nil {
		return nil, err
	}
	iv, err := th.IndexValue(args[0])
	if err != nil {
		return nil, err
	}
	i, ok := iv.(Int)
	if !ok || i < math.MinInt32 || i > math.MaxInt32 {
		return nil, th.Raise(OverflowErrorClass, "Python int too large to convert to C int")
	}
	if i < 0 || i >= 0x110000 {
		return nil, th.ValueError("chr() arg not in range(0x110000)")
	}
	if i < utf8.RuneSelf {
		return asciiStrs[i], nil
	}
	return Str(string(rune(i))), nil
}

func builtinOrd(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := th.ExactArgs("ord", args, kwnames, 1); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case Str:
		r, size := utf8.DecodeRuneInString(string(x))
		if size > 0 && size == len(x) {
			return MakeInt(int64(r)), nil
		}
		return nil, th.TypeError("ord() expected a character, but string of length %d found", strLen(string(x)))
	case Bytes:
		if len(x) == 1 {
			return MakeInt(int64(x[0])), nil
		}
		return nil, th.TypeError("ord() expected a character, but string of length %d found", len(x))
	}
	return nil, th.TypeError("ord() expected string of length 1, but %s found", args[0].Type().Name)
}

// DivMod is Python's divmod(a, b).
func (th *Thread) DivMod(a, b Value) (Value, error) {
	if isNumber(a) && isNumber(b) {
		_, af := a.(Float)
		_, bf := b.(Float)
		if af || bf {
			x, err := th.toFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := th.toFloat(b)
			if err != nil {
				return nil, err
			}
			q, r, err := pyfmt.FloatDivMod(x, y)
			if err != nil {
				return nil, fromPyfmt(err)
			}
			return Tuple{Float(q), Float(r)}, nil
		}
		if x, ok := AsInt64(a); ok {
			if y, ok := AsInt64(b); ok {
				if y == 0 {
					return nil, th.Raise(ZeroDivisionErrorClass, "integer division or modulo by zero")
				}
				return Tuple{intFloorDiv(x, y), intMod(x, y)}, nil
			}
		}
		q, r, err := pyfmt.IntDivMod(toBig(a), toBig(b))
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Tuple{MakeBigInt(q), MakeBigInt(r)}, nil
	}
	r, err := th.dunderCall2("__divmod__", "__rdivmod__", a, b)
	if err != nil || !Is(r, NotImplemented) {
		return r, err
	}
	return nil, th.TypeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
}

// dunderCall2 runs the binary-operator protocol for a method pair of user
// classes (__divmod__/__rdivmod__, __pow__/__rpow__): the reflected method
// of a subclass first, then a's method, then b's reflected one.
func (th *Thread) dunderCall2(name, rname string, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	var lm, rm Value
	if ta.IsUser() {
		lm = ta.Lookup(name)
	}
	if tb.IsUser() && ta != tb {
		rm = tb.Lookup(rname)
	}
	if rm != nil && lm != nil && tb.IsSubclass(ta) {
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
	return NotImplemented, nil
}

// Pow is Python's pow(base, exp, mod); mod is None for the two-argument
// form.
func (th *Thread) Pow(base, exp, mod Value) (Value, error) {
	if Is(mod, None) {
		return th.Binary(bytecode.OpPow, base, exp)
	}
	if !isIntLike(base) || !isIntLike(exp) || !isIntLike(mod) {
		if b, ok := base.(*Instance); ok {
			if m := b.cls.Lookup("__pow__"); m != nil {
				r, err := th.CallValue(m, []Value{base, exp, mod}, nil)
				if err != nil || !Is(r, NotImplemented) {
					return r, err
				}
			}
		}
		if isNumber(base) && isNumber(exp) && isNumber(mod) {
			return nil, th.TypeError("pow() 3rd argument not allowed unless all arguments are integers")
		}
		return nil, th.TypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.Type().Name, exp.Type().Name, mod.Type().Name)
	}
	m := IntToBig(mod)
	if m.Sign() == 0 {
		return nil, th.ValueError("pow() 3rd argument cannot be 0")
	}
	negative := m.Sign() < 0
	m.Abs(m)
	if m.Cmp(big.NewInt(1)) == 0 {
		return MakeInt(0), nil
	}
	a := IntToBig(base)
	a.Mod(a, m)
	e := IntToBig(exp)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(a, m)
		if inv == nil {
			return nil, th.ValueError("base is not invertible for the given modulus")
		}
		a = inv
		e.Neg(e)
	}
	z := new(big.Int).Exp(a, e, m)
	if negative && z.Sign() != 0 {
		z.Sub(z, m)
	}
	return MakeBigInt(z), nil
}

func builtinRound(th *Thread, args []Value, kwnames []string) (Value, error) {
	var number, ndigits Value = nil, None
	if err := th.UnpackArgs("round", args, kwnames, "number", &number, "ndigits?", &ndigits); err != nil {
		return nil, err
	}
	return th.Round(number, ndigits)
}

// Round is Python's round(number, ndigits); ndigits is None for the
// one-argument form.
func (th *Thread) Round(number, ndigits Value) (Value, error) {
	switch x := number.(type) {
	case Int, BigInt, Bool:
		if Is(ndigits, None) {
			return th.IndexValue(x)
		}
		n, err := th.roundDigits(ndigits)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return th.IndexValue(x)
		}
		return MakeBigInt(pyfmt.RoundInt(toBig(x), n)), nil
	case Float:
		if Is(ndigits, None) {
			r, err := pyfmt.RoundToInt(float64(x))
			if err != nil {
				return nil, fromPyfmt(err)
			}
			return MakeBigInt(r), nil
		}
		n, err := th.roundDigits(ndigits)
		if err != nil {
			return nil, err
		}
		r, err := pyfmt.Round(float64(x), n)
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Float(r), nil
	case *Instance:
		if m := x.cls.Lookup("__round__"); m != nil {
			if Is(ndigits, None) {
				return th.CallValue(m, []Value{x}, nil)
			}
			return th.CallValue(m, []Value{x, ndigits}, nil)
		}
	}
	return nil, th.TypeError("type %s doesn't define __round__ method", number.Type().Name)
}

// roundDigits converts ndigits, clamping huge values as CPython's
// PyNumber_AsSsize_t(…, NULL) does.
func (th *Thread) roundDigits(v Value) (int, error) {
	iv, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	switch i := iv.(type) {
	case Int:
		if i > 1<<30 {
			return 1 << 30, nil
		}
		if i < -(1 << 30) {
			return -(1 << 30), nil
		}
		return int(i), nil
	case BigInt:
		if i.v.Sign() < 0 {
			return -(1 << 30), nil
		}
	}
	return 1 << 30, nil
}

func builtinSum(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos == 0 {
		return nil, th.TypeError("sum() takes at least 1 positional argument (0 given)")
	}
	var iterable, start Value
	if err := th.UnpackArgs("sum", args, kwnames, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	for _, k := range kwnames {
		if k == "iterable" {
			return nil, th.TypeError("sum() takes at least 1 positional argument (0 given)")
		}
	}
	if start == nil {
		start = MakeInt(0)
	}
	switch start.(type) {
	case Str:
		return nil, th.TypeError("sum() can't sum strings [use ''.join(seq) instead]")
	case Bytes:
		return nil, th.TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
	}
	if start.Type().Name == "bytearray" && !start.Type().IsUser() {
		return nil, th.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	acc := start
	err := th.ForEach(iterable, func(x Value) error {
		switch a := acc.(type) {
		case Int:
			if b, ok := x.(Int); ok {
				acc = intAdd(int64(a), int64(b))
				return nil
			}
		case Float:
			if b, ok := x.(Float); ok {
				acc = a + b
				return nil
			}
		}
		r, err := th.Binary(bytecode.OpAdd, acc, x)
		if err != nil {
			return err
		}
		acc = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// callableIter is iter(callable, sentinel): it calls the callable until it
// returns the sentinel.
type callableIter struct {
	fn, sentinel Value
	done         bool
}

// CallableIteratorClass is the class of iter(callable, sentinel).
var CallableIteratorClass = newBuiltinClass("callable_iterator", ObjectClass, classFinal|classAbstract)

func (*callableIter) Type() *Class { return CallableIteratorClass }

func (it *callableIter) Next(th *Thread) (Value, error) {
	if it.done {
		return nil, nil
	}
	v, err := th.CallValue(it.fn, nil, nil)
	if err != nil {
		if isExc(err, StopIterationClass) {
			it.done = true
			return nil, nil
		}
		return nil, err
	}
	eq, err := th.Equal(it.sentinel, v)
	if err != nil {
		return nil, err
	}
	if eq {
		it.done = true
		return nil, nil
	}
	return v, nil
}
