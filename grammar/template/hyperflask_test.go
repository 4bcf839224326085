package template

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// parseHF parses src as a whole template of a Hyperflask app.
func parseHF(t *testing.T, src string) (*Template, diag.List) {
	t.Helper()
	f := source.NewFile("t.html", src)
	return Parse(f, 0, len(src), Options{Hyperflask: true})
}

// components returns the component tags of a tree in source order.
func components(root Node) []*ComponentTag {
	var out []*ComponentTag
	Inspect(root, func(n Node) bool {
		if c, ok := n.(*ComponentTag); ok {
			out = append(out, c)
		}
		return true
	})
	return out
}

// describeComponent summarises a component tag for the tables below.
func describeComponent(c *ComponentTag) string {
	var b strings.Builder
	b.WriteString(c.Name)
	if c.Inline {
		b.WriteString(" inline")
	} else {
		b.WriteString(" block")
	}
	if len(c.CallerArgs) > 0 {
		var names []string
		for _, a := range c.CallerArgs {
			names = append(names, a.Name)
		}
		fmt.Fprintf(&b, " caller(%s)", strings.Join(names, ", "))
	}
	for _, a := range c.Args {
		fmt.Fprintf(&b, " %s", exprString(a))
	}
	for _, k := range c.Kwargs {
		fmt.Fprintf(&b, " %s->%s=%s", k.Attr, k.Key, exprString(k.Value))
	}
	if c.DynArgs != nil {
		fmt.Fprintf(&b, " *%s", exprString(c.DynArgs))
	}
	if c.DynKwargs != nil {
		fmt.Fprintf(&b, " **%s", exprString(c.DynKwargs))
	}
	if !c.Inline {
		switch {
		case c.Close == nil:
			b.WriteString(" unclosed")
		case c.Close.Name == "":
			b.WriteString(" </{}>")
		default:
			fmt.Fprintf(&b, " </{%s}>", c.Close.Name)
		}
	}
	return b.String()
}

// exprString writes an expression back in Jinja syntax, with parentheses
// around every operation so that the tables show the structure.
func exprString(e Expr) string {
	switch n := e.(type) {
	case nil:
		return "<nil>"
	case *Name:
		return n.Name
	case *Const:
		if n.Kind == ConstString {
			return fmt.Sprintf("%q", n.Value)
		}
		if n.Kind == ConstNone {
			return "none"
		}
		data, _ := n.Value.(interface{ MarshalJSON() ([]byte, error) })
		if data != nil {
			s, _ := data.MarshalJSON()
			return string(s)
		}
		return fmt.Sprint(n.Value)
	case *Getattr:
		return exprString(n.Node) + "." + n.Attr
	case *Getitem:
		return exprString(n.Node) + "[" + exprString(n.Arg) + "]"
	case *Call:
		return exprString(n.Node) + "(" + argsString(n.Args, n.Kwargs) + ")"
	case *Filter:
		s := exprString(n.Node) + "|" + n.Name
		if len(n.Args) > 0 || len(n.Kwargs) > 0 {
			s += "(" + argsString(n.Args, n.Kwargs) + ")"
		}
		return s
	case *Neg:
		return "(-" + exprString(n.Node) + ")"
	case *Pos:
		return "(+" + exprString(n.Node) + ")"
	case *Not:
		return "(not " + exprString(n.Node) + ")"
	case *Concat:
		var parts []string
		for _, x := range n.Nodes {
			parts = append(parts, exprString(x))
		}
		return "(" + strings.Join(parts, " ~ ") + ")"
	case *Add:
		return "(" + exprString(n.Left) + " + " + exprString(n.Right) + ")"
	case *CondExpr:
		return "(" + exprString(n.Expr1) + " if " + exprString(n.Test) + " else " + exprString(n.Expr2) + ")"
	case *List:
		var parts []string
		for _, x := range n.Items {
			parts = append(parts, exprString(x))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Dict:
		var parts []string
		for _, p := range n.Items {
			parts = append(parts, exprString(p.Key)+": "+exprString(p.Value))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *ComponentTag:
		return "<" + describeComponent(n) + ">"
	}
	return fmt.Sprintf("%T", e)
}

func argsString(args []Expr, kwargs []*Keyword) string {
	var parts []string
	for _, a := range args {
		parts = append(parts, exprString(a))
	}
	for _, k := range kwargs {
		parts = append(parts, k.Key+"="+exprString(k.Value))
	}
	return strings.Join(parts, ", ")
}

// The examples of reference §5.1, §5.2 and §5.4, and the tag forms of the
// reference's example inventory (§9).
func TestComponentTags(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`<{Icon "plus"}/>`, []string{`Icon inline "plus"`}},
		{`<{Button color="primary"}>Save</{}>`, []string{`Button block color->color="primary" </{}>`}},
		{`<{ panel title="x" }>…</{ panel }>`, []string{`panel block title->title="x" </{panel}>`}},
		{`<{button hx-get=url_for('x') class="btn" disabled=True hidden=False}>Go</{button}>`,
			[]string{`button block hx-get->hx_get=url_for("x") class->class="btn" disabled->disabled=true hidden->hidden=false </{button}>`}},
		{`<{X hx-on--after-request=handler}/>`, []string{`X inline hx-on--after-request->hx_on__after_request=handler`}},
		{`<{X a-b-c=1 for="id" as="a" type=t}/>`, []string{`X inline a-b-c->a_b_c=1 for->for="id" as->as="a" type->type=t`}},
		{`<{X arg1 arg2 kw-arg1=single_value kw-arg2=("a" if True else "b") **kwargs }/>`,
			[]string{`X inline arg1 arg2 kw-arg1->kw_arg1=single_value kw-arg2->kw_arg2=("a" if true else "b") **kwargs`}},
		{`<{input type="checkbox" checked=is_checked() }/>`, []string{`input inline type->type="checkbox" checked->checked=is_checked()`}},
		{`<{X class=("a " ~ b)}/>`, []string{`X inline class->class=("a " ~ b)`}},
		{`<{X hx-get=url_for('TodoItemForm', id=x.id if x else None)}/>`,
			[]string{`X inline hx-get->hx_get=url_for("TodoItemForm", id=(x.id if x else none))`}},
		{`<{X disabled}/>`, []string{`X inline disabled`}},
		{`<{X v=-1 w=+x n=-a.b|abs}/>`, []string{`X inline v->v=(-1) w->w=(+x) n->n=(-a.b)|abs`}},
		{`<{X v=items[0].name|default('x')|upper l=[1, 2] d={'k': v} t=(1, 2)}/>`,
			[]string{`X inline v->v=items[0].name|default("x")|upper l->l=[1, 2] d->d={"k": v} t->t=*template.Tuple`}},
		{`<{X *args **kw}/>`, []string{`X inline *args **kw`}},
		{`<{X hx-get="{{ url }}"}/>`, []string{`X inline hx-get->hx_get="{{ url }}"`}},
		{"<{Form\n  form\n  action=url\n  method=\"post\"\n}>\n</{Form}>", []string{`Form block form action->action=url method->method="post" </{Form}>`}},
		{`<{Dropdown(item, i) items=xs}>{{ item }}</{}>`, []string{`Dropdown block caller(item, i) items->items=xs </{}>`}},
		{`<{A}><{B}>x</{}></{A}>`, []string{`A block </{A}>`, `B block </{}>`}},
		{`<{A x=1}><{B/}/>`, []string{`A block x->x=1 unclosed`, `B inline`}},
		{`<{{ x }}`, nil},
		{`</{ }>`, nil},
		{`<{ Icon }/>`, []string{`Icon inline`}},
		{`<{X a=1 "s" }/>`, []string{`X inline "s" a->a=1`}},
		{`<{X a="}>"}/>`, []string{`X inline a->a="}>"`}},
		{`<{X a='it\'s }>'}/>`, []string{`X inline a->a="it's }>"`}},
		{`<{HtmxOob}><{FlashMessagesToast}/></{HtmxOob}>`, []string{`HtmxOob block </{HtmxOob}>`, `FlashMessagesToast inline`}},
	}
	for _, tt := range tests {
		tree, diags := parseHF(t, tt.src)
		var got []string
		for _, c := range components(tree) {
			got = append(got, describeComponent(c))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got: %q\nwant: %q", tt.src, got, tt.want)
		}
		if tt.want == nil || !strings.Contains(tt.want[0], "unclosed") && !strings.Contains(tt.src, `"s"`) {
			for _, d := range diags {
				t.Errorf("%s: unexpected %v", tt.src, d)
			}
		}
	}
}

// In plain Jinja "<{" is text.
func TestComponentTagsNeedHyperflask(t *testing.T) {
	src := `<{Icon "plus"}/><{B}>x</{}>`
	f := source.NewFile("t.html", src)
	tree, diags := Parse(f, 0, len(src), Options{})
	if len(diags) > 0 || len(components(tree)) > 0 {
		t.Fatalf("diags %v, components %v", diags, components(tree))
	}
	out := tree.Body[0].(*Output)
	if td := out.Nodes[0].(*TemplateData); td.Data != src {
		t.Errorf("data %q", td.Data)
	}
}

// Each bad component tag is reported with its own code at the right column,
// and parsing goes on.
func TestComponentTagErrors(t *testing.T) {
	tests := []struct {
		src  string
		code diag.Code
		col  int
	}{
		{`<{X class="a" ~ b}/>{{ after }}`, diag.TmplCompOperator, 15},
		{`<{X a=x and y}/>{{ after }}`, diag.TmplCompOperator, 9},
		{`<{X a=x == y}/>{{ after }}`, diag.TmplCompOperator, 9},
		{`<{X a=x if y else z}/>{{ after }}`, diag.TmplCompOperator, 9},
		{`<{X a=x is defined}/>{{ after }}`, diag.TmplCompOperator, 9},
		{`<{X a=1 2}/>{{ after }}`, diag.TmplCompArgOrder, 9},
		{`<{X **k a=1}/>{{ after }}`, diag.TmplCompArgOrder, 9},
		{`<{X -1}/>{{ after }}`, diag.TmplCompBadValue, 5},
		{`<{X a=1, b=2}/>{{ after }}`, diag.TmplCompBadValue, 8},
		{`<{X =1}/>{{ after }}`, diag.TmplCompBadValue, 5},
		{`<{X(a) }/>{{ after }}`, diag.TmplCompSignature, 4},
		{`<{X a=(1 }/>{{ after }}`, diag.TmplUnexpectedToken, 10},
		{`x</{}>{{ after }}`, diag.TmplCompStrayClose, 2},
		{`<{X}>{{ after }}`, diag.TmplUnclosedBlock, 17},
		{`<{X a=1{{ after }}`, diag.TmplCompUnclosed, 1},
		{`<{Button x=1>Save</{}>{{ after }}`, diag.TmplCompOperator, 13},
		{`<{A}>x</{B}>{{ after }}`, diag.TmplCompCloseMismatch, 10},
		{`{% raw %}<{X}/>{% endraw %}{{ after }}`, diag.TmplCompInRaw, 10},
		{`{{ "<{X a=1}/>" ~ after }}`, diag.TmplCompInString, 5},
		{`{% if a %}<{X}>{% endif %}</{}>{{ after }}`, diag.TmplUnclosedBlock, 16},
		{`<{X}>{% if a %}</{}>{% endif %}{{ after }}`, diag.TmplUnclosedBlock, 16},
		{`{% for x in y %}<{X}>{% endfor %}{{ after }}`, diag.TmplUnclosedBlock, 22},
	}
	for _, tt := range tests {
		tree, diags := parseHF(t, tt.src)
		found := false
		for _, d := range diags {
			if d.Code == tt.code && d.Range.Start.Line == 1 && int(d.Range.Start.Col) == tt.col {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s at 1:%d, got %v", tt.src, tt.code, tt.col, diags)
		}
		if !hasName(tree, "after") {
			t.Errorf("%s: the expression after the error is lost", tt.src)
		}
	}
}

// The forms of {% use_layout %} (reference §4.1).
func TestUseLayout(t *testing.T) {
	tests := []struct {
		src       string
		template  string
		blockName string
	}{
		{`{% use_layout %}x`, "<nil>", ""},
		{`{% use_layout "layouts/base.html" %}x`, `"layouts/base.html"`, ""},
		{`{% use_layout "layouts/base.html", body %}x`, `"layouts/base.html"`, "body"},
		{`{% use_layout "layouts/base.html", body, %}x`, `"layouts/base.html"`, "body"},
		{`{% use_layout layout_name %}x`, "layout_name", ""},
		{`{% use_layout config.LAYOUT ~ ".html" %}x`, `(config.LAYOUT ~ ".html")`, ""},
	}
	for _, tt := range tests {
		tree, diags := parseHF(t, tt.src)
		if len(diags) > 0 {
			t.Errorf("%s: %v", tt.src, diags)
			continue
		}
		u, ok := tree.Body[0].(*UseLayout)
		if !ok {
			t.Errorf("%s: body[0] is %T", tt.src, tree.Body[0])
			continue
		}
		if got := exprString(u.Template); got != tt.template || u.BlockName != tt.blockName {
			t.Errorf("%s: template %s block %q, want %s %q", tt.src, got, u.BlockName, tt.template, tt.blockName)
		}
		if len(u.Body) != 1 {
			t.Errorf("%s: body %v", tt.src, u.Body)
		}
	}
}

// The example of reference §4.1: the loose content after the tag is "\n"
// and "\nhello"; text before the tag stays before it.
func TestUseLayoutParts(t *testing.T) {
	tree, diags := parseHF(t, "before{% use_layout %}\n{% macro m() %}{% endmacro %}{% block title %}x{% endblock %}\nhello")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if len(tree.Body) != 2 {
		t.Fatalf("body %v", tree.Body)
	}
	u := tree.Body[1].(*UseLayout)
	macros, blocks, loose, named := u.Parts("content")
	if len(macros) != 1 || len(blocks) != 1 || blocks[0].Name != "title" || named {
		t.Fatalf("macros %v blocks %v named %v", macros, blocks, named)
	}
	var data []string
	for _, s := range loose {
		for _, e := range s.(*Output).Nodes {
			data = append(data, e.(*TemplateData).Data)
		}
	}
	if strings.Join(data, "|") != "\n|\nhello" {
		t.Errorf("loose content %q", data)
	}
}

func TestUseLayoutErrors(t *testing.T) {
	tests := []struct {
		src  string
		code diag.Code
	}{
		{`{% use_layout "x", %}`, diag.TmplExpectedExpr},
		{`{% use_layout "x", "body" %}`, diag.TmplUseLayoutArgs},
		{`{% if a %}{% use_layout %}{% endif %}`, diag.TmplUseLayoutPlace},
		{`{% use_layout %}{% use_layout %}`, diag.TmplUseLayoutPlace},
		{"{% use_layout %}\nloose {{ x }}\n{% block content %}c{% endblock %}", diag.TmplUseLayoutDropped},
		{"{% use_layout 'l', body %}\n{% block body %}c{% endblock %}\nloose", diag.TmplUseLayoutDropped},
	}
	for _, tt := range tests {
		_, diags := parseHF(t, tt.src)
		if len(diags) != 1 || diags[0].Code != tt.code {
			t.Errorf("%s: want one %s, got %v", tt.src, tt.code, diags)
		}
	}
}

func TestHyperflaskTags(t *testing.T) {
	tree, diags := parseHF(t, `{% suspense %}{{ slow() }}{% fallback %}Loading{% endsuspense %}`+
		`{% markdown %}# {{ title }}{% endmarkdown %}`+
		`{% form %}{% form Signup %}{% form Fail(csrf=False) = fail %}`)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	s := tree.Body[0].(*Suspense)
	if len(s.Body) != 1 || len(s.Fallback) != 1 || s.FallbackTag == nil || s.EndTag == nil {
		t.Errorf("suspense %+v", s)
	}
	if m := tree.Body[1].(*Markdown); len(m.Body) != 1 || m.EndTag == nil {
		t.Errorf("markdown %+v", m)
	}
	forms := []string{}
	for _, n := range tree.Body[2:] {
		f := n.(*Form)
		forms = append(forms, fmt.Sprintf("%s(%s)=%s", f.ClassName, argsString(nil, f.Meta), f.Var))
	}
	if got := strings.Join(forms, " "); got != "()= Signup()= Fail(csrf=false)=fail" {
		t.Errorf("forms %s", got)
	}
	_, diags = parseHF(t, "{%- suspense %}x{%suspense%}y{% endsuspense %}{%endsuspense%}")
	if len(diags) != 3 || diags[0].Code != diag.TmplSuspenseSpelling {
		t.Errorf("spelling: %v", diags)
	}
}
