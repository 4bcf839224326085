package vm

import (
	"unicode/utf8"
	"unsafe"
)

// Boxing many strings at once. Converting a string to a Value allocates a
// copy of its header; methods that return many strings (split, splitlines)
// instead point the values into the slice of headers they built, so that
// the whole result costs two allocations instead of one per item.

// iface is the layout of a non-empty interface value such as Value.
type iface struct {
	tab, data unsafe.Pointer
}

// The method tables of Str and Bytes in Value, read from boxed values.
var strTab, bytesTab = func() (unsafe.Pointer, unsafe.Pointer) {
	var s, b Value = Str(""), Bytes("")
	return (*iface)(unsafe.Pointer(&s)).tab, (*iface)(unsafe.Pointer(&b)).tab
}()

// boxStrings returns parts as str values; parts must not be modified
// afterwards, as the values share its memory.
func boxStrings(parts []string) []Value {
	out := make([]Value, len(parts))
	for i := range parts {
		if p := parts[i]; len(p) == 1 && p[0] < utf8.RuneSelf {
			out[i] = asciiStrs[p[0]]
			continue
		}
		*(*iface)(unsafe.Pointer(&out[i])) = iface{strTab, unsafe.Pointer(&parts[i])}
	}
	return out
}

// boxBytes is boxStrings for bytes values.
func boxBytes(parts []string) []Value {
	out := make([]Value, len(parts))
	for i := range parts {
		*(*iface)(unsafe.Pointer(&out[i])) = iface{bytesTab, unsafe.Pointer(&parts[i])}
	}
	return out
}
