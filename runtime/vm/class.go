package vm

import (
	"sync/atomic"
)

// Class is a Python class: a built-in type (int, str, list …) or a class
// defined by a class statement. Classes have single inheritance.
type Class struct {
	Name     string
	QualName string
	Module   string
	Base     *Class   // nil for object
	MRO      []*Class // the class itself, then its bases up to object
	Dict     *StrDict // the class's own attributes

	flags classFlags

	// new creates instances of a built-in class (int("3"), list(x)); nil
	// for classes created by class statements, whose instances are
	// *Instance or *Exception.
	new func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error)

	// attr reads a data attribute of a built-in value that is not in the
	// class dict (int.real, slice.start, exception args).
	attr func(v Value, name string) (Value, bool)

	// subclassHook answers isinstance and issubclass for classes that check
	// an interface (see SetSubclassHook).
	subclassHook SubclassHook
	// slots holds the only attribute names that instances may have, for
	// classes whose instances have __slots__ and no __dict__; nil otherwise.
	slots map[string]bool

	// mixins are the marker classes a class statement listed after the
	// base (class X(Base, ABC)); mixinHook makes a class such a marker
	// (see SetMixinHook).
	mixins    []*Class
	mixinHook MixinHook

	// cache memoises Lookup; it is dropped when any class changes. Built-in
	// classes are shared by all threads, so the cache is an immutable map
	// replaced atomically (copy on write).
	cache atomic.Pointer[lookupCache]
}

type lookupCache struct {
	version uint64
	m       map[string]Value
}

type classFlags uint8

const (
	classFinal        classFlags = 1 << iota // cannot be subclassed
	classException                           // BaseException or a subclass: instances are *Exception
	classUser                                // created by a class statement or type(name, bases, dict)
	classAbstract                            // cannot be instantiated directly (hfc's own internal types)
	classGo                                  // made by NewGoClass: operators look up its dunder methods
	classGetattribute                        // a class of its MRO other than object defines __getattribute__
)

// hasDunders reports whether the operators look up c's dunder methods
// (__add__, __neg__ …): classes of class statements and of Go modules.
func (c *Class) hasDunders() bool { return c.flags&(classUser|classGo) != 0 }

// classVersion changes whenever the dict of an existing class changes, so
// lookup caches never serve a stale method. Creating a class does not change
// it: a new class is in no existing MRO.
var classVersion atomic.Uint64

// Type implements Value: a class's type is type.
func (c *Class) Type() *Class { return TypeClass }

// IsUser reports whether c was created by a class statement.
func (c *Class) IsUser() bool { return c.flags&classUser != 0 }

// IsException reports whether c is BaseException or one of its subclasses.
func (c *Class) IsException() bool { return c.flags&classException != 0 }

// Lookup finds name in c's MRO (Python's _PyType_Lookup). It is safe for
// concurrent use.
func (c *Class) Lookup(name string) Value {
	v := classVersion.Load()
	lc := c.cache.Load()
	if lc != nil && lc.version == v {
		if x, ok := lc.m[name]; ok {
			return x
		}
	}
	var found Value
	for _, k := range c.MRO {
		if x, ok := k.Dict.Get(name); ok {
			found = x
			break
		}
	}
	n := 8
	if lc != nil && lc.version == v {
		n += len(lc.m)
	}
	m := make(map[string]Value, n)
	if lc != nil && lc.version == v {
		for k, x := range lc.m {
			m[k] = x
		}
	}
	m[name] = found
	c.cache.Store(&lookupCache{version: v, m: m})
	return found
}

// SetAttr sets a class attribute and invalidates lookup caches.
func (c *Class) SetAttr(name string, v Value) {
	c.Dict.Set(name, v)
	classVersion.Add(1)
	if name == "__getattribute__" {
		c.updateGetattribute()
	}
}

// DelAttr deletes a class attribute.
func (c *Class) DelAttr(name string) bool {
	ok := c.Dict.Delete(name)
	classVersion.Add(1)
	if name == "__getattribute__" {
		c.updateGetattribute()
	}
	return ok
}

// updateGetattribute sets classGetattribute when a class of c's MRO
// overrides object.__getattribute__, so that attribute reads call it. (A
// change to a base class after its subclasses were made does not reach
// them.)
func (c *Class) updateGetattribute() {
	c.flags &^= classGetattribute
	for _, k := range c.MRO {
		if _, ok := k.Dict.Get("__getattribute__"); ok && k != ObjectClass {
			c.flags |= classGetattribute
			return
		}
	}
}

// IsSubclass reports whether c is sub or one of its subclasses.
func (c *Class) IsSubclass(sup *Class) bool {
	if c == sup {
		return true
	}
	for _, k := range c.MRO {
		if k == sup {
			return true
		}
	}
	return false
}

// newBuiltinClass makes a built-in class.
func newBuiltinClass(name string, base *Class, flags classFlags) *Class {
	c := &Class{Name: name, QualName: name, Module: "builtins", Base: base, Dict: NewStrDict(), flags: flags}
	c.MRO = []*Class{c}
	if base != nil {
		c.MRO = append(c.MRO, base.MRO...)
		if base.flags&classException != 0 {
			c.flags |= classException
		}
		if c.new == nil {
			c.new = base.new
		}
	}
	return c
}

// NewClass makes a class as a class statement does: name, single base
// (object when nil), and the namespace the class body filled.
func NewClass(th *Thread, name, qualname, module string, base *Class, ns *StrDict) (*Class, error) {
	return newClass(th, name, qualname, module, base, nil, ns, nil, nil)
}

// newClass is NewClass with the rest of the class statement: the marker
// classes listed after the base (see SetMixinHook), which are in __bases__
// and whose hooks run before __set_name__ and __init_subclass__ so these
// see the class as derived from them; and the keyword arguments, which go
// to the base's __init_subclass__.
func newClass(th *Thread, name, qualname, module string, base *Class, mixins []*Class, ns *StrDict, kwargs []Value, kwnames []string) (*Class, error) {
	if base == nil {
		base = ObjectClass
	}
	if base.flags&classFinal != 0 || (base.flags&classUser == 0 && base != ObjectClass && base.flags&classException == 0 && !builtinSubclassable(base)) {
		if base.flags&classFinal != 0 {
			return nil, th.TypeError("type '%s' is not an acceptable base type", base.Name)
		}
		return nil, th.Raise(NotImplementedErrorClass, "subclassing the built-in type '%s' is not supported by hfc; subclass object and hold a %s instead", base.Name, base.Name)
	}
	c := &Class{Name: name, QualName: qualname, Module: module, Base: base, Dict: ns, flags: classUser | base.flags&classException}
	c.new = base.new
	c.subclassHook = base.subclassHook
	c.MRO = append([]*Class{c}, base.MRO...)
	c.updateGetattribute()
	if err := th.initSlots(c, ns); err != nil {
		return nil, err
	}
	c.mixins = mixins
	for _, m := range mixins {
		if err := m.mixinHook(th, c); err != nil {
			return nil, err
		}
	}
	// __new__ defined in the body is implicitly a staticmethod.
	if f, ok := ns.Get("__new__"); ok {
		if fn, ok := f.(*Function); ok {
			ns.Set("__new__", &StaticMethod{Func: fn})
		}
	}
	if f, ok := ns.Get("__init_subclass__"); ok {
		if fn, ok := f.(*Function); ok {
			ns.Set("__init_subclass__", &ClassMethod{Func: fn})
		}
	}
	if _, ok := ns.Get("__eq__"); ok {
		if _, ok := ns.Get("__hash__"); !ok {
			// Defining __eq__ without __hash__ makes instances unhashable.
			ns.Set("__hash__", None)
		}
	}
	// __set_name__ on descriptors, then __init_subclass__ of the base.
	for i := 0; i < ns.Len(); i++ {
		k, v := ns.At(i)
		var err error
		switch d := v.(type) {
		case *Instance:
			if m := d.cls.Lookup("__set_name__"); m != nil {
				_, err = th.CallValue(m, []Value{d, c, Str(k)}, nil)
			}
		case NameSetter:
			err = d.SetName(th, c, k)
		}
		if err != nil {
			// CPython 3.11 wraps the error (3.12 adds a note instead).
			re := th.Raise(RuntimeErrorClass, "Error calling __set_name__ on '%s' instance %s in '%s'", v.Type().Name, reprNoThread(Str(k)), name)
			re.Cause = AsException(err)
			re.Context = re.Cause
			return nil, re
		}
	}
	if m := base.Lookup("__init_subclass__"); m != nil {
		if cm, ok := m.(*ClassMethod); ok {
			if _, err := th.CallValue(cm.Func, append([]Value{c}, kwargs...), kwnames); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

// Instance is an instance of a class created by a class statement. Its
// attributes live in a real dict, so that obj.__dict__ is live as in Python.
type Instance struct {
	cls  *Class
	Dict *Dict
}

// Type implements Value.
func (o *Instance) Type() *Class { return o.cls }

// NewInstance returns an empty instance of cls.
func NewInstance(cls *Class) *Instance { return &Instance{cls: cls, Dict: NewDict(0)} }
