package markdown

import (
	"strings"
	"testing"
)

// TestOptionsErrors checks that settings Python-Markdown rejects are errors.
func TestOptionsErrors(t *testing.T) {
	for _, tc := range []struct {
		opts map[string]any
		want string
	}{
		{map[string]any{"extensions": []any{"tables"}}, `unknown extension "tables"`},
		{map[string]any{"extensions": "nl2br"}, "extensions must be a list"},
		{map[string]any{"output_format": "html6"}, "invalid output format"},
		{map[string]any{"tab_length": 2.5}, "tab_length must be an int"},
		{map[string]any{"tab_length": -1}, "tab_length must be positive"},
		{map[string]any{"safe_mode": true}, `unknown option "safe_mode"`},
		{map[string]any{"extensions": []any{"fenced_code"}, "extension_configs": map[string]any{"fenced_code": map[string]any{"x": 1}}}, `fenced_code has no setting "x"`},
		{map[string]any{"extensions": []any{"codehilite"}, "extension_configs": map[string]any{"codehilite": map[string]any{"use_pygments": "maybe"}}}, "cannot parse bool value"},
	} {
		opts, err := OptionsFromMap(tc.opts)
		if err == nil {
			_, err = Convert("text", opts)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want %q", tc.opts, err, tc.want)
		}
	}
}

// TestOptionsFromMap checks that the spellings YAML and JSON configuration
// produce read alike (the corpus has the conversions themselves).
func TestOptionsFromMap(t *testing.T) {
	a, err := OptionsFromMap(map[string]any{"extensions": []string{"nl2br"}, "tab_length": 8})
	if err != nil {
		t.Fatal(err)
	}
	b, err := OptionsFromMap(map[string]any{"extensions": []any{"nl2br"}, "tab_length": float64(8)})
	if err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("%v != %v", a, b)
	}
}
