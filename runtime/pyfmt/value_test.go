package pyfmt

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
)

// value is the tests' small Python object model: the typed values that
// gen.py's enc() writes.
type value struct {
	kind  string // "int", "bool", "float", "str", "NoneType", "tuple", "list", "dict"
	i     *big.Int
	b     bool
	f     float64
	s     string
	items []*value // tuple and list items; dict keys and values alternate
}

func decodeValue(t *testing.T, raw string) *value {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		t.Fatalf("bad value %s: %v", raw, err)
	}
	return decodeValueMap(t, m)
}

func decodeValueMap(t *testing.T, m map[string]json.RawMessage) *value {
	t.Helper()
	for k, raw := range m {
		switch k {
		case "i":
			var s string
			json.Unmarshal(raw, &s)
			z, ok := new(big.Int).SetString(s, 0)
			if !ok {
				t.Fatalf("bad int %s", s)
			}
			return &value{kind: "int", i: z}
		case "b":
			v := &value{kind: "bool"}
			json.Unmarshal(raw, &v.b)
			return v
		case "f":
			var s string
			json.Unmarshal(raw, &s)
			return &value{kind: "float", f: decodeFloat(t, s)}
		case "s":
			v := &value{kind: "str"}
			json.Unmarshal(raw, &v.s)
			return v
		case "n":
			return &value{kind: "NoneType"}
		case "t", "l":
			var items []map[string]json.RawMessage
			json.Unmarshal(raw, &items)
			v := &value{kind: map[string]string{"t": "tuple", "l": "list"}[k]}
			for _, it := range items {
				v.items = append(v.items, decodeValueMap(t, it))
			}
			return v
		case "d":
			var pairs [][2]map[string]json.RawMessage
			json.Unmarshal(raw, &pairs)
			v := &value{kind: "dict"}
			for _, p := range pairs {
				v.items = append(v.items, decodeValueMap(t, p[0]), decodeValueMap(t, p[1]))
			}
			return v
		}
	}
	t.Fatalf("bad value %v", m)
	return nil
}

func (v *value) TypeName() string { return v.kind }

func (v *value) Str() (string, error) {
	switch v.kind {
	case "str":
		return v.s, nil
	case "int":
		return IntToString(v.i)
	}
	return v.Repr()
}

func (v *value) Repr() (string, error) {
	switch v.kind {
	case "int":
		return IntToString(v.i)
	case "bool":
		if v.b {
			return "True", nil
		}
		return "False", nil
	case "float":
		return FloatRepr(v.f), nil
	case "str":
		return StrRepr(v.s), nil
	case "NoneType":
		return "None", nil
	}
	var parts []string
	step := 1
	if v.kind == "dict" {
		step = 2
	}
	for i := 0; i < len(v.items); i += step {
		s, err := v.items[i].Repr()
		if err != nil {
			return "", err
		}
		if step == 2 {
			val, err := v.items[i+1].Repr()
			if err != nil {
				return "", err
			}
			s += ": " + val
		}
		parts = append(parts, s)
	}
	body := strings.Join(parts, ", ")
	switch v.kind {
	case "tuple":
		if len(v.items) == 1 {
			body += ","
		}
		return "(" + body + ")", nil
	case "list":
		return "[" + body + "]", nil
	}
	return "{" + body + "}", nil
}

func (v *value) Int() (int64, *big.Int, bool) {
	switch v.kind {
	case "int":
		if v.i.IsInt64() {
			return v.i.Int64(), nil, true
		}
		return 0, v.i, true
	case "bool":
		if v.b {
			return 1, nil, true
		}
		return 0, nil, true
	}
	return 0, nil, false
}

func (v *value) Float() (float64, bool) { return v.f, v.kind == "float" }

func (v *value) Text() (string, bool) { return v.s, v.kind == "str" }

// PercentArgs of a value used as the right operand of %.
func (v *value) Len() int {
	if v.kind == "tuple" {
		return len(v.items)
	}
	return -1
}

func (v *value) Item(i int) PercentValue {
	if v.kind == "tuple" {
		return v.items[i]
	}
	return v
}

func (v *value) Mapping() bool { return v.kind == "dict" || v.kind == "list" }

func (v *value) Lookup(key string) (PercentValue, error) {
	return v.getItem(&value{kind: "str", s: key})
}

// getItem is v[key] for the types the tables use.
func (v *value) getItem(key *value) (*value, error) {
	switch v.kind {
	case "dict":
		for i := 0; i < len(v.items); i += 2 {
			if k := v.items[i]; k.kind == key.kind && k.s == key.s && (k.i == nil || k.i.Cmp(key.i) == 0) {
				return v.items[i+1], nil
			}
		}
		r, _ := key.Repr()
		return nil, &Error{Class: "KeyError", Msg: r}
	case "list", "tuple", "str":
		if key.kind != "int" {
			if v.kind == "str" {
				return nil, &Error{Class: TypeError, Msg: "string indices must be integers, not '" + key.kind + "'"}
			}
			return nil, &Error{Class: TypeError, Msg: fmt.Sprintf("%s indices must be integers or slices, not %s", v.kind, key.kind)}
		}
		n := len(v.items)
		if v.kind == "str" {
			n = len([]rune(v.s))
		}
		if !key.i.IsInt64() || key.i.Int64() >= int64(n) {
			if v.kind == "str" {
				return nil, &Error{Class: IndexError, Msg: "string index out of range"}
			}
			return nil, &Error{Class: IndexError, Msg: v.kind + " index out of range"}
		}
		if v.kind == "str" {
			return &value{kind: "str", s: string([]rune(v.s)[key.i.Int64()])}, nil
		}
		return v.items[key.i.Int64()], nil
	}
	return nil, &Error{Class: TypeError, Msg: fmt.Sprintf("'%s' object is not subscriptable", v.kind)}
}
