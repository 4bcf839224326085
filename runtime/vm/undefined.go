package vm

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
)

// Jinja's exception classes (jinja2.exceptions), single inheritance:
// TemplateNotFound derives from TemplateError only.
var (
	TemplateErrorClass          = newJinjaError("TemplateError", ExceptionClass)
	TemplateNotFoundClass       = newJinjaError("TemplateNotFound", TemplateErrorClass)
	TemplatesNotFoundClass      = newJinjaError("TemplatesNotFound", TemplateNotFoundClass)
	TemplateSyntaxErrorClass    = newJinjaError("TemplateSyntaxError", TemplateErrorClass)
	TemplateAssertionErrorClass = newJinjaError("TemplateAssertionError", TemplateSyntaxErrorClass)
	TemplateRuntimeErrorClass   = newJinjaError("TemplateRuntimeError", TemplateErrorClass)
	UndefinedErrorClass         = newJinjaError("UndefinedError", TemplateRuntimeErrorClass)
	SecurityErrorClass          = newJinjaError("SecurityError", TemplateRuntimeErrorClass)
	FilterArgumentErrorClass    = newJinjaError("FilterArgumentError", TemplateRuntimeErrorClass)
)

func newJinjaError(name string, base *Class) *Class {
	c := newBuiltinClass(name, base, classException)
	c.Module = "jinja2.exceptions"
	return c
}

// UndefinedKind selects how an undefined template value behaves (Jinja's
// Undefined classes).
type UndefinedKind uint8

// Undefined kinds.
const (
	DefaultUndefined   UndefinedKind = iota // prints as "", iterates as empty; other uses fail
	StrictUndefined                         // every use but the defined tests fails
	ChainableUndefined                      // attribute and item access give the undefined again
	DebugUndefined                          // prints as {{ name }}
)

var undefinedClassNames = [...]string{"Undefined", "StrictUndefined", "ChainableUndefined", "DebugUndefined"}

// UndefinedClasses are the classes of the four kinds.
var UndefinedClasses = func() (cs [4]*Class) {
	base := newBuiltinClass("Undefined", ObjectClass, 0)
	base.Module = "jinja2.runtime"
	cs[DefaultUndefined] = base
	for k := StrictUndefined; k <= DebugUndefined; k++ {
		c := newBuiltinClass(undefinedClassNames[k], base, 0)
		c.Module = "jinja2.runtime"
		cs[k] = c
	}
	return
}()

// Undefined is a template value that does not exist: a missing variable, or
// an attribute or item that a lookup did not find.
type Undefined struct {
	Kind UndefinedKind
	Name string // the missing name (or "")
	Obj  Value  // the object that lacked the attribute or item; nil for a variable
	Key  Value  // the missing key (Obj[Key]); nil for a variable or attribute
	Hint string // replaces the generated message when set
	// Exc is the class raised on use: UndefinedError, or SecurityError for
	// an unsafe attribute.
	Exc *Class
}

// Type implements Value.
func (u *Undefined) Type() *Class { return UndefinedClasses[u.Kind] }

// Message is the text of the error that using u raises (Jinja's
// _undefined_message).
func (u *Undefined) Message() string {
	if u.Hint != "" {
		return u.Hint
	}
	if u.Obj == nil {
		return reprNoThread(Str(u.Name)) + " is undefined"
	}
	if u.Key != nil {
		if _, isStr := u.Key.(Str); !isStr {
			return objectTypeRepr(u.Obj) + " has no element " + reprNoThread(u.Key)
		}
		return reprNoThread(Str(objectTypeRepr(u.Obj))) + " has no attribute " + reprNoThread(u.Key)
	}
	return reprNoThread(Str(objectTypeRepr(u.Obj))) + " has no attribute " + reprNoThread(Str(u.Name))
}

// objectTypeRepr is Jinja's object_type_repr.
func objectTypeRepr(v Value) string {
	switch v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	}
	c := v.Type()
	if c.Module == "builtins" || c.Module == "" {
		return c.Name + " object"
	}
	return c.Module + "." + c.Name + " object"
}

// Fail returns the error that using u raises.
func (u *Undefined) Fail() error {
	cls := u.Exc
	if cls == nil {
		cls = UndefinedErrorClass
	}
	return NewException(cls, Str(u.Message()))
}

// Str implements str(u).
func (u *Undefined) Str(th *Thread) (string, error) {
	switch u.Kind {
	case StrictUndefined:
		return "", u.Fail()
	case DebugUndefined:
		if u.Hint != "" {
			return "{{ undefined value printed: " + u.Hint + " }}", nil
		}
		if u.Obj == nil {
			return "{{ " + u.Name + " }}", nil
		}
		key := Value(Str(u.Name))
		if u.Key != nil {
			key = u.Key
		}
		return "{{ no such element: " + objectTypeRepr(u.Obj) + "[" + reprNoThread(key) + "] }}", nil
	}
	return "", nil
}

// Repr implements repr(u).
func (u *Undefined) Repr(th *Thread) (string, error) { return "Undefined", nil }

// Truth implements bool(u).
func (u *Undefined) Truth(th *Thread) (bool, error) {
	if u.Kind == StrictUndefined {
		return false, u.Fail()
	}
	return false, nil
}

// Iter implements iter(u): empty, or an error for strict undefined.
func (u *Undefined) Iter(th *Thread) (Iterator, error) {
	if u.Kind == StrictUndefined {
		return nil, u.Fail()
	}
	return &tupleIter{}, nil
}

// Length implements len(u).
func (u *Undefined) Length(th *Thread) (int, error) {
	if u.Kind == StrictUndefined {
		return 0, u.Fail()
	}
	return 0, nil
}

// GetAttr implements u.name: the undefined itself for chainable ones, else
// an error (dunder names are AttributeErrors, as in Jinja).
func (u *Undefined) GetAttr(th *Thread, name string) (Value, bool, error) {
	if len(name) > 1 && name[0] == '_' && name[1] == '_' {
		return nil, false, th.Raise(AttributeErrorClass, "%s", name)
	}
	if u.Kind == ChainableUndefined {
		return u, true, nil
	}
	return nil, false, u.Fail()
}

// GetItem implements u[key].
func (u *Undefined) GetItem(th *Thread, key Value) (Value, error) {
	if u.Kind == ChainableUndefined {
		return u, nil
	}
	return nil, u.Fail()
}

// Call implements u(…).
func (u *Undefined) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	return nil, u.Fail()
}

// Contains implements x in u.
func (u *Undefined) Contains(th *Thread, key Value) (bool, error) {
	if u.Kind == StrictUndefined {
		return false, u.Fail()
	}
	return false, nil
}

// Compare implements == and != (undefined values of the same kind are
// equal) and fails for orderings.
func (u *Undefined) Compare(th *Thread, op bytecode.CompareOp, b Value) (Value, error) {
	if u.Kind == StrictUndefined {
		return nil, u.Fail()
	}
	switch op {
	case bytecode.CmpEQ, bytecode.CmpNE:
		o, ok := b.(*Undefined)
		eq := ok && o.Kind == u.Kind
		return MakeBool(eq == (op == bytecode.CmpEQ)), nil
	}
	return nil, u.Fail()
}

// Hash implements hash(u).
func (u *Undefined) Hash(th *Thread) (int64, error) {
	if u.Kind == StrictUndefined {
		return 0, u.Fail()
	}
	return int64(u.Kind) + 0x1d1, nil
}

// BinaryOp fails: arithmetic on an undefined value is an error.
func (u *Undefined) BinaryOp(th *Thread, op bytecode.BinaryOp, other Value, reflected bool) (Value, error) {
	return nil, u.Fail()
}

// UnaryOp fails like BinaryOp.
func (u *Undefined) UnaryOp(th *Thread, op bytecode.Opcode) (Value, error) {
	return nil, u.Fail()
}
