// Package hashlib is Python's hashlib module for the hfc VM: the MD5,
// SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 hash objects (update, digest,
// hexdigest, copy, name, digest_size, block_size), new(name) and
// pbkdf2_hmac.
package hashlib

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "hashlib"

var (
	hashClass = vm.NewGoClass("HASH", "_hashlib", nil, func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, th.TypeError("cannot create '_hashlib.HASH' instances")
	})
	xofClass    = vm.NewGoClass("HASHXOF", "_hashlib", hashClass, nil)
	blake2bType = vm.NewGoClass("blake2b", "_blake2", nil, nil)
	blake2sType = vm.NewGoClass("blake2s", "_blake2", nil, nil)
)

// algorithm describes one hash function.
type algorithm struct {
	new       func() hash.Hash
	blockSize int
	xof       bool
}

var algorithms = map[string]algorithm{
	"md5":        {md5.New, 64, false},
	"sha1":       {sha1.New, 64, false},
	"sha224":     {sha256.New224, 64, false},
	"sha256":     {sha256.New, 64, false},
	"sha384":     {sha512.New384, 128, false},
	"sha512":     {sha512.New, 128, false},
	"sha512_224": {sha512.New512_224, 128, false},
	"sha512_256": {sha512.New512_256, 128, false},
	"sha3_224":   {func() hash.Hash { return sha3.New224() }, 144, false},
	"sha3_256":   {func() hash.Hash { return sha3.New256() }, 136, false},
	"sha3_384":   {func() hash.Hash { return sha3.New384() }, 104, false},
	"sha3_512":   {func() hash.Hash { return sha3.New512() }, 72, false},
	"shake_128":  {func() hash.Hash { return shake{sha3.NewSHAKE128(), sha3.NewSHAKE128} }, 168, true},
	"shake_256":  {func() hash.Hash { return shake{sha3.NewSHAKE256(), sha3.NewSHAKE256} }, 136, true},
}

// guaranteed is hashlib.algorithms_guaranteed.
var guaranteed = []string{"blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256",
	"sha3_384", "sha3_512", "sha512", "shake_128", "shake_256"}

func init() {
	for _, c := range []*vm.Class{hashClass, blake2bType, blake2sType} {
		addHashMethods(c)
	}
	xofClass.AddMethod("digest", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		b, err := xofDigest(th, self.(*hashObj), args, kwnames, "digest")
		return vm.Bytes(b), err
	})
	xofClass.AddMethod("hexdigest", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		b, err := xofDigest(th, self.(*hashObj), args, kwnames, "hexdigest")
		return vm.Str(hex.EncodeToString(b)), err
	})
	loader.RegisterGoModule(module, func() *vm.Module {
		m := map[string]vm.Value{
			"new":         vm.NewBuiltin("__hash_new", hashNew),
			"pbkdf2_hmac": vm.NewBuiltin("pbkdf2_hmac", pbkdf2HMAC),
			"blake2b":     blake2Constructor("blake2b", blake2bType, 64, 16),
			"blake2s":     blake2Constructor("blake2s", blake2sType, 32, 8),
		}
		for name := range algorithms {
			if strings.HasPrefix(name, "sha512_") {
				continue
			}
			name := name
			m[name] = vm.NewBuiltin("openssl_"+name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if npos := len(args) - len(kwnames); npos > 1 {
					return nil, th.TypeError("openssl_%s() takes at most 1 positional argument (%d given)", name, npos)
				}
				data, usedfor := vm.Value(vm.Bytes("")), vm.Value(vm.True)
				if err := th.UnpackArgs("openssl_"+name, args, kwnames, "string?", &data, "$usedforsecurity?", &usedfor); err != nil {
					return nil, err
				}
				return newHash(th, name, data)
			})
		}
		g := vm.NewSet(true)
		avail := vm.NewSet(true)
		names := append([]string(nil), guaranteed...)
		for name := range algorithms {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, n := range names {
			_ = avail.Add(nil, vm.Str(n))
		}
		for _, n := range guaranteed {
			_ = g.Add(nil, vm.Str(n))
		}
		m["algorithms_guaranteed"] = g
		m["algorithms_available"] = avail
		return vm.NewGoModule(module, m)
	})
}

// shake adapts a SHAKE function to hash.Hash (Sum is not used: digests
// take a length); make makes a fresh one of the same kind.
type shake struct {
	*sha3.SHAKE
	make func() *sha3.SHAKE
}

func (s shake) Sum(b []byte) []byte { return b }
func (s shake) Size() int           { return 0 }

// hashObj is a hash object: _hashlib.HASH, HASHXOF, or a BLAKE2 object.
type hashObj struct {
	cls       *vm.Class
	name      string
	h         hash.Hash
	blockSize int
}

func (o *hashObj) Type() *vm.Class { return o.cls }

func (o *hashObj) Repr(th *vm.Thread) (string, error) {
	return fmt.Sprintf("<%s %s object @ %#x>", o.name, qualName(o.cls), vm.ID(o)), nil
}

func qualName(c *vm.Class) string { return c.Module + "." + c.Name }

func (o *hashObj) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "name":
		return vm.Str(o.name), true, nil
	case "digest_size":
		return vm.MakeInt(int64(o.h.Size())), true, nil
	case "block_size":
		return vm.MakeInt(int64(o.blockSize)), true, nil
	}
	return nil, false, nil
}

// dataArg reads data to hash.
func dataArg(th *vm.Thread, v vm.Value) ([]byte, error) {
	switch x := v.(type) {
	case vm.Bytes:
		return []byte(x), nil
	case vm.Str:
		return nil, th.TypeError("Strings must be encoded before hashing")
	}
	return nil, th.TypeError("object supporting the buffer API required")
}

func newHash(th *vm.Thread, name string, data vm.Value) (vm.Value, error) {
	alg := algorithms[name]
	cls := hashClass
	if alg.xof {
		cls = xofClass
	}
	o := &hashObj{cls: cls, name: name, h: alg.new(), blockSize: alg.blockSize}
	b, err := dataArg(th, data)
	if err != nil {
		return nil, err
	}
	o.h.Write(b)
	return o, nil
}

// hashNew is hashlib.new(name, data=b”, **kwargs).
func hashNew(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return nil, th.TypeError("__hash_new() missing 1 required positional argument: 'name'")
	}
	nv, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("new() argument 'name' must be str, not %s", args[0].Type().Name)
	}
	name := strings.ToLower(string(nv))
	if name == "blake2b" || name == "blake2s" {
		cons := blake2Constructor("blake2b", blake2bType, 64, 16)
		if name == "blake2s" {
			cons = blake2Constructor("blake2s", blake2sType, 32, 8)
		}
		return th.CallValue(cons, args[1:], kwnames)
	}
	if _, ok := algorithms[name]; !ok {
		return nil, th.ValueError("unsupported hash type %s", string(nv))
	}
	data := vm.Value(vm.Bytes(""))
	if npos > 1 {
		data = args[1]
	}
	for i, k := range kwnames {
		if k == "data" || k == "string" {
			data = args[npos+i]
		}
	}
	return newHash(th, name, data)
}

func addHashMethods(c *vm.Class) {
	c.AddMethod("update", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("update", args, kwnames, 1); err != nil {
			return nil, err
		}
		b, err := dataArg(th, args[0])
		if err != nil {
			return nil, err
		}
		self.(*hashObj).h.Write(b)
		return vm.None, nil
	})
	c.AddMethod("digest", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("digest", args, kwnames, 0); err != nil {
			return nil, err
		}
		return vm.Bytes(self.(*hashObj).h.Sum(nil)), nil
	})
	c.AddMethod("hexdigest", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("hexdigest", args, kwnames, 0); err != nil {
			return nil, err
		}
		return vm.Str(hex.EncodeToString(self.(*hashObj).h.Sum(nil))), nil
	})
	c.AddMethod("copy", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("copy", args, kwnames, 0); err != nil {
			return nil, err
		}
		o := self.(*hashObj)
		h, err := cloneHash(o.h)
		if err != nil {
			return nil, th.Raise(vm.ValueErrorClass, "%v", err)
		}
		return &hashObj{cls: o.cls, name: o.name, h: h, blockSize: o.blockSize}, nil
	})
}

// cloneHash copies the state of a hash.
func cloneHash(h hash.Hash) (hash.Hash, error) {
	switch x := h.(type) {
	case shake:
		data, err := x.MarshalBinary()
		if err != nil {
			return nil, err
		}
		c := shake{x.make(), x.make}
		return c, c.UnmarshalBinary(data)
	case *blake2:
		c := *x
		return &c, nil
	case hash.Cloner:
		c, err := x.Clone()
		if err != nil {
			return nil, err
		}
		return c.(hash.Hash), nil
	}
	return nil, fmt.Errorf("cannot copy %T", h)
}

// xofDigest is digest(length) of a SHAKE object: the state is not
// consumed.
func xofDigest(th *vm.Thread, o *hashObj, args []vm.Value, kwnames []string, name string) ([]byte, error) {
	var lv vm.Value
	if err := th.UnpackArgs(name, args, kwnames, "length", &lv); err != nil {
		return nil, err
	}
	n, ok := vm.AsInt64(lv)
	if !ok {
		return nil, th.TypeError("'%s' object cannot be interpreted as an integer", lv.Type().Name)
	}
	if n < 0 {
		return nil, th.Raise(vm.SystemErrorClass, "Negative size passed to PyBytes_FromStringAndSize")
	}
	if n >= 1<<29 {
		return nil, th.Raise(vm.MemoryErrorClass, "")
	}
	c, err := cloneHash(o.h)
	if err != nil {
		return nil, th.Raise(vm.ValueErrorClass, "%v", err)
	}
	out := make([]byte, n)
	c.(shake).Read(out)
	return out, nil
}

// pbkdf2HMAC is pbkdf2_hmac(hash_name, password, salt, iterations,
// dklen=None).
func pbkdf2HMAC(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var nameV, pw, salt, iters vm.Value
	dklen := vm.None
	if err := th.UnpackArgs("pbkdf2_hmac", args, kwnames, "hash_name", &nameV, "password", &pw, "salt", &salt, "iterations", &iters, "dklen?", &dklen); err != nil {
		return nil, err
	}
	name, ok := nameV.(vm.Str)
	if !ok {
		return nil, th.TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", nameV.Type().Name)
	}
	alg, ok := algorithms[strings.ToLower(string(name))]
	if !ok || alg.xof {
		return nil, th.ValueError("unsupported hash type %s", string(name))
	}
	p, err := dataArg(th, pw)
	if err != nil {
		return nil, err
	}
	s, err := dataArg(th, salt)
	if err != nil {
		return nil, err
	}
	n, ok := vm.AsInt64(iters)
	if !ok {
		return nil, th.TypeError("'%s' object cannot be interpreted as an integer", iters.Type().Name)
	}
	if n < 1 {
		return nil, th.ValueError("iteration value must be greater than 0.")
	}
	size := alg.new().Size()
	if !vm.Is(dklen, vm.None) {
		k, ok := vm.AsInt64(dklen)
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", dklen.Type().Name)
		}
		if k < 1 {
			return nil, th.ValueError("key length must be greater than 0.")
		}
		size = int(k)
	}
	key, err := pbkdf2.Key(alg.new, string(p), s, int(n), size)
	if err != nil {
		return nil, th.ValueError("%v", err)
	}
	return vm.Bytes(key), nil
}
