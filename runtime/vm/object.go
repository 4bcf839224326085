package vm

import "github.com/hyperflask/hfc/compiler/bytecode"

// objectNew is object.__new__.
var objectNew *StaticMethod

// Methods of object, type and BaseException, and the constructors of the
// classes that have no file of their own.
func init() {
	addMethod(ObjectClass, "__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, nil
	})
	addMethod(ObjectClass, "__repr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return Str(defaultRepr(self)), nil
	})
	addMethod(ObjectClass, "__str__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		s, err := th.Repr(self)
		return Str(s), err
	})
	addMethod(ObjectClass, "__eq__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__eq__", args, kwnames, 1); err != nil {
			return nil, err
		}
		if Is(self, args[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	addMethod(ObjectClass, "__ne__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__ne__", args, kwnames, 1); err != nil {
			return nil, err
		}
		r, err := th.Compare(bytecode.CmpEQ, self, args[0])
		if err != nil || Is(r, NotImplemented) {
			return r, err
		}
		t, err := th.Truth(r)
		return MakeBool(!t), err
	})
	addMethod(ObjectClass, "__hash__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return MakeInt(identityHashOf(self)), nil
	})
	addMethod(ObjectClass, "__setattr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__setattr__", args, kwnames, 2); err != nil {
			return nil, err
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[0].Type().Name)
		}
		switch x := self.(type) {
		case *Instance:
			return None, th.genericSetAttr(x, x.cls, &x.Dict, string(name), args[1])
		case *Exception:
			return None, th.genericSetAttr(x, x.cls, &x.Dict, string(name), args[1])
		case *TupleSub:
			return None, th.genericSetAttr(x, x.cls, &x.Dict, string(name), args[1])
		case *Dict:
			if x.sub != nil {
				return None, th.genericSetAttr(x, x.sub.cls, &x.sub.attrs, string(name), args[1])
			}
		}
		return None, th.SetAttr(self, string(name), args[1])
	})
	addMethod(ObjectClass, "__delattr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__delattr__", args, kwnames, 1); err != nil {
			return nil, err
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[0].Type().Name)
		}
		if x, ok := self.(*Instance); ok {
			if ok, err := x.Dict.Delete(th, name); ok || err != nil {
				return None, err
			}
			return nil, th.attributeError(self, string(name))
		}
		return None, th.DelAttr(self, string(name))
	})
	addMethod(ObjectClass, "__getattribute__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__getattribute__", args, kwnames, 1); err != nil {
			return nil, err
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[0].Type().Name)
		}
		switch x := self.(type) {
		case *Instance:
			return th.genericGetAttr(x, x.cls, x.Dict, string(name))
		case *Exception:
			if x.cls.flags&classGetattribute != 0 {
				return th.genericGetAttr(x, x.cls, x.Dict, string(name))
			}
		}
		return th.GetAttr(self, string(name))
	})
	addMethod(ObjectClass, "__format__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		spec, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("__format__() argument must be str, not %s", args[0].Type().Name)
		}
		if spec != "" {
			return nil, th.TypeError("unsupported format string passed to %s.__format__", self.Type().Name)
		}
		s, err := th.Str(self)
		return Str(s), err
	})
	ObjectClass.Dict.Set("__init_subclass__", &ClassMethod{Func: NewBuiltin("__init_subclass__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			name := "object"
			if c, ok := args[0].(*Class); ok {
				name = c.Name
			}
			return nil, th.TypeError("%s.__init_subclass__() takes no keyword arguments", name)
		}
		return None, nil
	})})
	objectNew = &StaticMethod{Func: NewBuiltin("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 {
			return nil, th.TypeError("object.__new__(): not enough arguments")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, th.TypeError("object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if c.IsException() {
			return &Exception{cls: c, Args: append(Tuple(nil), args[1:len(args)-len(kwnames)]...)}, nil
		}
		if c.new != nil && !c.IsUser() {
			return nil, th.TypeError("object.__new__(%s) is not safe, use %s.__new__()", c.Name, c.Name)
		}
		return NewInstance(c), nil
	})}
	ObjectClass.Dict.Set("__new__", objectNew)
	ObjectClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 {
			return nil, th.TypeError("object() takes no arguments")
		}
		return NewInstance(cls), nil
	}

	addMethod(BaseExceptionClass, "__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs(self.Type().Name, kwnames); err != nil {
			return nil, err
		}
		if e, ok := self.(*Exception); ok {
			e.Args = append(Tuple(nil), args...)
		}
		return None, nil
	})
	addMethod(BaseExceptionClass, "__str__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return Str(self.(*Exception).Message()), nil
	})
	addMethod(BaseExceptionClass, "__repr__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		e := self.(*Exception)
		s, err := th.Repr(&Exception{cls: e.cls, Args: e.Args})
		return Str(s), err
	})
	addMethod(BaseExceptionClass, "with_traceback", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("with_traceback", args, kwnames, 1); err != nil {
			return nil, err
		}
		return self, th.setTraceback(self.(*Exception), args[0])
	})
	addMethod(BaseExceptionClass, "add_note", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("add_note", args, kwnames, 1); err != nil {
			return nil, err
		}
		note, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("note must be a str, not '%s'", args[0].Type().Name)
		}
		e := self.(*Exception)
		notes, err := th.GetAttr(e, "__notes__")
		if err != nil {
			l := NewList(nil)
			if err := th.SetAttr(e, "__notes__", l); err != nil {
				return nil, err
			}
			notes = l
		}
		if l, ok := notes.(*List); ok {
			l.Elems = append(l.Elems, note)
		}
		return None, nil
	})

	TypeClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		if npos == 1 && len(kwnames) == 0 {
			return args[0].Type(), nil
		}
		if npos != 3 {
			return nil, th.TypeError("type() takes 1 or 3 arguments")
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, th.TypeError("type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
		}
		bases, ok := args[1].(Tuple)
		if !ok {
			return nil, th.TypeError("type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
		}
		d, ok := args[2].(*Dict)
		if !ok {
			return nil, th.TypeError("type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
		}
		var base *Class
		switch len(bases) {
		case 0:
		case 1:
			if base, ok = bases[0].(*Class); !ok {
				return nil, th.TypeError("bases must be types")
			}
		default:
			return nil, th.Raise(NotImplementedErrorClass, "multiple inheritance is not supported by hfc")
		}
		ns := NewStrDict()
		for _, e := range d.entries {
			if e.key == nil {
				continue
			}
			k, ok := e.key.(Str)
			if !ok {
				return nil, th.TypeError("type() namespace keys must be strings")
			}
			ns.Set(string(k), e.val)
		}
		module := "__main__"
		if th.frame != nil && th.frame.Module != nil {
			module = th.frame.Module.Name
		}
		return NewClass(th, string(name), string(name), module, base, ns)
	}
	addMethod(TypeClass, "mro", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		c := self.(*Class)
		l := make([]Value, len(c.MRO))
		for i, k := range c.MRO {
			l[i] = k
		}
		return NewList(l), nil
	})
}
