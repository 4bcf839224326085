package pyfmt

import (
	"math"
	"math/big"
)

// CPython's numeric hash parameters (64-bit builds).
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// HashInt returns hash(x) for an int: x reduced modulo 2**61-1 with the
// sign of x, and -2 instead of -1.
func HashInt(x int64) int64 {
	if x == math.MinInt64 {
		return HashBigInt(big.NewInt(x))
	}
	h := abs64(x) % hashModulus
	if x < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashBigInt returns hash(x) for an int of any size.
func HashBigInt(x *big.Int) int64 {
	if x.IsInt64() && x.Int64() != math.MinInt64 {
		return HashInt(x.Int64())
	}
	m := new(big.Int).Abs(x)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashFloat returns hash(f), equal to the hash of the int or fraction f is
// equal to (so hash(1.0) == hash(1)); ±314159 for infinities. For NaN, ok
// is false: CPython 3.10+ hashes a NaN by object identity, which the VM
// must supply.
func HashFloat(f float64) (h int64, ok bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 1):
		return hashInf, true
	case math.IsInf(f, -1):
		return -hashInf, true
	}
	m, e := math.Frexp(f)
	sign := uint64(1)
	if m < 0 {
		sign = ^uint64(0)
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 1 << 28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	x *= sign
	if x == ^uint64(0) {
		x--
	}
	return int64(x), true
}

// xxHash constants of CPython 3.11's tuple hash.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// HashTuple returns hash(t) for a tuple whose items hash to hashes.
func HashTuple(hashes []int64) int64 {
	acc := xxPrime5
	for _, h := range hashes {
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(hashes)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796
	}
	return int64(acc)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
