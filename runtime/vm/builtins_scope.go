package vm

import (
	"sort"
	"strings"
)

// dir, globals, locals and __import__: the builtins that look at the
// calling frame or at namespaces.
func init() {
	def("dir", builtinDir)
	def("globals", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("globals", args, kwnames, 0); err != nil {
			return nil, err
		}
		return th.Globals(), nil
	})
	def("locals", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("locals", args, kwnames, 0); err != nil {
			return nil, err
		}
		return th.LocalsDict()
	})
	def("__import__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var name, globals, locals, fromlist, level Value = nil, None, None, Tuple(nil), MakeInt(0)
		if err := th.UnpackArgs("__import__", args, kwnames, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
			return nil, err
		}
		s, ok := name.(Str)
		if !ok {
			return nil, th.TypeError("module name must be a string")
		}
		lv, err := th.indexInt(level)
		if err != nil {
			return nil, err
		}
		if lv < 0 {
			return nil, th.ValueError("level must be >= 0")
		}
		if s == "" && lv == 0 {
			return nil, th.ValueError("Empty module name")
		}
		fr := th.frame
		if fr == nil {
			fr = &Frame{}
		}
		return th.importName(fr, string(s), MakeInt(lv), fromlist)
	})
}

// Globals is globals(): the calling module's namespace as a dict (a
// snapshot: hfc keeps module globals in slots).
func (th *Thread) Globals() *Dict {
	if th.frame == nil || th.frame.Module == nil {
		return NewDict(0)
	}
	return th.moduleDict(th.frame.Module)
}

// LocalsDict is locals(): the local variables of the calling function (in the
// order CPython lists them: parameters and locals, then cells, then free
// variables), the namespace of a class body, or globals() at module level.
func (th *Thread) LocalsDict() (*Dict, error) {
	fr := th.frame
	if fr == nil {
		return NewDict(0), nil
	}
	if fr.NS != nil {
		d := NewDict(fr.NS.Len())
		for i := 0; i < fr.NS.Len(); i++ {
			k, v := fr.NS.At(i)
			d.SetStr(k, v)
		}
		return d, nil
	}
	if fr.Fn == nil {
		return th.Globals(), nil
	}
	code := fr.Code
	d := NewDict(len(code.Locals))
	cellOf := func(name string) (*Cell, bool) {
		if i := indexOfString(code.Cells, name); i >= 0 && i < len(fr.Cells) {
			return fr.Cells[i], true
		}
		return nil, false
	}
	for i, name := range code.Locals {
		if !isUserName(name) {
			continue
		}
		v := fr.Locals[i]
		if c, ok := cellOf(name); ok {
			v = c.V
		}
		if v != nil {
			d.SetStr(name, v)
		}
	}
	for i, name := range code.Cells {
		if indexOfString(code.Locals, name) >= 0 || i >= len(fr.Cells) {
			continue
		}
		if v := fr.Cells[i].V; v != nil {
			d.SetStr(name, v)
		}
	}
	for i, name := range code.Frees {
		j := len(code.Cells) + i
		if name == "__class__" || j >= len(fr.Cells) {
			continue
		}
		if v := fr.Cells[j].V; v != nil {
			d.SetStr(name, v)
		}
	}
	return d, nil
}

// isUserName filters out the compiler's hidden locals.
func isUserName(s string) bool {
	return s != "" && !strings.ContainsAny(s, ".$<> ")
}

func builtinDir(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := th.posArgs("dir", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		d, err := th.LocalsDict()
		if err != nil {
			return nil, err
		}
		keys := d.Keys()
		names := make([]string, 0, len(keys))
		for _, k := range keys {
			if s, ok := k.(Str); ok {
				names = append(names, string(s))
			}
		}
		return sortedNameList(names), nil
	}
	return th.Dir(args[0])
}

// objectDirNames are the attributes every object has in CPython 3.11.
var objectDirNames = []string{
	"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
	"__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
	"__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
	"__setattr__", "__sizeof__", "__str__", "__subclasshook__",
}

// Dir is dir(v): __dir__ of a user class, the sorted names of a module, or
// the attributes of an object and of its classes.
func (th *Thread) Dir(v Value) (Value, error) {
	if inst, ok := v.(*Instance); ok {
		if m := inst.cls.Lookup("__dir__"); m != nil {
			if _, builtin := m.(*Method); !builtin {
				r, err := th.CallValue(m, []Value{v}, nil)
				if err != nil {
					return nil, err
				}
				elems, err := th.ToSlice(r)
				if err != nil {
					return nil, err
				}
				l := NewList(elems)
				return l, th.sortList(l, nil, false)
			}
		}
	}
	seen := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			seen[n] = true
		}
	}
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(Str); ok {
				seen[string(s)] = true
			}
		}
	}
	addClass := func(c *Class) {
		for _, k := range c.MRO {
			if k == ObjectClass {
				add(objectDirNames...)
				continue
			}
			for _, n := range k.Dict.Keys() {
				if n != "__qualname__" {
					seen[n] = true
				}
			}
			if k.IsUser() {
				add("__dict__", "__weakref__", "__module__", "__doc__")
			}
		}
	}
	switch x := v.(type) {
	case *Module:
		return sortedNameList(x.Names()), nil
	case *Class:
		addClass(x)
	case *Instance:
		addDict(x.Dict)
		addClass(x.cls)
	case *Exception:
		addDict(x.Dict)
		addClass(x.cls)
		add("args", "__cause__", "__context__", "__suppress_context__", "__traceback__")
	case *Function:
		addDict(x.Dict)
		addClass(FunctionClass)
		add("__name__", "__qualname__", "__doc__", "__module__", "__defaults__", "__kwdefaults__",
			"__dict__", "__annotations__", "__code__", "__closure__", "__globals__", "__builtins__",
			"__call__", "__get__")
	default:
		addClass(v.Type())
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	return sortedNameList(names), nil
}

func sortedNameList(names []string) *List {
	sort.Strings(names)
	elems := make([]Value, len(names))
	for i, n := range names {
		elems[i] = Str(n)
	}
	return NewList(elems)
}
