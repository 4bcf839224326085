package vm

import (
	"math"
	"math/big"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Constructors of the built-in classes: int(x), str(x), list(it) …
func init() {
	IntClass.new = newInt
	BoolClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("bool", kwnames); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, th.TypeError("bool expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return False, nil
		}
		t, err := th.Truth(args[0])
		return MakeBool(t), err
	}
	FloatClass.new = newFloat
	StrClass.new = newStr
	MarkupClass.new = newMarkup
	BytesClass.new = newBytes
	TupleClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("tuple", kwnames); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, th.TypeError("tuple expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return Tuple(nil), nil
		}
		return th.ToTuple(args[0])
	}
	ListClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("list", kwnames); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, th.TypeError("list expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return NewList(nil), nil
		}
		elems, err := th.ToSlice(args[0])
		return NewList(elems), err
	}
	DictClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		if npos > 1 {
			return nil, th.TypeError("dict expected at most 1 argument, got %d", npos)
		}
		d := NewDict(0)
		if npos == 1 {
			if err := th.dictUpdate(d, args[0]); err != nil {
				return nil, err
			}
		}
		for i, k := range kwnames {
			if err := d.SetItem(th, Str(k), args[npos+i]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	newSet := func(frozen bool, name string) func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		return func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
			if err := th.NoKwargs(name, kwnames); err != nil {
				return nil, err
			}
			if len(args) > 1 {
				return nil, th.TypeError("%s expected at most 1 argument, got %d", name, len(args))
			}
			s := NewSet(frozen)
			if len(args) == 1 {
				if err := s.Update(th, args[0]); err != nil {
					return nil, err
				}
			}
			return s, nil
		}
	}
	SetClass.new = newSet(false, "set")
	FrozenSetClass.new = newSet(true, "frozenset")
	RangeClass.new = newRange
	SliceClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("slice", kwnames); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &SliceObj{None, args[0], None}, nil
		case 2:
			return &SliceObj{args[0], args[1], None}, nil
		case 3:
			return &SliceObj{args[0], args[1], args[2]}, nil
		}
		if len(args) == 0 {
			return nil, th.TypeError("slice expected at least 1 argument, got 0")
		}
		return nil, th.TypeError("slice expected at most 3 arguments, got %d", len(args))
	}
	StaticMethodClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("staticmethod", args, kwnames, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	ClassMethodClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("classmethod", args, kwnames, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	PropertyClass.new = func(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
		fget, fset, fdel, doc := Value(None), Value(None), Value(None), Value(None)
		if err := th.UnpackArgs("property", args, kwnames, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		if Is(doc, None) && !Is(fget, None) {
			if f, ok := fget.(*Function); ok && f.Doc != nil {
				doc = f.Doc
			}
		}
		return &Property{Get: fget, Set: fset, Del: fdel, Doc: doc}, nil
	}
	for _, name := range []string{"getter", "setter", "deleter"} {
		name := name
		addMethod(PropertyClass, name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			p := *self.(*Property)
			switch name {
			case "getter":
				p.Get = args[0]
			case "setter":
				p.Set = args[0]
			default:
				p.Del = args[0]
			}
			return &p, nil
		})
	}
	PropertyClass.attr = func(v Value, name string) (Value, bool) {
		p := v.(*Property)
		switch name {
		case "fget":
			return p.Get, true
		case "fset":
			return p.Set, true
		case "fdel":
			return p.Del, true
		case "__doc__":
			return p.Doc, true
		}
		return nil, false
	}
	StaticMethodClass.attr = func(v Value, name string) (Value, bool) {
		if name == "__func__" {
			return v.(*StaticMethod).Func, true
		}
		return nil, false
	}
	ClassMethodClass.attr = func(v Value, name string) (Value, bool) {
		if name == "__func__" {
			return v.(*ClassMethod).Func, true
		}
		return nil, false
	}
	SuperClass.new = newSuper
}

// newInt is int(x=0) and int(x, base).
func newInt(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	var x, base Value
	if err := th.UnpackArgs("int", args, kwnames, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if len(args)-len(kwnames) > 0 && len(kwnames) > 0 {
		for _, k := range kwnames {
			if k == "x" {
				return nil, th.TypeError("'x' is an invalid keyword argument for int()")
			}
		}
	}
	if x == nil {
		if base != nil {
			return nil, th.TypeError("int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if base != nil {
		b, ok := AsInt64(base)
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", base.Type().Name)
		}
		var s string
		switch v := x.(type) {
		case Str:
			s = string(v)
		case Bytes:
			s = string(v)
		default:
			return nil, th.TypeError("int() can't convert non-string with explicit base")
		}
		return parseIntValue(s, int(b))
	}
	switch v := x.(type) {
	case Int, BigInt:
		return v, nil
	case Bool:
		return MakeInt(b2i(bool(v))), nil
	case Float:
		f := float64(v)
		if math.IsInf(f, 0) {
			return nil, th.Raise(OverflowErrorClass, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return nil, th.ValueError("cannot convert float NaN to integer")
		}
		t := math.Trunc(f)
		if t >= -(1<<63) && t < 1<<63 {
			return MakeInt(int64(t)), nil
		}
		b, _ := new(big.Float).SetFloat64(t).Int(nil)
		return MakeBigInt(b), nil
	case Str:
		return parseIntValue(string(v), 10)
	case Bytes:
		return parseIntValue(string(v), 10)
	default:
		// Instances of classes, and of the classes of Go modules
		// (uuid.UUID, decimal.Decimal …).
		for _, m := range []string{"__int__", "__index__", "__trunc__"} {
			if f := v.Type().Lookup(m); f != nil {
				r, err := th.CallValue(f, []Value{v}, nil)
				if err != nil {
					return nil, err
				}
				if !isIntLike(r) {
					return nil, th.TypeError("%s returned non-int (type %s)", m, r.Type().Name)
				}
				return r, nil
			}
		}
	}
	return nil, th.TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

func parseIntValue(s string, base int) (Value, error) {
	small, bigv, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return nil, fromPyfmt(err)
	}
	if bigv != nil {
		return MakeBigInt(bigv), nil
	}
	return MakeInt(small), nil
}

// newFloat is float(x=0.0).
func newFloat(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if err := th.NoKwargs("float", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, th.TypeError("float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch v := args[0].(type) {
	case Float:
		return v, nil
	case Int, Bool, BigInt:
		f, err := th.intToFloat(v)
		return Float(f), err
	case Str:
		f, err := pyfmt.ParseFloat(string(v))
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Float(f), nil
	case *Instance:
		for _, m := range []string{"__float__", "__index__"} {
			if f := v.cls.Lookup(m); f != nil {
				r, err := th.CallValue(f, []Value{v}, nil)
				if err != nil {
					return nil, err
				}
				if fl, ok := r.(Float); ok {
					return fl, nil
				}
				if isIntLike(r) && m == "__index__" {
					f, err := th.intToFloat(r)
					return Float(f), err
				}
				return nil, th.TypeError("%s.%s returned non-float (type %s)", v.cls.Name, m, r.Type().Name)
			}
		}
	}
	return nil, th.TypeError("float() argument must be a string or a real number, not '%s'", args[0].Type().Name)
}

// newStr is str(object=”) and str(bytes, encoding, errors).
func newStr(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		switch x := args[0].(type) {
		case Str:
			return x, nil
		case Int:
			return th.intStr(int64(x)), nil
		}
		s, err := th.Str(args[0])
		return Str(s), err
	}
	var obj, encoding, errors Value
	if err := th.UnpackArgs("str", args, kwnames, "object?", &obj, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if obj == nil {
		return Str(""), nil
	}
	if encoding != nil || errors != nil {
		b, ok := obj.(Bytes)
		if !ok {
			return nil, th.TypeError("decoding to str: need a bytes-like object, %s found", obj.Type().Name)
		}
		return th.decodeBytes(b, encoding, errors)
	}
	s, err := th.Str(obj)
	return Str(s), err
}

// newMarkup is markupsafe.Markup(base="", encoding=None, errors="strict"):
// what base's __html__ returns when it has one, else str(base), marked
// safe without being escaped. (Without it Markup(…) made an instance with
// no string, whose str() called itself until the stack overflowed.)
func newMarkup(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		if m, ok := args[0].(Markup); ok {
			return m, nil
		}
		if h := args[0].Type().Lookup("__html__"); h != nil {
			r, err := th.CallValue(h, []Value{args[0]}, nil)
			if err != nil {
				return nil, err
			}
			s, err := th.Str(r)
			return Markup(s), err
		}
	}
	s, err := newStr(th, StrClass, args, kwnames)
	if err != nil {
		return nil, err
	}
	return Markup(s.(Str)), nil
}

// newBytes is bytes(), bytes(int), bytes(iterable of ints) and
// bytes(str, encoding).
func newBytes(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	var src, encoding, errors Value
	if err := th.UnpackArgs("bytes", args, kwnames, "source?", &src, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	switch v := src.(type) {
	case nil:
		return Bytes(""), nil
	case Str:
		if encoding == nil {
			return nil, th.TypeError("string argument without an encoding")
		}
		return th.encodeStr(v, encoding, errors)
	case Int:
		if v < 0 {
			return nil, th.ValueError("negative count")
		}
		if err := th.checkAlloc(int64(v)); err != nil {
			return nil, err
		}
		return Bytes(make([]byte, v)), nil
	case Bytes:
		return v, nil
	}
	var out []byte
	err := th.ForEach(src, func(x Value) error {
		n, ok := AsInt64(x)
		if !ok {
			return th.TypeError("'%s' object cannot be interpreted as an integer", x.Type().Name)
		}
		if n < 0 || n > 255 {
			return th.ValueError("bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return nil
	})
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorClass) && !isIterable(src) {
			return nil, th.TypeError("cannot convert '%s' object to bytes", src.Type().Name)
		}
		return nil, err
	}
	return Bytes(out), nil
}

// newRange is range(stop) and range(start, stop[, step]).
func newRange(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if err := th.NoKwargs("range", kwnames); err != nil {
		return nil, err
	}
	ints := make([]int64, len(args))
	for i, a := range args {
		n, err := th.Index(a)
		if err == errNotIndex {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", a.Type().Name)
		}
		if err != nil {
			return nil, err
		}
		ints[i] = n
	}
	switch len(args) {
	case 1:
		return &Range{0, ints[0], 1}, nil
	case 2:
		return &Range{ints[0], ints[1], 1}, nil
	case 3:
		if ints[2] == 0 {
			return nil, th.ValueError("range() arg 3 must not be zero")
		}
		return &Range{ints[0], ints[1], ints[2]}, nil
	}
	if len(args) == 0 {
		return nil, th.TypeError("range expected at least 1 argument, got 0")
	}
	return nil, th.TypeError("range expected at most 3 arguments, got %d", len(args))
}

// Super is a super() proxy.
type Super struct {
	cls  *Class // the class whose parents are searched
	self Value  // the instance or class bound
}

// Type implements Value.
func (*Super) Type() *Class { return SuperClass }

// newSuper is super() (reading __class__ and the first argument of the
// calling function) and super(cls, obj).
func newSuper(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if err := th.NoKwargs("super", kwnames); err != nil {
		return nil, err
	}
	switch len(args) {
	case 0:
		fr := th.frame
		if fr == nil || fr.Fn == nil || len(fr.Locals) == 0 || fr.Code.ArgCount == 0 {
			return nil, th.Raise(RuntimeErrorClass, "super(): no arguments")
		}
		var self Value
		if i := indexOfString(fr.Code.Cells, fr.Code.Locals[0]); i >= 0 {
			self = fr.Cells[i].V
		} else {
			self = fr.Locals[0]
		}
		if self == nil {
			return nil, th.Raise(RuntimeErrorClass, "super(): arg[0] deleted")
		}
		i := indexOfString(fr.Code.Frees, "__class__")
		if i < 0 {
			return nil, th.Raise(RuntimeErrorClass, "super(): __class__ cell not found")
		}
		c, ok := fr.Cells[len(fr.Code.Cells)+i].V.(*Class)
		if !ok {
			return nil, th.Raise(RuntimeErrorClass, "super(): empty __class__ cell")
		}
		return th.superOf(c, self)
	case 2:
		c, ok := args[0].(*Class)
		if !ok {
			return nil, th.TypeError("super() argument 1 must be a type, not %s", args[0].Type().Name)
		}
		return th.superOf(c, args[1])
	}
	return nil, th.TypeError("super() takes 0 or 2 arguments")
}

// superOf is super(c, obj) once obj is checked, as CPython's supercheck
// does: obj must be an instance of c or a subclass of it.
func (th *Thread) superOf(c *Class, obj Value) (Value, error) {
	if k, ok := obj.(*Class); ok && k.IsSubclass(c) {
		return &Super{cls: c, self: obj}, nil
	}
	if !obj.Type().IsSubclass(c) {
		return nil, th.TypeError("super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{cls: c, self: obj}, nil
}

func indexOfString(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// GetAttr looks name up in the classes after s.cls in the MRO of the bound
// object and binds what it finds.
func (s *Super) GetAttr(th *Thread, name string) (Value, bool, error) {
	var mro []*Class
	bindCls := s.self.Type()
	if c, ok := s.self.(*Class); ok && c.IsSubclass(s.cls) {
		mro = c.MRO
		bindCls = c
	} else {
		mro = s.self.Type().MRO
	}
	found := false
	for _, k := range mro {
		if !found {
			if k == s.cls {
				found = true
			}
			continue
		}
		if v, ok := k.Dict.Get(name); ok {
			if _, isClass := s.self.(*Class); isClass && bindCls == s.self {
				switch d := v.(type) {
				case *ClassMethod:
					return &BoundMethod{Self: s.self, Func: d.Func}, true, nil
				case *StaticMethod:
					return d.Func, true, nil
				}
				return v, true, nil
			}
			r, err := th.bindClassAttr(v, s.self, bindCls)
			return r, true, err
		}
	}
	if name == "__thisclass__" {
		return s.cls, true, nil
	}
	if name == "__self__" {
		return s.self, true, nil
	}
	return nil, false, th.Raise(AttributeErrorClass, "'super' object has no attribute '%s'", name)
}
