package vm

// The methods and attributes of generators (__iter__ and __next__ are
// added with those of the other iterators, in iterators.go).
func init() {
	GeneratorClass.attr = func(v Value, name string) (Value, bool) {
		g := v.(*Generator)
		switch name {
		case "__name__":
			return Str(g.fn.Name), true
		case "__qualname__":
			return Str(g.fn.QualName), true
		case "gi_running":
			return MakeBool(g.running), true
		case "gi_code":
			return g.fn.Code, true
		}
		return nil, false
	}
	addMethod(GeneratorClass, "send", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("generator.send", args, kwnames, 1); err != nil {
			return nil, err
		}
		return self.(*Generator).Send(th, args[0])
	})
	addMethod(GeneratorClass, "throw", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("throw", kwnames); err != nil {
			return nil, err
		}
		if err := th.posArgs("throw", args, nil, 1, 3); err != nil {
			return nil, err
		}
		exc, err := th.throwArgs(args)
		if err != nil {
			return nil, err
		}
		return self.(*Generator).Throw(th, exc)
	})
	addMethod(GeneratorClass, "close", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("generator.close", args, kwnames, 0); err != nil {
			return nil, err
		}
		return None, self.(*Generator).Close(th)
	})
}

// throwArgs builds the exception of generator.throw(typ[, val[, tb]]).
func (th *Thread) throwArgs(args []Value) (*Exception, error) {
	typ := args[0]
	val := None
	if len(args) > 1 {
		val = args[1]
	}
	switch t := typ.(type) {
	case *Exception:
		if !Is(val, None) {
			return nil, th.TypeError("instance exception may not have a separate value")
		}
		return t, nil
	case *Class:
		if !t.IsException() {
			break
		}
		if e, ok := val.(*Exception); ok && e.cls.IsSubclass(t) {
			return e, nil
		}
		var cargs []Value
		switch v := val.(type) {
		case NoneType:
		case Tuple:
			cargs = v
		default:
			cargs = []Value{v}
		}
		r, err := th.callClass(t, cargs, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := r.(*Exception); ok {
			return e, nil
		}
		return nil, th.TypeError("calling %s should have returned an instance of BaseException, not %s", t.Name, r.Type().Name)
	}
	return nil, th.TypeError("exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
}
