package pyfmt

import (
	"math"
	"testing"
)

// TestAppendIntSpec checks that the fast path of AppendIntSpec agrees with
// FormatIntSpec, for the specs it takes and those it leaves to it.
func TestAppendIntSpec(t *testing.T) {
	specs := []string{">6", "<6", "^7", "6", "d", "-d", "x^9d", "*<4", "=8", "08", "+5", "é>5", ">1", "^1", "<0", ",", "_>9", "#>8", "x", "n", ">64", ">65", "c"}
	values := []int64{0, 7, -42, 123456, math.MaxInt64, math.MinInt64}
	for _, spec := range specs {
		sp, err := ParseSpec(spec, "int")
		if err != nil {
			t.Fatalf("ParseSpec(%q): %v", spec, err)
		}
		for _, x := range values {
			want, wantErr := FormatIntSpec(x, sp)
			got, gotErr := AppendIntSpec([]byte("prefix:"), x, sp)
			if (wantErr == nil) != (gotErr == nil) || (wantErr == nil && string(got) != "prefix:"+want) {
				t.Errorf("AppendIntSpec(%d, %q) = %q, %v; want %q, %v", x, spec, got, gotErr, "prefix:"+want, wantErr)
			}
		}
	}
}
