package collections

import (
	"github.com/hyperflask/hfc/runtime/stdlib/abc"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The abstract base classes of collections.abc. isinstance and issubclass
// answer for the built-in types (by the interfaces they implement, or by
// registration as in CPython); classes that derive from them get their
// mixin methods (Mapping.get, MutableSequence.append …) and must override
// their abstract methods before they can be instantiated. hfc classes have
// one base: where CPython's ABCs have two (Sequence(Reversible,
// Collection)), the first is the base and the others answer through their
// interface checks.
var (
	Hashable        = newABC("Hashable", nil, []string{"__hash__"}, "__hash__")
	Awaitable       = newABC("Awaitable", nil, []string{"__await__"}, "__await__")
	Coroutine       = newABC("Coroutine", Awaitable, []string{"send", "throw"}, "__await__", "send", "throw", "close")
	AsyncIterable   = newABC("AsyncIterable", nil, []string{"__aiter__"}, "__aiter__")
	AsyncIterator   = newABC("AsyncIterator", AsyncIterable, []string{"__anext__"}, "__anext__", "__aiter__")
	AsyncGenerator  = newABC("AsyncGenerator", AsyncIterator, []string{"asend", "athrow"}, "__aiter__", "__anext__", "asend", "athrow", "aclose")
	Iterable        = newABC("Iterable", nil, []string{"__iter__"}, "__iter__")
	Iterator        = newABC("Iterator", Iterable, []string{"__next__"}, "__iter__", "__next__")
	Reversible      = newABC("Reversible", Iterable, []string{"__reversed__"}, "__reversed__", "__iter__")
	Generator       = newABC("Generator", Iterator, []string{"send", "throw"}, "__iter__", "__next__", "send", "throw", "close")
	Sized           = newABC("Sized", nil, []string{"__len__"}, "__len__")
	Container       = newABC("Container", nil, []string{"__contains__"}, "__contains__")
	Callable        = newABC("Callable", nil, []string{"__call__"}, "__call__")
	Collection      = newABC("Collection", Sized, []string{"__iter__", "__contains__"}, "__len__", "__iter__", "__contains__")
	Set             = newABC("Set", Collection, nil)
	MutableSet      = newABC("MutableSet", Set, []string{"add", "discard"})
	Mapping         = newABC("Mapping", Collection, []string{"__getitem__"})
	MutableMapping  = newABC("MutableMapping", Mapping, []string{"__setitem__", "__delitem__"})
	MappingView     = newABCSlots("MappingView", Sized, nil, []string{"_mapping"})
	KeysView        = newABC("KeysView", MappingView, nil)
	ItemsView       = newABC("ItemsView", MappingView, nil)
	ValuesView      = newABC("ValuesView", MappingView, nil)
	Sequence        = newABC("Sequence", Reversible, []string{"__getitem__", "__len__"})
	MutableSequence = newABC("MutableSequence", Sequence, []string{"__setitem__", "__delitem__", "insert"})
	ByteString      = newABC("ByteString", Sequence, nil)
)

const abcModule = "collections.abc"

// newABC makes one of the classes; when methods are given, isinstance
// checks that the class (or a base) defines them all (CPython's
// __subclasshook__ of that class).
func newABC(name string, base *vm.Class, abstract []string, methods ...string) *vm.Class {
	return newABCSlots(name, base, abstract, nil, methods...)
}

// newABCSlots is newABC for an ABC whose instances have slots (MappingView's
// _mapping, as in CPython).
func newABCSlots(name string, base *vm.Class, abstract, slots []string, methods ...string) *vm.Class {
	var check abc.Structural
	if len(methods) > 0 {
		check = func(th *vm.Thread, sub *vm.Class, v vm.Value) (bool, error) {
			for _, m := range methods {
				if !hasMethod(sub, v, m) {
					return false, nil
				}
			}
			return true, nil
		}
	}
	c := abc.NewABC(name, abcModule, base, abstract, check, slots...)
	vm.MakeGeneric(c)
	return c
}

// builtinMethods lists the protocol methods of the built-in classes, whose
// class dicts do not hold them; a nil entry means "defined as None" (the
// unhashable containers).
var builtinMethods = map[*vm.Class]map[string]bool{}

func init() {
	seq := []string{"__iter__", "__len__", "__contains__", "__getitem__"}
	mut := []string{"__setitem__", "__delitem__", "__reversed__"}
	iter := []string{"__iter__", "__next__"}
	set := func(c *vm.Class, names []string, hashable bool) {
		m := map[string]bool{"__hash__": hashable}
		for _, n := range names {
			m[n] = true
		}
		builtinMethods[c] = m
	}
	set(vm.StrClass, seq, true)
	set(vm.BytesClass, seq, true)
	set(vm.TupleClass, seq, true)
	set(vm.RangeClass, append(seq, "__reversed__"), true)
	set(vm.ListClass, append(seq, mut...), false)
	set(vm.DictClass, append(seq, mut...), false)
	set(vm.SetClass, []string{"__iter__", "__len__", "__contains__"}, false)
	set(vm.FrozenSetClass, []string{"__iter__", "__len__", "__contains__"}, true)
	for _, c := range []*vm.Class{vm.ListIteratorClass, vm.TupleIteratorClass, vm.RangeIteratorClass, vm.StrIteratorClass,
		vm.BytesIteratorClass, vm.DictKeyIteratorClass, vm.DictValueIteratorClass, vm.DictItemIteratorClass,
		vm.SetIteratorClass, vm.SeqIteratorClass} {
		set(c, iter, true)
	}
	set(vm.GeneratorClass, append(iter, "send", "throw", "close"), true)
	for _, c := range []*vm.Class{vm.TypeClass, vm.FunctionClass, vm.BuiltinFunctionClass, vm.MethodClass, vm.MethodDescriptorClass} {
		set(c, []string{"__call__"}, true)
	}

	abc.Register(Set, vm.FrozenSetClass)
	abc.Register(MutableSet, vm.SetClass)
	abc.Register(MutableMapping, vm.DictClass)
	for _, c := range []*vm.Class{vm.TupleClass, vm.StrClass, vm.RangeClass} {
		abc.Register(Sequence, c)
	}
	abc.Register(ByteString, vm.BytesClass)
	abc.Register(MutableSequence, vm.ListClass)
	abc.Register(MutableSequence, DequeClass)

	for _, c := range []*vm.Class{Mapping, Set} {
		c.SetAttr("__hash__", vm.None)
	}
	Mapping.SetAttr("__reversed__", vm.None)
	addIteratorMixins()
	addMappingMixins()
	addSequenceMixins()
	addViewMixins()
}

// hasMethod reports whether sub (or v, when not nil) defines the method
// name, and not as None.
func hasMethod(sub *vm.Class, v vm.Value, name string) bool {
	if v != nil {
		if ok, known := goProtocol(v, name); known {
			return ok
		}
	}
	for _, k := range sub.MRO {
		if x, ok := k.Dict.Get(name); ok {
			return !vm.Is(x, vm.None)
		}
		if m, ok := builtinMethods[k]; ok {
			if has, listed := m[name]; listed {
				return has
			}
		}
	}
	return false
}

// goProtocol answers for values written in Go, which implement the
// protocols by Go interfaces; known is false when v's interfaces do not
// tell.
func goProtocol(v vm.Value, name string) (ok, known bool) {
	if _, isInst := v.(*vm.Instance); isInst {
		return false, false
	}
	switch name {
	case "__iter__":
		if _, ok := v.(vm.Iterator); ok {
			return true, true
		}
		if _, ok := v.(interface {
			Iter(*vm.Thread) (vm.Iterator, error)
		}); ok {
			return true, true
		}
	case "__next__":
		if _, ok := v.(vm.Iterator); ok {
			return true, true
		}
	case "__len__":
		if _, ok := v.(interface{ Len() int }); ok {
			return true, true
		}
	case "__contains__":
		if _, ok := v.(interface {
			Contains(*vm.Thread, vm.Value) (bool, error)
		}); ok {
			return true, true
		}
	case "__call__":
		return vm.IsCallable(v), true
	}
	return false, false
}

// mixin adds a method written in Go to an abstract base class.
func mixin(c *vm.Class, name string, fn vm.MethodFunc) {
	c.SetAttr(name, &vm.Method{Name: name, Class: c, Fn: fn})
}

func addIteratorMixins() {
	mixin(Iterator, "__iter__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return self, nil
	})
}

func isKeyError(err error) bool {
	e, ok := err.(*vm.Exception)
	return ok && e.Matches(vm.KeyErrorClass)
}

func isIndexError(err error) bool {
	e, ok := err.(*vm.Exception)
	return ok && e.Matches(vm.IndexErrorClass)
}

func addMappingMixins() {
	mixin(Mapping, "get", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key vm.Value
		def := vm.None
		if err := th.UnpackArgs("get", args, kwnames, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		v, err := th.GetItem(self, key)
		if isKeyError(err) {
			return def, nil
		}
		return v, err
	})
	mixin(Mapping, "__contains__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__contains__", args, kwnames, 1); err != nil {
			return nil, err
		}
		_, err := th.GetItem(self, args[0])
		if isKeyError(err) {
			return vm.False, nil
		}
		return vm.True, err
	})
	for name, view := range map[string]**vm.Class{"keys": &KeysView, "items": &ItemsView, "values": &ValuesView} {
		mixin(Mapping, name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			return th.CallValue(*view, []vm.Value{self}, nil)
		})
	}
	mixin(Mapping, "__eq__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__eq__", args, kwnames, 1); err != nil {
			return nil, err
		}
		ok, err := th.IsInstance(args[0], Mapping)
		if err != nil || !ok {
			return vm.NotImplemented, err
		}
		a, err := toDict(th, self)
		if err != nil {
			return nil, err
		}
		b, err := toDict(th, args[0])
		if err != nil {
			return nil, err
		}
		eq, err := th.Equal(a, b)
		return vm.MakeBool(eq), err
	})

	mixin(MutableMapping, "pop", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key, def vm.Value
		if err := th.UnpackArgs("pop", args, kwnames, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		v, err := th.GetItem(self, key)
		if err != nil {
			if isKeyError(err) && def != nil {
				return def, nil
			}
			return nil, err
		}
		return v, th.DelItem(self, key)
	})
	mixin(MutableMapping, "popitem", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("popitem", args, kwnames, 0); err != nil {
			return nil, err
		}
		it, err := th.Iter(self)
		if err != nil {
			return nil, err
		}
		key, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if key == nil {
			return nil, vm.NewException(vm.KeyErrorClass)
		}
		v, err := th.GetItem(self, key)
		if err != nil {
			return nil, err
		}
		return vm.Tuple{key, v}, th.DelItem(self, key)
	})
	mixin(MutableMapping, "clear", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("clear", args, kwnames, 0); err != nil {
			return nil, err
		}
		keys, err := th.ToSlice(self)
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			if err := th.DelItem(self, k); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	})
	mixin(MutableMapping, "update", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		npos := len(args) - len(kwnames)
		if npos > 1 {
			return nil, th.TypeError("update expected at most 1 argument, got %d", npos)
		}
		tmp := vm.NewDict(0)
		if npos == 1 {
			if err := updateDict(th, tmp, args[0]); err != nil {
				return nil, err
			}
		}
		for i, k := range kwnames {
			tmp.SetStr(k, args[npos+i])
		}
		var err error
		tmp.Items(func(k, v vm.Value) bool {
			err = th.SetItem(self, k, v)
			return err == nil
		})
		return vm.None, err
	})
	mixin(MutableMapping, "setdefault", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var key vm.Value
		def := vm.None
		if err := th.UnpackArgs("setdefault", args, kwnames, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		v, err := th.GetItem(self, key)
		if isKeyError(err) {
			return def, th.SetItem(self, key, def)
		}
		return v, err
	})
}

// toDict copies a mapping into a dict.
func toDict(th *vm.Thread, m vm.Value) (*vm.Dict, error) {
	if d, ok := m.(*vm.Dict); ok {
		return d, nil
	}
	d := vm.NewDict(0)
	keys, err := th.ToSlice(m)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		v, err := th.GetItem(m, k)
		if err != nil {
			return nil, err
		}
		if err := d.SetItem(th, k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// seqIter iterates a Sequence by index until IndexError (forwards), or from
// len-1 down to 0 (backwards).
type seqIter struct {
	seq     vm.Value
	i       int64
	reverse bool
	done    bool
}

var seqIterClass = vm.NewIteratorClass("generator", "builtins", nil)

func (*seqIter) Type() *vm.Class { return seqIterClass }

func (it *seqIter) Next(th *vm.Thread) (vm.Value, error) {
	if it.done || (it.reverse && it.i < 0) {
		return nil, nil
	}
	v, err := th.GetItem(it.seq, vm.MakeInt(it.i))
	if err != nil {
		it.done = true
		if isIndexError(err) {
			return nil, nil
		}
		return nil, err
	}
	if it.reverse {
		it.i--
	} else {
		it.i++
	}
	return v, nil
}

func addSequenceMixins() {
	mixin(Sequence, "__iter__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return &seqIter{seq: self}, nil
	})
	mixin(Sequence, "__reversed__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		n, err := th.Len(self)
		return &seqIter{seq: self, i: int64(n) - 1, reverse: true}, err
	})
	mixin(Sequence, "__contains__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__contains__", args, kwnames, 1); err != nil {
			return nil, err
		}
		found := false
		err := th.ForEach(self, func(v vm.Value) error {
			eq, err := th.Equal(v, args[0])
			if eq {
				found = true
				return errStop
			}
			return err
		})
		if err == errStop {
			err = nil
		}
		return vm.MakeBool(found), err
	})
	mixin(Sequence, "index", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		var value vm.Value
		start, stop := vm.Value(vm.MakeInt(0)), vm.None
		if err := th.UnpackArgs("index", args, kwnames, "value", &value, "start?", &start, "stop?", &stop); err != nil {
			return nil, err
		}
		n, err := th.Len(self)
		if err != nil {
			return nil, err
		}
		s, ok := vm.AsInt64(start)
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", start.Type().Name)
		}
		if s < 0 {
			s = max(s+int64(n), 0)
		}
		e := int64(-1)
		if !vm.Is(stop, vm.None) {
			if e, ok = vm.AsInt64(stop); !ok {
				return nil, th.TypeError("'%s' object cannot be interpreted as an integer", stop.Type().Name)
			}
			if e < 0 {
				e += int64(n)
			}
		}
		for i := s; e < 0 || i < e; i++ {
			v, err := th.GetItem(self, vm.MakeInt(i))
			if err != nil {
				if isIndexError(err) {
					break
				}
				return nil, err
			}
			if eq, err := th.Equal(v, value); err != nil || eq {
				return vm.MakeInt(i), err
			}
		}
		return nil, vm.NewException(vm.ValueErrorClass)
	})
	mixin(Sequence, "count", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("count", args, kwnames, 1); err != nil {
			return nil, err
		}
		n := int64(0)
		err := th.ForEach(self, func(v vm.Value) error {
			eq, err := th.Equal(v, args[0])
			if eq {
				n++
			}
			return err
		})
		return vm.MakeInt(n), err
	})

	call := func(th *vm.Thread, self vm.Value, name string, args ...vm.Value) (vm.Value, error) {
		m, err := th.GetAttr(self, name)
		if err != nil {
			return nil, err
		}
		return th.CallValue(m, args, nil)
	}
	mixin(MutableSequence, "append", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("append", args, kwnames, 1); err != nil {
			return nil, err
		}
		n, err := th.Len(self)
		if err != nil {
			return nil, err
		}
		_, err = call(th, self, "insert", vm.MakeInt(int64(n)), args[0])
		return vm.None, err
	})
	mixin(MutableSequence, "extend", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("extend", args, kwnames, 1); err != nil {
			return nil, err
		}
		src := args[0]
		if vm.Is(src, self) {
			items, err := th.ToSlice(src)
			if err != nil {
				return nil, err
			}
			src = vm.NewList(items)
		}
		return vm.None, th.ForEach(src, func(v vm.Value) error {
			_, err := call(th, self, "append", v)
			return err
		})
	})
	mixin(MutableSequence, "__iadd__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		_, err := call(th, self, "extend", args...)
		return self, err
	})
	mixin(MutableSequence, "pop", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		index := vm.Value(vm.MakeInt(-1))
		if err := th.UnpackArgs("pop", args, kwnames, "index?", &index); err != nil {
			return nil, err
		}
		v, err := th.GetItem(self, index)
		if err != nil {
			return nil, err
		}
		return v, th.DelItem(self, index)
	})
	mixin(MutableSequence, "remove", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("remove", args, kwnames, 1); err != nil {
			return nil, err
		}
		i, err := call(th, self, "index", args[0])
		if err != nil {
			return nil, err
		}
		return vm.None, th.DelItem(self, i)
	})
	mixin(MutableSequence, "clear", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		for {
			if _, err := call(th, self, "pop"); err != nil {
				if isIndexError(err) {
					return vm.None, nil
				}
				return nil, err
			}
		}
	})
	mixin(MutableSequence, "reverse", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		n, err := th.Len(self)
		if err != nil {
			return nil, err
		}
		for i := 0; i < n/2; i++ {
			a, b := vm.MakeInt(int64(i)), vm.MakeInt(int64(n-i-1))
			x, err := th.GetItem(self, a)
			if err != nil {
				return nil, err
			}
			y, err := th.GetItem(self, b)
			if err != nil {
				return nil, err
			}
			if err := th.SetItem(self, a, y); err != nil {
				return nil, err
			}
			if err := th.SetItem(self, b, x); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	})
}

// errStop ends a ForEach early.
var errStop = vm.NewException(vm.StopIterationClass)

// viewIter iterates a mapping view: the keys, values or items of the
// mapping.
type viewIter struct {
	mapping vm.Value
	keys    vm.Iterator
	kind    *vm.Class
}

var viewIterClass = vm.NewIteratorClass("generator", "builtins", nil)

func (*viewIter) Type() *vm.Class { return viewIterClass }

func (it *viewIter) Next(th *vm.Thread) (vm.Value, error) {
	k, err := it.keys.Next(th)
	if err != nil || k == nil || it.kind == KeysView {
		return k, err
	}
	v, err := th.GetItem(it.mapping, k)
	if err != nil {
		return nil, err
	}
	if it.kind == ValuesView {
		return v, nil
	}
	return vm.Tuple{k, v}, nil
}

func addViewMixins() {
	mapping := func(th *vm.Thread, self vm.Value) (vm.Value, error) { return th.GetAttr(self, "_mapping") }
	mixin(MappingView, "__init__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__init__", args, kwnames, 1); err != nil {
			return nil, err
		}
		return vm.None, th.SetAttr(self, "_mapping", args[0])
	})
	mixin(MappingView, "__len__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		m, err := mapping(th, self)
		if err != nil {
			return nil, err
		}
		n, err := th.Len(m)
		return vm.MakeInt(int64(n)), err
	})
	mixin(MappingView, "__repr__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		m, err := mapping(th, self)
		if err != nil {
			return nil, err
		}
		s, err := th.Repr(m)
		return vm.Str(self.Type().Name + "(" + s + ")"), err
	})
	for _, view := range []*vm.Class{KeysView, ItemsView, ValuesView} {
		kind := view
		mixin(view, "__iter__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			m, err := mapping(th, self)
			if err != nil {
				return nil, err
			}
			keys, err := th.Iter(m)
			if err != nil {
				return nil, err
			}
			return &viewIter{mapping: m, keys: keys, kind: kind}, nil
		})
	}
	mixin(KeysView, "__contains__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		m, err := mapping(th, self)
		if err != nil {
			return nil, err
		}
		ok, err := th.Contains(m, args[0])
		return vm.MakeBool(ok), err
	})
	for _, view := range []*vm.Class{ItemsView, ValuesView} {
		mixin(view, "__contains__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			found := false
			err := th.ForEach(self, func(v vm.Value) error {
				eq, err := th.Equal(v, args[0])
				if eq {
					found = true
					return errStop
				}
				return err
			})
			if err == errStop {
				err = nil
			}
			return vm.MakeBool(found), err
		})
	}
}
