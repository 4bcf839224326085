package vm

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// The methods and data attributes of int and float.
func init() {
	intAttr := func(v Value, name string) (Value, bool) {
		switch name {
		case "real", "numerator":
			if b, ok := v.(Bool); ok {
				return MakeInt(b2i(bool(b))), true
			}
			return v, true
		case "imag":
			return MakeInt(0), true
		case "denominator":
			return MakeInt(1), true
		}
		return nil, false
	}
	IntClass.attr = intAttr
	BoolClass.attr = intAttr
	FloatClass.attr = func(v Value, name string) (Value, bool) {
		switch name {
		case "real":
			return v, true
		case "imag":
			return Float(0), true
		}
		return nil, false
	}

	noArgs := func(c *Class, name string, fn func(th *Thread, self Value) (Value, error)) {
		addMethod(c, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(c.Name+"."+name, args, kwnames, 0); err != nil {
				return nil, err
			}
			return fn(th, self)
		})
	}
	asInt := func(th *Thread, self Value) (Value, error) { return th.IndexValue(self) }
	noArgs(IntClass, "bit_length", func(th *Thread, self Value) (Value, error) {
		if i, ok := AsInt64(self); ok {
			return MakeInt(int64(bits.Len64(abs64(i)))), nil
		}
		return MakeInt(int64(toBig(self).BitLen())), nil
	})
	noArgs(IntClass, "bit_count", func(th *Thread, self Value) (Value, error) {
		if i, ok := AsInt64(self); ok {
			return MakeInt(int64(bits.OnesCount64(abs64(i)))), nil
		}
		n := 0
		for _, w := range new(big.Int).Abs(toBig(self)).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return MakeInt(int64(n)), nil
	})
	noArgs(IntClass, "as_integer_ratio", func(th *Thread, self Value) (Value, error) {
		i, err := th.IndexValue(self)
		return Tuple{i, MakeInt(1)}, err
	})
	noArgs(IntClass, "conjugate", asInt)
	for _, name := range []string{"__index__", "__trunc__", "__floor__", "__ceil__"} {
		addUnaryDunder(IntClass, name, asInt)
	}
	addMethod(IntClass, "to_bytes", intToBytes)
	IntClass.Dict.Set("from_bytes", &ClassMethod{Func: NewBuiltin("from_bytes", intFromBytes)})

	noArgs(FloatClass, "is_integer", func(th *Thread, self Value) (Value, error) {
		return MakeBool(pyfmt.IsInteger(float64(self.(Float)))), nil
	})
	noArgs(FloatClass, "hex", func(th *Thread, self Value) (Value, error) {
		return Str(pyfmt.FloatHex(float64(self.(Float)))), nil
	})
	noArgs(FloatClass, "as_integer_ratio", func(th *Thread, self Value) (Value, error) {
		n, d, err := pyfmt.AsIntegerRatio(float64(self.(Float)))
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Tuple{MakeBigInt(n), MakeBigInt(d)}, nil
	})
	noArgs(FloatClass, "conjugate", func(th *Thread, self Value) (Value, error) { return self, nil })
	floatToInt := func(f func(float64) float64) func(th *Thread, self Value) (Value, error) {
		return func(th *Thread, self Value) (Value, error) {
			r, err := pyfmt.FloatToInt(f(float64(self.(Float))))
			if err != nil {
				return nil, fromPyfmt(err)
			}
			return MakeBigInt(r), nil
		}
	}
	addUnaryDunder(FloatClass, "__trunc__", floatToInt(math.Trunc))
	addUnaryDunder(FloatClass, "__floor__", floatToInt(math.Floor))
	addUnaryDunder(FloatClass, "__ceil__", floatToInt(math.Ceil))
	FloatClass.Dict.Set("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("float.fromhex", args[1:], kwnames, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, th.TypeError("bad argument type for built-in operation")
		}
		f, err := pyfmt.FloatFromHex(string(s))
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Float(f), nil
	})})
}

// byteOrder reads the byteorder argument of to_bytes and from_bytes.
func (th *Thread) byteOrder(fname string, v Value) (little bool, err error) {
	if v == nil {
		return false, nil
	}
	s, ok := v.(Str)
	if !ok {
		return false, th.TypeError("%s() argument 'byteorder' must be str, not %s", fname, v.Type().Name)
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, th.ValueError("byteorder must be either 'little' or 'big'")
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if npos := len(args) - len(kwnames); npos > 2 {
		return nil, th.TypeError("to_bytes() takes at most 2 positional arguments (%d given)", npos)
	}
	if err := th.knownKeywords("to_bytes", kwnames, "length", "byteorder", "signed"); err != nil {
		return nil, err
	}
	var length, order, signed Value
	if err := th.UnpackArgs("to_bytes", args, kwnames, "length?", &length, "byteorder?", &order, "$signed?", &signed); err != nil {
		return nil, err
	}
	n := int64(1)
	if length != nil {
		var err error
		if n, err = th.indexInt(length); err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, th.ValueError("length argument must be non-negative")
		}
	}
	little, err := th.byteOrder("to_bytes", order)
	if err != nil {
		return nil, err
	}
	isSigned := false
	if signed != nil {
		if isSigned, err = th.Truth(signed); err != nil {
			return nil, err
		}
	}
	if err := th.checkAlloc(n); err != nil {
		return nil, err
	}
	x := toBig(self)
	if x.Sign() < 0 && !isSigned {
		return nil, th.Raise(OverflowErrorClass, "can't convert negative int to unsigned")
	}
	// The value must fit in n bytes (n*8-1 bits plus a sign when signed).
	fits := x.BitLen() <= int(n)*8
	if isSigned {
		if x.Sign() >= 0 {
			fits = x.BitLen() < int(n)*8
		} else {
			// -2**(8n-1) is the smallest value.
			m := new(big.Int).Not(x) // -x-1 >= 0
			fits = m.BitLen() < int(n)*8
		}
	}
	if !fits {
		return nil, th.Raise(OverflowErrorClass, "int too big to convert")
	}
	u := x
	if x.Sign() < 0 {
		// Two's complement: 2**(8n) + x.
		u = new(big.Int).Lsh(big.NewInt(1), uint(n*8))
		u.Add(u, x)
	}
	out := make([]byte, n)
	u.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out), nil
}

// intFromBytes is the classmethod int.from_bytes(bytes, byteorder='big',
// *, signed=False); args[0] is the class.
func intFromBytes(th *Thread, args []Value, kwnames []string) (Value, error) {
	cls := args[0].(*Class)
	if err := th.knownKeywords("from_bytes", kwnames, "bytes", "byteorder", "signed"); err != nil {
		return nil, err
	}
	var data, order, signed Value
	if err := th.UnpackArgs("from_bytes", args[1:], kwnames, "bytes", &data, "byteorder?", &order, "$signed?", &signed); err != nil {
		return nil, err
	}
	b, ok := data.(Bytes)
	if !ok {
		if _, isStr := data.(Str); isStr || !isIterable(data) {
			return nil, th.TypeError("cannot convert '%s' object to bytes", data.Type().Name)
		}
		v, err := newBytes(th, BytesClass, []Value{data}, nil)
		if err != nil {
			return nil, err
		}
		b = v.(Bytes)
	}
	little, err := th.byteOrder("from_bytes", order)
	if err != nil {
		return nil, err
	}
	isSigned := false
	if signed != nil {
		if isSigned, err = th.Truth(signed); err != nil {
			return nil, err
		}
	}
	buf := []byte(b)
	if little {
		buf = make([]byte, len(b))
		for i := range buf {
			buf[i] = b[len(b)-1-i]
		}
	}
	x := new(big.Int).SetBytes(buf)
	if isSigned && len(buf) > 0 && buf[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(len(buf)*8)))
	}
	if cls == BoolClass {
		return MakeBool(x.Sign() != 0), nil
	}
	return MakeBigInt(x), nil
}
