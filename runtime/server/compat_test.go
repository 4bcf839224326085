package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompatSwitches reads COMPAT from config.yml (a list or a string of
// names) and Options.Compat; an unknown name is a diagnostic.
func TestCompatSwitches(t *testing.T) {
	for _, tc := range []struct {
		yml   string
		extra []string
		want  Compat
		diag  string
	}{
		{"", nil, Compat{}, ""},
		{"compat: [split, methods]\n", nil, Compat{Split: true, Methods: true}, ""},
		{"compat: autoescape, Methods\n", nil, Compat{Methods: true, Autoescape: true}, ""},
		{"compat: all\n", nil, Compat{Split: true, Methods: true, Autoescape: true}, ""},
		{"", []string{"split"}, Compat{Split: true}, ""},
		{"compat: [layout]\n", nil, Compat{}, `unknown switch "layout"`},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "config.yml"), []byte(tc.yml), 0o644); err != nil {
			t.Fatal(err)
		}
		got, diags := compatSwitches(LoadConfig(os.DirFS(dir), dir, "production", nil), tc.extra)
		if got != tc.want {
			t.Errorf("%q %v: %+v, want %+v", tc.yml, tc.extra, got, tc.want)
		}
		var msgs []string
		for _, d := range diags {
			msgs = append(msgs, d.Error())
		}
		if msg := strings.Join(msgs, "\n"); tc.diag == "" && msg != "" || !strings.Contains(msg, tc.diag) {
			t.Errorf("%q: diagnostics %v, want %q", tc.yml, diags, tc.diag)
		}
	}
}
