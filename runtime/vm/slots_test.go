package vm

import (
	"context"
	"testing"
)

// TestSlabClearedAfterOutermostFrame checks the bound on what ended frames
// keep reachable: their slots are not cleared one by one, but nothing is
// left in the slab once the thread's outermost frame has returned, whether
// normally or by an exception.
func TestSlabClearedAfterOutermostFrame(t *testing.T) {
	prog := loadSnippet(t, `def inner(n):
    big = [n] * 1000
    tmp = str(n) + "x"
    return len(big) + len(tmp)

def outer(n):
    return [inner(i) for i in range(n)][-1]

def fails():
    big = [1] * 1000
    return big[5000]
`)
	th := NewThread(context.Background())
	m := NewModule("snippet", prog)
	if _, err := th.RunModule(m); err != nil {
		t.Fatal(err)
	}
	check := func(what string) {
		t.Helper()
		if th.slabTop != 0 {
			t.Fatalf("%s: slab top %d, want 0", what, th.slabTop)
		}
		for i, v := range th.slab {
			if v != nil {
				t.Fatalf("%s: slot %d still holds %v", what, i, v)
			}
		}
	}
	check("module")
	outer, _ := m.Global("outer")
	if r, err := th.Call(outer, Int(50)); err != nil || !Is(r, MakeInt(1003)) {
		t.Fatalf("outer(50) = %v, %v", r, err)
	}
	check("outer")
	fails, _ := m.Global("fails")
	if _, err := th.Call(fails); err == nil {
		t.Fatal("fails() did not raise")
	}
	check("fails")
}
