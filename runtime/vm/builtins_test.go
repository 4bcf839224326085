package vm

import "testing"

// TestNoMissingBuiltins checks that every name the compiler may load with
// LOAD_BUILTIN has a value.
func TestNoMissingBuiltins(t *testing.T) {
	if missing := MissingBuiltins(); len(missing) > 0 {
		t.Fatalf("builtins without a value: %v", missing)
	}
}
