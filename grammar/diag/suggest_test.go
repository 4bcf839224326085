package diag

import "testing"

func TestClosest(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cands []string
		want  string
	}{
		{"lenght", []string{"len", "length", "list"}, "length"},
		{"pritn", []string{"print", "repr"}, "print"},
		{"Print", []string{"print"}, "print"},
		{"x", []string{"y", "xx"}, "y"},
		{"totally", []string{"print", "len"}, ""},
		{"itmes", []string{"items", "item"}, "items"},
		{"endfor", []string{"endif", "endfor"}, ""},
	} {
		if got := Closest(tc.name, tc.cands); got != tc.want {
			t.Errorf("Closest(%q, %v) = %q, want %q", tc.name, tc.cands, got, tc.want)
		}
	}
}
