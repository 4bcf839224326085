package vm

import (
	"unicode/utf8"
	"unsafe"
)

// Allocating many values at once. Turning the rows of a query into Python
// values costs, row after row, an instance, its attribute dict, the dict's
// entries and a boxed header per str; the batches below carve them out of
// blocks instead, a few allocations per block. A block stays in memory as
// long as any value carved from it does: they suit values made together
// that die together (the rows of one request).

// instanceCell is an instance and its attribute dict, allocated together.
type instanceCell struct {
	inst Instance
	dict Dict
}

// InstanceBatch makes instances of one class whose attribute dicts have
// room for size entries (they grow past it as any dict does).
type InstanceBatch struct {
	cls     *Class
	size    int
	next    int // the block size of the next block
	cells   []instanceCell
	entries []dictEntry
}

// maxBatchBlock bounds the number of items in a block.
const maxBatchBlock = 256

// NewInstanceBatch returns a batch for instances of cls with size
// attributes each; n is the number expected (0 when unknown), the size of
// the first block.
func NewInstanceBatch(cls *Class, size, n int) *InstanceBatch {
	if n <= 0 {
		n = 8
	}
	return &InstanceBatch{cls: cls, size: size, next: min(n, maxBatchBlock)}
}

// New returns an empty instance, as NewInstance does.
func (b *InstanceBatch) New() *Instance {
	if len(b.cells) == 0 {
		b.cells = make([]instanceCell, b.next)
		if b.size > 0 {
			b.entries = make([]dictEntry, b.next*b.size)
		}
		b.next = min(2*b.next, maxBatchBlock)
	}
	c := &b.cells[0]
	b.cells = b.cells[1:]
	c.inst.cls, c.inst.Dict = b.cls, &c.dict
	if b.size > 0 {
		c.dict.entries = b.entries[:0:b.size]
		b.entries = b.entries[b.size:]
	}
	return &c.inst
}

// StrBatch boxes strings as str values, the headers in blocks.
type StrBatch struct {
	next  int
	cells []string
}

// Str returns s as a str value.
func (b *StrBatch) Str(s string) Value {
	switch {
	case s == "":
		return Str("")
	case len(s) == 1 && s[0] < utf8.RuneSelf:
		return asciiStrs[s[0]]
	}
	if len(b.cells) == 0 {
		b.next = min(max(2*b.next, 8), maxBatchBlock)
		b.cells = make([]string, b.next)
	}
	p := &b.cells[0]
	b.cells = b.cells[1:]
	*p = s
	var v Value
	*(*iface)(unsafe.Pointer(&v)) = iface{strTab, unsafe.Pointer(p)}
	return v
}

// Grow makes room in d for n more keys, with the index that a dict of
// that size has, so that setting them allocates nothing more.
func (d *StrDict) Grow(n int) {
	total := len(d.keys) + n
	if cap(d.keys) < total {
		d.keys = append(make([]string, 0, total), d.keys...)
		d.vals = append(make([]Value, 0, total), d.vals...)
	}
	if d.index == nil && total >= strDictIndexAt {
		d.index = make(map[string]int, total)
		for i, k := range d.keys {
			d.index[k] = i
		}
	}
}
