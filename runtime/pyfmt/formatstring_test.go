package pyfmt

import (
	"fmt"
	"math/big"
	"testing"
)

// formatEnv evaluates str.format fields on the tests' value model.
type formatEnv struct {
	args   *value // a tuple, or nil for format_map
	kwargs *value // a dict
}

func (e *formatEnv) Arg(i int) (*value, error) {
	if e.args == nil {
		return nil, PositionalFieldsError()
	}
	if i >= len(e.args.items) {
		return nil, ArgIndexError(i)
	}
	return e.args.items[i], nil
}

func (e *formatEnv) Kwarg(name string) (*value, error) {
	return e.kwargs.getItem(&value{kind: "str", s: name})
}

func (e *formatEnv) Attr(v *value, name string) (*value, error) {
	switch {
	case v.kind == "int" && (name == "real" || name == "numerator"):
		return v, nil
	case v.kind == "int" && name == "imag":
		return &value{kind: "int", i: new(big.Int)}, nil
	case v.kind == "bool" && name == "real":
		return &value{kind: "int", i: big.NewInt(map[bool]int64{true: 1}[v.b])}, nil
	case v.kind == "bool" && name == "imag":
		return &value{kind: "int", i: new(big.Int)}, nil
	case v.kind == "float" && name == "real":
		return v, nil
	case v.kind == "float" && name == "imag":
		return &value{kind: "float"}, nil
	}
	return nil, &Error{Class: "AttributeError", Msg: fmt.Sprintf("'%s' object has no attribute '%s'", v.kind, name)}
}

func (e *formatEnv) Item(v *value, index int, key string) (*value, error) {
	if index >= 0 {
		return v.getItem(&value{kind: "int", i: big.NewInt(int64(index))})
	}
	return v.getItem(&value{kind: "str", s: key})
}

func (e *formatEnv) Convert(v *value, conversion rune) (*value, error) {
	var s string
	var err error
	switch conversion {
	case 'r':
		s, err = v.Repr()
	case 's':
		s, err = v.Str()
	case 'a':
		s, err = v.Repr()
		s = EscapeASCII(s)
	}
	return &value{kind: "str", s: s}, err
}

func (e *formatEnv) Format(v *value, spec string) (string, error) {
	switch v.kind {
	case "int":
		return FormatBigInt(v.i, spec)
	case "bool":
		return FormatBool(v.b, spec)
	case "float":
		return FormatFloat(v.f, spec)
	case "str":
		return FormatStr(v.s, spec)
	}
	s, err := v.Str()
	if err != nil {
		return "", err
	}
	return FormatObject(v.kind, s, spec)
}

func TestStrFormatTable(t *testing.T) {
	r := &tableRunner{t: t}
	for _, c := range loadTable(t, "strformat") {
		env := &formatEnv{}
		switch c.F {
		case "format":
			env.args, env.kwargs = decodeValue(t, c.str(t, 1)), decodeValue(t, c.str(t, 2))
		case "format_map":
			env.kwargs = decodeValue(t, c.str(t, 1))
		default:
			t.Fatalf("unknown function %q", c.F)
		}
		got, err := FormatString(c.str(t, 0), env)
		r.check(&c, got, err)
	}
	r.done()
}
