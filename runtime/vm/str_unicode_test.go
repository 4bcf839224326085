package vm

import (
	"context"
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

// TestStrUnicodeTable compares str's case mappings, predicates and
// splitting with CPython's results on random Unicode strings
// (testdata/gen_str_unicode.py writes the table).
func TestStrUnicodeTable(t *testing.T) {
	data, err := os.ReadFile("testdata/str_unicode.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		S string         `json:"s"`
		R map[string]any `json:"r"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	th := NewThread(context.Background())
	failures := 0
	for _, c := range cases {
		for name, want := range c.R {
			m := StrClass.Lookup(name).(*Method)
			v, err := m.Fn(th, Str(c.S), nil, nil)
			if err != nil {
				t.Fatalf("%q.%s(): %v", c.S, name, err)
			}
			if got := goValue(v); !reflect.DeepEqual(got, want) {
				t.Errorf("%q.%s() = %#v, CPython gives %#v", c.S, name, got, want)
				if failures++; failures > 20 {
					t.FailNow()
				}
			}
		}
	}
}

// goValue converts a str, bool or list of str to what encoding/json
// decodes CPython's results into.
func goValue(v Value) any {
	switch x := v.(type) {
	case Str:
		return string(x)
	case Bool:
		return bool(x)
	case *List:
		out := make([]any, len(x.Elems))
		for i, e := range x.Elems {
			out[i] = goValue(e)
		}
		return out
	}
	return v
}
