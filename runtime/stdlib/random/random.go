// Package random is Python's random module for the hfc VM. It reproduces
// CPython 3.11's sequences exactly: the same Mersenne Twister, seeding
// (ints split into 32-bit words, str and bytes hashed with SHA-512 as
// version 2 does, None from the OS entropy source) and the algorithms of
// random.py for every method, with its error messages.
package random

import (
	"crypto/sha512"
	"math"
	"math/big"
	"sync"

	"github.com/hyperflask/hfc/runtime/libm"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	randomClass = vm.NewGoClass("Random", "random", nil, newRandom)
	systemRandomClass = vm.NewGoClass("SystemRandom", "random", randomClass, newRandom)
	loader.RegisterGoModule("random", newModule)
}

// Random is an instance of random.Random (or SystemRandom): a generator
// with its own state.
type Random struct {
	cls       *vm.Class
	mt        mt19937
	gaussNext vm.Value // None or the cached second value of gauss()
}

// Type implements vm.Value.
func (r *Random) Type() *vm.Class { return r.cls }

func (r *Random) system() bool { return r.cls == systemRandomClass }

// randomClass is random.Random; systemRandomClass is random.SystemRandom.
var (
	randomClass       *vm.Class
	systemRandomClass *vm.Class
	methodsOnce       sync.Once
)

// newRandom is Random(x=None).
func newRandom(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	a, err := bind(th, cls.Name+".__init__", args, kwnames, []param{{name: "x", def: vm.None}})
	if err != nil {
		return nil, err
	}
	r := &Random{cls: cls, gaussNext: vm.None}
	if r.system() {
		return r, nil
	}
	if err := r.seed(th, a[0], vm.MakeInt(2)); err != nil {
		return nil, err
	}
	return r, nil
}

func self(th *vm.Thread, v vm.Value) (*Random, error) {
	r, ok := v.(*Random)
	if !ok {
		return nil, th.TypeError("descriptor requires a 'random.Random' object but received a '%s'", v.Type().Name)
	}
	return r, nil
}

// method adds a method taking the receiver as a *Random.
func method(c *vm.Class, name string, fn func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error)) {
	c.AddMethod(name, func(th *vm.Thread, s vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		r, err := self(th, s)
		if err != nil {
			return nil, err
		}
		return fn(th, r, args, kwnames)
	})
}

var methodNames = []string{"seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
	"shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
	"gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"}

func addMethods() {
	c := randomClass
	method(c, "seed", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := bind(th, c.Name+".seed", args, kwnames, []param{{name: "a", def: vm.None}, {name: "version", def: vm.MakeInt(2)}})
		if err != nil {
			return nil, err
		}
		if r.system() {
			return vm.None, nil
		}
		return vm.None, r.seed(th, a[0], a[1])
	})
	method(c, "random", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.NoKwargs("Random.random", kwnames); err != nil {
			return nil, err
		}
		if len(args) != 0 {
			return nil, th.TypeError("Random.random() takes no arguments (%d given)", len(args))
		}
		return vm.Float(r.random()), nil
	})
	method(c, "getrandbits", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("Random.getrandbits", args, kwnames, 1); err != nil {
			return nil, err
		}
		k, err := intArg(th, args[0])
		if err != nil {
			return nil, err
		}
		return r.getrandbits(th, k)
	})
	method(c, "randbytes", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := bind(th, c.Name+".randbytes", args, kwnames, []param{{name: "n"}})
		if err != nil {
			return nil, err
		}
		n, err := intArg(th, a[0])
		if err != nil {
			return nil, err
		}
		bits, err := r.getrandbits(th, n*8)
		if err != nil {
			return nil, err
		}
		b := vm.IntToBig(bits).Bytes()
		out := make([]byte, n)
		for i := range b {
			out[i] = b[len(b)-1-i]
		}
		return vm.Bytes(out), nil
	})
	method(c, "getstate", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("Random.getstate", args, kwnames, 0); err != nil {
			return nil, err
		}
		if r.system() {
			return nil, notImplemented(th)
		}
		st := make(vm.Tuple, stateLength)
		for i, w := range r.mt.state {
			st[i] = vm.MakeInt(int64(w))
		}
		st[mtN] = vm.MakeInt(int64(r.mt.index))
		return vm.Tuple{vm.MakeInt(3), st, r.gaussNext}, nil
	})
	method(c, "setstate", func(th *vm.Thread, r *Random, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := bind(th, c.Name+".setstate", args, kwnames, []param{{name: "state"}})
		if err != nil {
			return nil, err
		}
		if r.system() {
			return nil, notImplemented(th)
		}
		return vm.None, r.setstate(th, a[0])
	})
	addDistributions(c)
	addSequences(c)
}

func notImplemented(th *vm.Thread) error {
	return th.Raise(vm.NotImplementedErrorClass, "System entropy source does not have state.")
}

// intArg converts an argument of a C method declared as int.
func intArg(th *vm.Thread, v vm.Value) (int, error) {
	i, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	n, ok := vm.AsInt64(i)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C int")
	}
	return int(n), nil
}

// random is random(): from the generator, or for SystemRandom from the OS
// entropy source (56 random bits shifted down to 53).
func (r *Random) random() float64 {
	if r.system() {
		b := systemBytes(7)
		var x uint64
		for _, c := range b {
			x = x<<8 | uint64(c)
		}
		return float64(x>>3) * (1.0 / (1 << 53))
	}
	return r.mt.float64()
}

func (r *Random) getrandbits(th *vm.Thread, k int) (vm.Value, error) {
	if k < 0 {
		return nil, th.ValueError("number of bits must be non-negative")
	}
	if k == 0 {
		return vm.MakeInt(0), nil
	}
	if r.system() {
		n := (k + 7) / 8
		x := new(big.Int).SetBytes(systemBytes(n))
		return vm.MakeBigInt(x.Rsh(x, uint(n*8-k))), nil
	}
	return vm.MakeBigInt(r.mt.bits(k)), nil
}

// below is _randbelow(n) for an int n > 0.
func (r *Random) below(th *vm.Thread, n vm.Value) (vm.Value, error) {
	if i, ok := n.(vm.Int); ok && i > 0 && !r.system() {
		return vm.MakeInt(int64(r.mt.below(uint64(i)))), nil
	}
	b := vm.IntToBig(n)
	if r.system() {
		k := b.BitLen()
		for {
			v, err := r.getrandbits(th, k)
			if err != nil {
				return nil, err
			}
			if vm.IntToBig(v).Cmp(b) < 0 {
				return v, nil
			}
		}
	}
	return vm.MakeBigInt(r.mt.belowBig(b)), nil
}

// belowInt is _randbelow for a Go int n > 0.
func (r *Random) belowInt(th *vm.Thread, n int) (int, error) {
	if !r.system() {
		return int(r.mt.below(uint64(n))), nil
	}
	v, err := r.below(th, vm.MakeInt(int64(n)))
	if err != nil {
		return 0, err
	}
	i, _ := vm.AsInt64(v)
	return int(i), nil
}

// seed is Random.seed(a, version).
func (r *Random) seed(th *vm.Thread, a, version vm.Value) error {
	r.gaussNext = vm.None
	v1, err := th.Equal(version, vm.MakeInt(1))
	if err != nil {
		return err
	}
	v2, err := th.Equal(version, vm.MakeInt(2))
	if err != nil {
		return err
	}
	switch x := a.(type) {
	case vm.NoneType:
		r.mt.seedEntropy()
		return nil
	case vm.Str, vm.Bytes:
		var s string
		if str, ok := x.(vm.Str); ok {
			s = string(str)
		} else {
			s = string(x.(vm.Bytes))
		}
		switch {
		case v1:
			r.mt.seedInt(seedV1(x))
			return nil
		case v2:
			sum := sha512.Sum512([]byte(s))
			n := new(big.Int).SetBytes(append([]byte(s), sum[:]...))
			r.mt.seedInt(n)
			return nil
		}
		h, err := th.Hash(a)
		if err != nil {
			return err
		}
		r.mt.seedInt(new(big.Int).SetUint64(uint64(h)))
		return nil
	case vm.Int, vm.BigInt, vm.Bool:
		n := vm.IntToBig(x)
		r.mt.seedInt(n.Abs(n))
		return nil
	case vm.Float:
		h, err := th.Hash(a)
		if err != nil {
			return err
		}
		r.mt.seedInt(new(big.Int).SetUint64(uint64(h)))
		return nil
	}
	return th.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// seedV1 is the version 1 seed of a str or bytes (bytes read as latin-1).
func seedV1(a vm.Value) *big.Int {
	var runes []rune
	switch x := a.(type) {
	case vm.Str:
		runes = []rune(string(x))
	case vm.Bytes:
		for i := 0; i < len(x); i++ {
			runes = append(runes, rune(x[i]))
		}
	}
	var h uint64
	if len(runes) > 0 {
		h = uint64(runes[0]) << 7
	}
	for _, c := range runes {
		h = (1000003 * h) ^ uint64(c)
	}
	h ^= uint64(len(runes))
	return new(big.Int).SetUint64(h)
}

// setstate is Random.setstate(state).
func (r *Random) setstate(th *vm.Thread, state vm.Value) error {
	version, err := th.GetItem(state, vm.MakeInt(0))
	if err != nil {
		return err
	}
	v, _ := vm.AsInt64(version)
	isInt := false
	switch version.(type) {
	case vm.Int, vm.Bool:
		isInt = true
	}
	if !isInt || (v != 3 && v != 2) {
		vs, err := th.Str(version)
		if err != nil {
			return err
		}
		return th.ValueError("state with version %s passed to Random.setstate() of version 3", vs)
	}
	parts, err := th.ToSlice(state)
	if err != nil {
		return err
	}
	switch {
	case len(parts) < 3:
		return th.ValueError("not enough values to unpack (expected 3, got %d)", len(parts))
	case len(parts) > 3:
		return th.ValueError("too many values to unpack (expected 3)")
	}
	internal, gaussNext := parts[1], parts[2]
	if v == 2 {
		vals, err := th.ToSlice(internal)
		if err != nil {
			return err
		}
		t := make(vm.Tuple, len(vals))
		mod := big.NewInt(1 << 32)
		for i, x := range vals {
			b := vm.IntToBig(x)
			if b == nil {
				return th.TypeError("unsupported operand type(s) for %%: '%s' and 'int'", x.Type().Name)
			}
			t[i] = vm.MakeBigInt(b.Mod(b, mod))
		}
		internal = t
	}
	st, ok := internal.(vm.Tuple)
	if !ok {
		return th.TypeError("state vector must be a tuple")
	}
	if len(st) != stateLength {
		return th.ValueError("state vector is the wrong size")
	}
	var words [mtN]uint32
	for i := 0; i < mtN; i++ {
		w, err := unsignedLong(th, st[i])
		if err != nil {
			return err
		}
		words[i] = uint32(w)
	}
	idx, err := th.IndexValue(st[mtN])
	if err != nil {
		return err
	}
	index, ok := vm.AsInt64(idx)
	if !ok || index < 0 || index > mtN {
		return th.ValueError("invalid state")
	}
	r.mt.state = words
	r.mt.index = int(index)
	r.gaussNext = gaussNext
	return nil
}

func unsignedLong(th *vm.Thread, v vm.Value) (uint64, error) {
	b := vm.IntToBig(v)
	if b == nil {
		return 0, th.TypeError("an integer is required (got type %s)", v.Type().Name)
	}
	if b.Sign() < 0 {
		return 0, th.Raise(vm.OverflowErrorClass, "can't convert negative int to unsigned")
	}
	if !b.IsUint64() {
		return 0, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

// newModule builds the random module: the classes and the methods of a
// hidden Random instance seeded from the OS entropy source.
func newModule() *vm.Module {
	methodsOnce.Do(addMethods)
	inst := &Random{cls: randomClass, gaussNext: vm.None}
	inst.mt.seedEntropy()
	members := map[string]vm.Value{
		"Random":        randomClass,
		"SystemRandom":  systemRandomClass,
		"BPF":           vm.MakeInt(53),
		"RECIP_BPF":     vm.Float(1.0 / (1 << 53)),
		"TWOPI":         vm.Float(2 * math.Pi),
		"LOG4":          vm.Float(libm.Log(4.0)),
		"SG_MAGICCONST": vm.Float(1.0 + libm.Log(4.5)),
		"NV_MAGICCONST": vm.Float(nvMagic),
	}
	for _, name := range methodNames {
		members[name] = &vm.BoundMethod{Self: inst, Func: randomClass.Lookup(name)}
	}
	all := make([]vm.Value, 0, len(methodNames)+2)
	for _, n := range []string{"Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate",
		"gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint",
		"random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"} {
		all = append(all, vm.Str(n))
	}
	members["__all__"] = vm.NewList(all)
	return vm.NewGoModule("random", members)
}
