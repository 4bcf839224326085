package hashlib

import (
	"encoding/binary"
	"math/bits"

	"github.com/hyperflask/hfc/runtime/vm"
)

// blake2 is BLAKE2b (wide) or BLAKE2s (RFC 7693) in sequential mode, with
// a key, a salt and a personalization string. It is a value type: copying
// it copies the state.
type blake2 struct {
	wide    bool
	size    int // digest size in bytes
	h       [8]uint64
	t       [2]uint64 // bytes compressed so far (BLAKE2s keeps 32-bit halves)
	buf     [128]byte
	n       int // bytes in buf
	initial [8]uint64
	key     [128]byte
	keyLen  int
}

var (
	iv64 = [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}
	iv32 = [8]uint32{0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19}

	sigma = [12][16]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
		{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
		{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
		{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
		{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
		{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
		{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
		{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
		{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	}
)

func (b *blake2) blockSize() int {
	if b.wide {
		return 128
	}
	return 64
}

// newBlake2 sets up the state from the parameter block.
func newBlake2(wide bool, size int, key, salt, person []byte) *blake2 {
	b := &blake2{wide: wide, size: size, keyLen: len(key)}
	param := uint64(size) | uint64(len(key))<<8 | 1<<16 | 1<<24
	if wide {
		b.h = iv64
		b.h[0] ^= param
		var s, p [16]byte
		copy(s[:], salt)
		copy(p[:], person)
		b.h[4] ^= binary.LittleEndian.Uint64(s[0:])
		b.h[5] ^= binary.LittleEndian.Uint64(s[8:])
		b.h[6] ^= binary.LittleEndian.Uint64(p[0:])
		b.h[7] ^= binary.LittleEndian.Uint64(p[8:])
	} else {
		for i, v := range iv32 {
			b.h[i] = uint64(v)
		}
		b.h[0] ^= param
		var s, p [8]byte
		copy(s[:], salt)
		copy(p[:], person)
		b.h[4] ^= uint64(binary.LittleEndian.Uint32(s[0:]))
		b.h[5] ^= uint64(binary.LittleEndian.Uint32(s[4:]))
		b.h[6] ^= uint64(binary.LittleEndian.Uint32(p[0:]))
		b.h[7] ^= uint64(binary.LittleEndian.Uint32(p[4:]))
	}
	b.initial = b.h
	copy(b.key[:], key)
	b.Reset()
	return b
}

// Reset restarts the hash (with its key block).
func (b *blake2) Reset() {
	b.h = b.initial
	b.t = [2]uint64{}
	b.n = 0
	b.buf = [128]byte{}
	if b.keyLen > 0 {
		copy(b.buf[:], b.key[:b.blockSize()])
		b.n = b.blockSize()
	}
}

func (b *blake2) Size() int      { return b.size }
func (b *blake2) BlockSize() int { return b.blockSize() }

func (b *blake2) Write(p []byte) (int, error) {
	n := len(p)
	bs := b.blockSize()
	for len(p) > 0 {
		if b.n == bs {
			b.addCount(uint64(bs))
			b.compress(b.buf[:bs], false)
			b.n = 0
		}
		k := copy(b.buf[b.n:bs], p)
		b.n += k
		p = p[k:]
	}
	return n, nil
}

func (b *blake2) addCount(n uint64) {
	if b.wide {
		b.t[0] += n
		if b.t[0] < n {
			b.t[1]++
		}
		return
	}
	c := b.t[0] + n
	b.t[0] = c & 0xffffffff
	b.t[1] += c >> 32
}

// Sum appends the digest; the state is not changed.
func (b *blake2) Sum(in []byte) []byte {
	c := *b
	bs := c.blockSize()
	c.addCount(uint64(c.n))
	for i := c.n; i < bs; i++ {
		c.buf[i] = 0
	}
	c.compress(c.buf[:bs], true)
	var out [64]byte
	for i := 0; i < 8; i++ {
		if c.wide {
			binary.LittleEndian.PutUint64(out[8*i:], c.h[i])
		} else {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(c.h[i]))
		}
	}
	return append(in, out[:c.size]...)
}

func (b *blake2) compress(block []byte, last bool) {
	if b.wide {
		b.compress64(block, last)
	} else {
		b.compress32(block, last)
	}
}

func (b *blake2) compress64(block []byte, last bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], b.h[:])
	copy(v[8:], iv64[:])
	v[12] ^= b.t[0]
	v[13] ^= b.t[1]
	if last {
		v[14] = ^v[14]
	}
	g := func(a, bb, c, d int, x, y uint64) {
		v[a] = v[a] + v[bb] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -24)
		v[a] = v[a] + v[bb] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := 0; i < 8; i++ {
		b.h[i] ^= v[i] ^ v[i+8]
	}
}

func (b *blake2) compress32(block []byte, last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	for i := 0; i < 8; i++ {
		v[i] = uint32(b.h[i])
		v[i+8] = iv32[i]
	}
	v[12] ^= uint32(b.t[0])
	v[13] ^= uint32(b.t[1])
	if last {
		v[14] = ^v[14]
	}
	g := func(a, bb, c, d int, x, y uint32) {
		v[a] = v[a] + v[bb] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -12)
		v[a] = v[a] + v[bb] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := 0; i < 8; i++ {
		b.h[i] = uint64(uint32(b.h[i]) ^ v[i] ^ v[i+8])
	}
}

// blake2Constructor is blake2b(data=b”, *, digest_size=64, key=b”,
// salt=b”, person=b”, usedforsecurity=True) (and blake2s, with half the
// sizes). The tree-hashing parameters are not supported.
func blake2Constructor(name string, cls *vm.Class, maxDigest, maxSalt int) vm.Value {
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		data := vm.Value(vm.Bytes(""))
		size := vm.Value(vm.MakeInt(int64(maxDigest)))
		key, salt, person := vm.Value(vm.Bytes("")), vm.Value(vm.Bytes("")), vm.Value(vm.Bytes(""))
		usedfor := vm.Value(vm.True)
		if err := th.UnpackArgs(name, args, kwnames, "data?", &data, "$digest_size?", &size, "$key?", &key,
			"$salt?", &salt, "$person?", &person, "$usedforsecurity?", &usedfor); err != nil {
			return nil, err
		}
		n, ok := vm.AsInt64(size)
		if !ok {
			return nil, th.TypeError("'%s' object cannot be interpreted as an integer", size.Type().Name)
		}
		if n < 1 || n > int64(maxDigest) {
			return nil, th.ValueError("digest_size must be between 1 and %d bytes", maxDigest)
		}
		var parts [3][]byte
		for i, v := range []vm.Value{key, salt, person} {
			b, err := dataArg(th, v)
			if err != nil {
				return nil, err
			}
			parts[i] = b
		}
		if len(parts[0]) > maxDigest {
			return nil, th.ValueError("maximum key length is %d bytes", maxDigest)
		}
		if len(parts[1]) > maxSalt {
			return nil, th.ValueError("maximum salt length is %d bytes", maxSalt)
		}
		if len(parts[2]) > maxSalt {
			return nil, th.ValueError("maximum person length is %d bytes", maxSalt)
		}
		h := newBlake2(maxDigest == 64, int(n), parts[0], parts[1], parts[2])
		b, err := dataArg(th, data)
		if err != nil {
			return nil, err
		}
		h.Write(b)
		return &hashObj{cls: cls, name: name, h: h, blockSize: h.blockSize()}, nil
	})
}
