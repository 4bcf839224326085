package vm

import (
	"fmt"
	"testing"
)

// TestInstanceBatch checks that the instances of a batch are independent:
// a dict that grows past its room does not write into its neighbour's.
func TestInstanceBatch(t *testing.T) {
	cls := NewGoClass("Row", "test", nil, nil)
	b := NewInstanceBatch(cls, 2, 3)
	var insts []*Instance
	for i := 0; i < 20; i++ {
		o := b.New()
		if o.Type() != cls || o.Dict.Len() != 0 {
			t.Fatalf("instance %d: class %v, %d attributes", i, o.Type(), o.Dict.Len())
		}
		o.Dict.SetStr("a", MakeInt(int64(i)))
		o.Dict.SetStr("b", Str(fmt.Sprint(i)))
		insts = append(insts, o)
	}
	insts[0].Dict.SetStr("c", MakeInt(-1)) // past the room of two
	for i, o := range insts {
		a, _ := o.Dict.GetStr("a")
		s, _ := o.Dict.GetStr("b")
		if a != MakeInt(int64(i)) || s != Str(fmt.Sprint(i)) {
			t.Errorf("instance %d: a=%v b=%v", i, a, s)
		}
		if _, ok := o.Dict.GetStr("c"); ok != (i == 0) {
			t.Errorf("instance %d: has c: %v", i, ok)
		}
	}
}

// TestStrBatch checks that boxed strings keep their values.
func TestStrBatch(t *testing.T) {
	var b StrBatch
	var vals []Value
	for i := 0; i < 600; i++ {
		vals = append(vals, b.Str(fmt.Sprint("s", i)))
	}
	for _, s := range []string{"", "x", "é"} {
		if v := b.Str(s); v != Str(s) {
			t.Errorf("Str(%q) = %#v", s, v)
		}
	}
	for i, v := range vals {
		if v != Str(fmt.Sprint("s", i)) {
			t.Fatalf("value %d = %#v", i, v)
		}
	}
}
