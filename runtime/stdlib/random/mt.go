package random

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"
)

// The Mersenne Twister MT19937 of CPython's _randommodule.c (Matsumoto and
// Nishimura's reference code).

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	recip53     = 1.0 / 9007199254740992.0
	twoPow26    = 67108864.0
	stateLength = mtN + 1
)

type mt19937 struct {
	state [mtN]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	mt := &m.state
	for ; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (m *mt19937) uint32() uint32 {
	mt := &m.state
	if m.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		y := (mt[mtN-1] & upperMask) | (mt[0] & lowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		m.index = 0
	}
	y := mt[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float64 is random_random: 53 random bits in [0, 1).
func (m *mt19937) float64() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*twoPow26 + float64(b)) * recip53
}

// seedInt seeds from a non-negative integer split into 32-bit words, least
// significant first (at least one word).
func (m *mt19937) seedInt(n *big.Int) {
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

// seedEntropy seeds from the operating system's entropy source, as
// random_seed_urandom does.
func (m *mt19937) seedEntropy() {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		panic(err)
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	m.initByArray(key)
}

// bits is getrandbits(k) for k > 0: 32-bit words filled least significant
// first, the last one shifted down to the remaining bits.
func (m *mt19937) bits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(m.uint32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := m.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		binary.LittleEndian.PutUint32(buf[4*i:], r)
		k -= 32
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return new(big.Int).SetBytes(buf)
}

// below is _randbelow_with_getrandbits for 0 < n < 2**63.
func (m *mt19937) below(n uint64) uint64 {
	k := 0
	for x := n; x > 0; x >>= 1 {
		k++
	}
	for {
		var r uint64
		if k <= 32 {
			r = uint64(m.uint32() >> (32 - k))
		} else {
			lo := uint64(m.uint32())
			hi := uint64(m.uint32() >> (64 - k))
			r = hi<<32 | lo
		}
		if r < n {
			return r
		}
	}
}

// belowBig is _randbelow_with_getrandbits for any n > 0.
func (m *mt19937) belowBig(n *big.Int) *big.Int {
	if n.IsUint64() && n.Uint64() < 1<<63 {
		return new(big.Int).SetUint64(m.below(n.Uint64()))
	}
	k := n.BitLen()
	for {
		r := m.bits(k)
		if r.Cmp(n) < 0 {
			return r
		}
	}
}
