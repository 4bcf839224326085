// Package functools is Python's functools module for the hfc VM: reduce,
// partial, lru_cache and cache, wraps and update_wrapper, total_ordering,
// cmp_to_key, cached_property and singledispatch.
package functools

import (
	"context"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/collections"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "functools"

var (
	wrapperAssignments = vm.Tuple{vm.Str("__module__"), vm.Str("__name__"), vm.Str("__qualname__"), vm.Str("__doc__"), vm.Str("__annotations__")}
	wrapperUpdates     = vm.Tuple{vm.Str("__dict__")}

	// cacheInfoClass is functools' CacheInfo named tuple.
	cacheInfoClass = func() *vm.Class {
		c, err := collections.NamedTuple(vm.NewThread(context.Background()), "CacheInfo", []string{"hits", "misses", "maxsize", "currsize"}, nil, module)
		if err != nil {
			panic(err)
		}
		return c
	}()

	updateWrapperFn = vm.NewBuiltin("update_wrapper", updateWrapper)
)

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"reduce":              vm.NewBuiltin("reduce", reduce),
			"partial":             partialClass,
			"partialmethod":       partialMethodClass,
			"lru_cache":           vm.NewBuiltin("lru_cache", lruCache),
			"cache":               vm.NewBuiltin("cache", cache),
			"update_wrapper":      updateWrapperFn,
			"wraps":               vm.NewBuiltin("wraps", wraps),
			"WRAPPER_ASSIGNMENTS": wrapperAssignments,
			"WRAPPER_UPDATES":     wrapperUpdates,
			"total_ordering":      vm.NewBuiltin("total_ordering", totalOrdering),
			"cmp_to_key":          vm.NewBuiltin("cmp_to_key", cmpToKey),
			"cached_property":     cachedPropertyClass,
			"singledispatch":      vm.NewBuiltin("singledispatch", singledispatch),
		})
	})
}

// reduce is reduce(function, iterable[, initial]).
func reduce(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("reduce", kwnames); err != nil {
		return nil, err
	}
	if err := th.PositionalArgs("reduce", args, nil, 2, 3); err != nil {
		return nil, err
	}
	it, err := th.Iter(args[1])
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && e.Matches(vm.TypeErrorClass) {
			return nil, th.TypeError("reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	var acc vm.Value
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, err = th.CallValue(args[0], []vm.Value{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, th.TypeError("reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// updateWrapper is update_wrapper(wrapper, wrapped,
// assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES).
func updateWrapper(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var wrapper, wrapped vm.Value
	assigned, updated := vm.Value(wrapperAssignments), vm.Value(wrapperUpdates)
	if err := th.UnpackArgs("update_wrapper", args, kwnames, "wrapper", &wrapper, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	err := th.ForEach(assigned, func(a vm.Value) error {
		name, ok := a.(vm.Str)
		if !ok {
			return th.TypeError("attribute name must be string, not '%s'", a.Type().Name)
		}
		v, err := th.GetAttr(wrapped, string(name))
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
				return nil
			}
			return err
		}
		return th.SetAttr(wrapper, string(name), v)
	})
	if err != nil {
		return nil, err
	}
	err = th.ForEach(updated, func(a vm.Value) error {
		name, ok := a.(vm.Str)
		if !ok {
			return th.TypeError("attribute name must be string, not '%s'", a.Type().Name)
		}
		dst, err := th.GetAttr(wrapper, string(name))
		if err != nil {
			return err
		}
		src, err := th.GetAttr(wrapped, string(name))
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
				return nil
			}
			return err
		}
		d, ok := dst.(*vm.Dict)
		if !ok {
			return th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'update'", dst.Type().Name)
		}
		s, ok := src.(*vm.Dict)
		if !ok {
			return th.TypeError("'%s' object is not iterable", src.Type().Name)
		}
		s.Items(func(k, v vm.Value) bool {
			err = d.SetItem(th, k, v)
			return err == nil
		})
		return err
	})
	if err != nil {
		return nil, err
	}
	return wrapper, th.SetAttr(wrapper, "__wrapped__", wrapped)
}

// wraps is wraps(wrapped, assigned=…, updated=…): a partial of
// update_wrapper, as in CPython.
func wraps(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var wrapped vm.Value
	assigned, updated := vm.Value(wrapperAssignments), vm.Value(wrapperUpdates)
	if err := th.UnpackArgs("wraps", args, kwnames, "wrapped", &wrapped, "assigned?", &assigned, "updated?", &updated); err != nil {
		return nil, err
	}
	kw := vm.NewDict(3)
	kw.SetStr("wrapped", wrapped)
	kw.SetStr("assigned", assigned)
	kw.SetStr("updated", updated)
	return &partial{cls: partialClass, fn: updateWrapperFn, args: vm.Tuple{}, kw: kw}, nil
}

// funcAttrs gives the wrappers written in Go a __dict__ and the
// attributes that update_wrapper copies to them.
type funcAttrs struct {
	attrs *vm.Dict
}

func (f *funcAttrs) dict() *vm.Dict {
	if f.attrs == nil {
		f.attrs = vm.NewDict(0)
	}
	return f.attrs
}

func (f *funcAttrs) getAttr(name string) (vm.Value, bool) {
	if name == "__dict__" {
		return f.dict(), true
	}
	if f.attrs == nil {
		return nil, false
	}
	return f.attrs.GetStr(name)
}

func (f *funcAttrs) setAttr(th *vm.Thread, name string, v vm.Value) error {
	if name == "__dict__" {
		d, ok := v.(*vm.Dict)
		if !ok {
			return th.TypeError("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
		}
		f.attrs = d
		return nil
	}
	return f.dict().SetItem(th, vm.Str(name), v)
}

// bind makes a wrapper written in Go bind as a method, as functions do.
func bind(fn, obj vm.Value) vm.Value {
	if obj == nil {
		return fn
	}
	return &vm.BoundMethod{Self: obj, Func: fn}
}
