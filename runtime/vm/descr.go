package vm

// Descriptor is implemented by Go values that decide what reading them as
// a class attribute gives (functools.cached_property, the wrappers of
// functools.lru_cache, which bind as methods): obj is the instance the
// attribute is read from, nil when it is read from the class itself.
type Descriptor interface {
	Value
	DescrGet(th *Thread, obj Value, cls *Class) (Value, error)
}

// NameSetter is implemented by Go values that want to know the class and
// the name they are assigned to in a class body (Python's __set_name__).
type NameSetter interface {
	Value
	SetName(th *Thread, owner *Class, name string) error
}

// InstanceChecker is implemented by Go values that may be the second
// argument of isinstance and issubclass without being classes (the
// aliases and special forms of typing: isinstance(x, typing.List)): v is
// nil for issubclass(sub, …). It is Python's __instancecheck__ and
// __subclasscheck__.
type InstanceChecker interface {
	Value
	CheckInstance(th *Thread, sub *Class, v Value) (bool, error)
}

// DataDescriptor is a Descriptor that also handles assignment to the
// attribute on instances (the field accessors of named tuples); it takes
// precedence over the instance dict, as in Python.
type DataDescriptor interface {
	Descriptor
	DescrSet(th *Thread, obj, v Value) error
}
