package vm

import (
	"context"
	"runtime"
	"strconv"
	"testing"
)

// TestStrAlloc checks that strs whose header and bytes share one block
// survive collections, whether kept as values or as Go strings taken out of
// them (which point into the middle of the block).
func TestStrAlloc(t *testing.T) {
	th := NewThread(context.Background())
	vals := make([]Value, 1000)
	var strs []string
	for i := range vals {
		switch i % 3 {
		case 0:
			vals[i] = th.intStr(int64(i*7919 - 3000))
		case 1:
			vals[i] = th.strValue("k", strconv.Itoa(i), "é")
		default:
			vals[i] = th.buildString([]Value{Str("a"), th.intStr(int64(i)), Str("")})
		}
		if i%2 == 0 {
			strs = append(strs, string(vals[i].(Str)))
			vals[i] = nil
		}
	}
	runtime.GC()
	garbage := make([][]byte, 0, 1000)
	for i := 0; i < 1000; i++ {
		garbage = append(garbage, make([]byte, 40))
	}
	runtime.GC()
	for i := range vals {
		var want string
		switch i % 3 {
		case 0:
			want = strconv.Itoa(i*7919 - 3000)
		case 1:
			want = "k" + strconv.Itoa(i) + "é"
		default:
			want = "a" + strconv.Itoa(i)
		}
		var got string
		if i%2 == 0 {
			got = strs[i/2]
		} else {
			got = string(vals[i].(Str))
		}
		if got != want {
			t.Fatalf("item %d = %q, want %q", i, got, want)
		}
	}
	runtime.KeepAlive(garbage)
}
