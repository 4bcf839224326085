package vm

import (
	"context"
	"testing"
)

func intKeysOf(d *Dict) []int64 {
	var out []int64
	d.Items(func(k, v Value) bool {
		n, _ := AsInt64(k)
		out = append(out, n)
		return true
	})
	return out
}

func TestDictMoveToEndAndPopFirst(t *testing.T) {
	th := NewThread(context.Background())
	for _, size := range []int{3, dictSmall, 40} {
		d := NewDict(0)
		for i := 0; i < size; i++ {
			if err := d.SetItem(th, MakeInt(int64(i)), None); err != nil {
				t.Fatal(err)
			}
		}
		want := make([]int64, 0, size)
		for i := 1; i < size; i++ {
			want = append(want, int64(i))
		}
		want = append(want, 0)
		if ok, err := d.MoveToEnd(th, MakeInt(0), true); err != nil || !ok {
			t.Fatalf("size %d: MoveToEnd(0) = %v, %v", size, ok, err)
		}
		if got := intKeysOf(d); !equalInts(got, want) {
			t.Fatalf("size %d: after MoveToEnd(0, last) keys = %v, want %v", size, got, want)
		}
		last := int64(size - 1)
		if ok, _ := d.MoveToEnd(th, MakeInt(last), false); !ok {
			t.Fatalf("size %d: MoveToEnd(%d, first) missed", size, last)
		}
		want = append([]int64{last}, want[:len(want)-2]...)
		want = append(want, 0)
		if got := intKeysOf(d); !equalInts(got, want) {
			t.Fatalf("size %d: after MoveToEnd(last, first) keys = %v, want %v", size, got, want)
		}
		k, _, ok := d.PopFirst()
		if n, _ := AsInt64(k); !ok || n != last {
			t.Fatalf("size %d: PopFirst = %v, %v", size, k, ok)
		}
		for i := int64(1); i < last; i++ {
			if _, found, _ := d.Get(th, MakeInt(i)); !found {
				t.Fatalf("size %d: key %d lost", size, i)
			}
		}
		if ok, _ := d.MoveToEnd(th, MakeInt(-5), true); ok {
			t.Fatalf("size %d: MoveToEnd of a missing key reported true", size)
		}
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDictSubclassType(t *testing.T) {
	c := NewGoClass("Sub", "test", DictClass, nil)
	d := NewDictOf(c)
	if d.Type() != c || !d.Type().IsSubclass(DictClass) {
		t.Fatalf("NewDictOf(c).Type() = %v", d.Type().Name)
	}
	if NewDictOf(DictClass).Type() != DictClass || NewDictOf(DictClass).sub != nil {
		t.Fatal("NewDictOf(dict) is not a plain dict")
	}
	if d.State() != nil {
		t.Fatal("fresh State is not nil")
	}
	d.SetState(Str("x"))
	if d.State() != Value(Str("x")) {
		t.Fatal("State did not keep its value")
	}
}
