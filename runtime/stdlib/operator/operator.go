// Package operator is Python's operator module for the hfc VM: the
// operators as functions, and itemgetter, attrgetter and methodcaller.
package operator

import (
	"math"
	"math/big"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "operator"

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		m := map[string]vm.Value{
			"itemgetter":   itemGetterClass,
			"attrgetter":   attrGetterClass,
			"methodcaller": methodCallerClass,
		}
		fn := func(name string, f vm.BuiltinFunc) {
			b := vm.NewBuiltin(name, f)
			m[name] = b
			if n := strings.TrimSuffix(name, "_"); n != "is" && n != "is_not" && n != "truth" && n != "concat" && n != "countOf" && n != "indexOf" && n != "length_hint" {
				m["__"+n+"__"] = b
			}
		}
		for name, op := range map[string]bytecode.BinaryOp{
			"add": bytecode.OpAdd, "sub": bytecode.OpSub, "mul": bytecode.OpMul, "truediv": bytecode.OpTrueDiv,
			"floordiv": bytecode.OpFloorDiv, "mod": bytecode.OpMod, "pow": bytecode.OpPow, "and_": bytecode.OpAnd,
			"or_": bytecode.OpOr, "xor": bytecode.OpXor, "lshift": bytecode.OpLShift, "rshift": bytecode.OpRShift,
			"matmul": bytecode.OpMatMul,
		} {
			op := op
			fn(name, binary(name, op))
			iname := "i" + strings.TrimSuffix(name, "_")
			fn(iname, binary(iname, op|bytecode.InPlace))
		}
		for name, op := range map[string]bytecode.CompareOp{
			"lt": bytecode.CmpLT, "le": bytecode.CmpLE, "eq": bytecode.CmpEQ, "ne": bytecode.CmpNE, "gt": bytecode.CmpGT, "ge": bytecode.CmpGE,
		} {
			op := op
			name := name
			fn(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.PositionalArgs(name, args, kwnames, 2, 2); err != nil {
					return nil, err
				}
				return th.Compare(op, args[0], args[1])
			})
		}
		for name, op := range map[string]bytecode.Opcode{"neg": bytecode.UNARY_NEGATIVE, "pos": bytecode.UNARY_POSITIVE, "invert": bytecode.UNARY_INVERT, "inv": bytecode.UNARY_INVERT} {
			op := op
			name := name
			fn(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.PositionalArgs(name, args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				return th.Unary(op, args[0])
			})
		}
		unary := func(name string, f func(th *vm.Thread, v vm.Value) (vm.Value, error)) {
			fn(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.PositionalArgs(name, args, kwnames, 1, 1); err != nil {
					return nil, err
				}
				return f(th, args[0])
			})
		}
		two := func(name string, f func(th *vm.Thread, a, b vm.Value) (vm.Value, error)) {
			fn(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.PositionalArgs(name, args, kwnames, 2, 2); err != nil {
					return nil, err
				}
				return f(th, args[0], args[1])
			})
		}
		unary("not_", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
			t, err := th.Truth(v)
			return vm.MakeBool(!t), err
		})
		unary("truth", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
			t, err := th.Truth(v)
			return vm.MakeBool(t), err
		})
		unary("index", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
			switch v.(type) {
			case vm.Int, vm.BigInt:
				return v, nil
			case vm.Bool:
				n, _ := vm.AsInt64(v)
				return vm.MakeInt(n), nil
			}
			n, err := th.Index(v)
			if err != nil {
				if e, ok := err.(*vm.Exception); ok && e.Matches(vm.TypeErrorClass) {
					return nil, th.TypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
				}
				return nil, err
			}
			return vm.MakeInt(n), nil
		})
		unary("abs", absolute)
		two("is_", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) { return vm.MakeBool(vm.Is(a, b)), nil })
		two("is_not", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) { return vm.MakeBool(!vm.Is(a, b)), nil })
		two("contains", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) {
			ok, err := th.Contains(a, b)
			return vm.MakeBool(ok), err
		})
		two("getitem", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) { return th.GetItem(a, b) })
		two("delitem", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) { return vm.None, th.DelItem(a, b) })
		fn("setitem", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.PositionalArgs("setitem", args, kwnames, 3, 3); err != nil {
				return nil, err
			}
			return vm.None, th.SetItem(args[0], args[1], args[2])
		})
		for _, name := range []string{"concat", "iconcat"} {
			op := bytecode.OpAdd
			if name == "iconcat" {
				op |= bytecode.InPlace
			}
			two(name, func(th *vm.Thread, a, b vm.Value) (vm.Value, error) {
				if !isSequence(a) {
					return nil, th.TypeError("'%s' object can't be concatenated", a.Type().Name)
				}
				return th.Binary(op, a, b)
			})
		}
		two("countOf", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) {
			n := int64(0)
			err := th.ForEach(a, func(v vm.Value) error {
				eq, err := th.Equal(v, b)
				if eq {
					n++
				}
				return err
			})
			return vm.MakeInt(n), err
		})
		two("indexOf", func(th *vm.Thread, a, b vm.Value) (vm.Value, error) {
			it, err := th.Iter(a)
			if err != nil {
				return nil, err
			}
			for i := int64(0); ; i++ {
				v, err := it.Next(th)
				if err != nil {
					return nil, err
				}
				if v == nil {
					return nil, th.ValueError("sequence.index(x): x not in sequence")
				}
				if eq, err := th.Equal(v, b); err != nil || eq {
					return vm.MakeInt(i), err
				}
			}
		})
		fn("length_hint", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.PositionalArgs("length_hint", args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			if n, err := th.Len(args[0]); err == nil {
				return vm.MakeInt(int64(n)), nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return vm.MakeInt(0), nil
		})
		fn("call", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if len(args)-len(kwnames) < 1 {
				return nil, th.TypeError("call() missing 1 required positional argument: 'obj'")
			}
			return th.CallValue(args[0], args[1:], kwnames)
		})
		return vm.NewGoModule(module, m)
	})
}

func binary(name string, op bytecode.BinaryOp) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.PositionalArgs(name, args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		return th.Binary(op, args[0], args[1])
	}
}

// isSequence reports whether v supports concatenation (has __getitem__).
func isSequence(v vm.Value) bool {
	switch v.(type) {
	case vm.Str, vm.Bytes, vm.Tuple, *vm.List, *vm.TupleSub:
		return true
	case *vm.Dict:
		return false
	}
	return v.Type().Lookup("__getitem__") != nil
}

// absolute is abs(v).
func absolute(th *vm.Thread, v vm.Value) (vm.Value, error) {
	switch x := v.(type) {
	case vm.Int:
		if x == math.MinInt64 {
			return vm.MakeBigInt(new(big.Int).Neg(big.NewInt(int64(x)))), nil
		}
		if x < 0 {
			return -x, nil
		}
		return x, nil
	case vm.Bool:
		n, _ := vm.AsInt64(x)
		return vm.MakeInt(n), nil
	case vm.BigInt:
		return vm.MakeBigInt(new(big.Int).Abs(x.Big())), nil
	case vm.Float:
		return vm.Float(math.Abs(float64(x))), nil
	}
	if m := v.Type().Lookup("__abs__"); m != nil {
		return th.CallValue(m, []vm.Value{v}, nil)
	}
	return nil, th.TypeError("bad operand type for abs(): '%s'", v.Type().Name)
}
