package vm

import (
	"sync/atomic"
	"unsafe"
)

// Dict is a Python dict: insertion-ordered, keyed by hashable values with
// Python equality (1, 1.0 and True are the same key).
type Dict struct {
	entries []dictEntry // in insertion order; deleted entries have a nil key
	index   []int32     // open-addressing table of entry indexes; nil while small
	live    int
	// sub is nil for a plain dict; it makes the dict an instance of a
	// subclass of dict (Counter, class Foo(dict)), see dictsub.go.
	sub *dictSub
}

type dictEntry struct {
	hash uint64
	key  Value
	val  Value
}

const (
	dictSmall = 8  // up to this many entries, lookups scan entries
	slotEmpty = -1 // an index slot never used
	slotDummy = -2 // an index slot whose entry was deleted
)

// Type implements Value.
func (d *Dict) Type() *Class {
	if d.sub != nil {
		return d.sub.cls
	}
	return DictClass
}

// NewDict returns an empty dict with room for n entries.
func NewDict(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
	}
	return d
}

// Len returns the number of entries.
func (d *Dict) Len() int { return d.live }

// lookup returns the entry index of key, or -1.
func (d *Dict) lookup(th *Thread, key Value, h uint64) (int, error) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key == nil || e.hash != h {
				continue
			}
			if eq, err := keysEqual(th, e.key, key); err != nil || eq {
				return i, err
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := h
	i := h & mask
	for {
		slot := d.index[i]
		if slot == slotEmpty {
			return -1, nil
		}
		if slot >= 0 {
			e := &d.entries[slot]
			if e.hash == h {
				if eq, err := keysEqual(th, e.key, key); err != nil || eq {
					return int(slot), err
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// keysEqual compares dict keys: identity and str fast paths, then ==.
func keysEqual(th *Thread, a, b Value) (bool, error) {
	if sa, ok := a.(Str); ok {
		if sb, ok := b.(Str); ok {
			return sa == sb, nil
		}
	}
	return th.Equal(a, b)
}

// Get returns the value of key.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	h, err := th.hashKey(key)
	if err != nil {
		return nil, false, err
	}
	i, err := d.lookup(th, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].val, true, nil
}

// GetStr returns the value of a str key (no Python code runs). It does not
// allocate: templates look variables and attributes up this way.
func (d *Dict) GetStr(key string) (Value, bool) { return d.GetStrHash(key, strHash(key)) }

// GetStrHash is GetStr with the key's hash already known (StrHash).
func (d *Dict) GetStrHash(key string, h uint64) (Value, bool) {
	switch i := d.findStr(key, h); {
	case i >= 0:
		return d.entries[i].val, true
	case i == strKeyUnknown:
		v, ok, _ := d.Get(nil, Str(key))
		return v, ok
	}
	return nil, false
}

// SetStrHash sets a str key whose hash is h; boxed is the key as a Value
// (Str(key)), stored when the key is new, so that callers holding boxed
// names do not allocate.
func (d *Dict) SetStrHash(key string, boxed Value, h uint64, v Value) {
	switch i := d.findStr(key, h); {
	case i >= 0:
		d.entries[i].val = v
	case i == strKeyUnknown:
		_ = d.SetItem(nil, boxed, v)
	default:
		d.insertNew(boxed, v, h)
	}
}

// GetStrHinted is GetStrHash trying first the entry that hint names (see
// findStrHinted).
func (d *Dict) GetStrHinted(key string, h uint64, hint *atomic.Uint32) (Value, bool) {
	switch i := d.findStrHinted(key, h, hint); {
	case i >= 0:
		return d.entries[i].val, true
	case i == strKeyUnknown:
		v, ok, _ := d.Get(nil, Str(key))
		return v, ok
	}
	return nil, false
}

// SetStrHinted is SetStrHash trying first the entry that hint names (see
// findStrHinted).
func (d *Dict) SetStrHinted(key string, boxed Value, h uint64, v Value, hint *atomic.Uint32) {
	switch i := d.findStrHinted(key, h, hint); {
	case i >= 0:
		d.entries[i].val = v
	case i == strKeyUnknown:
		_ = d.SetItem(nil, boxed, v)
	default:
		d.insertNew(boxed, v, h)
		setHint(hint, len(d.entries)-1)
	}
}

// findStrHinted is findStr trying first the entry that hint names: where a
// site last found its name. The instances of a class usually have their
// attributes at the same positions, so that one comparison replaces a
// probe of the table. The hint is only a guess (the entry is checked); a
// miss looks the key up and updates the hint when the key is found.
func (d *Dict) findStrHinted(key string, h uint64, hint *atomic.Uint32) int {
	if i := int(hint.Load()); i < len(d.entries) {
		e := &d.entries[i]
		if k, ok := e.key.(Str); ok && e.hash == h && (unsafe.StringData(string(k)) == unsafe.StringData(key) || string(k) == key) {
			return i
		}
	}
	i := d.findStr(key, h)
	if i >= 0 {
		setHint(hint, i)
	}
	return i
}

// setHint sets a hint of findStrHinted to i; it leaves it unchanged when
// it is i already (the common case), as a store shared between threads
// costs more than a load.
func setHint(hint *atomic.Uint32, i int) {
	if hint.Load() != uint32(i) {
		hint.Store(uint32(i))
	}
}

// strKeyUnknown is what findStr returns when a key of another type has the
// same hash: only its __eq__ can tell.
const strKeyUnknown = -2

// findStr returns the entry index of a str key, -1 when it is absent, or
// strKeyUnknown.
func (d *Dict) findStr(key string, h uint64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key == nil || e.hash != h {
				continue
			}
			if eq, known := strKeyEqual(e.key, key); !known {
				return strKeyUnknown
			} else if eq {
				return i
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	perturb := h
	i := h & mask
	for {
		slot := d.index[i]
		if slot == slotEmpty {
			return -1
		}
		if slot >= 0 {
			e := &d.entries[slot]
			if e.hash == h {
				if eq, known := strKeyEqual(e.key, key); !known {
					return strKeyUnknown
				} else if eq {
					return int(slot)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// strKeyEqual compares a dict key with a str; known is false for keys of
// other types, whose __eq__ decides.
func strKeyEqual(k Value, s string) (eq, known bool) {
	switch x := k.(type) {
	case Str:
		return string(x) == s, true
	case Markup:
		return string(x) == s, true
	}
	return false, false
}

// SetItem sets d[key] = v.
func (d *Dict) SetItem(th *Thread, key, v Value) error {
	h, err := th.hashKey(key)
	if err != nil {
		return err
	}
	i, err := d.lookup(th, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].val = v
		return nil
	}
	d.insertNew(key, v, h)
	return nil
}

// SetStr sets a str key (no Python code runs).
func (d *Dict) SetStr(key string, v Value) { _ = d.SetItem(nil, Str(key), v) }

func (d *Dict) insertNew(key, v Value, h uint64) {
	d.entries = append(d.entries, dictEntry{hash: h, key: key, val: v})
	d.live++
	n := len(d.entries)
	if d.index == nil {
		if n > dictSmall {
			d.rebuild()
		}
		return
	}
	if n*3 >= len(d.index)*2 {
		d.rebuild()
		return
	}
	d.place(int32(n-1), h)
}

// place puts entry index e in the index table.
func (d *Dict) place(e int32, h uint64) {
	mask := uint64(len(d.index) - 1)
	perturb := h
	i := h & mask
	for d.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.index[i] = e
}

// rebuild compacts the entries and rebuilds the index table.
func (d *Dict) rebuild() {
	if d.live != len(d.entries) {
		j := 0
		for _, e := range d.entries {
			if e.key != nil {
				d.entries[j] = e
				j++
			}
		}
		for k := j; k < len(d.entries); k++ {
			d.entries[k] = dictEntry{}
		}
		d.entries = d.entries[:j]
	}
	if len(d.entries) <= dictSmall {
		d.index = nil
		return
	}
	size := 16
	for size*2 < len(d.entries)*3+3 {
		size <<= 1
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = slotEmpty
	}
	for i, e := range d.entries {
		d.place(int32(i), e.hash)
	}
}

// Delete removes key and reports whether it was present.
func (d *Dict) Delete(th *Thread, key Value) (bool, error) {
	h, err := th.hashKey(key)
	if err != nil {
		return false, err
	}
	i, err := d.lookup(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i, h)
	return true, nil
}

func (d *Dict) removeAt(i int, h uint64) {
	if d.index != nil {
		mask := uint64(len(d.index) - 1)
		perturb := h
		j := h & mask
		for d.index[j] != int32(i) {
			perturb >>= 5
			j = (j*5 + perturb + 1) & mask
		}
		d.index[j] = slotDummy
	}
	d.entries[i] = dictEntry{}
	d.live--
	if i == len(d.entries)-1 && d.index == nil {
		d.entries = d.entries[:i]
	} else if d.live*2 < len(d.entries) && len(d.entries) > dictSmall {
		d.rebuild()
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries = d.entries[:0]
	d.index = nil
	d.live = 0
}

// Items calls f for each entry in order until f returns false. The dict
// must not change during the walk (use an iterator from Python code).
func (d *Dict) Items(f func(k, v Value) bool) {
	for _, e := range d.entries {
		if e.key != nil && !f(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{live: d.live}
	c.entries = make([]dictEntry, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			c.entries = append(c.entries, e)
		}
	}
	if len(c.entries) > dictSmall {
		c.rebuild()
	}
	return c
}

// PopLast removes and returns the last entry (dict.popitem).
func (d *Dict) PopLast() (Value, Value, bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key != nil {
			d.removeAt(i, e.hash)
			return e.key, e.val, true
		}
	}
	return nil, nil, false
}

// entryAt returns the i-th slot of the entry list for iterators: the key is
// nil for a deleted entry.
func (d *Dict) entryAt(i int) (Value, Value) {
	e := d.entries[i]
	return e.key, e.val
}
