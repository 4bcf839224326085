package vm

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unsafe"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// Int is a Python int that fits in 64 bits. Larger ints are BigInt; every
// operation returns the smallest representation, so an int that fits in 64
// bits is always an Int.
type Int int64

// Type implements Value.
func (Int) Type() *Class { return IntClass }

// BigInt is a Python int that does not fit in 64 bits. Its value is never
// modified after creation.
type BigInt struct{ v *big.Int }

// Type implements Value.
func (BigInt) Type() *Class { return IntClass }

// Big returns the value (the caller must not modify it).
func (b BigInt) Big() *big.Int { return b.v }

const smallIntMin, smallIntMax = -128, 1023

var smallInts = func() (t [smallIntMax - smallIntMin + 1]Value) {
	for i := range t {
		t[i] = Int(i + smallIntMin)
	}
	return
}()

// MakeInt boxes i, without allocating for small values.
func MakeInt(i int64) Value {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return Int(i)
}

// MakeBigInt returns x as an Int when it fits, else as a BigInt. x must not
// be modified afterwards.
func MakeBigInt(x *big.Int) Value {
	if x.IsInt64() {
		return MakeInt(x.Int64())
	}
	return BigInt{x}
}

// toBig returns the value of an Int, BigInt or Bool as a *big.Int (which
// the caller must not modify when it came from a BigInt).
func toBig(v Value) *big.Int {
	switch v := v.(type) {
	case Int:
		return big.NewInt(int64(v))
	case BigInt:
		return v.v
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// AsInt64 returns the value of an int-like value (int, bool) when it fits in
// an int64.
func AsInt64(v Value) (int64, bool) {
	switch v := v.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// isIntLike reports whether v is an int or a bool.
func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, BigInt, Bool:
		return true
	}
	return false
}

func intAdd(a, b int64) Value {
	c := a + b
	if (c > a) == (b > 0) {
		return MakeInt(c)
	}
	return MakeBigInt(new(big.Int).Add(big.NewInt(a), big.NewInt(b)))
}

func intSub(a, b int64) Value {
	c := a - b
	if (c < a) == (b > 0) {
		return MakeInt(c)
	}
	return MakeBigInt(new(big.Int).Sub(big.NewInt(a), big.NewInt(b)))
}

func intMul(a, b int64) Value {
	if a == 0 || b == 0 {
		return MakeInt(0)
	}
	neg := (a < 0) != (b < 0)
	ua, ub := abs64(a), abs64(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi == 0 && (lo < 1<<63 || neg && lo == 1<<63) {
		if neg {
			return MakeInt(int64(-lo))
		}
		return MakeInt(int64(lo))
	}
	return MakeBigInt(new(big.Int).Mul(big.NewInt(a), big.NewInt(b)))
}

func abs64(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// intFloorDiv and intMod follow Python: the quotient is floored and the
// remainder has the sign of the divisor. b must not be 0.
func intFloorDiv(a, b int64) Value {
	if a == math.MinInt64 && b == -1 {
		return MakeBigInt(new(big.Int).Neg(big.NewInt(a)))
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return MakeInt(q)
}

func intMod(a, b int64) Value {
	if b == -1 {
		return MakeInt(0)
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return MakeInt(m)
}

// bigFloorDivMod returns Python's a // b and a % b for big ints (b != 0).
func bigFloorDivMod(a, b *big.Int) (q, m *big.Int) {
	q, m = new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// intRepr returns the decimal form of an int value.
func intRepr(v Value) string {
	switch v := v.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10)
	case BigInt:
		return v.v.String()
	}
	return ""
}

// intToFloat converts an int value to a float, or fails with
// OverflowError "int too large to convert to float".
func (th *Thread) intToFloat(v Value) (float64, error) {
	switch v := v.(type) {
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case BigInt:
		f, err := pyfmt.IntToFloat(v.v)
		return f, fromPyfmt(err)
	}
	return 0, th.TypeError("must be real number, not %s", v.Type().Name)
}

func itoa(n int) string { return strconv.Itoa(n) }

// intChunk is the number of ints boxed per allocation by Thread.boxInt.
const intChunk = 128

// boxInt boxes i like MakeInt, but takes the memory of large ints from a
// per-thread chunk instead of allocating each one: the interpreter's
// arithmetic and range loops produce an int per iteration. The boxed value
// points into the chunk (ints are immutable, and the chunk lives as long as
// one of its ints does).
func (th *Thread) boxInt(i int64) Value {
	if v := th.fastInt(i); v != nil {
		return v
	}
	th.ints = make([]Int, intChunk)
	th.intFree = intChunk
	return th.fastInt(i)
}

// fastInt is boxInt without its call to make, small enough for the
// compiler to inline into the interpreter's fast paths: it returns nil
// when the chunk is used up.
func (th *Thread) fastInt(i int64) Value {
	var p *Int
	if u := uint64(i - intTableMin); u < uint64(len(intTable)) {
		p = &intTable[u]
	} else {
		n := th.intFree - 1
		if n < 0 || n >= len(th.ints) {
			return nil
		}
		th.intFree = n
		p = &th.ints[n]
		*p = Int(i)
	}
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab = intItab
	w.data = unsafe.Pointer(p)
	return v
}

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

// intItab is the itab of Int in Value, taken from a boxed Int.
var intItab = func() unsafe.Pointer {
	var v Value = Int(1 << 40)
	return (*ifaceWords)(unsafe.Pointer(&v)).tab
}()

// intTable holds the ints from intTableMin to intTableMin+len(intTable)-1:
// fastInt boxes them as pointers into it rather than into a thread's
// chunk, so that loops over ranges of up to ~130000 (counters, indexes,
// the results of arithmetic on them) allocate no ints. It is 1 MiB of
// pointer-free memory, which the collector does not scan.
var intTable [1 << 17]Int

const intTableMin = -1024

func init() {
	for i := range intTable {
		intTable[i] = Int(i + intTableMin)
	}
}
