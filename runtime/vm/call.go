package vm

// CallValue calls f with positional arguments followed by keyword values
// named by kwnames. args is not kept.
func (th *Thread) CallValue(f Value, args []Value, kwnames []string) (Value, error) {
	switch fn := f.(type) {
	case *Function:
		return th.callFunction(fn, args, kwnames)
	case *Builtin:
		return fn.Fn(th, args, kwnames)
	case *BoundMethod:
		full := make([]Value, len(args)+1)
		full[0] = fn.Self
		copy(full[1:], args)
		if m, ok := fn.Func.(*Method); ok {
			return m.Fn(th, methodSelf(m, fn.Self), full[1:], kwnames)
		}
		return th.CallValue(fn.Func, full, kwnames)
	case *Method:
		return fn.Call(th, args, kwnames)
	case *Class:
		return th.callClass(fn, args, kwnames)
	case *StaticMethod:
		return th.CallValue(fn.Func, args, kwnames)
	case *Instance:
		if m := fn.cls.Lookup("__call__"); m != nil {
			full := make([]Value, len(args)+1)
			full[0] = fn
			copy(full[1:], args)
			return th.CallValue(m, full, kwnames)
		}
	case Callable:
		return fn.Call(th, args, kwnames)
	}
	return nil, th.TypeError("'%s' object is not callable", f.Type().Name)
}

// Call calls f with positional arguments only.
func (th *Thread) Call(f Value, args ...Value) (Value, error) {
	return th.CallValue(f, args, nil)
}

// IsCallable is Python's callable(v).
func IsCallable(v Value) bool {
	switch x := v.(type) {
	case *Function, *Builtin, *BoundMethod, *Method, *Class, *StaticMethod:
		return true
	case *Instance:
		return x.cls.Lookup("__call__") != nil
	case Callable:
		return true
	}
	return false
}

// callFunction runs a Python function in a new frame (or makes a generator).
func (th *Thread) callFunction(fn *Function, args []Value, kwnames []string) (Value, error) {
	code := fn.Code
	if code.Flags&flagGenerator != 0 {
		return th.newGenerator(fn, args, kwnames)
	}
	if th.depth >= th.maxDepth() {
		return nil, th.Raise(RecursionErrorClass, "maximum recursion depth exceeded")
	}
	slots := th.allocSlots(code.nslots)
	locals := slots[:len(code.Locals)]
	if kwnames == nil && code.simpleArgs && len(args) == code.ArgCount {
		for i, a := range args {
			locals[i] = a
		}
		clearValues(locals[len(args):])
	} else {
		clearValues(locals)
		if err := th.bindArgs(fn, args, kwnames, locals); err != nil {
			th.freeSlots(slots)
			return nil, err
		}
	}
	fr := th.newFrame()
	fr.reset(code, fn, fn.Module, locals, slots, th.frame)
	if code.ncells > 0 {
		th.initCells(fr, fn)
	}
	th.depth++
	th.frame = fr
	r, err := th.run(fr)
	th.frame = fr.Back
	th.depth--
	th.freeSlots(slots)
	return r, err
}

// initCells makes the cells of a frame: new cells for its own captured
// variables (initialised from parameters when they are ones), then the
// function's closure.
func (th *Thread) initCells(fr *Frame, fn *Function) {
	code := fr.Code
	cells := make([]*Cell, code.ncells)
	for i := range code.Cells {
		c := &Cell{}
		if p := code.CellParams[i]; p >= 0 {
			c.V = fr.Locals[p]
		}
		cells[i] = c
	}
	if fn != nil {
		copy(cells[len(code.Cells):], fn.Closure)
	}
	fr.Cells = cells
}

// callClass instantiates a class (type.__call__).
func (th *Thread) callClass(c *Class, args []Value, kwnames []string) (Value, error) {
	if c == TypeClass && len(args) == 1 && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	if c.flags&classAbstract != 0 {
		return nil, th.TypeError("cannot create '%s' instances", c.QualName)
	}
	if c.new != nil && !c.IsUser() {
		return c.new(th, c, args, kwnames)
	}
	var obj Value
	if nm, ok := c.Lookup("__new__").(*StaticMethod); ok && c.IsUser() && nm != objectNew {
		full := make([]Value, len(args)+1)
		full[0] = c
		copy(full[1:], args)
		r, err := th.CallValue(nm.Func, full, kwnames)
		if err != nil {
			return nil, err
		}
		if !r.Type().IsSubclass(c) {
			return r, nil
		}
		obj = r
	} else if c.IsException() {
		npos := len(args) - len(kwnames)
		obj = &Exception{cls: c, Args: append(Tuple(nil), args[:npos]...)}
	} else if c.new != nil && c.Base != ObjectClass && !c.Base.IsUser() {
		return nil, th.Raise(NotImplementedErrorClass, "subclassing the built-in type '%s' is not supported by hfc", c.Base.Name)
	} else {
		obj = NewInstance(c)
	}
	init := c.Lookup("__init__")
	if m, ok := init.(*Method); ok && (m.Class == ObjectClass || m.Class == BaseExceptionClass) {
		if m.Class == ObjectClass && len(args) > 0 {
			if nm, _ := c.Lookup("__new__").(*StaticMethod); nm == nil || nm == objectNew {
				return nil, th.TypeError("%s() takes no arguments", c.QualName)
			}
		}
		if len(kwnames) > 0 && m.Class == BaseExceptionClass {
			return nil, th.TypeError("%s() takes no keyword arguments", c.QualName)
		}
		return obj, nil
	}
	full := make([]Value, len(args)+1)
	full[0] = obj
	copy(full[1:], args)
	r, err := th.CallValue(init, full, kwnames)
	if err != nil {
		return nil, err
	}
	if !Is(r, None) {
		return nil, th.TypeError("__init__() should return None, not '%s'", r.Type().Name)
	}
	return obj, nil
}
