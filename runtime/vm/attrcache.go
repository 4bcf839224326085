package vm

import "sync/atomic"

// Attribute caches: what a name means on the instances of one class, kept
// per name of a code object (the same name at several sites shares one
// entry) and valid while classVersion does not change. They let LOAD_ATTR,
// STORE_ATTR and LOAD_METHOD on plain instances go straight to the
// instance dict and the class attribute, as CPython's inline caches do.

// attrSite is one cache entry. It is immutable once published.
type attrSite struct {
	cls     *Class
	version uint64
	// attr is cls.Lookup(name) (nil when the class has none).
	attr Value
	// plainGet: reading is the instance dict, then attr (no
	// __getattribute__ override, attr is not a data descriptor).
	plainGet bool
	// plainSet: writing goes to the instance dict (no __setattr__
	// override, no data descriptor, no __slots__ restriction).
	plainSet bool
}

// attrSiteFor returns the cache entry of name index i for instances of cls.
func (c *Code) attrSiteFor(i int, cls *Class) *attrSite {
	v := classVersion.Load()
	if s := c.attrSites[i].Load(); s != nil && s.cls == cls && s.version == v {
		return s
	}
	name := c.names[i]
	s := &attrSite{cls: cls, version: v, attr: cls.Lookup(name)}
	special := name == "__class__" || name == "__dict__"
	data := isDataDescriptor(s.attr)
	s.plainGet = !special && !data && cls.flags&classGetattribute == 0
	s.plainSet = !special && !data && cls.slots == nil && !overridesSetattr(cls)
	c.attrSites[i].Store(s)
	return s
}

// isDataDescriptor reports whether a class attribute takes part in
// attribute reads or writes of instances (properties, slots, descriptors).
func isDataDescriptor(a Value) bool {
	switch d := a.(type) {
	case nil:
		return false
	case *Property, DataDescriptor:
		return true
	case *Instance:
		dc := d.cls
		return dc.Lookup("__get__") != nil || dc.Lookup("__set__") != nil || dc.Lookup("__delete__") != nil
	}
	return false
}

// overridesSetattr reports whether cls's __setattr__ is not object's.
func overridesSetattr(cls *Class) bool {
	m := cls.Lookup("__setattr__")
	if m == nil {
		return false
	}
	meth, ok := m.(*Method)
	return !ok || meth.Class != ObjectClass
}

// attrSites is allocated with the code object: one slot per name.
type attrSiteTable = []atomic.Pointer[attrSite]
