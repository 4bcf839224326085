package tmpl

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/vm"
)

// goldenRow is a row of testdata/filters.json.
type goldenRow struct {
	Template   string          `json:"template"`
	Context    json.RawMessage `json:"context"`
	Autoescape bool            `json:"autoescape"`
	Undefined  string          `json:"undefined"`
	Sandbox    bool            `json:"sandbox"`
	Output     *string         `json:"output"`
	Error      *string         `json:"error"`
}

// TestFiltersGolden renders the templates of testdata/filters.json, which
// call the built-in filters, tests and globals, and compares the output or
// the error with Jinja2's (written by testdata/gen_filters.py). random is
// seeded with 0 before each render on both sides, so |random and lipsum
// must draw what CPython draws. With -update the table is first rewritten
// by the script (needs /usr/bin/python3 with Jinja2 3.1.2).
func TestFiltersGolden(t *testing.T) {
	path := filepath.Join("testdata", "filters.json")
	if *golden.Update {
		cmd := exec.Command("/usr/bin/python3", filepath.Join("testdata", "gen_filters.py"))
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context json.RawMessage `json:"context"`
		Rows    []goldenRow     `json:"rows"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	th := vm.NewThread(context.Background())
	for _, r := range doc.Rows {
		ctx := doc.Context
		if len(r.Context) > 0 && string(r.Context) != "null" {
			ctx = r.Context
		}
		ae := "off"
		if r.Autoescape {
			ae = "on"
		}
		opts := Options{Autoescape: ae, Undefined: r.Undefined, Sandbox: r.Sandbox, Extensions: []string{"do"}}
		if _, err := stdCall(th, "random", "seed", []vm.Value{vm.MakeInt(0)}, nil); err != nil {
			t.Fatal(err)
		}
		out, err := RenderCase(map[string]string{"main.html": r.Template}, "main.html", ctx, opts)
		got := "output " + out
		if err != nil {
			got = "error " + ErrorClass(err) + ": " + ErrorMessage(err)
		}
		want := ""
		if r.Output != nil {
			want = "output " + *r.Output
		} else if r.Error != nil {
			want = "error " + *r.Error
		}
		if got != want {
			t.Errorf("%s (autoescape %v, undefined %s):\n got %q\nwant %q", r.Template, r.Autoescape, r.Undefined, got, want)
		}
	}
}
