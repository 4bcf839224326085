package vm

// GetAttr is Python's getattr(v, name).
func (th *Thread) GetAttr(v Value, name string) (Value, error) {
	switch x := v.(type) {
	case *Instance:
		return th.instanceGetAttr(x, x.cls, x.Dict, name)
	case *Module:
		if r, ok := x.Global(name); ok {
			return r, nil
		}
		if name == "__dict__" {
			return th.moduleDict(x), nil
		}
		if m, ok := x.Global("__getattr__"); ok {
			return th.CallValue(m, []Value{Str(name)}, nil)
		}
		return nil, th.attributeError(v, name)
	case *Class:
		return th.classGetAttr(x, name)
	case *Exception:
		switch name {
		case "args":
			return x.Args, nil
		case "__cause__":
			return excOrNone(x.Cause), nil
		case "__context__":
			return excOrNone(x.Context), nil
		case "__suppress_context__":
			return MakeBool(x.SuppressContext), nil
		case "__traceback__":
			return tracebackOf(x), nil
		case "__dict__":
			if x.Dict == nil {
				x.Dict = NewDict(0)
			}
			return x.Dict, nil
		}
		if v, ok := excAttr(x, name); ok {
			return v, nil
		}
		return th.instanceGetAttr(x, x.cls, x.Dict, name)
	case *Function:
		return th.functionGetAttr(x, name)
	case *Dict:
		if x.sub != nil {
			return th.instanceGetAttr(x, x.sub.cls, x.sub.attrs, name)
		}
	}
	cls := v.Type()
	if name == "__class__" {
		return cls, nil
	}
	// Values with their own attributes (super(), module-level objects of
	// the runtime) answer first; what they do not know falls back to their
	// class.
	if g, ok := v.(interface {
		GetAttr(th *Thread, name string) (Value, bool, error)
	}); ok {
		r, found, err := g.GetAttr(th, name)
		if err != nil || found {
			return r, err
		}
	}
	if cls.attr != nil {
		if r, ok := cls.attr(v, name); ok {
			return r, nil
		}
	}
	if a := cls.Lookup(name); a != nil {
		return th.bindClassAttr(a, v, cls)
	}
	return nil, th.attributeError(v, name)
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// excAttr returns the attributes that some exception classes derive from
// their arguments.
func excAttr(e *Exception, name string) (Value, bool) {
	if v, ok := unicodeErrorAttr(e, name); ok {
		return v, true
	}
	switch {
	case name == "value" && e.cls.IsSubclass(StopIterationClass):
		if len(e.Args) > 0 {
			return e.Args[0], true
		}
		return None, true
	case name == "name" && (e.cls.IsSubclass(NameErrorClass) || e.cls.IsSubclass(AttributeErrorClass)):
		switch info := e.Payload.(type) {
		case *nameErrorInfo:
			return Str(info.name), true
		case *attrErrorInfo:
			return Str(info.name), true
		}
		return None, true
	case name == "obj" && e.cls.IsSubclass(AttributeErrorClass):
		if info, ok := e.Payload.(*attrErrorInfo); ok {
			return info.obj, true
		}
		return None, true
	case name == "code" && e.cls.IsSubclass(SystemExitClass):
		switch len(e.Args) {
		case 0:
			return None, true
		case 1:
			return e.Args[0], true
		}
		return e.Args, true
	}
	return nil, false
}

func (th *Thread) attributeError(v Value, name string) error {
	var e *Exception
	switch x := v.(type) {
	case *Module:
		e = th.Raise(AttributeErrorClass, "module '%s' has no attribute '%s'", x.Name, name)
	case *Class:
		e = th.Raise(AttributeErrorClass, "type object '%s' has no attribute '%s'", x.Name, name)
	default:
		e = th.Raise(AttributeErrorClass, "'%s' object has no attribute '%s'", v.Type().Name, name)
	}
	e.Payload = &attrErrorInfo{obj: v, name: name}
	return e
}

// instanceGetAttr is type(v).__getattribute__ (object's unless the class
// overrides it) followed, when it raises AttributeError, by __getattr__
// (CPython's slot_tp_getattr_hook).
func (th *Thread) instanceGetAttr(v Value, cls *Class, dict *Dict, name string) (Value, error) {
	var r Value
	var err error
	if cls.flags&classGetattribute != 0 {
		r, err = th.CallValue(cls.Lookup("__getattribute__"), []Value{v, Str(name)}, nil)
	} else {
		r, err = th.genericGetAttr(v, cls, dict, name)
	}
	if err != nil && isExc(err, AttributeErrorClass) {
		if g := cls.Lookup("__getattr__"); g != nil {
			return th.CallValue(g, []Value{v, Str(name)}, nil)
		}
	}
	return r, err
}

// genericGetAttr is object.__getattribute__ for instances of classes
// created by class statements (and exceptions): data descriptors, the
// instance dict, then other class attributes.
func (th *Thread) genericGetAttr(v Value, cls *Class, dict *Dict, name string) (Value, error) {
	if name == "__class__" {
		return cls, nil
	}
	if name == "__dict__" && dict != nil && cls.slots == nil && cls != ObjectClass {
		return dict, nil
	}
	a := cls.Lookup(name)
	if a != nil {
		switch d := a.(type) {
		case *Property:
			if Is(d.Get, None) || d.Get == nil {
				return nil, th.Raise(AttributeErrorClass, "property '%s' of '%s' object has no getter", name, cls.Name)
			}
			return th.CallValue(d.Get, []Value{v}, nil)
		case *Instance:
			if dc := d.cls; dc.Lookup("__get__") != nil && (dc.Lookup("__set__") != nil || dc.Lookup("__delete__") != nil) {
				return th.CallValue(dc.Lookup("__get__"), []Value{d, v, cls}, nil)
			}
		case DataDescriptor:
			return d.DescrGet(th, v, cls)
		}
	}
	if dict != nil {
		if r, ok := dict.GetStr(name); ok {
			return r, nil
		}
	}
	if a != nil {
		return th.bindClassAttr(a, v, cls)
	}
	return nil, th.attributeError(v, name)
}

// bindClassAttr turns a class attribute into what instance.attr returns.
func (th *Thread) bindClassAttr(a, v Value, cls *Class) (Value, error) {
	switch d := a.(type) {
	case *Function:
		return &BoundMethod{Self: v, Func: d}, nil
	case *Method:
		return &BoundMethod{Self: v, Func: d}, nil
	case *StaticMethod:
		return d.Func, nil
	case *ClassMethod:
		return &BoundMethod{Self: cls, Func: d.Func}, nil
	case *Property:
		return th.CallValue(d.Get, []Value{v}, nil)
	case *SlotMember:
		// A slot that was never assigned.
		return nil, th.attributeError(v, d.Name)
	case *Instance:
		if g := d.cls.Lookup("__get__"); g != nil {
			return th.CallValue(g, []Value{d, v, cls}, nil)
		}
	case Descriptor:
		return d.DescrGet(th, v, cls)
	}
	return a, nil
}

func (th *Thread) classGetAttr(c *Class, name string) (Value, error) {
	switch name {
	case "__name__":
		return Str(c.Name), nil
	case "__qualname__":
		return Str(c.QualName), nil
	case "__module__":
		if v, ok := c.Dict.Get("__module__"); ok {
			return v, nil
		}
		return Str(c.Module), nil
	case "__mro__":
		t := make(Tuple, len(c.MRO))
		for i, k := range c.MRO {
			t[i] = k
		}
		return t, nil
	case "__bases__":
		if c.Base == nil {
			return Tuple{}, nil
		}
		t := Tuple{c.Base}
		for _, m := range c.mixins {
			t = append(t, m)
		}
		return t, nil
	case "__base__":
		if c.Base == nil {
			return None, nil
		}
		return c.Base, nil
	case "__dict__":
		d := NewDict(c.Dict.Len())
		for _, k := range c.Dict.Keys() {
			v, _ := c.Dict.Get(k)
			d.SetStr(k, v)
		}
		return d, nil
	case "__class__":
		return TypeClass, nil
	case "__doc__":
		if v, ok := c.Dict.Get("__doc__"); ok {
			return v, nil
		}
		return None, nil
	}
	a := c.Lookup(name)
	if a == nil {
		if m := TypeClass.Lookup(name); m != nil {
			return th.bindClassAttr(m, c, TypeClass)
		}
		return nil, th.attributeError(c, name)
	}
	switch d := a.(type) {
	case *StaticMethod:
		return d.Func, nil
	case *ClassMethod:
		return &BoundMethod{Self: c, Func: d.Func}, nil
	case *Instance:
		if g := d.cls.Lookup("__get__"); g != nil {
			return th.CallValue(g, []Value{d, None, c}, nil)
		}
	case Descriptor:
		return d.DescrGet(th, nil, c)
	}
	return a, nil
}

func (th *Thread) functionGetAttr(f *Function, name string) (Value, error) {
	switch name {
	case "__name__":
		return Str(f.Name), nil
	case "__qualname__":
		return Str(f.QualName), nil
	case "__doc__":
		if f.Doc == nil {
			return None, nil
		}
		return f.Doc, nil
	case "__module__":
		if f.Dict != nil {
			if v, ok := f.Dict.GetStr("__module__"); ok {
				return v, nil
			}
		}
		if f.Module != nil {
			return Str(f.Module.Name), nil
		}
		return None, nil
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return None, nil
		}
		return f.Defaults, nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return f.KwDefaults, nil
	case "__dict__":
		if f.Dict == nil {
			f.Dict = NewDict(0)
		}
		return f.Dict, nil
	case "__annotations__":
		if f.Annotations == nil {
			f.Annotations = NewDict(0)
		}
		return f.Annotations, nil
	case "__class__":
		return FunctionClass, nil
	case "__code__":
		return f.Code, nil
	case "__closure__":
		if len(f.Closure) == 0 {
			return None, nil
		}
		t := make(Tuple, len(f.Closure))
		for i, c := range f.Closure {
			t[i] = c
		}
		return t, nil
	}
	if f.Dict != nil {
		if v, ok := f.Dict.GetStr(name); ok {
			return v, nil
		}
	}
	if a := FunctionClass.Lookup(name); a != nil {
		return th.bindClassAttr(a, f, FunctionClass)
	}
	return nil, th.attributeError(f, name)
}

func (th *Thread) moduleDict(m *Module) *Dict {
	d := NewDict(0)
	for _, n := range m.Names() {
		v, _ := m.Global(n)
		d.SetStr(n, v)
	}
	return d
}

// LoadMethod returns what a method call obj.name(…) calls: the function and
// the receiver to pass first, or (attribute, nil) when the attribute is not
// a plain method. It avoids allocating a bound method for the common case.
func (th *Thread) LoadMethod(v Value, name string) (Value, Value, error) {
	switch x := v.(type) {
	case *Instance:
		if x.cls.flags&classGetattribute != 0 {
			break
		}
		a := x.cls.Lookup(name)
		if fn, ok := a.(*Function); ok {
			if _, shadowed := x.Dict.GetStr(name); !shadowed {
				return fn, v, nil
			}
		}
	case *Module, *Class, *Exception, *Function, *Super:
	default:
		if _, custom := v.(interface {
			GetAttr(th *Thread, name string) (Value, bool, error)
		}); !custom {
			if m, ok := v.Type().Lookup(name).(*Method); ok {
				return m, v, nil
			}
		}
	}
	a, err := th.GetAttr(v, name)
	return a, nil, err
}

// SetAttr is Python's setattr(obj, name, v).
func (th *Thread) SetAttr(obj Value, name string, v Value) error {
	switch x := obj.(type) {
	case *Instance:
		return th.instanceSetAttr(x, x.cls, &x.Dict, name, v)
	case *Module:
		x.SetGlobal(name, v)
		return nil
	case *Class:
		if !x.IsUser() {
			return th.TypeError("cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		switch name {
		case "__name__":
			s, ok := v.(Str)
			if !ok {
				return th.TypeError("can only assign string to %s.__name__, not '%s'", x.Name, v.Type().Name)
			}
			x.Name = string(s)
			return nil
		case "__qualname__":
			s, ok := v.(Str)
			if !ok {
				return th.TypeError("can only assign string to %s.__qualname__, not '%s'", x.Name, v.Type().Name)
			}
			x.QualName = string(s)
			return nil
		}
		x.SetAttr(name, v)
		return nil
	case *Exception:
		switch name {
		case "args":
			t, err := th.ToTuple(v)
			if err != nil {
				return err
			}
			x.Args = t
			return nil
		case "__cause__":
			return th.setExcLink(&x.Cause, v, "exception cause must be None or derive from BaseException", func() { x.SuppressContext = true })
		case "__context__":
			return th.setExcLink(&x.Context, v, "exception context must be None or derive from BaseException", nil)
		case "__suppress_context__":
			t, err := th.Truth(v)
			x.SuppressContext = t
			return err
		case "__traceback__":
			return th.setTraceback(x, v)
		}
		return th.instanceSetAttr(x, x.cls, &x.Dict, name, v)
	case *Function:
		switch name {
		case "__name__":
			if s, ok := v.(Str); ok {
				x.Name = string(s)
				return nil
			}
			return th.TypeError("__name__ must be set to a string object")
		case "__qualname__":
			if s, ok := v.(Str); ok {
				x.QualName = string(s)
				return nil
			}
			return th.TypeError("__qualname__ must be set to a string object")
		case "__doc__":
			x.Doc = v
			return nil
		case "__defaults__":
			t, err := th.ToTuple(v)
			x.Defaults = t
			return err
		case "__annotations__":
			d, ok := v.(*Dict)
			if !ok {
				return th.TypeError("__annotations__ must be set to a dict object")
			}
			x.Annotations = d
			return nil
		}
		if x.Dict == nil {
			x.Dict = NewDict(0)
		}
		return x.Dict.SetItem(th, Str(name), v)
	case *Dict:
		if x.sub != nil {
			return th.instanceSetAttr(x, x.sub.cls, &x.sub.attrs, name, v)
		}
	}
	if s, ok := obj.(interface {
		SetAttr(th *Thread, name string, v Value) error
	}); ok {
		return s.SetAttr(th, name, v)
	}
	if c := obj.Type(); c.attr != nil {
		if _, ok := c.attr(obj, name); ok {
			return th.readOnlyAttr(c, name)
		}
	}
	if obj.Type().Lookup(name) != nil {
		return th.Raise(AttributeErrorClass, "'%s' object attribute '%s' is read-only", obj.Type().Name, name)
	}
	return th.Raise(AttributeErrorClass, "'%s' object has no attribute '%s'", obj.Type().Name, name)
}

func (th *Thread) setExcLink(dst **Exception, v Value, msg string, after func()) error {
	if Is(v, None) {
		*dst = nil
	} else if e, ok := v.(*Exception); ok {
		*dst = e
	} else {
		return th.TypeError("%s", msg)
	}
	if after != nil {
		after()
	}
	return nil
}

func (th *Thread) instanceSetAttr(obj Value, cls *Class, dict **Dict, name string, v Value) error {
	if m := cls.Lookup("__setattr__"); m != nil {
		if meth, ok := m.(*Method); !ok || meth.Class != ObjectClass {
			_, err := th.CallValue(m, []Value{obj, Str(name), v}, nil)
			return err
		}
	}
	return th.genericSetAttr(obj, cls, dict, name, v)
}

// genericSetAttr is object.__setattr__: data descriptors, then the
// instance dict.
func (th *Thread) genericSetAttr(obj Value, cls *Class, dict **Dict, name string, v Value) error {
	if a := cls.Lookup(name); a != nil {
		switch d := a.(type) {
		case *Property:
			if d.Set == nil || Is(d.Set, None) {
				return th.Raise(AttributeErrorClass, "property '%s' of '%s' object has no setter", name, cls.Name)
			}
			_, err := th.CallValue(d.Set, []Value{obj, v}, nil)
			return err
		case *Instance:
			if s := d.cls.Lookup("__set__"); s != nil {
				_, err := th.CallValue(s, []Value{d, obj, v}, nil)
				return err
			}
		case DataDescriptor:
			return d.DescrSet(th, obj, v)
		}
	}
	if name == "__class__" {
		return th.TypeError("__class__ assignment is not supported by hfc")
	}
	// Instances of object itself have no __dict__.
	if (cls.slots != nil && !cls.slots[name]) || cls == ObjectClass {
		return th.attributeError(obj, name)
	}
	if *dict == nil {
		*dict = NewDict(0)
	}
	return (*dict).SetItem(th, Str(name), v)
}

// DelAttr is Python's delattr(obj, name).
func (th *Thread) DelAttr(obj Value, name string) error {
	var dict *Dict
	var cls *Class
	switch x := obj.(type) {
	case *Instance:
		dict, cls = x.Dict, x.cls
		if m := cls.Lookup("__delattr__"); m != nil {
			if meth, ok := m.(*Method); !ok || meth.Class != ObjectClass {
				_, err := th.CallValue(m, []Value{obj, Str(name)}, nil)
				return err
			}
		}
	case *Exception:
		dict, cls = x.Dict, x.cls
	case *Dict:
		if x.sub == nil {
			return th.attributeError(obj, name)
		}
		dict, cls = x.sub.attrs, x.sub.cls
	case *TupleSub:
		dict, cls = x.Dict, x.cls
	case *Module:
		if x.DelGlobal(name) {
			return nil
		}
		return th.attributeError(obj, name)
	case *Class:
		if !x.IsUser() {
			// CPython says "set" for deletions too (type_setattro).
			return th.TypeError("cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		if x.DelAttr(name) {
			return nil
		}
		return th.Raise(AttributeErrorClass, "type object '%s' has no attribute '%s'", x.Name, name)
	case *Function:
		if x.Dict != nil {
			if ok, _ := x.Dict.Delete(th, Str(name)); ok {
				return nil
			}
		}
		return th.attributeError(obj, name)
	default:
		if c := obj.Type(); c.attr != nil {
			if _, ok := c.attr(obj, name); ok {
				return th.readOnlyAttr(c, name)
			}
		}
		return th.attributeError(obj, name)
	}
	switch d := cls.Lookup(name).(type) {
	case *Property:
		if d.Del == nil || Is(d.Del, None) {
			return th.Raise(AttributeErrorClass, "property '%s' of '%s' object has no deleter", name, cls.Name)
		}
		_, err := th.CallValue(d.Del, []Value{obj}, nil)
		return err
	case *Instance:
		// Data descriptors handle deletion (or refuse it).
		if del := d.cls.Lookup("__delete__"); del != nil {
			_, err := th.CallValue(del, []Value{d, obj}, nil)
			return err
		}
		if d.cls.Lookup("__set__") != nil {
			return th.Raise(AttributeErrorClass, "__delete__")
		}
	case *SlotMember:
		if dict != nil {
			if ok, err := dict.Delete(th, Str(name)); ok || err != nil {
				return err
			}
		}
		return th.Raise(AttributeErrorClass, "%s", name)
	}
	if dict != nil {
		if ok, err := dict.Delete(th, Str(name)); ok || err != nil {
			return err
		}
	}
	return th.attributeError(obj, name)
}

// readOnlyAttr is the error of assigning or deleting a data attribute of a
// built-in value: member descriptors (slice.start, range.stop) say
// "readonly attribute", properties (int.real) "not writable".
func (th *Thread) readOnlyAttr(c *Class, name string) error {
	if c == SliceClass || c == RangeClass {
		return th.Raise(AttributeErrorClass, "readonly attribute")
	}
	return th.Raise(AttributeErrorClass, "attribute '%s' of '%s' objects is not writable", name, c.Name)
}
