package vm

import (
	"fmt"
	"strconv"
	"strings"

	"unsafe"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Repr returns Python's repr(v).
func (th *Thread) Repr(v Value) (string, error) {
	var b strings.Builder
	err := th.writeRepr(&b, v)
	return b.String(), err
}

// Str returns Python's str(v).
func (th *Thread) Str(v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case *Instance:
		if m := x.cls.Lookup("__str__"); m != nil {
			if meth, ok := m.(*Method); !ok || meth.Class != ObjectClass {
				return th.callStrMethod(v, m, "__str__")
			}
		}
	case *Exception:
		if x.cls.IsUser() {
			if m := x.cls.Lookup("__str__"); m != nil {
				if _, ok := m.(*Method); !ok {
					return th.callStrMethod(v, m, "__str__")
				}
			}
		}
		return x.Message(), nil
	case *Dict:
		if x.sub != nil {
			if m := subclassMethod(x.sub.cls, DictClass, "__str__"); m != nil {
				return th.callStrMethod(v, m, "__str__")
			}
		}
	}
	if s, ok := v.(interface{ Str(*Thread) (string, error) }); ok {
		return s.Str(th)
	}
	return th.Repr(v)
}

func (th *Thread) callStrMethod(v, m Value, name string) (string, error) {
	r, err := th.CallValue(m, []Value{v}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", th.TypeError("%s returned non-string (type %s)", name, r.Type().Name)
	}
	return string(s), nil
}

// reprNoThread returns repr(v) for messages built where no Python code may
// run; instances get the default repr.
func reprNoThread(v Value) string {
	var th Thread
	th.noPython = true
	s, err := th.Repr(v)
	if err != nil {
		return defaultRepr(v)
	}
	return s
}

func strNoThread(v Value) string {
	var th Thread
	th.noPython = true
	s, err := th.Str(v)
	if err != nil {
		return defaultRepr(v)
	}
	return s
}

// defaultRepr is object.__repr__: <module.Class object at 0x…>.
func defaultRepr(v Value) string {
	cls := v.Type()
	name := cls.QualName
	if cls.Module != "builtins" && cls.Module != "" {
		name = cls.Module + "." + name
	}
	return fmt.Sprintf("<%s object at 0x%x>", name, uintptr(identityHashOf(v))<<4)
}

func (th *Thread) writeRepr(b *strings.Builder, v Value) error {
	switch x := v.(type) {
	case NoneType:
		b.WriteString("None")
	case Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case Int:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case BigInt:
		s, err := th.bigIntString(x)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case Float:
		b.WriteString(floatRepr(float64(x)))
	case Str:
		writeStrRepr(b, string(x))
	case Bytes:
		writeBytesRepr(b, string(x))
	case Tuple:
		if len(x) == 1 {
			b.WriteByte('(')
			if err := th.writeRepr(b, x[0]); err != nil {
				return err
			}
			b.WriteString(",)")
			return nil
		}
		return th.writeSeqRepr(b, v, x, "(", ")")
	case *List:
		return th.writeSeqRepr(b, v, x.Elems, "[", "]")
	case *Dict:
		if x.sub != nil && !th.noPython {
			if m := subclassMethod(x.sub.cls, DictClass, "__repr__"); m != nil {
				s, err := th.callStrMethod(v, m, "__repr__")
				b.WriteString(s)
				return err
			}
		}
		return th.writeDictRepr(b, x)
	case *Set:
		return th.writeSetRepr(b, x)
	case *Range:
		if x.Step == 1 {
			fmt.Fprintf(b, "range(%d, %d)", x.Start, x.Stop)
		} else {
			fmt.Fprintf(b, "range(%d, %d, %d)", x.Start, x.Stop, x.Step)
		}
	case *SliceObj:
		b.WriteString("slice(")
		for i, p := range []Value{x.Start, x.Stop, x.Step} {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := th.writeRepr(b, p); err != nil {
				return err
			}
		}
		b.WriteByte(')')
	case EllipsisType:
		b.WriteString("Ellipsis")
	case NotImplementedType:
		b.WriteString("NotImplemented")
	case *Class:
		if x.Module == "builtins" {
			fmt.Fprintf(b, "<class '%s'>", x.QualName)
		} else {
			fmt.Fprintf(b, "<class '%s.%s'>", x.Module, x.QualName)
		}
	case *Function:
		fmt.Fprintf(b, "<function %s at 0x%x>", x.QualName, uintptr(unsafe.Pointer(x)))
	case *Builtin:
		fmt.Fprintf(b, "<built-in function %s>", x.Name)
	case *Method:
		fmt.Fprintf(b, "<method '%s' of '%s' objects>", x.Name, x.Class.Name)
	case *BoundMethod:
		self, err := th.Repr(x.Self)
		if err != nil {
			return err
		}
		switch f := x.Func.(type) {
		case *Method:
			fmt.Fprintf(b, "<built-in method %s of %s object at 0x%x>", f.Name, x.Self.Type().Name, uintptr(identityHashOf(x.Self))<<4)
		case *Function:
			fmt.Fprintf(b, "<bound method %s of %s>", f.QualName, self)
		default:
			fmt.Fprintf(b, "<bound method of %s>", self)
		}
	case *Module:
		if x.File != "" {
			fmt.Fprintf(b, "<module '%s' from '%s'>", x.Name, x.File)
		} else {
			fmt.Fprintf(b, "<module '%s' (built-in)>", x.Name)
		}
	case *Exception:
		if x.cls.IsUser() {
			if m := x.cls.Lookup("__repr__"); m != nil {
				if _, ok := m.(*Method); !ok {
					s, err := th.callStrMethod(v, m, "__repr__")
					b.WriteString(s)
					return err
				}
			}
		}
		b.WriteString(x.cls.Name)
		if len(x.Args) == 1 {
			b.WriteByte('(')
			if err := th.writeRepr(b, x.Args[0]); err != nil {
				return err
			}
			b.WriteByte(')')
		} else if err := th.writeRepr(b, x.Args); err != nil {
			return err
		}
	case *Instance:
		if m := x.cls.Lookup("__repr__"); m != nil && !th.noPython {
			if meth, ok := m.(*Method); !ok || meth.Class != ObjectClass {
				s, err := th.callStrMethod(v, m, "__repr__")
				b.WriteString(s)
				return err
			}
		}
		b.WriteString(defaultRepr(v))
	case *Cell:
		fmt.Fprintf(b, "<cell at 0x%x>", uintptr(unsafe.Pointer(x)))
	default:
		if r, ok := v.(interface{ Repr(*Thread) (string, error) }); ok {
			s, err := r.Repr(th)
			b.WriteString(s)
			return err
		}
		b.WriteString(defaultRepr(v))
	}
	return nil
}

// enterRepr guards against infinite recursion in self-containing
// containers; it returns false when v is already being printed.
func (th *Thread) enterRepr(v Value) bool {
	for _, x := range th.reprStack {
		if Is(x, v) {
			return false
		}
	}
	th.reprStack = append(th.reprStack, v)
	return true
}

func (th *Thread) leaveRepr() { th.reprStack = th.reprStack[:len(th.reprStack)-1] }

func (th *Thread) writeSeqRepr(b *strings.Builder, self Value, elems []Value, open, close string) error {
	if !th.enterRepr(self) {
		b.WriteString(open + "..." + close)
		return nil
	}
	defer th.leaveRepr()
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := th.writeRepr(b, e); err != nil {
			return err
		}
	}
	b.WriteString(close)
	return nil
}

func (th *Thread) writeDictRepr(b *strings.Builder, d *Dict) error {
	if !th.enterRepr(d) {
		b.WriteString("{...}")
		return nil
	}
	defer th.leaveRepr()
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		k, v := d.entryAt(i)
		if k == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		if err := th.writeRepr(b, k); err != nil {
			return err
		}
		b.WriteString(": ")
		if err := th.writeRepr(b, v); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

func (th *Thread) writeSetRepr(b *strings.Builder, s *Set) error {
	name := "set"
	if s.frozen {
		name = "frozenset"
	}
	if s.Len() == 0 {
		b.WriteString(name + "()")
		return nil
	}
	if !th.enterRepr(s) {
		b.WriteString(name + "(...)")
		return nil
	}
	defer th.leaveRepr()
	if s.frozen {
		b.WriteString("frozenset(")
	}
	b.WriteByte('{')
	for i, m := range s.Members() {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := th.writeRepr(b, m); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	if s.frozen {
		b.WriteByte(')')
	}
	return nil
}

// writeStrRepr writes Python's repr of a str.
func writeStrRepr(b *strings.Builder, s string) { b.WriteString(pyfmt.StrRepr(s)) }

func writeBytesRepr(b *strings.Builder, s string) {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	b.WriteByte('b')
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
}

// Truth is Python's bool(v).
func (th *Thread) Truth(v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case NoneType:
		return false, nil
	case Int:
		return x != 0, nil
	case Str:
		return len(x) > 0, nil
	case Float:
		return x != 0, nil
	case *List:
		return len(x.Elems) > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case BigInt:
		return true, nil
	case *Set:
		return x.Len() > 0, nil
	case Bytes:
		return len(x) > 0, nil
	case *Range:
		return x.Len() > 0, nil
	case *Instance:
		if m := x.cls.Lookup("__bool__"); m != nil {
			r, err := th.CallValue(m, []Value{v}, nil)
			if err != nil {
				return false, err
			}
			bv, ok := r.(Bool)
			if !ok {
				return false, th.TypeError("__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(bv), nil
		}
		if m := x.cls.Lookup("__len__"); m != nil {
			n, err := th.Len(v)
			return n > 0, err
		}
		return true, nil
	}
	if t, ok := v.(interface{ Truth(*Thread) (bool, error) }); ok {
		return t.Truth(th)
	}
	return true, nil
}
