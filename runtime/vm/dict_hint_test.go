package vm

import (
	"strconv"
	"sync/atomic"
	"testing"
)

// TestDictHints checks that lookups through a shared, often wrong hint
// agree with plain lookups while keys are added, replaced and deleted, in
// small dicts (scanned) and large ones (indexed).
func TestDictHints(t *testing.T) {
	for _, n := range []int{3, 40} {
		d := NewDict(0)
		var hint atomic.Uint32
		keys := make([]string, n)
		for i := range keys {
			keys[i] = "k" + strconv.Itoa(i)
			d.SetStrHinted(keys[i], Str(keys[i]), strHash(keys[i]), Int(i), &hint)
		}
		for i := 0; i < n; i += 3 {
			if _, err := d.Delete(nil, Str(keys[i])); err != nil {
				t.Fatal(err)
			}
		}
		for i := 0; i < n; i += 6 {
			d.SetStrHinted(keys[i], Str(keys[i]), strHash(keys[i]), Int(-i), &hint)
		}
		for round := 0; round < 2; round++ {
			for i, k := range append(keys, "absent") {
				want, wantOK := d.GetStr(k)
				got, gotOK := d.GetStrHinted(k, strHash(k), &hint)
				if gotOK != wantOK || (wantOK && !Is(got, want)) {
					t.Fatalf("n=%d: key %q (%d): hinted lookup = %v, %v; want %v, %v", n, k, i, got, gotOK, want, wantOK)
				}
			}
		}
		if d.Len() != n-(n+2)/3+(n+5)/6 {
			t.Fatalf("n=%d: len %d after deletes and re-inserts", n, d.Len())
		}
	}
}
