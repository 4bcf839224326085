package tmpl

import "testing"

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
