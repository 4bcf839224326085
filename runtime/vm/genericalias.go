package vm

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// GenericAlias is types.GenericAlias: a class subscripted with type
// arguments (list[int], dict[str, int]), as type annotations write them.
type GenericAlias struct {
	Origin Value
	Args   Tuple
}

// UnionType is types.UnionType: int | None.
type UnionType struct {
	Args Tuple
}

// The classes of the typing values of the VM.
var (
	GenericAliasClass = NewGoClass("GenericAlias", "types", nil, newGenericAlias)
	UnionTypeClass    = NewGoClass("UnionType", "types", nil, nil)
)

// Type implements Value.
func (*GenericAlias) Type() *Class { return GenericAliasClass }

// Type implements Value.
func (*UnionType) Type() *Class { return UnionTypeClass }

// NewGenericAlias returns origin[args]: args is the subscript, a tuple
// for several arguments.
func NewGenericAlias(origin, args Value) *GenericAlias {
	t, ok := args.(Tuple)
	if !ok {
		t = Tuple{args}
	}
	return &GenericAlias{Origin: origin, Args: t}
}

func newGenericAlias(th *Thread, cls *Class, args []Value, kwnames []string) (Value, error) {
	if err := th.ExactArgs("GenericAlias", args, kwnames, 2); err != nil {
		return nil, err
	}
	return NewGenericAlias(args[0], args[1]), nil
}

// classGetItem is the __class_getitem__ of the built-in generic classes.
var classGetItem = NewBuiltin("__class_getitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := th.ExactArgs("__class_getitem__", args, kwnames, 2); err != nil {
		return nil, err
	}
	return NewGenericAlias(args[0], args[1]), nil
})

// MakeGeneric lets c be subscripted in annotations (c[int] is a
// GenericAlias), as list, dict and the generic classes of the standard
// library are.
func MakeGeneric(c *Class) { c.Dict.Set("__class_getitem__", classGetItem) }

func init() {
	for _, c := range []*Class{ListClass, DictClass, TupleClass, SetClass, FrozenSetClass, TypeClass} {
		MakeGeneric(c)
	}
}

// TypeRepr is the repr of a value inside a type annotation's repr, as
// typing and types.GenericAlias write it: a class by its qualified name
// (without "builtins."), Ellipsis as "...", other values by repr.
func (th *Thread) TypeRepr(v Value) (string, error) {
	switch x := v.(type) {
	case *Class:
		if x.Module == "builtins" {
			return x.QualName, nil
		}
		if m, ok := x.Dict.Get("__module__"); ok {
			if s, ok := m.(Str); ok {
				return string(s) + "." + x.QualName, nil
			}
		}
		return x.Module + "." + x.QualName, nil
	case EllipsisType:
		return "...", nil
	case *Function:
		return x.Name, nil
	}
	return th.Repr(v)
}

// Repr implements repr: list[int].
func (g *GenericAlias) Repr(th *Thread) (string, error) {
	var b strings.Builder
	s, err := th.TypeRepr(g.Origin)
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	b.WriteByte('[')
	if len(g.Args) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		if l, ok := a.(*List); ok {
			// Callable[[int, str], bool]
			b.WriteByte('[')
			for j, x := range l.Elems {
				if j > 0 {
					b.WriteString(", ")
				}
				s, err := th.TypeRepr(x)
				if err != nil {
					return "", err
				}
				b.WriteString(s)
			}
			b.WriteByte(']')
			continue
		}
		s, err := th.TypeRepr(a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

// GetAttr implements the attributes of a generic alias; others are the
// origin's.
func (g *GenericAlias) GetAttr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__origin__":
		return g.Origin, true, nil
	case "__args__":
		return g.Args, true, nil
	case "__parameters__":
		return Tuple{}, true, nil
	case "__mro_entries__":
		return NewBuiltin("__mro_entries__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return Tuple{g.Origin}, nil
		}), true, nil
	case "__class__":
		return GenericAliasClass, true, nil
	}
	v, err := th.GetAttr(g.Origin, name)
	return v, true, err
}

// Call implements Callable: list[int]() is list().
func (g *GenericAlias) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	r, err := th.CallValue(g.Origin, args, kwnames)
	if err != nil {
		return nil, err
	}
	if o, ok := r.(*Instance); ok {
		_ = o.Dict.SetItem(th, Str("__orig_class__"), g)
	}
	return r, nil
}

// Compare implements == and !=.
func (g *GenericAlias) Compare(th *Thread, op bytecode.CompareOp, b Value) (Value, error) {
	o, ok := b.(*GenericAlias)
	if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	eq, err := th.Equal(g.Origin, o.Origin)
	if err == nil && eq {
		eq, err = th.Equal(g.Args, o.Args)
	}
	return MakeBool(eq == (op == bytecode.CmpEQ)), err
}

// Hash implements hash().
func (g *GenericAlias) Hash(th *Thread) (int64, error) {
	h1, err := th.Hash(g.Origin)
	if err != nil {
		return 0, err
	}
	h2, err := th.Hash(g.Args)
	return fixHash(h1 ^ h2), err
}

// isUnionArg reports whether v may be an operand of the | of types.
func isUnionArg(v Value) bool {
	switch v.(type) {
	case *Class, NoneType, *GenericAlias, *UnionType:
		return true
	}
	return false
}

// newUnion is a | b for types: the flattened union without repeats, or
// the single type left.
func (th *Thread) newUnion(a, b Value) (Value, error) {
	var args Tuple
	add := func(v Value) error {
		if Is(v, None) {
			v = NoneClass
		}
		for _, x := range args {
			eq, err := th.Equal(x, v)
			if err != nil || eq {
				return err
			}
		}
		args = append(args, v)
		return nil
	}
	for _, v := range []Value{a, b} {
		if u, ok := v.(*UnionType); ok {
			for _, x := range u.Args {
				if err := add(x); err != nil {
					return nil, err
				}
			}
		} else if err := add(v); err != nil {
			return nil, err
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionType{Args: args}, nil
}

// Repr implements repr: int | None.
func (u *UnionType) Repr(th *Thread) (string, error) {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		if Is(a, NoneClass) {
			parts[i] = "None"
			continue
		}
		s, err := th.TypeRepr(a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, " | "), nil
}

// GetAttr implements __args__.
func (u *UnionType) GetAttr(th *Thread, name string) (Value, bool, error) {
	switch name {
	case "__args__":
		return u.Args, true, nil
	case "__parameters__":
		return Tuple{}, true, nil
	}
	return nil, false, nil
}

// Compare implements == and != (the order of the members does not count).
func (u *UnionType) Compare(th *Thread, op bytecode.CompareOp, b Value) (Value, error) {
	o, ok := b.(*UnionType)
	if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	eq := len(u.Args) == len(o.Args)
	for _, x := range u.Args {
		if !eq {
			break
		}
		in, err := th.containsSeq(o.Args, x)
		if err != nil {
			return nil, err
		}
		eq = in
	}
	return MakeBool(eq == (op == bytecode.CmpEQ)), nil
}

// Hash implements hash().
func (u *UnionType) Hash(th *Thread) (int64, error) {
	s := NewSet(true)
	for _, a := range u.Args {
		if err := s.Add(th, a); err != nil {
			return 0, err
		}
	}
	return th.hashFrozenSet(s)
}
