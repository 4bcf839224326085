package vm

// Set is a Python set or frozenset. Its table follows CPython's setobject.c
// exactly (linear probing of 9 slots, then perturbation; the same fill and
// resize rules), so that iterating a set of ints, floats or tuples gives
// CPython's order.
type Set struct {
	table  []setEntry
	fill   int // active + dummy entries
	used   int // active entries
	frozen bool
	// finger is where set.pop starts looking.
	finger int
	// version changes when the set changes size (for iterators).
	version uint32
}

type setEntry struct {
	hash int64
	key  Value
}

type dummyType struct{}

func (dummyType) Type() *Class { return ObjectClass }

// setDummy marks a deleted slot.
var setDummy Value = &dummyType{}

const (
	setMinSize     = 8
	linearProbes   = 9
	perturbShift   = 5
	setLargeResize = 50000
)

// Type implements Value.
func (s *Set) Type() *Class {
	if s.frozen {
		return FrozenSetClass
	}
	return SetClass
}

// NewSet returns an empty set (frozen for a frozenset).
func NewSet(frozen bool) *Set {
	return &Set{table: make([]setEntry, setMinSize), frozen: frozen}
}

// Len returns the number of members.
func (s *Set) Len() int { return s.used }

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// Add adds key (set_add_entry).
func (s *Set) Add(th *Thread, key Value) error {
	h, err := th.Hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(th, key, h)
}

func (s *Set) addHashed(th *Thread, key Value, hash int64) error {
restart:
	mask := s.mask()
	i := uint64(hash) & mask
	var freeslot *setEntry
	perturb := uint64(hash)
	for {
		entry := i
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for {
			e := &s.table[entry]
			if e.hash == 0 && e.key == nil {
				if freeslot != nil {
					s.used++
					freeslot.key, freeslot.hash = key, hash
					s.version++
					return nil
				}
				s.fill++
				s.used++
				e.key, e.hash = key, hash
				s.version++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > setLargeResize {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash && e.key != setDummy {
				start := e.key
				if Is(start, key) {
					return nil
				}
				tableLen := len(s.table)
				eq, err := keysEqual(th, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(s.table) != tableLen || !Is(s.table[entry].key, start) {
					goto restart
				}
				mask = s.mask()
			} else if e.hash == -1 && e.key == setDummy {
				freeslot = e
			}
			if probes == 0 {
				break
			}
			probes--
			entry++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize.
func (s *Set) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	s.table = make([]setEntry, newsize)
	mask := s.mask()
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			s.insertClean(mask, e.key, e.hash)
		}
	}
	s.version++
}

// insertClean is set_insert_clean: the key is known to be absent and the
// table to hold no dummies.
func (s *Set) insertClean(mask uint64, key Value, hash int64) {
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if s.table[i].key == nil {
			s.table[i] = setEntry{hash, key}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if s.table[i+j].key == nil {
					s.table[i+j] = setEntry{hash, key}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup is set_lookkey: the index of key's slot, or -1.
func (s *Set) lookup(th *Thread, key Value, hash int64) (int, error) {
restart:
	mask := s.mask()
	i := uint64(hash) & mask
	perturb := uint64(hash)
	for {
		entry := i
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for {
			e := &s.table[entry]
			if e.hash == 0 && e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != setDummy {
				start := e.key
				if Is(start, key) {
					return int(entry), nil
				}
				tableLen := len(s.table)
				eq, err := keysEqual(th, start, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(entry), nil
				}
				if len(s.table) != tableLen || !Is(s.table[entry].key, start) {
					goto restart
				}
				mask = s.mask()
			}
			if probes == 0 {
				break
			}
			probes--
			entry++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Contains reports whether key is a member.
func (s *Set) Contains(th *Thread, key Value) (bool, error) {
	h, err := th.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, key, h)
	return i >= 0, err
}

// Discard removes key and reports whether it was a member.
func (s *Set) Discard(th *Thread, key Value) (bool, error) {
	h, err := th.Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.version++
	return true, nil
}

// Clear removes every member.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
	s.version++
}

// Members returns the members in iteration order.
func (s *Set) Members() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a copy (set_merge into an empty set: same table layout when
// the source has no dummies).
func (s *Set) Copy(frozen bool) *Set {
	c := &Set{frozen: frozen}
	_ = c.merge(nil, s) // an empty target never compares keys
	return c
}

// merge is set_merge: adds every member of other to s.
func (s *Set) merge(th *Thread, other *Set) error {
	if other.used == 0 {
		if s.table == nil {
			s.table = make([]setEntry, setMinSize)
		}
		return nil
	}
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	if (s.fill+other.used)*5 >= int(s.mask())*3 {
		s.resize((s.used + other.used) * 2)
	}
	// Fast copy when s is empty and the tables have the same size.
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		s.version++
		return nil
	}
	if s.fill == 0 {
		mask := s.mask()
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				s.insertClean(mask, e.key, e.hash)
			}
		}
		s.version++
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != setDummy {
			if err := s.addHashed(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds every item of an iterable (set_update_internal).
func (s *Set) Update(th *Thread, it Value) error {
	switch it := it.(type) {
	case *Set:
		if it == s {
			return nil
		}
		return s.merge(th, it)
	case *Dict:
		if (s.fill+it.Len())*5 >= int(s.mask())*3 {
			s.resize((s.used + it.Len()) * 2)
		}
		for _, e := range it.entries {
			if e.key != nil {
				if err := s.addHashed(th, e.key, int64(e.hash)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return th.ForEach(it, func(x Value) error { return s.Add(th, x) })
}
