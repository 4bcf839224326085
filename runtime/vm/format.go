package vm

import (
	"math/big"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// floatRepr is repr(float).
func floatRepr(f float64) string { return pyfmt.FloatRepr(f) }

// fromPyfmt turns an error of package pyfmt into the Python exception it
// names; other errors (raised by Python code that pyfmt called back) pass
// through.
func fromPyfmt(err error) error {
	e, ok := err.(*pyfmt.Error)
	if !ok {
		return err
	}
	cls := map[pyfmt.Class]*Class{
		pyfmt.ValueError:        ValueErrorClass,
		pyfmt.TypeError:         TypeErrorClass,
		pyfmt.OverflowError:     OverflowErrorClass,
		pyfmt.ZeroDivisionError: ZeroDivisionErrorClass,
		pyfmt.IndexError:        IndexErrorClass,
		pyfmt.MemoryError:       MemoryErrorClass,
	}[e.Class]
	if cls == nil {
		cls = ValueErrorClass
	}
	if e.Msg == "" {
		return NewException(cls)
	}
	return NewException(cls, Str(e.Msg))
}

// Format is Python's format(v, spec).
func (th *Thread) Format(v Value, spec string) (string, error) {
	var s string
	var err error
	if spec != "" {
		switch x := v.(type) {
		case Str:
			if sp, ok := th.parsedSpec(spec); ok {
				s, err = pyfmt.FormatStrSpec(string(x), sp)
				return s, fromPyfmt(err)
			}
		case Int:
			if sp, ok := th.parsedSpec(spec); ok {
				s, err = pyfmt.FormatIntSpec(int64(x), sp)
				return s, fromPyfmt(err)
			}
		case Float:
			if sp, ok := th.parsedSpec(spec); ok {
				s, err = pyfmt.FormatFloatSpec(float64(x), sp)
				return s, fromPyfmt(err)
			}
		}
	}
	switch x := v.(type) {
	case Str:
		s, err = pyfmt.FormatStr(string(x), spec)
	case Int:
		s, err = pyfmt.FormatInt(int64(x), spec)
	case Bool:
		s, err = pyfmt.FormatBool(bool(x), spec)
	case Float:
		s, err = pyfmt.FormatFloat(float64(x), spec)
	case BigInt:
		s, err = pyfmt.FormatBigInt(x.v, spec)
	default:
		cls := v.Type()
		if _, isExc := v.(*Exception); !isExc || cls.IsUser() {
			if m := cls.Lookup("__format__"); m != nil {
				if meth, ok := m.(*Method); !ok || meth.Class != ObjectClass {
					r, err := th.CallValue(m, []Value{v, Str(spec)}, nil)
					if err != nil {
						return "", err
					}
					rs, ok := r.(Str)
					if !ok {
						return "", th.TypeError("__format__ must return a str, not %s", r.Type().Name)
					}
					return string(rs), nil
				}
			}
		}
		var str string
		str, err = th.Str(v)
		if err != nil {
			return "", err
		}
		s, err = pyfmt.FormatObject(v.Type().Name, str, spec)
	}
	return s, fromPyfmt(err)
}

// formatValue is FORMAT_VALUE: the conversion, then format() with spec.
func (th *Thread) formatValue(v Value, conv int, spec string) (Value, error) {
	if i, ok := v.(Int); ok && spec == "" && conv != bytecode.ConvASCII {
		return th.intStr(int64(i)), nil
	}
	switch conv {
	case bytecode.ConvStr:
		s, err := th.Str(v)
		if err != nil {
			return nil, err
		}
		v = Str(s)
	case bytecode.ConvRepr:
		s, err := th.Repr(v)
		if err != nil {
			return nil, err
		}
		v = Str(s)
	case bytecode.ConvASCII:
		s, err := th.Repr(v)
		if err != nil {
			return nil, err
		}
		v = Str(pyfmt.EscapeASCII(s))
	}
	if spec == "" {
		if s, ok := v.(Str); ok {
			return s, nil
		}
		if i, ok := v.(Int); ok {
			return Str(intRepr(i)), nil
		}
	}
	if i, ok := v.(Int); ok && spec != "" {
		if sp, ok := th.parsedSpec(spec); ok {
			var buf [64]byte
			b, err := pyfmt.AppendIntSpec(buf[:0], int64(i), sp)
			if err != nil {
				return nil, fromPyfmt(err)
			}
			return th.bytesStr(b), nil
		}
	}
	s, err := th.Format(v, spec)
	if err != nil {
		return nil, err
	}
	if len(s) <= maxChunkStr {
		// Into the thread's chunk: converting the Go string to a Value
		// would be an allocation of its own.
		return th.strValue(s), nil
	}
	return Str(s), nil
}

// percentFormat is str % args.
func (th *Thread) percentFormat(format string, args Value) (Value, error) {
	s, err := pyfmt.Percent(format, percentArgs{th: th, v: args})
	if err != nil {
		return nil, fromPyfmt(err)
	}
	return Str(s), nil
}

type percentArgs struct {
	th     *Thread
	v      Value
	escape bool // Markup % args: str() and repr() of the arguments are escaped
}

func (a percentArgs) Len() int {
	if t, ok := a.v.(Tuple); ok {
		return len(t)
	}
	return -1
}

func (a percentArgs) Item(i int) pyfmt.PercentValue {
	if t, ok := a.v.(Tuple); ok {
		return percentValue{a.th, t[i], a.escape}
	}
	return percentValue{a.th, a.v, a.escape}
}

func (a percentArgs) Mapping() bool {
	switch x := a.v.(type) {
	case Tuple, Str:
		return false
	case *Dict:
		return true
	case *Instance:
		return x.cls.Lookup("__getitem__") != nil
	case *List, Bytes, *Range:
		return true
	}
	return false
}

func (a percentArgs) Lookup(key string) (pyfmt.PercentValue, error) {
	v, err := a.th.GetItem(a.v, Str(key))
	if err != nil {
		return nil, err
	}
	return percentValue{a.th, v, a.escape}, nil
}

type percentValue struct {
	th     *Thread
	v      Value
	escape bool
}

func (p percentValue) TypeName() string { return p.v.Type().Name }

func (p percentValue) Str() (string, error) {
	if p.escape {
		m, err := p.th.Escape(p.v)
		return string(m), err
	}
	return p.th.Str(p.v)
}

func (p percentValue) Repr() (string, error) {
	s, err := p.th.Repr(p.v)
	if p.escape && !IsMarkup(p.v) {
		s = EscapeHTML(s)
	}
	return s, err
}

func (p percentValue) Int() (int64, *big.Int, bool) {
	switch x := p.v.(type) {
	case Int:
		return int64(x), nil, true
	case Bool:
		return b2i(bool(x)), nil, true
	case BigInt:
		return 0, x.v, true
	}
	return 0, nil, false
}

func (p percentValue) Float() (float64, bool) {
	f, ok := p.v.(Float)
	return float64(f), ok
}

func (p percentValue) Text() (string, bool) {
	if p.escape {
		return "", false // Markup % args: Str escapes
	}
	s, ok := p.v.(Str)
	return string(s), ok
}
