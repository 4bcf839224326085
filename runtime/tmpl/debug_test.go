package tmpl

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/runtime/vm"
)

// lineRecorder records the line events of template code as "name:line".
type lineRecorder struct{ events []string }

func (r *lineRecorder) Event(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
	if ev == vm.EventLine {
		line, _, _, _ := fr.Position()
		r.events = append(r.events, fmt.Sprintf("%s:%d", fr.Code.Name, line))
	}
	return nil
}

// TestLineEvents pins the line table of templates as a debugger sees it:
// one event per line that runs, text on the line of its first visible
// character, a loop's line once per iteration and not its body's last line
// again when it ends, macros and blocks with their own lines.
func TestLineEvents(t *testing.T) {
	src := strings.Join([]string{
		`{% macro item(x) %}`, // 1
		`<li>{{ x }}</li>`,    // 2
		`{% endmacro %}`,      // 3
		`<ul>`,                // 4
		`{% for x in xs %}`,   // 5
		`  {{ item(x) }}`,     // 6
		`{% else %}`,          // 7
		`  none`,              // 8
		`{% endfor %}`,        // 9
		`</ul>`,               // 10
		`{% if xs %}`,         // 11
		`  <p>`,               // 12
		`    {{ xs|length }}`, // 13
		`  </p>`,              // 14
		`{% endif %}`,         // 15
		`{% block b %}`,       // 16
		`{{ 1 }}`,             // 17
		`{% endblock %}`,      // 18
	}, "\n")
	env, err := NewEnvironment(Options{}, MapLoader{"t.html": src})
	if err != nil {
		t.Fatal(err)
	}
	tm, err := env.GetTemplate("t.html")
	if err != nil {
		t.Fatal(err)
	}
	th := vm.NewThread(context.Background())
	rec := &lineRecorder{}
	th.SetHook(rec)
	vars := vm.NewDict(1)
	vars.SetStr("xs", vm.NewList([]vm.Value{vm.Str("a"), vm.Str("b")}))
	out, err := tm.Render(th, vars)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "<li>a</li>") || strings.Contains(out, "none") {
		t.Fatalf("output %q", out)
	}
	root := "top-level template code"
	want := []string{
		root + ":1", root + ":4", root + ":5", root + ":6",
		"item:2", root + ":5", root + ":6",
		"item:2", root + ":5",
		root + ":10", root + ":11", root + ":12", root + ":13", root + ":14", root + ":16",
		"block 'b':17",
	}
	if got := strings.Join(rec.events, " "); got != strings.Join(want, " ") {
		t.Errorf("line events:\n got %s\nwant %s", got, strings.Join(want, " "))
	}
}

// TestEval evaluates Jinja expressions against variables, as the debugger
// does in template frames.
func TestEval(t *testing.T) {
	env, err := NewEnvironment(Options{}, MapLoader{})
	if err != nil {
		t.Fatal(err)
	}
	th := vm.NewThread(context.Background())
	vars := vm.NewDict(1)
	vars.SetStr("user", vm.NewDict(0))
	vars.SetStr("n", vm.MakeInt(3))
	for _, c := range []struct{ expr, want string }{
		{"n * 2", "6"},
		{"[n] | first + 1", "4"},
		{"'%}' ~ n", "'%}3'"},
		{"range(n) | list", "[0, 1, 2]"},
		{"user.name is defined", "False"},
	} {
		v, err := env.Eval(th, c.expr, vars)
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if got, _ := th.Repr(v); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
	for _, expr := range []string{"n %}{% set x = 1", "n +", ""} {
		if _, err := env.Eval(th, expr, vars); err == nil || ErrorClass(err) != "TemplateSyntaxError" {
			t.Errorf("%q: error %v, want a TemplateSyntaxError", expr, err)
		}
	}
}

// TestContextVariables reads and sets the variables a context shows.
func TestContextVariables(t *testing.T) {
	env, err := NewEnvironment(Options{}, MapLoader{})
	if err != nil {
		t.Fatal(err)
	}
	tm, err := env.FromString("{% set top = 1 %}")
	if err != nil {
		t.Fatal(err)
	}
	vars := vm.NewDict(1)
	vars.SetStr("a", vm.MakeInt(1))
	ctx := tm.NewContext(vars)
	th := vm.NewThread(context.Background())
	saved := th.BeginRender(nil, ctx)
	if err := ctx.renderRoot(th, tm); err != nil {
		t.Fatal(err)
	}
	th.EndRender(saved)
	got, _ := th.Repr(ctx.Variables())
	if got != "{'a': 1, 'top': 1}" {
		t.Errorf("variables %s", got)
	}
	if !ctx.SetVariable("a", vm.MakeInt(5)) || !ctx.SetVariable("top", vm.MakeInt(6)) || ctx.SetVariable("nope", vm.None) {
		t.Errorf("SetVariable")
	}
	if got, _ := th.Repr(ctx.Variables()); got != "{'a': 5, 'top': 6}" {
		t.Errorf("after SetVariable: %s", got)
	}
}
