package vm

import (
	"slices"
	"strings"
)

// Lists whose keys are all ints or all strs are sorted without Less: such
// keys compare consistently and without running Python code, so every
// stable sort orders them as timsort does (CPython checks key types before
// sorting for the same reason, and compares them without the generic
// protocol). Ints are radix-sorted; strs are sorted by (key, position),
// which makes an unstable sort stable.

// minTypedSort is the length from which a homogeneous list is sorted by
// type; shorter lists keep timsort, whose comparisons are few.
const minTypedSort = 64

// sortTyped sorts s.keys (moving s.vals along) when every key is an int or
// every key is a str, and reports whether it did.
func (s *sorter) sortTyped() bool {
	n := len(s.keys)
	if n < minTypedSort || n > 1<<31-1 {
		return false
	}
	switch s.keys[0].(type) {
	case Int:
		for _, k := range s.keys {
			if _, ok := k.(Int); !ok {
				return false
			}
		}
		s.permute(radixSortInts(s.keys))
		return true
	case Str:
		for _, k := range s.keys {
			if _, ok := k.(Str); !ok {
				return false
			}
		}
		s.permute(sortStrs(s.keys))
		return true
	}
	return false
}

// permute reorders keys and vals so that item j is the item at position
// order[j] before.
func (s *sorter) permute(order []int32) {
	s.tmpK = append(s.tmpK[:0], s.keys...)
	for j, i := range order {
		s.keys[j] = s.tmpK[i]
	}
	if s.vals != nil {
		s.tmpK = append(s.tmpK[:0], s.vals...)
		for j, i := range order {
			s.vals[j] = s.tmpK[i]
		}
	}
	clear(s.tmpK)
	s.tmpK = s.tmpK[:0]
}

// intPos is an int key, biased so that unsigned order is signed order,
// and its position in the list.
type intPos struct {
	k uint64
	i int32
}

// radixSortInts returns the positions of keys (all Int) in stable sorted
// order: a least-significant-digit radix sort by bytes, skipping the bytes
// in which all keys agree.
func radixSortInts(keys []Value) []int32 {
	n := len(keys)
	a := make([]intPos, n)
	for i, k := range keys {
		a[i] = intPos{uint64(k.(Int)) ^ 1<<63, int32(i)}
	}
	b := make([]intPos, n)
	for shift := 0; shift < 64; shift += 8 {
		var count [256]int
		for _, p := range a {
			count[byte(p.k>>shift)]++
		}
		if count[byte(a[0].k>>shift)] == n {
			continue
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for _, p := range a {
			d := byte(p.k >> shift)
			b[count[d]] = p
			count[d]++
		}
		a, b = b, a
	}
	order := make([]int32, n)
	for j, p := range a {
		order[j] = p.i
	}
	return order
}

// strPos is a str key and its position in the list.
type strPos struct {
	k string
	i int32
}

// sortStrs returns the positions of keys (all Str) in stable sorted order.
func sortStrs(keys []Value) []int32 {
	a := make([]strPos, len(keys))
	for i, k := range keys {
		a[i] = strPos{string(k.(Str)), int32(i)}
	}
	slices.SortFunc(a, func(x, y strPos) int {
		if c := strings.Compare(x.k, y.k); c != 0 {
			return c
		}
		return int(x.i - y.i)
	})
	order := make([]int32, len(a))
	for j, p := range a {
		order[j] = p.i
	}
	return order
}
