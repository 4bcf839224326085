package vm

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// bytes % args, and the special methods of bytes.

func init() {
	addSequenceDunders(BytesClass)
	addWrapper(BytesClass, "__add__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		if _, ok := args[0].(Bytes); !ok {
			return nil, th.TypeError("can't concat %s to bytes", args[0].Type().Name)
		}
		return th.builtinBinary(bytecode.OpAdd, self, args[0])
	})
	addWrapper(BytesClass, "__mod__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		return th.bytesPercent(string(self.(Bytes)), args[0])
	})
	addWrapper(BytesClass, "__rmod__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		f, ok := args[0].(Bytes)
		if !ok {
			return NotImplemented, nil
		}
		return th.bytesPercent(string(f), self)
	})
}

// bytesPercent is bytes % args.
func (th *Thread) bytesPercent(format string, args Value) (Value, error) {
	s, err := pyfmt.PercentBytes(format, bytesPercentArgs{percentArgs{th: th, v: args}})
	if err != nil {
		return nil, fromPyfmt(err)
	}
	return Bytes(s), nil
}

// bytesPercentArgs is the right operand of bytes % args: keys are bytes,
// and neither bytes nor str is a mapping.
type bytesPercentArgs struct{ percentArgs }

func (a bytesPercentArgs) Item(i int) pyfmt.PercentValue {
	return bytesPercentValue{a.percentArgs.Item(i).(percentValue)}
}

func (a bytesPercentArgs) Mapping() bool {
	switch a.v.(type) {
	case Bytes, Str:
		return false
	}
	return a.percentArgs.Mapping()
}

func (a bytesPercentArgs) Lookup(key string) (pyfmt.PercentValue, error) {
	v, err := a.th.GetItem(a.v, Bytes(key))
	if err != nil {
		return nil, err
	}
	return bytesPercentValue{percentValue{th: a.th, v: v}}, nil
}

// bytesPercentValue is a value converted by bytes % args.
type bytesPercentValue struct{ percentValue }

// Bytes implements pyfmt.PercentBytesValue: bytes, or __bytes__.
func (p bytesPercentValue) Bytes() (string, bool, error) {
	switch x := p.v.(type) {
	case Bytes:
		return string(x), true, nil
	case *Instance:
		if m := x.cls.Lookup("__bytes__"); m != nil {
			r, err := p.th.CallValue(m, []Value{x}, nil)
			if err != nil {
				return "", false, err
			}
			b, ok := r.(Bytes)
			if !ok {
				return "", false, p.th.TypeError("__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			return string(b), true, nil
		}
	}
	return "", false, nil
}
