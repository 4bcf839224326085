package vm

import (
	"fmt"
	"strings"
)

// SlotMember is the class attribute that a name of __slots__ makes
// (Python's member_descriptor). hfc keeps slot values in the instance dict,
// which a class whose instances have only slots hides: assigning another
// name, or reading __dict__, is an AttributeError as in CPython.
type SlotMember struct {
	Name  string
	Class *Class
}

// MemberDescriptorClass is the class of slot members.
var MemberDescriptorClass = newBuiltinClass("member_descriptor", ObjectClass, classFinal|classAbstract)

// Type implements Value.
func (m *SlotMember) Type() *Class { return MemberDescriptorClass }

// Repr implements repr(): <member 'x' of 'P' objects>.
func (m *SlotMember) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<member '%s' of '%s' objects>", m.Name, m.Class.Name), nil
}

// initSlots applies the __slots__ of a class statement's namespace to c: a
// member per name, and the set of names its instances may have when c and
// every class it derives from declare __slots__ without __dict__.
func (th *Thread) initSlots(c *Class, ns *StrDict) error {
	decl, ok := ns.Get("__slots__")
	if !ok || c.IsException() {
		return nil
	}
	var names []Value
	if s, ok := decl.(Str); ok {
		names = []Value{s}
	} else {
		var err error
		if names, err = th.ToSlice(decl); err != nil {
			return err
		}
	}
	restrict := c.Base == ObjectClass || c.Base.slots != nil
	allowed := map[string]bool{}
	if c.Base.slots != nil {
		for k := range c.Base.slots {
			allowed[k] = true
		}
	}
	for _, v := range names {
		s, ok := v.(Str)
		if !ok {
			return th.TypeError("__slots__ items must be strings, not '%s'", v.Type().Name)
		}
		name := string(s)
		if name == "__dict__" {
			restrict = false
			continue
		}
		name = mangle(c.Name, name)
		if _, clash := ns.Get(name); clash {
			return th.ValueError("'%s' in __slots__ conflicts with class variable", name)
		}
		ns.Set(name, &SlotMember{Name: name, Class: c})
		allowed[name] = true
	}
	if restrict {
		c.slots = allowed
	}
	return nil
}

// mangle is the private-name mangling of a class's slot names (_Py_Mangle;
// the compiler does the same for names in class bodies).
func mangle(class, name string) string {
	if len(name) < 3 || name[:2] != "__" || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	if class = strings.TrimLeft(class, "_"); class == "" {
		return name
	}
	return "_" + class + name
}
