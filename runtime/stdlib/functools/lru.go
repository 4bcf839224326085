package functools

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

var lruWrapperClass = vm.NewGoClass("_lru_cache_wrapper", module, nil, nil)

// kwdMark separates the positional arguments of a cache key from the
// keyword arguments.
var kwdMark = vm.NewInstance(vm.ObjectClass)

// lruWrapper is the function lru_cache returns: the cache is a dict in
// least recently used order (a hit moves its key to the end; the first
// key is evicted when the cache is full).
type lruWrapper struct {
	funcAttrs
	fn      vm.Value
	maxsize int // -1: unbounded
	typed   bool
	cache   *vm.Dict
	hits    int64
	misses  int64
}

func (*lruWrapper) Type() *vm.Class { return lruWrapperClass }

func init() {
	lruWrapperClass.AddMethod("cache_info", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("cache_info", args, kwnames, 0); err != nil {
			return nil, err
		}
		w := self.(*lruWrapper)
		maxsize := vm.None
		if w.maxsize >= 0 {
			maxsize = vm.MakeInt(int64(w.maxsize))
		}
		return vm.NewTupleSub(cacheInfoClass, vm.Tuple{vm.MakeInt(w.hits), vm.MakeInt(w.misses), maxsize, vm.MakeInt(int64(w.cache.Len()))}), nil
	})
	lruWrapperClass.AddMethod("cache_clear", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("cache_clear", args, kwnames, 0); err != nil {
			return nil, err
		}
		w := self.(*lruWrapper)
		w.cache.Clear()
		w.hits, w.misses = 0, 0
		return vm.None, nil
	})
}

// makeKey is CPython's lru_cache_make_key: the arguments, the keyword
// arguments after a marker, their types when typed; a lone int or str
// argument is its own key.
func makeKey(args []vm.Value, kwnames []string, typed bool) vm.Value {
	npos := len(args) - len(kwnames)
	if !typed && len(kwnames) == 0 && npos == 1 {
		switch args[0].(type) {
		case vm.Int, vm.BigInt, vm.Str:
			return args[0]
		}
	}
	key := make(vm.Tuple, 0, len(args)+len(kwnames)+1)
	key = append(key, args[:npos]...)
	if len(kwnames) > 0 {
		key = append(key, kwdMark)
		for i, k := range kwnames {
			key = append(key, vm.Str(k), args[npos+i])
		}
	}
	if typed {
		for _, a := range args {
			key = append(key, a.Type())
		}
	}
	return key
}

// Call looks the arguments up in the cache, or calls the function and
// stores its result.
func (w *lruWrapper) Call(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if w.maxsize == 0 {
		w.misses++
		return th.CallValue(w.fn, args, kwnames)
	}
	key := makeKey(args, kwnames, w.typed)
	v, ok, err := w.cache.Get(th, key)
	if err != nil {
		return nil, err
	}
	if ok {
		w.hits++
		if w.maxsize > 0 {
			if _, err := w.cache.MoveToEnd(th, key, true); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	w.misses++
	r, err := th.CallValue(w.fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	if w.maxsize > 0 {
		// A recursive call may have cached the key meanwhile.
		if _, ok, err := w.cache.Get(th, key); err != nil || ok {
			return r, err
		}
		if w.cache.Len() >= w.maxsize {
			w.cache.PopFirst()
		}
	}
	return r, w.cache.SetItem(th, key, r)
}

func (w *lruWrapper) DescrGet(th *vm.Thread, obj vm.Value, cls *vm.Class) (vm.Value, error) {
	return bind(w, obj), nil
}

func (w *lruWrapper) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	v, ok := w.getAttr(name)
	return v, ok, nil
}

func (w *lruWrapper) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	return w.setAttr(th, name, v)
}

// newLRU wraps fn in a cache (maxsize -1: unbounded) and copies fn's
// attributes to the wrapper.
func newLRU(th *vm.Thread, fn vm.Value, maxsize int, typed bool) (vm.Value, error) {
	w := &lruWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: vm.NewDict(0)}
	params := vm.NewDict(2)
	if maxsize >= 0 {
		params.SetStr("maxsize", vm.MakeInt(int64(maxsize)))
	} else {
		params.SetStr("maxsize", vm.None)
	}
	params.SetStr("typed", vm.MakeBool(typed))
	w.dict().SetStr("cache_parameters", vm.NewBuiltin("<lambda>", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("<lambda>", args, kwnames, 0); err != nil {
			return nil, err
		}
		return params.Copy(), nil
	}))
	return updateWrapper(th, []vm.Value{w, fn}, nil)
}

// lruCache is lru_cache(maxsize=128, typed=False), usable bare as
// @lru_cache.
func lruCache(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	maxsizeV, typedV := vm.Value(vm.MakeInt(128)), vm.Value(vm.False)
	if err := th.UnpackArgs("lru_cache", args, kwnames, "maxsize?", &maxsizeV, "typed?", &typedV); err != nil {
		return nil, err
	}
	maxsize := -1
	switch m := maxsizeV.(type) {
	case vm.Int, vm.Bool, vm.BigInt:
		n, ok := vm.AsInt64(m)
		if !ok {
			n = 1 << 62
		}
		maxsize = int(max(n, 0))
	case vm.NoneType:
	default:
		if _, isBool := typedV.(vm.Bool); vm.IsCallable(m) && isBool {
			return newLRU(th, m, 128, bool(typedV.(vm.Bool)))
		}
		return nil, th.TypeError("Expected first argument to be an integer, a callable, or None")
	}
	typed, err := th.Truth(typedV)
	if err != nil {
		return nil, err
	}
	return vm.NewBuiltin("decorating_function", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("decorating_function", args, kwnames, 1); err != nil {
			return nil, err
		}
		return newLRU(th, args[0], maxsize, typed)
	}), nil
}

// cache is cache(user_function): an unbounded lru_cache.
func cache(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("cache", args, kwnames, 1); err != nil {
		return nil, err
	}
	return newLRU(th, args[0], -1, false)
}
