package tmpl

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

// FuzzRender compiles and renders arbitrary templates: whatever the input,
// the compiler and the engine return a result or an error, never panic,
// and a render stops within its step budget.
func FuzzRender(f *testing.F) {
	cases, _ := filepath.Glob("../../conformance/jinja/*/*.txtar")
	for _, p := range cases {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		_, rest, ok := strings.Cut(string(data), "-- main.html --\n")
		if !ok {
			continue
		}
		if i := strings.Index(rest, "\n-- "); i >= 0 {
			rest = rest[:i]
		}
		f.Add(rest)
	}
	f.Fuzz(func(t *testing.T, text string) {
		files := map[string]string{"main.html": text, "other.html": "{% block b %}[{{ x }}]{% endblock %}{% macro m(a) %}{{ a }}{% endmacro %}"}
		env, err := NewEnvironment(Options{Extensions: []string{"do", "loopcontrols"}}, MapLoader(files))
		if err != nil {
			t.Fatal(err)
		}
		tm, err := env.GetTemplate("main.html")
		if err != nil {
			if ErrorClass(err) == "" {
				t.Fatalf("compile error that is not an exception: %v", err)
			}
			return
		}
		th := vm.NewThread(context.Background())
		th.MaxSteps = 10000
		th.MaxAlloc = 1 << 20
		vars := vm.NewDict(2)
		vars.SetStr("x", vm.Str("<x>"))
		vars.SetStr("items", vm.NewList([]vm.Value{vm.MakeInt(1), vm.Str("two")}))
		_, _ = tm.Render(th, vars)
	})
}
