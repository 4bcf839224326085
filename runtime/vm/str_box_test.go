package vm

import (
	"runtime"
	"strconv"
	"testing"
)

func TestBoxStrings(t *testing.T) {
	parts := make([]string, 100)
	for i := range parts {
		parts[i] = "item-" + strconv.Itoa(i)
	}
	parts[7] = "x"
	vals := boxStrings(parts)
	bvals := boxBytes(append([]string(nil), parts...))
	parts = nil
	runtime.GC()
	for i, v := range vals {
		want := "item-" + strconv.Itoa(i)
		if i == 7 {
			want = "x"
		}
		s, ok := v.(Str)
		if !ok || string(s) != want {
			t.Fatalf("item %d = %#v, want %q", i, v, want)
		}
		b, ok := bvals[i].(Bytes)
		if !ok || string(b) != want {
			t.Fatalf("bytes item %d = %#v, want %q", i, bvals[i], want)
		}
	}
	if !Is(vals[7], asciiStrs['x']) {
		t.Errorf("one-character ASCII items should be the cached values")
	}
}
