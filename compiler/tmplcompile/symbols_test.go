package tmplcompile

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// TestSymbols checks that Options.Symbols lists every variable occurrence
// with the variable it resolves to, on a broken template too.
func TestSymbols(t *testing.T) {
	for _, tc := range []struct{ text, want string }{{
		text: `{% set title = page_title %}{% for item in items %}{{ loop.index }}{{ item }}{% endfor %}` +
			`{% macro m(a) %}{{ a }}{{ title }}{{ caller() }}{% endmacro %}{% block b %}{{ title }}{% endblock %}`,
		want: `1:16 load page_title ctx
1:8 store title var1 export
1:44 load items ctx
1:29 store loop var2 implicit
1:36 store item var3
1:55 load loop var2
1:71 load item var3
1:101 store a var4
1:90 store caller var5 implicit
1:109 load a var4
1:116 load title ctx
1:127 load caller var5
1:99 store m var6 export
1:168 load title ctx`,
	}, {
		text: `{% for x in xs if x.ok %}{{ x }}{% endfor %}{{ broken( }}{{ y }}`,
		want: `1:13 load xs ctx
1:8 store x var1
1:19 load x var1
1:8 store x var2
1:29 load x var2
1:48 load broken ctx
1:61 load y ctx`,
	}} {
		f := source.NewFile("t.html", tc.text)
		tree, _ := template.Parse(f, 0, len(tc.text), template.Options{Hyperflask: true})
		var syms Symbols
		Compile(f, tree, Options{Name: "t.html", Symbols: &syms})
		var got []string
		for _, r := range syms.Refs {
			s := fmt.Sprintf("%s load %s", r.Span.Start, r.Name)
			if r.Store {
				s = fmt.Sprintf("%s store %s", r.Span.Start, r.Name)
			}
			if r.Var == 0 {
				s += " ctx"
			} else {
				s += fmt.Sprintf(" var%d", r.Var)
			}
			if r.Export {
				s += " export"
			}
			if r.Implicit {
				s += " implicit"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "\n"); g != tc.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tc.text, g, tc.want)
		}
	}
}
