// Package copy is Python's copy module for the hfc VM: copy (shallow) and
// deepcopy with a memo dict keyed by id(), honouring __copy__,
// __deepcopy__, __reduce_ex__/__reduce__, __getstate__ and __setstate__
// as CPython's copy.py does.
package copy

import (
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "copy"

// ErrorClass is copy.Error.
var ErrorClass = vm.NewGoClass("Error", module, vm.ExceptionClass, nil)

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"copy": vm.NewBuiltin("copy", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				var x vm.Value
				if err := th.UnpackArgs("copy", args, kwnames, "x", &x); err != nil {
					return nil, err
				}
				return Copy(th, x)
			}),
			"deepcopy": vm.NewBuiltin("deepcopy", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				var x vm.Value
				memo := vm.None
				if err := th.UnpackArgs("deepcopy", args, kwnames, "x", &x, "memo?", &memo); err != nil {
					return nil, err
				}
				var m *vm.Dict
				if !vm.Is(memo, vm.None) {
					d, ok := memo.(*vm.Dict)
					if !ok {
						return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'get'", memo.Type().Name)
					}
					m = d
				}
				return DeepCopy(th, x, m)
			}),
			"Error": ErrorClass,
			"error": ErrorClass,
		})
	})
}

// atomic reports whether copies of v are v itself: immutable values,
// functions and classes.
func atomic(v vm.Value) bool {
	switch v.(type) {
	case vm.NoneType, vm.Bool, vm.Int, vm.BigInt, vm.Float, vm.Str, vm.Bytes, vm.EllipsisType, vm.NotImplementedType,
		*vm.Class, *vm.Function, *vm.Builtin, *vm.Method, *vm.Range, *vm.SliceObj, *vm.Property, *vm.Code:
		return true
	}
	return false
}

// Copy is copy.copy(x).
func Copy(th *vm.Thread, x vm.Value) (vm.Value, error) {
	switch v := x.(type) {
	case vm.Tuple:
		return x, nil
	case *vm.List:
		return vm.NewList(append([]vm.Value(nil), v.Elems...)), nil
	case *vm.Dict:
		if v.Type() == vm.DictClass {
			return v.Copy(), nil
		}
	case *vm.Set:
		if v.Frozen() {
			return v, nil
		}
		return copySet(th, v, nil)
	}
	if atomic(x) {
		return x, nil
	}
	cls := x.Type()
	if m := cls.Lookup("__copy__"); m != nil {
		return th.CallValue(m, []vm.Value{x}, nil)
	}
	return reconstruct(th, x, nil)
}

// DeepCopy is copy.deepcopy(x, memo); memo may be nil.
func DeepCopy(th *vm.Thread, x vm.Value, memo *vm.Dict) (vm.Value, error) {
	if memo == nil {
		memo = vm.NewDict(0)
	}
	d := &deep{th: th, memo: memo}
	return d.copy(x)
}

type deep struct {
	th   *vm.Thread
	memo *vm.Dict
}

func (d *deep) copy(x vm.Value) (vm.Value, error) {
	th := d.th
	id := vm.MakeInt(vm.ID(x))
	if !atomic(x) {
		if y, ok, err := d.memo.Get(th, id); err != nil || ok {
			return y, err
		}
	}
	y, err := d.dispatch(x)
	if err != nil {
		return nil, err
	}
	if !vm.Is(y, x) {
		if err := d.memo.SetItem(th, id, y); err != nil {
			return nil, err
		}
		if err := d.keepAlive(x); err != nil {
			return nil, err
		}
	}
	return y, nil
}

// keepAlive is copy._keep_alive: the originals are kept in the memo under
// id(memo), as CPython does.
func (d *deep) keepAlive(x vm.Value) error {
	key := vm.MakeInt(vm.ID(d.memo))
	l, ok, err := d.memo.Get(d.th, key)
	if err != nil {
		return err
	}
	if list, isList := l.(*vm.List); ok && isList {
		list.Elems = append(list.Elems, x)
		return nil
	}
	return d.memo.SetItem(d.th, key, vm.NewList([]vm.Value{x}))
}

func (d *deep) dispatch(x vm.Value) (vm.Value, error) {
	th := d.th
	if atomic(x) {
		return x, nil
	}
	switch v := x.(type) {
	case *vm.List:
		y := vm.NewList(make([]vm.Value, 0, len(v.Elems)))
		if err := d.memo.SetItem(th, vm.MakeInt(vm.ID(x)), y); err != nil {
			return nil, err
		}
		for i := 0; i < len(v.Elems); i++ {
			e, err := d.copy(v.Elems[i])
			if err != nil {
				return nil, err
			}
			y.Elems = append(y.Elems, e)
		}
		return y, nil
	case vm.Tuple:
		items := make(vm.Tuple, len(v))
		same := true
		for i, e := range v {
			c, err := d.copy(e)
			if err != nil {
				return nil, err
			}
			items[i] = c
			same = same && vm.Is(c, e)
		}
		// A member may have copied the tuple itself (a cycle through a
		// list).
		if y, ok, err := d.memo.Get(th, vm.MakeInt(vm.ID(x))); err != nil || ok {
			return y, err
		}
		if same {
			// x, not v: boxing the tuple again would make another object.
			return x, nil
		}
		return items, nil
	case *vm.Dict:
		if v.Type() == vm.DictClass {
			y := vm.NewDict(v.Len())
			if err := d.memo.SetItem(th, vm.MakeInt(vm.ID(x)), y); err != nil {
				return nil, err
			}
			for _, k := range v.Keys() {
				val, _, err := v.Get(th, k)
				if err != nil {
					return nil, err
				}
				ck, err := d.copy(k)
				if err != nil {
					return nil, err
				}
				cv, err := d.copy(val)
				if err != nil {
					return nil, err
				}
				if err := y.SetItem(th, ck, cv); err != nil {
					return nil, err
				}
			}
			return y, nil
		}
	case *vm.Set:
		return copySet(th, v, d)
	case *vm.BoundMethod:
		self, err := d.copy(v.Self)
		if err != nil {
			return nil, err
		}
		return &vm.BoundMethod{Self: self, Func: v.Func}, nil
	}
	if m := x.Type().Lookup("__deepcopy__"); m != nil {
		return th.CallValue(m, []vm.Value{x, d.memo}, nil)
	}
	return reconstruct(th, x, d)
}

// copySet copies a set or frozenset, its members deep-copied when d is not
// nil.
func copySet(th *vm.Thread, s *vm.Set, d *deep) (vm.Value, error) {
	y := vm.NewSet(s.Frozen())
	for _, m := range s.Members() {
		if d != nil {
			var err error
			if m, err = d.copy(m); err != nil {
				return nil, err
			}
		}
		if err := y.Add(th, m); err != nil {
			return nil, err
		}
	}
	return y, nil
}
