package tmpl

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The tests of jinja2/tests.py.
func init() {
	defTest("test_odd(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return modEquals(th, c.args[0], vm.MakeInt(2), 1)
	}, "odd")
	defTest("test_even(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return modEquals(th, c.args[0], vm.MakeInt(2), 0)
	}, "even")
	defTest("test_divisibleby(value, num)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return modEquals(th, c.args[0], c.args[1], 0)
	}, "divisibleby")
	defTest("test_defined(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		_, undef := c.args[0].(*vm.Undefined)
		return vm.MakeBool(!undef), nil
	}, "defined")
	defTest("test_undefined(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		_, undef := c.args[0].(*vm.Undefined)
		return vm.MakeBool(undef), nil
	}, "undefined")
	defTest("test_filter(^env, value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return inRegistry(th, c.args[0], (*Environment).Filter)
	}, "filter")
	defTest("test_test(^env, value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return inRegistry(th, c.args[0], (*Environment).Test)
	}, "test")
	defTest("test_none(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(isNone(c.args[0])), nil
	}, "none")
	defTest("test_boolean(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		_, ok := c.args[0].(vm.Bool)
		return vm.MakeBool(ok), nil
	}, "boolean")
	defTest("test_false(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(vm.Is(c.args[0], vm.False)), nil
	}, "false")
	defTest("test_true(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(vm.Is(c.args[0], vm.True)), nil
	}, "true")
	defTest("test_integer(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		v := c.args[0]
		if _, ok := v.(vm.Bool); ok {
			return vm.False, nil
		}
		return vm.MakeBool(v.Type().IsSubclass(vm.IntClass)), nil
	}, "integer")
	defTest("test_float(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(c.args[0].Type().IsSubclass(vm.FloatClass)), nil
	}, "float")
	defTest("test_lower(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return strPredicate(th, c.args[0], "islower")
	}, "lower")
	defTest("test_upper(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return strPredicate(th, c.args[0], "isupper")
	}, "upper")
	defTest("test_string(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(c.args[0].Type().IsSubclass(vm.StrClass)), nil
	}, "string")
	defTest("test_mapping(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(isMapping(c.args[0])), nil
	}, "mapping")
	defTest("test_number(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		t := c.args[0].Type()
		return vm.MakeBool(t.IsSubclass(vm.IntClass) || t.IsSubclass(vm.FloatClass)), nil
	}, "number")
	defTest("test_sequence(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		v := c.args[0]
		if _, err := th.Len(v); err != nil {
			return vm.False, nil
		}
		if _, ok := v.(*vm.Undefined); ok {
			return vm.True, nil // Undefined defines __getitem__
		}
		if _, err := th.GetAttr(v, "__getitem__"); err != nil {
			return vm.False, nil
		}
		return vm.True, nil
	}, "sequence")
	defTest("test_sameas(value, other)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(vm.Is(c.args[0], c.args[1])), nil
	}, "sameas")
	defTest("test_iterable(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		if _, err := th.Iter(c.args[0]); err != nil {
			if isExc(err, vm.TypeErrorClass) {
				return vm.False, nil
			}
			return nil, err
		}
		return vm.True, nil
	}, "iterable")
	defTest("test_escaped(value)", func(th *vm.Thread, c *call) (vm.Value, error) {
		return vm.MakeBool(hasHTML(c.args[0])), nil
	}, "escaped")
	defTest("test_in(value, seq)", func(th *vm.Thread, c *call) (vm.Value, error) {
		ok, err := th.Contains(c.args[1], c.args[0])
		return vm.MakeBool(ok), err
	}, "in")
	builtinTests["callable"] = builtin("callable")
	for _, op := range []struct {
		fn    string
		op    bytecode.CompareOp
		names []string
	}{
		{"eq", bytecode.CmpEQ, []string{"==", "eq", "equalto"}},
		{"ne", bytecode.CmpNE, []string{"!=", "ne"}},
		{"gt", bytecode.CmpGT, []string{">", "gt", "greaterthan"}},
		{"ge", bytecode.CmpGE, []string{">=", "ge"}},
		{"lt", bytecode.CmpLT, []string{"<", "lt", "lessthan"}},
		{"le", bytecode.CmpLE, []string{"<=", "le"}},
	} {
		op := op
		f := vm.NewBuiltin(op.fn, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if len(kwnames) > 0 {
				return nil, th.TypeError("_operator.%s() takes no keyword arguments", op.fn)
			}
			if err := th.PositionalArgs(op.fn, args, nil, 2, 2); err != nil {
				return nil, err
			}
			return th.Compare(op.op, args[0], args[1])
		})
		for _, n := range op.names {
			builtinTests[n] = f
		}
	}
}

// modEquals is value % num == want.
func modEquals(th *vm.Thread, value, num vm.Value, want int64) (vm.Value, error) {
	r, err := th.Binary(bytecode.OpMod, value, num)
	if err != nil {
		return nil, err
	}
	eq, err := th.Equal(r, vm.MakeInt(want))
	return vm.MakeBool(eq), err
}

// strPredicate is str(value).name() (islower, isupper).
func strPredicate(th *vm.Thread, value vm.Value, name string) (vm.Value, error) {
	s, err := th.Str(value)
	if err != nil {
		return nil, err
	}
	return callMethod(th, vm.Str(s), name, nil, nil)
}

// inRegistry is `value in env.filters` (or tests).
func inRegistry(th *vm.Thread, value vm.Value, lookup func(*Environment, string) (vm.Value, bool)) (vm.Value, error) {
	if !isStr(value) {
		if _, err := th.Hash(value); err != nil {
			return nil, err
		}
		return vm.False, nil
	}
	env := envOf(th)
	if env == nil {
		return vm.False, nil
	}
	_, ok := lookup(env, strOf(value))
	return vm.MakeBool(ok), nil
}
