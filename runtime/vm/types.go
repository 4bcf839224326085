package vm

import "strconv"

// The built-in classes. Their methods are added by the files that implement
// each type (str_methods.go, list_methods.go …) in init functions.
var (
	ObjectClass = newObjectClass()
	TypeClass   = newBuiltinClass("type", ObjectClass, 0)

	NoneClass           = newBuiltinClass("NoneType", ObjectClass, classFinal)
	NotImplementedClass = newBuiltinClass("NotImplementedType", ObjectClass, classFinal)
	EllipsisClass       = newBuiltinClass("ellipsis", ObjectClass, classFinal)
	IntClass            = newBuiltinClass("int", ObjectClass, 0)
	BoolClass           = newBuiltinClass("bool", IntClass, classFinal)
	FloatClass          = newBuiltinClass("float", ObjectClass, 0)
	StrClass            = newBuiltinClass("str", ObjectClass, 0)
	BytesClass          = newBuiltinClass("bytes", ObjectClass, 0)
	TupleClass          = newBuiltinClass("tuple", ObjectClass, 0)
	ListClass           = newBuiltinClass("list", ObjectClass, 0)
	DictClass           = newBuiltinClass("dict", ObjectClass, 0)
	SetClass            = newBuiltinClass("set", ObjectClass, 0)
	FrozenSetClass      = newBuiltinClass("frozenset", ObjectClass, 0)
	RangeClass          = newBuiltinClass("range", ObjectClass, classFinal)
	SliceClass          = newBuiltinClass("slice", ObjectClass, classFinal)

	FunctionClass         = newBuiltinClass("function", ObjectClass, classFinal)
	BuiltinFunctionClass  = newBuiltinClass("builtin_function_or_method", ObjectClass, classFinal)
	MethodDescriptorClass = newBuiltinClass("method_descriptor", ObjectClass, classFinal)
	MethodClass           = newBuiltinClass("method", ObjectClass, classFinal)
	StaticMethodClass     = newBuiltinClass("staticmethod", ObjectClass, 0)
	ClassMethodClass      = newBuiltinClass("classmethod", ObjectClass, 0)
	PropertyClass         = newBuiltinClass("property", ObjectClass, 0)
	ModuleClass           = newBuiltinClass("module", ObjectClass, 0)
	CellClass             = newBuiltinClass("cell", ObjectClass, classFinal)
	CodeClass             = newBuiltinClass("code", ObjectClass, classFinal)
	GeneratorClass        = newBuiltinClass("generator", ObjectClass, classFinal)
	SuperClass            = newBuiltinClass("super", ObjectClass, 0)

	ListIteratorClass      = newBuiltinClass("list_iterator", ObjectClass, classFinal|classAbstract)
	TupleIteratorClass     = newBuiltinClass("tuple_iterator", ObjectClass, classFinal|classAbstract)
	RangeIteratorClass     = newBuiltinClass("range_iterator", ObjectClass, classFinal|classAbstract)
	StrIteratorClass       = newBuiltinClass("str_ascii_iterator", ObjectClass, classFinal|classAbstract)
	BytesIteratorClass     = newBuiltinClass("bytes_iterator", ObjectClass, classFinal|classAbstract)
	DictKeyIteratorClass   = newBuiltinClass("dict_keyiterator", ObjectClass, classFinal|classAbstract)
	DictValueIteratorClass = newBuiltinClass("dict_valueiterator", ObjectClass, classFinal|classAbstract)
	DictItemIteratorClass  = newBuiltinClass("dict_itemiterator", ObjectClass, classFinal|classAbstract)
	SetIteratorClass       = newBuiltinClass("set_iterator", ObjectClass, classFinal|classAbstract)
	SeqIteratorClass       = newBuiltinClass("iterator", ObjectClass, classFinal|classAbstract)
)

func newObjectClass() *Class {
	c := &Class{Name: "object", QualName: "object", Module: "builtins", Dict: NewStrDict()}
	c.MRO = []*Class{c}
	return c
}

// addMethod adds a built-in method to a class.
func addMethod(c *Class, name string, fn MethodFunc) {
	c.Dict.Set(name, &Method{Name: name, Class: c, Fn: fn})
}

// NoKwargs fails when keyword arguments were given to a function that takes
// none.
func (th *Thread) NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return th.TypeError("%s() takes no keyword arguments", fname)
	}
	return nil
}

// UnpackArgs assigns the arguments of a call to the pointers in pairs of
// (name, *Value), following Python's rules for positional-or-keyword
// parameters and the messages of CPython's _PyArg_UnpackKeywords. A name
// ending in "?" is optional (its pointer keeps its value when the argument
// is absent); a name starting with "$" is keyword-only.
func (th *Thread) UnpackArgs(fname string, args []Value, kwnames []string, pairs ...any) error {
	n := len(pairs) / 2
	if len(kwnames) == 0 && len(args) <= n && positionalFit(len(args), pairs) {
		for i, a := range args {
			*pairs[2*i+1].(*Value) = a
		}
		return nil
	}
	npos := len(args) - len(kwnames)
	type param struct {
		name     string
		optional bool
		kwonly   bool
		dst      *Value
	}
	// A local array, indexed directly (a store through a slice counts as a
	// store to the heap), keeps the parameters and the caller's variables
	// they point to off the heap.
	var buf [maxUnpackParams]param
	if n > len(buf) {
		return th.Raise(SystemErrorClass, "%s(): UnpackArgs takes at most %d parameters", fname, len(buf))
	}
	maxPos, minPos := 0, 0
	for i := 0; i < n; i++ {
		name := pairs[2*i].(string)
		p := param{dst: pairs[2*i+1].(*Value)}
		if len(name) > 0 && name[0] == '$' {
			p.kwonly = true
			name = name[1:]
		}
		if len(name) > 0 && name[len(name)-1] == '?' {
			p.optional = true
			name = name[:len(name)-1]
		}
		p.name = name
		buf[i] = p
		if !p.kwonly {
			maxPos++
			if !p.optional {
				minPos++
			}
		}
	}
	if len(args) > n {
		kw := ""
		if npos == 0 {
			kw = "keyword "
		}
		return th.TypeError("%s() takes at most %d %sargument%s (%d given)", fname, n, kw, plural(n), len(args))
	}
	if npos > maxPos {
		if maxPos == 0 {
			return th.TypeError("%s() takes no positional arguments", fname)
		}
		bound := "at most"
		if minPos == maxPos {
			bound = "exactly"
		}
		return th.TypeError("%s() takes %s %d positional argument%s (%d given)", fname, bound, maxPos, plural(maxPos), npos)
	}
	for i := 0; i < npos; i++ {
		*buf[i].dst = args[i]
	}
	used := 0
	for i := npos; i < n; i++ {
		p := buf[i]
		found := false
		for k, name := range kwnames {
			if name == p.name {
				*p.dst = args[npos+k]
				found = true
				used++
				break
			}
		}
		if !found && !p.optional {
			// Concatenated, not formatted: the parameter names must not
			// escape, or neither would the caller's variables.
			return th.TypeError("%s", fname+"() missing required argument '"+p.name+"' (pos "+strconv.Itoa(i+1)+")")
		}
	}
	if used < len(kwnames) {
		for i := 0; i < npos; i++ {
			for _, name := range kwnames {
				if name == buf[i].name {
					return th.TypeError("argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
				}
			}
		}
		for _, name := range kwnames {
			known := false
			for i := npos; i < n; i++ {
				known = known || buf[i].name == name
			}
			if !known {
				return th.TypeError("'%s' is an invalid keyword argument for %s()", name, fname)
			}
		}
	}
	return nil
}

// positionalFit reports whether npos positional arguments and no keywords
// are a valid call of the parameters of UnpackArgs: the first npos are not
// keyword-only and the others are optional. It is the common case, which
// needs none of the bookkeeping that keywords and errors do.
func positionalFit(npos int, pairs []any) bool {
	for i := 0; i < len(pairs)/2; i++ {
		name := pairs[2*i].(string)
		if name == "" {
			return false
		}
		if i < npos {
			if name[0] == '$' {
				return false
			}
		} else if name[len(name)-1] != '?' {
			return false
		}
	}
	return true
}

// maxUnpackParams bounds the parameters of one UnpackArgs call.
const maxUnpackParams = 16

// ExactArgs checks a positional-only arity as CPython's METH_O and
// fixed-arity builtins report it.
func (th *Thread) ExactArgs(fname string, args []Value, kwnames []string, n int) error {
	if err := th.NoKwargs(fname, kwnames); err != nil {
		return err
	}
	if len(args) != n {
		switch n {
		case 0:
			return th.TypeError("%s() takes no arguments (%d given)", fname, len(args))
		case 1:
			return th.TypeError("%s() takes exactly one argument (%d given)", fname, len(args))
		}
		return th.TypeError("%s expected %d arguments, got %d", fname, n, len(args))
	}
	return nil
}
