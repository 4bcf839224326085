// Package uuid is Python's uuid module for the hfc VM: the UUID class
// (hex, int, bytes, bytes_le, fields and their parts, urn, variant,
// version), uuid3, uuid4 and uuid5, and the NAMESPACE_* constants. uuid1
// (which reads the MAC address and the clock) is not provided.
package uuid

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "uuid"

// The variants of UUIDs.
const (
	reservedNCS       = "reserved for NCS compatibility"
	rfc4122           = "specified in RFC 4122"
	reservedMicrosoft = "reserved for Microsoft compatibility"
	reservedFuture    = "reserved for future definition"
)

var (
	uuidClass     = vm.NewGoClass("UUID", module, nil, nil)
	safeUUIDClass = vm.NewGoClass("SafeUUID", module, nil, nil)

	safeSafe    = &safeUUID{"safe", vm.MakeInt(0)}
	safeUnsafe  = &safeUUID{"unsafe", vm.MakeInt(-1)}
	safeUnknown = &safeUUID{"unknown", vm.None}

	namespaceDNS  = mustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	namespaceURL  = mustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
	namespaceOID  = mustParse("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
	namespaceX500 = mustParse("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
)

func init() {
	uuidClass.SetNew(newUUID)
	for _, s := range []*safeUUID{safeSafe, safeUnsafe, safeUnknown} {
		safeUUIDClass.SetAttr(s.name, s)
	}
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"UUID":               uuidClass,
			"SafeUUID":           safeUUIDClass,
			"uuid3":              vm.NewBuiltin("uuid3", hashed("uuid3", 3)),
			"uuid4":              vm.NewBuiltin("uuid4", uuid4),
			"uuid5":              vm.NewBuiltin("uuid5", hashed("uuid5", 5)),
			"NAMESPACE_DNS":      namespaceDNS,
			"NAMESPACE_URL":      namespaceURL,
			"NAMESPACE_OID":      namespaceOID,
			"NAMESPACE_X500":     namespaceX500,
			"RESERVED_NCS":       vm.Str(reservedNCS),
			"RFC_4122":           vm.Str(rfc4122),
			"RESERVED_MICROSOFT": vm.Str(reservedMicrosoft),
			"RESERVED_FUTURE":    vm.Str(reservedFuture),
		})
	})
}

// safeUUID is a member of the SafeUUID enum.
type safeUUID struct {
	name  string
	value vm.Value
}

func (*safeUUID) Type() *vm.Class { return safeUUIDClass }

func (s *safeUUID) Repr(th *vm.Thread) (string, error) {
	v, err := th.Repr(s.value)
	return "<SafeUUID." + s.name + ": " + v + ">", err
}

func (s *safeUUID) Str(th *vm.Thread) (string, error) { return "SafeUUID." + s.name, nil }

func (s *safeUUID) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "name":
		return vm.Str(s.name), true, nil
	case "value":
		return s.value, true, nil
	}
	return nil, false, nil
}

// uuid is a UUID: its 128 bits, big-endian.
type uuid struct {
	b      [16]byte
	isSafe vm.Value
}

func (*uuid) Type() *vm.Class { return uuidClass }

func mustParse(s string) *uuid {
	b, err := hex.DecodeString(strings.ReplaceAll(s, "-", ""))
	if err != nil {
		panic(err)
	}
	u := &uuid{isSafe: safeUnknown}
	copy(u.b[:], b)
	return u
}

func (u *uuid) bigInt() *big.Int { return new(big.Int).SetBytes(u.b[:]) }

func (u *uuid) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *uuid) variant() string {
	switch {
	case u.b[8]&0x80 == 0:
		return reservedNCS
	case u.b[8]&0x40 == 0:
		return rfc4122
	case u.b[8]&0x20 == 0:
		return reservedMicrosoft
	}
	return reservedFuture
}

// setVersion sets the RFC 4122 variant and the version number.
func (u *uuid) setVersion(v int) {
	u.b[8] = u.b[8]&0x3f | 0x80
	u.b[6] = u.b[6]&0x0f | byte(v)<<4
}

func (u *uuid) bytesLE() []byte {
	b := u.b
	return []byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]}
}

func (u *uuid) Repr(th *vm.Thread) (string, error) {
	r, err := th.Repr(vm.Str(u.String()))
	return "UUID(" + r + ")", err
}

func (u *uuid) Str(th *vm.Thread) (string, error) { return u.String(), nil }

func (u *uuid) Hash(th *vm.Thread) (int64, error) { return th.Hash(vm.MakeBigInt(u.bigInt())) }

func (u *uuid) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*uuid)
	if !ok {
		return vm.NotImplemented, nil
	}
	return th.Compare(op, vm.MakeBigInt(u.bigInt()), vm.MakeBigInt(o.bigInt()))
}

func (u *uuid) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	return th.TypeError("UUID objects are immutable")
}

func (u *uuid) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	b := u.b
	be := func(from, to int) vm.Value {
		var n uint64
		for _, c := range b[from:to] {
			n = n<<8 | uint64(c)
		}
		return vm.MakeInt(int64(n))
	}
	switch name {
	case "int":
		return vm.MakeBigInt(u.bigInt()), true, nil
	case "hex":
		return vm.Str(hex.EncodeToString(b[:])), true, nil
	case "bytes":
		return vm.Bytes(b[:]), true, nil
	case "bytes_le":
		return vm.Bytes(u.bytesLE()), true, nil
	case "urn":
		return vm.Str("urn:uuid:" + u.String()), true, nil
	case "time_low":
		return be(0, 4), true, nil
	case "time_mid":
		return be(4, 6), true, nil
	case "time_hi_version":
		return be(6, 8), true, nil
	case "clock_seq_hi_variant":
		return be(8, 9), true, nil
	case "clock_seq_low":
		return be(9, 10), true, nil
	case "node":
		return be(10, 16), true, nil
	case "fields":
		return vm.Tuple{be(0, 4), be(4, 6), be(6, 8), be(8, 9), be(9, 10), be(10, 16)}, true, nil
	case "time":
		t := uint64(binary.BigEndian.Uint16(b[6:8])&0x0fff)<<48 | uint64(binary.BigEndian.Uint16(b[4:6]))<<32 | uint64(binary.BigEndian.Uint32(b[0:4]))
		return vm.MakeInt(int64(t)), true, nil
	case "clock_seq":
		return vm.MakeInt(int64(b[8]&0x3f)<<8 | int64(b[9])), true, nil
	case "variant":
		return vm.Str(u.variant()), true, nil
	case "version":
		if u.variant() != rfc4122 {
			return vm.None, true, nil
		}
		return vm.MakeInt(int64(b[6] >> 4)), true, nil
	case "is_safe":
		return u.isSafe, true, nil
	}
	return nil, false, nil
}

func init() {
	uuidClass.AddMethod("__int__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.MakeBigInt(self.(*uuid).bigInt()), nil
	})
}

// newUUID is UUID(hex=None, bytes=None, bytes_le=None, fields=None,
// int=None, version=None, *, is_safe=SafeUUID.unknown).
func newUUID(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	hexV, bytesV, bytesLE, fields, intV, version := vm.None, vm.None, vm.None, vm.None, vm.None, vm.None
	isSafe := vm.Value(safeUnknown)
	if err := th.UnpackArgs("UUID", args, kwnames, "hex?", &hexV, "bytes?", &bytesV, "bytes_le?", &bytesLE,
		"fields?", &fields, "int?", &intV, "version?", &version, "$is_safe?", &isSafe); err != nil {
		return nil, err
	}
	given := 0
	for _, v := range []vm.Value{hexV, bytesV, bytesLE, fields, intV} {
		if !vm.Is(v, vm.None) {
			given++
		}
	}
	if given != 1 {
		return nil, th.TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	u := &uuid{isSafe: isSafe}
	var n *big.Int
	switch {
	case !vm.Is(hexV, vm.None):
		s, ok := hexV.(vm.Str)
		if !ok {
			return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'replace'", hexV.Type().Name)
		}
		h := strings.ReplaceAll(strings.ReplaceAll(string(s), "urn:", ""), "uuid:", "")
		h = strings.ReplaceAll(strings.Trim(h, "{}"), "-", "")
		if len([]rune(h)) != 32 {
			return nil, th.ValueError("badly formed hexadecimal UUID string")
		}
		b, err := hex.DecodeString(h)
		if err != nil {
			r, _ := th.Repr(vm.Str(h))
			return nil, th.ValueError("invalid literal for int() with base 16: %s", r)
		}
		copy(u.b[:], b)
	case !vm.Is(bytesLE, vm.None):
		b, ok := bytesLE.(vm.Bytes)
		if !ok || len(b) != 16 {
			if _, err := th.Len(bytesLE); err != nil {
				return nil, err
			}
			return nil, th.ValueError("bytes_le is not a 16-char string")
		}
		le := []byte(b)
		copy(u.b[:], []byte{le[3], le[2], le[1], le[0], le[5], le[4], le[7], le[6]})
		copy(u.b[8:], le[8:])
	case !vm.Is(bytesV, vm.None):
		if nb, err := th.Len(bytesV); err != nil {
			return nil, err
		} else if nb != 16 {
			return nil, th.ValueError("bytes is not a 16-char string")
		}
		b, ok := bytesV.(vm.Bytes)
		if !ok {
			r, err := th.Repr(bytesV)
			if err != nil {
				return nil, err
			}
			return nil, vm.NewException(vm.AssertionErrorClass, vm.Str(r))
		}
		copy(u.b[:], b)
	case !vm.Is(fields, vm.None):
		f, err := th.ToSlice(fields)
		if err != nil {
			return nil, err
		}
		if len(f) != 6 {
			return nil, th.ValueError("fields is not a 6-tuple")
		}
		widths := []uint{32, 16, 16, 8, 8, 48}
		n = new(big.Int)
		for i, v := range f {
			x, ok := vm.AsInt64(v)
			if !ok || x < 0 || x >= 1<<widths[i] {
				if !ok {
					if _, isInt := v.(vm.BigInt); !isInt {
						return nil, th.TypeError("'<=' not supported between instances of 'int' and '%s'", v.Type().Name)
					}
				}
				return nil, th.ValueError("field %d out of range (need a%s %d-bit value)", i+1, article(widths[i]), widths[i])
			}
			n.Lsh(n, widths[i]).Or(n, big.NewInt(x))
		}
	default:
		var ok bool
		if n, ok = bigOf(intV); !ok {
			return nil, th.TypeError("'<=' not supported between instances of 'int' and '%s'", intV.Type().Name)
		}
	}
	if n != nil {
		if n.Sign() < 0 || n.BitLen() > 128 {
			return nil, th.ValueError("int is out of range (need a 128-bit value)")
		}
		n.FillBytes(u.b[:])
	}
	if !vm.Is(version, vm.None) {
		v, ok := vm.AsInt64(version)
		if !ok || v < 1 || v > 5 {
			return nil, th.ValueError("illegal version number")
		}
		u.setVersion(int(v))
	}
	return u, nil
}

func article(bits uint) string {
	if bits == 8 {
		return "n"
	}
	return ""
}

func bigOf(v vm.Value) (*big.Int, bool) {
	switch x := v.(type) {
	case vm.Int:
		return big.NewInt(int64(x)), true
	case vm.Bool:
		n, _ := vm.AsInt64(x)
		return big.NewInt(n), true
	case vm.BigInt:
		return new(big.Int).Set(x.Big()), true
	}
	return nil, false
}

// hashed is uuid3 (MD5) and uuid5 (SHA-1) of a namespace and a name.
func hashed(fname string, version int) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var ns, name vm.Value
		if err := th.UnpackArgs(fname, args, kwnames, "namespace", &ns, "name", &name); err != nil {
			return nil, err
		}
		nsu, ok := ns.(*uuid)
		if !ok {
			return nil, th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute 'bytes'", ns.Type().Name)
		}
		s, ok := name.(vm.Str)
		if !ok {
			return nil, th.TypeError("encoding without a string argument")
		}
		data := append(nsu.b[:len(nsu.b):len(nsu.b)], s...)
		var digest []byte
		if version == 3 {
			d := md5.Sum(data)
			digest = d[:]
		} else {
			d := sha1.Sum(data)
			digest = d[:]
		}
		u := &uuid{isSafe: safeUnknown}
		copy(u.b[:], digest[:16])
		u.setVersion(version)
		return u, nil
	}
}

// uuid4 is a random UUID.
func uuid4(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("uuid4", args, kwnames, 0); err != nil {
		return nil, err
	}
	u := &uuid{isSafe: safeUnknown}
	if _, err := rand.Read(u.b[:]); err != nil {
		return nil, th.Raise(vm.OSErrorClass, "%v", err)
	}
	u.setVersion(4)
	return u, nil
}
