package vm

// StrDict is an insertion-ordered map from str to Value, used for the
// namespaces of classes, instances and modules (their __dict__). Small maps
// are scanned; larger ones get an index.
type StrDict struct {
	keys  []string
	vals  []Value
	index map[string]int
}

const strDictIndexAt = 9

// NewStrDict returns an empty StrDict.
func NewStrDict() *StrDict { return &StrDict{} }

// Len returns the number of entries.
func (d *StrDict) Len() int { return len(d.keys) }

func (d *StrDict) find(key string) int {
	if d.index != nil {
		if i, ok := d.index[key]; ok {
			return i
		}
		return -1
	}
	for i, k := range d.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Get returns the value of key.
func (d *StrDict) Get(key string) (Value, bool) {
	if d == nil {
		return nil, false
	}
	if i := d.find(key); i >= 0 {
		return d.vals[i], true
	}
	return nil, false
}

// Set sets key to v, keeping the position of an existing key.
func (d *StrDict) Set(key string, v Value) {
	if i := d.find(key); i >= 0 {
		d.vals[i] = v
		return
	}
	d.keys = append(d.keys, key)
	d.vals = append(d.vals, v)
	if d.index != nil {
		d.index[key] = len(d.keys) - 1
	} else if len(d.keys) >= strDictIndexAt {
		d.index = make(map[string]int, len(d.keys)*2)
		for i, k := range d.keys {
			d.index[k] = i
		}
	}
}

// Delete removes key and reports whether it was present.
func (d *StrDict) Delete(key string) bool {
	i := d.find(key)
	if i < 0 {
		return false
	}
	copy(d.keys[i:], d.keys[i+1:])
	copy(d.vals[i:], d.vals[i+1:])
	d.keys = d.keys[:len(d.keys)-1]
	d.vals[len(d.vals)-1] = nil
	d.vals = d.vals[:len(d.vals)-1]
	if d.index != nil {
		delete(d.index, key)
		for j := i; j < len(d.keys); j++ {
			d.index[d.keys[j]] = j
		}
	}
	return true
}

// Keys returns the keys in insertion order (the caller must not modify it).
func (d *StrDict) Keys() []string {
	if d == nil {
		return nil
	}
	return d.keys
}

// At returns the i-th entry.
func (d *StrDict) At(i int) (string, Value) { return d.keys[i], d.vals[i] }

// Copy returns a shallow copy.
func (d *StrDict) Copy() *StrDict {
	c := &StrDict{keys: append([]string(nil), d.keys...), vals: append([]Value(nil), d.vals...)}
	if d.index != nil {
		c.index = make(map[string]int, len(d.index))
		for k, v := range d.index {
			c.index[k] = v
		}
	}
	return c
}
