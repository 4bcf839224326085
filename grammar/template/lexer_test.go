package template

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// lexString renders the tokens of src as "kind:text" items.
func lexString(src string, opts Options) (string, diag.List) {
	f := source.NewFile("t", src)
	toks, diags := Lex(f, 0, len(src), opts)
	var parts []string
	for _, t := range toks {
		parts = append(parts, t.Kind.String()+":"+t.Text(src))
	}
	return strings.Join(parts, " "), diags
}

func TestLex(t *testing.T) {
	hf := Options{Hyperflask: true}
	tests := []struct {
		src  string
		opts Options
		want string
	}{
		{"a{{ x.y|f(1) }}b", Options{}, "data:a variable_begin:{{ name:x dot:. name:y pipe:| name:f lparen:( integer:1 rparen:) variable_end:}} data:b eof:"},
		{"{%- if a -%}  x  {%+ endif +%}", Options{}, "block_begin:{%- name:if name:a block_end:-%} data:x   block_begin:{%+ name:endif block_end:+%} eof:"},
		{"{{ {'a': {'b': 1}} }}", Options{}, "variable_begin:{{ lbrace:{ string:'a' colon:: lbrace:{ string:'b' colon:: integer:1 rbrace:} rbrace:} variable_end:}} eof:"},
		{"{{ a ** b // c ~ d != e <= f }}", Options{}, "variable_begin:{{ name:a pow:** name:b floordiv:// name:c tilde:~ name:d ne:!= name:e lteq:<= name:f variable_end:}} eof:"},
		{"{{ 1_000 0x1F 0b1 0o7 1.5e3 x.0.1 }}", Options{}, "variable_begin:{{ integer:1_000 integer:0x1F integer:0b1 integer:0o7 float:1.5e3 name:x dot:. integer:0 dot:. integer:1 variable_end:}} eof:"},
		{"{# c #}{% raw %}{{ x }}{% endraw %}", Options{}, "comment:{# c #} raw_begin:{% raw %} data:{{ x }} raw_end:{% endraw %} eof:"},
		{"x\n", Options{}, "data:x eof:"},
		{"x\n", Options{KeepTrailingNewline: true}, "data:x\n eof:"},
		{"<{Icon \"plus\"}/>", Options{}, "data:<{Icon \"plus\"}/> eof:"},
		{"<{Icon \"plus\"}/>", hf, "component_begin:<{ name:Icon string:\"plus\" component_self_close:}/> eof:"},
		{"<{B a=1}>x</{ B }>", hf, "component_begin:<{ name:B name:a assign:= integer:1 component_end:}> data:x component_close:</{ B }> eof:"},
		{"<{{ x }}</{ }>", hf, "data:< variable_begin:{{ name:x variable_end:}} data:</{ }> eof:"},
		{"{{ x @ }}", Options{}, "variable_begin:{{ name:x invalid:@ variable_end:}} eof:"},
		{"{{ x {% if %}", Options{}, "variable_begin:{{ name:x variable_end: block_begin:{% name:if block_end:%} eof:"},
	}
	for _, tt := range tests {
		got, _ := lexString(tt.src, tt.opts)
		if got != tt.want {
			t.Errorf("%q\n got: %s\nwant: %s", tt.src, got, tt.want)
		}
	}
}

// Expression parsing for the debugger and the editor: file positions, and
// an error for a trailing chunk.
func TestParseExpr(t *testing.T) {
	text := "---\nx = 1\n---\n{{ user.name|upper }} {{ a, b }} {{ a b }}"
	f := source.NewFile("p.jpy", text)
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	start, end := at("user.name|upper")
	e, diags := ParseExpr(f, start, end, Options{})
	if len(diags) > 0 || exprString(e) != "user.name|upper" || e.Span().Start.Line != 4 || e.Span().Start.Col != 4 {
		t.Errorf("got %s at %v, %v", exprString(e), e.Span(), diags)
	}
	start, end = at("a, b")
	if e, diags := ParseExpr(f, start, end, Options{}); len(diags) > 0 || len(e.(*Tuple).Items) != 2 {
		t.Errorf("tuple: %v %v", e, diags)
	}
	start, end = at("a b")
	if _, diags := ParseExpr(f, start, end, Options{}); len(diags) != 1 || diags[0].Code != diag.TmplUnexpectedToken {
		t.Errorf("trailing chunk: %v", diags)
	}
	if e, diags := ParseExpr(f, 0, 0, Options{}); len(diags) != 1 || e == nil {
		t.Errorf("empty: %v %v", e, diags)
	}
}
