package vm

import (
	"unicode/utf8"
)

// str.maketrans and str.translate.

func init() {
	StrClass.Dict.Set("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", strMaketrans)})
	addStrMethod("translate", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("str.translate", args, kwnames, 1); err != nil {
			return nil, err
		}
		return th.strTranslate(s, args[0])
	})
}

// strMaketrans is str.maketrans(x[, y[, z]]).
func strMaketrans(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := th.positionalArgs("str", "maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict(0)
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, th.TypeError("if you give only one argument to maketrans it must be a dict")
		}
		for _, e := range src.entries {
			if e.key == nil {
				continue
			}
			var key Value
			switch k := e.key.(type) {
			case Str:
				r, n := utf8.DecodeRuneInString(string(k))
				if n == 0 || n != len(k) {
					return nil, th.ValueError("string keys in translate table must be of length 1")
				}
				key = MakeInt(int64(r))
			case Int, Bool, BigInt:
				key = k
			default:
				return nil, th.TypeError("keys in translate table must be strings or integers")
			}
			if err := d.SetItem(th, key, e.val); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	x, ok := args[0].(Str)
	if !ok {
		return nil, th.TypeError("first maketrans argument must be a string if there is a second argument")
	}
	y, ok := args[1].(Str)
	if !ok {
		return nil, th.TypeError("maketrans() argument 2 must be str, not %s", argTypeName(args[1]))
	}
	var z Str
	if len(args) == 3 {
		if z, ok = args[2].(Str); !ok {
			return nil, th.TypeError("maketrans() argument 3 must be str, not %s", argTypeName(args[2]))
		}
	}
	xs, ys := []rune(string(x)), []rune(string(y))
	if len(xs) != len(ys) {
		return nil, th.ValueError("the first two maketrans arguments must have equal length")
	}
	for i, r := range xs {
		if err := d.SetItem(th, MakeInt(int64(r)), MakeInt(int64(ys[i]))); err != nil {
			return nil, err
		}
	}
	for _, r := range string(z) {
		if err := d.SetItem(th, MakeInt(int64(r)), None); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// strTranslate is str.translate(table): each code point is looked up in
// table; a LookupError keeps it, None deletes it, an int or a str replaces
// it. Lookups are memoised per code point within one call.
func (th *Thread) strTranslate(s string, table Value) (Value, error) {
	type mapped struct {
		keep bool
		text string
	}
	var ascii [128]*mapped
	var other map[rune]*mapped
	lookup := func(r rune) (*mapped, error) {
		if r < utf8.RuneSelf && ascii[r] != nil {
			return ascii[r], nil
		}
		if m, ok := other[r]; ok {
			return m, nil
		}
		m := &mapped{}
		v, err := th.translateItem(table, r)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(LookupErrorClass) {
				m.keep = true
			} else {
				return nil, err
			}
		} else {
			switch x := v.(type) {
			case NoneType:
			case Str:
				m.text = string(x)
			case Int, Bool, BigInt:
				n, ok := AsInt64(x)
				if !ok || n < 0 || n > utf8.MaxRune {
					return nil, th.ValueError("character mapping must be in range(0x110000)")
				}
				m.text = string(rune(n))
			default:
				return nil, th.TypeError("character mapping must return integer, None or str")
			}
		}
		if r < utf8.RuneSelf {
			ascii[r] = m
		} else {
			if other == nil {
				other = map[rune]*mapped{}
			}
			other[r] = m
		}
		return m, nil
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		m, err := lookup(r)
		if err != nil {
			return nil, err
		}
		if m.keep {
			b = utf8.AppendRune(b, r)
		} else {
			b = append(b, m.text...)
		}
		if err := th.checkAlloc(int64(len(b))); err != nil {
			return nil, err
		}
	}
	return Str(byteString(b)), nil
}

// translateItem is table[ord(c)], without boxing a KeyError for the common
// dict table.
func (th *Thread) translateItem(table Value, r rune) (Value, error) {
	key := MakeInt(int64(r))
	if d, ok := table.(*Dict); ok {
		v, found, err := d.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, errTranslateMissing
		}
		return v, nil
	}
	return th.GetItem(table, key)
}

// errTranslateMissing marks a code point that the table does not map.
var errTranslateMissing = NewException(LookupErrorClass)
