package time

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// StructTimeClass is time.struct_time.
var StructTimeClass = vm.NewGoClass("struct_time", "time", nil, newStructTime)

var structFields = [...]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// StructTime is a time.struct_time: a 9-tuple with the optional fields
// tm_zone and tm_gmtoff.
type StructTime struct {
	Fields [9]vm.Value
	Zone   vm.Value // None when unknown
	Gmtoff vm.Value // None when unknown
}

// Type implements vm.Value.
func (*StructTime) Type() *vm.Class { return StructTimeClass }

// NewStructTime builds a struct_time from ints.
func NewStructTime(year, mon, mday, hour, min, sec, wday, yday, isdst int, zone, gmtoff vm.Value) *StructTime {
	st := &StructTime{Zone: zone, Gmtoff: gmtoff}
	for i, v := range []int{year, mon, mday, hour, min, sec, wday, yday, isdst} {
		st.Fields[i] = vm.MakeInt(int64(v))
	}
	if st.Zone == nil {
		st.Zone = vm.None
	}
	if st.Gmtoff == nil {
		st.Gmtoff = vm.None
	}
	return st
}

func newStructTime(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	var seq vm.Value
	if err := th.UnpackArgs("struct_time", args, kwnames, "sequence", &seq); err != nil {
		return nil, err
	}
	switch seq.(type) {
	case vm.Tuple, *vm.List, *StructTime:
	default:
		return nil, th.TypeError("constructor requires a sequence")
	}
	items, err := th.ToSlice(seq)
	if err != nil {
		return nil, err
	}
	if len(items) < 9 {
		return nil, th.TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
	}
	if len(items) > 11 {
		return nil, th.TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
	}
	st := &StructTime{Zone: vm.None, Gmtoff: vm.None}
	copy(st.Fields[:], items)
	if len(items) > 9 {
		st.Zone = items[9]
	}
	if len(items) > 10 {
		st.Gmtoff = items[10]
	}
	return st, nil
}

func (st *StructTime) tuple() vm.Tuple { return append(vm.Tuple(nil), st.Fields[:]...) }

// Len implements len().
func (st *StructTime) Len() int { return 9 }

// GetItem implements st[i] and st[a:b].
func (st *StructTime) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	return th.GetItem(st.tuple(), key)
}

// Iter implements iteration.
func (st *StructTime) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(st.tuple()) }

// Repr implements repr().
func (st *StructTime) Repr(th *vm.Thread) (string, error) {
	var b strings.Builder
	b.WriteString("time.struct_time(")
	for i, f := range st.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := th.Repr(f)
		if err != nil {
			return "", err
		}
		b.WriteString(structFields[i] + "=" + s)
	}
	b.WriteByte(')')
	return b.String(), nil
}

// Compare compares as tuples (struct_time is a tuple subclass).
func (st *StructTime) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	switch o := other.(type) {
	case *StructTime:
		return th.Compare(op, st.tuple(), o.tuple())
	case vm.Tuple:
		return th.Compare(op, st.tuple(), o)
	}
	return vm.NotImplemented, nil
}

// Hash is the hash of the tuple.
func (st *StructTime) Hash(th *vm.Thread) (int64, error) { return th.Hash(st.tuple()) }

func init() {
	StructTimeClass.SetAttrHook(func(v vm.Value, name string) (vm.Value, bool) {
		st, ok := v.(*StructTime)
		if !ok {
			return nil, false
		}
		for i, f := range structFields {
			if f == name {
				return st.Fields[i], true
			}
		}
		switch name {
		case "tm_zone":
			return st.Zone, true
		case "tm_gmtoff":
			return st.Gmtoff, true
		case "n_fields":
			return vm.MakeInt(11), true
		case "n_sequence_fields":
			return vm.MakeInt(9), true
		}
		return nil, false
	})
}
