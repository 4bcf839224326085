package vm

import (
	"strconv"
	"unsafe"
)

// One allocation per new str. A str made the ordinary way costs two: its
// bytes, and a copy of its header when it is converted to a Value. The
// strs that the interpreter builds in loops (concatenations, f-strings,
// str(int)) instead put the header in front of the bytes in one block.

// strHeader is the size of a string header.
const strHeader = int(unsafe.Sizeof(""))

// newStrBuf returns a str value of n > 0 bytes and the bytes, which the
// caller fills before the value is used.
func newStrBuf(n int) (Value, []byte) {
	return strBlock(make([]byte, strHeader+n), n)
}

// strBlock makes mem, of strHeader+n bytes (8-byte aligned), a str of n
// bytes and returns it and its bytes.
func strBlock(mem []byte, n int) (Value, []byte) {
	// The header is written as integers: the block is pointer-free for the
	// collector, which does not need this pointer, into the block itself
	// (the value points to the block and keeps it alive).
	*(*[2]uintptr)(unsafe.Pointer(&mem[0])) = [2]uintptr{uintptr(unsafe.Pointer(&mem[strHeader])), uintptr(n)}
	var v Value
	*(*iface)(unsafe.Pointer(&v)) = iface{strTab, unsafe.Pointer(&mem[0])}
	return v, mem[strHeader : strHeader+n]
}

// strChunk is the size of the blocks that Thread.newStrBuf carves short
// strs from, and maxChunkStr the longest str it carves (in bytes). A live
// str keeps its whole chunk alive: the chunk is small, so that a program
// keeping one str out of many temporaries retains at most 1 KiB for it.
const (
	strChunk    = 1024
	maxChunkStr = 48
)

// newStrBuf is the package's newStrBuf for the strs the interpreter builds
// in loops: a short one is carved from a per-thread chunk, which costs a
// bump of an offset instead of an allocation.
func (th *Thread) newStrBuf(n int) (Value, []byte) {
	if n > maxChunkStr {
		return newStrBuf(n)
	}
	size := (strHeader + n + 7) &^ 7
	if len(th.strChunk) < size {
		th.strChunk = make([]byte, strChunk)
	}
	mem := th.strChunk[:size:size]
	th.strChunk = th.strChunk[size:]
	return strBlock(mem, n)
}

// strValue returns the concatenation of parts as a str value.
func (th *Thread) strValue(parts ...string) Value {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return Str("")
	}
	v, b := th.newStrBuf(n)
	b = b[:0]
	for _, p := range parts {
		b = append(b, p...)
	}
	return v
}

// bytesStr returns a str value of a copy of b.
func (th *Thread) bytesStr(b []byte) Value {
	if len(b) == 0 {
		return Str("")
	}
	v, m := th.newStrBuf(len(b))
	copy(m, b)
	return v
}

// intStr is str(i) as a value.
func (th *Thread) intStr(i int64) Value {
	if i >= 0 && i < 10 {
		return asciiStrs['0'+i]
	}
	var buf [20]byte
	d := strconv.AppendInt(buf[:0], i, 10)
	v, b := th.newStrBuf(len(d))
	copy(b, d)
	return v
}

// buildString is BUILD_STRING: the concatenation of parts, all strs.
func (th *Thread) buildString(parts []Value) Value {
	n := 0
	for _, p := range parts {
		n += len(p.(Str))
	}
	if n == 0 {
		return Str("")
	}
	v, b := th.newStrBuf(n)
	b = b[:0]
	for _, p := range parts {
		b = append(b, p.(Str)...)
	}
	return v
}
