package tmpl

import (
	"context"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/vm"
)

func TestSmoke(t *testing.T) {
	files := map[string]string{
		"main.html": `{% extends "base.html" %}{% block b %}[{{ super() }}|{{ x }}]{% endblock %}`,
		"base.html": `<{% block b %}base {{ y }}{% endblock %}>{% for i in items %}{{ loop.index }}{{ i }}{% else %}none{% endfor %}{% include "inc.html" %}`,
		"inc.html":  `({{ x }}{% set z = 3 %}{{ z }})`,
	}
	got, err := RenderCase(files, "main.html", []byte(`{"x": "<a>", "y": 2, "items": ["a", "b"]}`), Options{})
	if err != nil {
		t.Fatalf("%s: %s", ErrorClass(err), ErrorMessage(err))
	}
	want := `<[base 2|&lt;a&gt;]>1a2b(&lt;a&gt;3)`
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestConcurrentRender renders templates of one environment from several
// goroutines (the server does): the template cache, context pools and
// per-code caches must be safe (run with -race).
func TestConcurrentRender(t *testing.T) {
	env, err := NewEnvironment(Options{Autoescape: "hyperflask"}, DirLoader{Root: "testdata/bench"})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string, 8)
	for range 8 {
		go func() {
			th := vm.NewThread(context.Background())
			tm, err := env.GetTemplate("simple.html")
			if err != nil {
				done <- err.Error()
				return
			}
			var out []byte
			for range 50 {
				if out, err = tm.Execute(th, benchVars(), out[:0]); err != nil {
					done <- err.Error()
					return
				}
			}
			done <- string(out)
		}()
	}
	first := <-done
	if !strings.Contains(first, "<li>mauve</li>") {
		t.Fatalf("unexpected output %q", first)
	}
	for range 7 {
		if got := <-done; got != first {
			t.Errorf("renders differ:\n%s", golden.Diff(first, got))
		}
	}
}
