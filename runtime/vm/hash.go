package vm

import (
	"hash/maphash"
	"math"
	"unsafe"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

var strSeed = maphash.MakeSeed()

// Hash returns Python's hash(v). Numbers hash as in CPython (so equal
// numbers of different types hash alike and sets of ints iterate in
// CPython's order); strings use a per-process random seed, as CPython does.
func (th *Thread) Hash(v Value) (int64, error) {
	switch v := v.(type) {
	case Str:
		return fixHash(int64(maphash.String(strSeed, string(v)))), nil
	case Int:
		return pyfmt.HashInt(int64(v)), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		if h, ok := pyfmt.HashFloat(float64(v)); ok {
			return h, nil
		}
		return identityHashOf(v), nil
	case BigInt:
		return pyfmt.HashBigInt(v.v), nil
	case Tuple:
		return th.hashTuple(v)
	case Bytes:
		return fixHash(int64(maphash.String(strSeed, "b"+string(v)))), nil
	case NoneType:
		return 0x5f3759df, nil
	case *Set:
		if v.frozen {
			return th.hashFrozenSet(v)
		}
	case *Instance:
		return th.hashInstance(v)
	case *Exception:
		if m := v.cls.Lookup("__hash__"); m != nil && v.cls.IsUser() {
			if _, isObj := m.(*Method); !isObj {
				return th.callHash(v, m)
			}
		}
		return identityHash(unsafe.Pointer(v)), nil
	case *Class:
		return identityHash(unsafe.Pointer(v)), nil
	case *Function:
		return identityHash(unsafe.Pointer(v)), nil
	case *Builtin:
		return identityHash(unsafe.Pointer(v)), nil
	case *Module:
		return identityHash(unsafe.Pointer(v)), nil
	case *Range:
		// range_hash: hash((len, start, step)) with None for what does
		// not matter.
		switch n := v.Len(); n {
		case 0:
			return th.hashTuple(Tuple{MakeInt(0), None, None})
		case 1:
			return th.hashTuple(Tuple{MakeInt(1), MakeInt(v.Start), None})
		default:
			return th.hashTuple(Tuple{MakeInt(n), MakeInt(v.Start), MakeInt(v.Step)})
		}
	case *BoundMethod:
		h1, err := th.Hash(v.Func)
		if err != nil {
			return 0, err
		}
		h2, err := th.Hash(v.Self)
		if err != nil {
			return 0, err
		}
		return fixHash(h1 ^ h2), nil
	}
	if h, ok := v.(interface{ Hash(*Thread) (int64, error) }); ok {
		return h.Hash(th)
	}
	switch v.(type) {
	case *List, *Dict, *Set, *SliceObj:
		return 0, th.TypeError("unhashable type: '%s'", v.Type().Name)
	}
	return identityHashOf(v), nil
}

// hashKey is Hash for dict and set internals.
func (th *Thread) hashKey(v Value) (uint64, error) {
	if s, ok := v.(Str); ok {
		return strHash(string(s)), nil
	}
	if i, ok := v.(Int); ok {
		return uint64(pyfmt.HashInt(int64(i))), nil
	}
	h, err := th.Hash(v)
	return uint64(h), err
}

// strHash is the hash of a str key.
func strHash(s string) uint64 { return uint64(fixHash(int64(maphash.String(strSeed, s)))) }

// StrHash returns the hash a dict uses for the str key s (for
// Dict.GetStrHash; stable for the life of the process).
func StrHash(s string) uint64 { return strHash(s) }

func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// hashTuple is CPython 3.11's tuple hash.
func (th *Thread) hashTuple(t Tuple) (int64, error) {
	hs := make([]int64, len(t))
	for i, x := range t {
		h, err := th.Hash(x)
		if err != nil {
			return 0, err
		}
		hs[i] = h
	}
	return pyfmt.HashTuple(hs), nil
}

// hashFrozenSet is CPython's frozenset hash: the xor of the shuffled hashes
// of the members (CPython also xors empty and dummy slots, which cancels
// out), then the size, then a final dispersion.
func (th *Thread) hashFrozenSet(s *Set) (int64, error) {
	var hash uint64
	for _, e := range s.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		h := uint64(e.hash)
		hash ^= ((h ^ 89869747) ^ (h << 16)) * 3644798167
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == math.MaxUint64 {
		hash = 590923713
	}
	return int64(hash), nil
}

func (th *Thread) hashInstance(o *Instance) (int64, error) {
	m := o.cls.Lookup("__hash__")
	if m == nil {
		return identityHash(unsafe.Pointer(o)), nil
	}
	if _, ok := m.(NoneType); ok {
		return 0, th.TypeError("unhashable type: '%s'", o.cls.Name)
	}
	if meth, ok := m.(*Method); ok && meth.Class == ObjectClass {
		return identityHash(unsafe.Pointer(o)), nil
	}
	return th.callHash(o, m)
}

func (th *Thread) callHash(self, m Value) (int64, error) {
	r, err := th.CallValue(m, []Value{self}, nil)
	if err != nil {
		return 0, err
	}
	switch r := r.(type) {
	case Int:
		return pyfmt.HashInt(int64(r)), nil
	case BigInt:
		return pyfmt.HashBigInt(r.v), nil
	case Bool:
		if r {
			return 1, nil
		}
		return 0, nil
	}
	return 0, th.TypeError("__hash__ method should return an integer")
}

// identityHash is the hash of objects compared by identity (CPython uses the
// address divided by 16).
func identityHash(p unsafe.Pointer) int64 { return int64(uintptr(p) >> 4) }

func identityHashOf(v Value) int64 {
	type iface struct {
		typ, data unsafe.Pointer
	}
	return identityHash((*iface)(unsafe.Pointer(&v)).data)
}
