package string

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Formatter is string.Formatter, a port of CPython's string.py: format and
// vformat drive the overridable hooks parse, get_field, get_value,
// convert_field, format_field and check_unused_args, each called as a
// method of the instance so that subclasses can replace them.

func newFormatterClass(th *vm.Thread) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("string"))
	cls, err := vm.NewClass(th, "Formatter", "Formatter", "string", nil, ns)
	if err != nil {
		panic("string: " + err.Error())
	}
	sig := func(name string, required int, names ...string) *signature {
		return &signature{qual: "Formatter." + name, names: append([]string{"self"}, names...), required: required}
	}
	method(cls, "format", &signature{qual: "Formatter.format", names: []string{"self", "format_string"}, posOnly: 2, required: 2, varArgs: true, varKw: true},
		func(th *vm.Thread, b *bound) (vm.Value, error) {
			return callMethod(th, b.args[0], "vformat", b.args[1], b.rest, b.kw)
		})
	method(cls, "vformat", sig("vformat", 4, "format_string", "args", "kwargs"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		self, fs, args, kwargs := b.args[0], b.args[1], b.args[2], b.args[3]
		used := vm.NewSet(false)
		r, err := callMethod(th, self, "_vformat", fs, args, kwargs, used, vm.MakeInt(2))
		if err != nil {
			return nil, err
		}
		parts, err := unpack(th, r, 2)
		if err != nil {
			return nil, err
		}
		if _, err := callMethod(th, self, "check_unused_args", used, args, kwargs); err != nil {
			return nil, err
		}
		return parts[0], nil
	})
	method(cls, "_vformat", sig("_vformat", 6, "format_string", "args", "kwargs", "used_args", "recursion_depth", "auto_arg_index"),
		vformat)
	method(cls, "get_value", sig("get_value", 4, "key", "args", "kwargs"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		key := b.args[1]
		switch key.(type) {
		case vm.Int, vm.Bool, vm.BigInt:
			return th.GetItem(b.args[2], key)
		}
		return th.GetItem(b.args[3], key)
	})
	method(cls, "check_unused_args", sig("check_unused_args", 4, "used_args", "args", "kwargs"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		return vm.None, nil
	})
	method(cls, "format_field", sig("format_field", 3, "value", "format_spec"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		spec, ok := b.args[2].(vm.Str)
		if !ok {
			return nil, th.TypeError("format() argument 2 must be str, not %s", b.args[2].Type().Name)
		}
		s, err := th.Format(b.args[1], string(spec))
		return vm.Str(s), err
	})
	method(cls, "convert_field", sig("convert_field", 3, "value", "conversion"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		value, conv := b.args[1], b.args[2]
		if vm.Is(conv, vm.None) {
			return value, nil
		}
		for _, c := range []string{"s", "r", "a"} {
			eq, err := th.Equal(conv, vm.Str(c))
			if err != nil {
				return nil, err
			}
			if !eq {
				continue
			}
			var s string
			switch c {
			case "s":
				s, err = th.Str(value)
			case "r":
				s, err = th.Repr(value)
			default:
				s, err = th.Repr(value)
				s = pyfmt.EscapeASCII(s)
			}
			return vm.Str(s), err
		}
		cs, err := th.Str(conv)
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("Unknown conversion specifier %s", cs)
	})
	method(cls, "parse", sig("parse", 2, "format_string"), func(th *vm.Thread, b *bound) (vm.Value, error) {
		s, ok := b.args[1].(vm.Str)
		if !ok {
			return nil, th.TypeError("expected str, got %s", b.args[1].Type().Name)
		}
		items, err := pyfmt.ParseMarkup(string(s))
		return &markupIter{items: items, err: err}, nil
	})
	method(cls, "get_field", sig("get_field", 4, "field_name", "args", "kwargs"), getField)
	return cls
}

// vformat is Formatter._vformat(format_string, args, kwargs, used_args,
// recursion_depth, auto_arg_index=0): it returns (result, auto_arg_index),
// where auto_arg_index is False once a field was numbered by hand.
func vformat(th *vm.Thread, b *bound) (vm.Value, error) {
	self, fs, args, kwargs, used, depthv, auto := b.args[0], b.args[1], b.args[2], b.args[3], b.args[4], b.args[5], b.args[6]
	if auto == nil {
		auto = vm.MakeInt(0)
	}
	depth, ok := vm.AsInt64(depthv)
	if !ok {
		return nil, th.TypeError("'<' not supported between instances of '%s' and 'int'", depthv.Type().Name)
	}
	if depth < 0 {
		return nil, th.ValueError("Max string recursion exceeded")
	}
	switchErr := func() error {
		return th.ValueError("cannot switch from manual field specification to automatic field numbering")
	}
	items, err := callMethod(th, self, "parse", fs)
	if err != nil {
		return nil, err
	}
	var result []vm.Value
	err = th.ForEach(items, func(item vm.Value) error {
		parts, err := unpack(th, item, 4)
		if err != nil {
			return err
		}
		literal, name, spec, conv := parts[0], parts[1], parts[2], parts[3]
		if t, err := th.Truth(literal); err != nil {
			return err
		} else if t {
			result = append(result, literal)
		}
		if vm.Is(name, vm.None) {
			return nil
		}
		if empty, err := th.Equal(name, vm.Str("")); err != nil {
			return err
		} else if empty {
			if vm.Is(auto, vm.False) {
				return switchErr()
			}
			s, err := th.Str(auto)
			if err != nil {
				return err
			}
			name = vm.Str(s)
			if auto, err = th.Binary(bytecode.OpAdd, auto, vm.MakeInt(1)); err != nil {
				return err
			}
		} else {
			digit, err := callMethod(th, name, "isdigit")
			if err != nil {
				return err
			}
			if t, err := th.Truth(digit); err != nil {
				return err
			} else if t {
				if a, err := th.Truth(auto); err != nil {
					return err
				} else if a {
					return switchErr()
				}
				auto = vm.False
			}
		}
		r, err := callMethod(th, self, "get_field", name, args, kwargs)
		if err != nil {
			return err
		}
		got, err := unpack(th, r, 2)
		if err != nil {
			return err
		}
		obj := got[0]
		if set, ok := used.(*vm.Set); ok {
			err = set.Add(th, got[1])
		} else {
			_, err = callMethod(th, used, "add", got[1])
		}
		if err != nil {
			return err
		}
		if obj, err = callMethod(th, self, "convert_field", obj, conv); err != nil {
			return err
		}
		inner, err := callMethod(th, self, "_vformat", spec, args, kwargs, used, vm.MakeInt(depth-1), auto)
		if err != nil {
			return err
		}
		innerParts, err := unpack(th, inner, 2)
		if err != nil {
			return err
		}
		auto = innerParts[1]
		formatted, err := callMethod(th, self, "format_field", obj, innerParts[0])
		if err != nil {
			return err
		}
		result = append(result, formatted)
		return nil
	})
	if err != nil {
		return nil, err
	}
	joined, err := callMethod(th, vm.Str(""), "join", vm.NewList(result))
	if err != nil {
		return nil, err
	}
	return vm.Tuple{joined, auto}, nil
}

// getField is Formatter.get_field(field_name, args, kwargs).
func getField(th *vm.Thread, b *bound) (vm.Value, error) {
	self, namev, args, kwargs := b.args[0], b.args[1], b.args[2], b.args[3]
	name, ok := namev.(vm.Str)
	if !ok {
		return nil, th.TypeError("expected str, got %s", namev.Type().Name)
	}
	fn := pyfmt.ParseFieldName(string(name))
	if fn.Err != nil {
		return nil, pyfmtError(fn.Err)
	}
	var first vm.Value = vm.Str(fn.Key)
	if fn.Index >= 0 {
		first = vm.MakeInt(int64(fn.Index))
	}
	obj, err := callMethod(th, self, "get_value", first, args, kwargs)
	if err != nil {
		return nil, err
	}
	for _, a := range fn.Accessors {
		switch {
		case a.Attr:
			obj, err = th.GetAttr(obj, a.Name)
		case a.Index >= 0:
			obj, err = th.GetItem(obj, vm.MakeInt(int64(a.Index)))
		default:
			obj, err = th.GetItem(obj, vm.Str(a.Name))
		}
		if err != nil {
			return nil, err
		}
	}
	if fn.AccessErr != nil {
		return nil, pyfmtError(fn.AccessErr)
	}
	return vm.Tuple{obj, first}, nil
}

// unpack is the unpacking of v into n targets.
func unpack(th *vm.Thread, v vm.Value, n int) ([]vm.Value, error) {
	items, err := th.ToSlice(v)
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && e.Matches(vm.TypeErrorClass) {
			if _, iterErr := th.Iter(v); iterErr != nil {
				return nil, th.TypeError("cannot unpack non-iterable %s object", v.Type().Name)
			}
		}
		return nil, err
	}
	switch {
	case len(items) < n:
		return nil, th.ValueError("not enough values to unpack (expected %d, got %d)", n, len(items))
	case len(items) > n:
		return nil, th.ValueError("too many values to unpack (expected %d)", n)
	}
	return items, nil
}

// pyfmtError turns an error of the format-string parser into the Python
// exception it names.
func pyfmtError(err error) error {
	e, ok := err.(*pyfmt.Error)
	if !ok {
		return err
	}
	cls := vm.ValueErrorClass
	if e.Class == pyfmt.IndexError {
		cls = vm.IndexErrorClass
	}
	return vm.NewException(cls, vm.Str(e.Msg))
}

// markupIter is the iterator Formatter.parse returns
// (_string.formatter_parser): (literal_text, field_name, format_spec,
// conversion) tuples, then the parse error if the string is malformed.
type markupIter struct {
	items []pyfmt.Markup
	err   error
	i     int
}

var markupIterClass = func() *vm.Class {
	c := &vm.Class{Name: "formatteriterator", QualName: "formatteriterator", Module: "builtins", Base: vm.ObjectClass, Dict: vm.NewStrDict()}
	c.MRO = []*vm.Class{c, vm.ObjectClass}
	return c
}()

// Type implements vm.Value.
func (*markupIter) Type() *vm.Class { return markupIterClass }

// Next implements vm.Iterator.
func (it *markupIter) Next(th *vm.Thread) (vm.Value, error) {
	if it.i < len(it.items) {
		m := it.items[it.i]
		it.i++
		if !m.Field {
			return vm.Tuple{vm.Str(m.Literal), vm.None, vm.None, vm.None}, nil
		}
		var conv vm.Value = vm.None
		if m.Conversion != 0 {
			conv = vm.Str(string(m.Conversion))
		}
		return vm.Tuple{vm.Str(m.Literal), vm.Str(m.Name), vm.Str(m.Spec), conv}, nil
	}
	if it.err != nil {
		err := it.err
		it.err = nil
		return nil, pyfmtError(err)
	}
	return nil, nil
}
