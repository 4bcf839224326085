package vm

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// The special methods of str and bytes as class attributes (str.__len__,
// 'a'.__add__ …), for code that calls them explicitly. The operators do not
// go through them: the VM's fast paths implement the same behaviour.

// addWrapper adds a special method with CPython's slot-wrapper checks:
// exactly nargs positional arguments, no keywords.
func addWrapper(c *Class, name string, nargs int, fn func(th *Thread, self Value, args []Value) (Value, error)) {
	c.Dict.Set(name, &Method{Name: name, Class: c, slot: true, Fn: func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, th.TypeError("wrapper %s() takes no keyword arguments", name)
		}
		if len(args) != nargs {
			return nil, th.TypeError("expected %d argument%s, got %d", nargs, plural(nargs), len(args))
		}
		return fn(th, self, args)
	}})
}

// addSequenceDunders adds the special methods that str and bytes share.
func addSequenceDunders(c *Class) {
	c.Dict.Set("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args)-len(kwnames) < 1 {
			return nil, th.TypeError("%s.__new__(): not enough arguments", c.Name)
		}
		sub, ok := args[0].(*Class)
		if !ok {
			return nil, th.TypeError("%s.__new__(X): X is not a type object (%s)", c.Name, args[0].Type().Name)
		}
		if !sub.IsSubclass(c) {
			return nil, th.TypeError("%s.__new__(%s): %s is not a subtype of %s", c.Name, sub.Name, sub.Name, c.Name)
		}
		return c.new(th, sub, args[1:], kwnames)
	})})
	addWrapper(c, "__len__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		n, err := th.Len(self)
		return MakeInt(int64(n)), err
	})
	addWrapper(c, "__contains__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		ok, err := th.Contains(self, args[0])
		return MakeBool(ok), err
	})
	addWrapper(c, "__getitem__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		return th.GetItem(self, args[0])
	})
	for _, name := range []string{"__mul__", "__rmul__"} {
		addWrapper(c, name, 1, func(th *Thread, self Value, args []Value) (Value, error) {
			n, err := th.sizeArg(args[0])
			if err != nil {
				return nil, err
			}
			return th.builtinBinary(bytecode.OpMul, self, MakeInt(int64(n)))
		})
	}
	for _, op := range []bytecode.CompareOp{bytecode.CmpLT, bytecode.CmpLE, bytecode.CmpEQ, bytecode.CmpNE, bytecode.CmpGT, bytecode.CmpGE} {
		op := op
		addWrapper(c, op.Dunder(), 1, func(th *Thread, self Value, args []Value) (Value, error) {
			if args[0].Type() != c {
				return NotImplemented, nil
			}
			return th.builtinCompare(op, self, args[0])
		})
	}
	addWrapper(c, "__hash__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		h, err := th.Hash(self)
		return MakeInt(h), err
	})
	addWrapper(c, "__iter__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		return th.Iter(self)
	})
	addWrapper(c, "__repr__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		s, err := th.Repr(self)
		return Str(s), err
	})
	addWrapper(c, "__str__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		s, err := th.Str(self)
		return Str(s), err
	})
	addMethod(c, "__getnewargs__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs(c.Name+".__getnewargs__", args, kwnames, 0); err != nil {
			return nil, err
		}
		return Tuple{self}, nil
	})
}

func init() {
	addSequenceDunders(StrClass)
	addWrapper(StrClass, "__add__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		if _, ok := args[0].(Str); !ok {
			return nil, th.TypeError("can only concatenate str (not \"%s\") to str", args[0].Type().Name)
		}
		return th.builtinBinary(bytecode.OpAdd, self, args[0])
	})
	addWrapper(StrClass, "__mod__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		return th.percentFormat(string(self.(Str)), args[0])
	})
	addWrapper(StrClass, "__rmod__", 1, func(th *Thread, self Value, args []Value) (Value, error) {
		f, ok := args[0].(Str)
		if !ok {
			return NotImplemented, nil
		}
		return th.percentFormat(string(f), self)
	})
	addMethod(StrClass, "__format__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("str.__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		spec, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("__format__() argument must be str, not %s", argTypeName(args[0]))
		}
		s, err := pyfmt.FormatStr(string(self.(Str)), string(spec))
		return Str(s), fromPyfmt(err)
	})
}
