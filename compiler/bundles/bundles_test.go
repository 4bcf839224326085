package bundles

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

func parse(t testing.TB, text string) (*source.File, *template.Template) {
	t.Helper()
	f := source.NewFile("t.html", text)
	tree, diags := template.Parse(f, 0, len(text), template.Options{Hyperflask: true})
	if diags.HasErrors() {
		t.Fatalf("parse: %v", diags)
	}
	return f, tree
}

func TestFind(t *testing.T) {
	text := "<h1>x</h1>\r\n<script bundle>\r\n  let a = 1;\r\n</script>\n{% if x %}<style bundle=\"@site\">h1 { color: red }</ style >{% endif %}\n<script>plain()</script><script type=\"module\" bundle>no</script>"
	f, tree := parse(t, text)
	blocks, diags := Find(f, tree)
	if len(diags) > 0 {
		t.Fatalf("diags: %v", diags)
	}
	if len(blocks) != 2 {
		t.Fatalf("got %d blocks, want 2: %+v", len(blocks), blocks)
	}
	b := blocks[0]
	if b.Kind != Script || b.Bundle != "" || b.Content != "\r\n  let a = 1;\r\n" || b.Open.Start.Line != 2 || b.Close.Start.Line != 4 {
		t.Errorf("first block: %+v", b)
	}
	if !strings.HasPrefix(b.ID(), "inline/") || !strings.HasSuffix(b.ID(), ".js") || b.ID() != InlineID(Script, b.Content) {
		t.Errorf("first block's ID %q", b.ID())
	}
	if InlineID(Style, b.Content) == b.ID() {
		t.Error("a style and a script with the same text share an ID")
	}
	b = blocks[1]
	if b.Kind != Style || b.Bundle != "@site" || b.Content != "h1 { color: red }" || b.ID() != "@site" {
		t.Errorf("second block: %+v", b)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       diag.Code
		line       int
		msg        string
	}{
		{"expression", "<p>\n<script bundle>\nlet a = {{ x }};\n</script>", diag.BundleJinja, 3, "a Jinja expression {{ … }} on line 3 inside the <script bundle> opened on line 2"},
		{"tag", "<style bundle>\n  {%- if x %}a{% endif %}\n</style>", diag.BundleJinja, 2, "a Jinja tag {% … %} on line 2 inside the <style bundle> opened on line 1"},
		{"comment", "<script bundle>a()\n{# no #}</script>", diag.BundleJinja, 2, "a Jinja comment"},
		{"component", "<script bundle>\n<{Foo}/></script>", diag.BundleJinja, 2, "a component tag on line 2"},
		{"unclosed", "x\n<script bundle>\nlet a;\n", diag.BundleUnclosed, 2, "<script bundle> opened on line 2 is never closed; expected </script>"},
		{"unclosed after tag", "<style bundle>a{}{% if x %}{% endif %}", diag.BundleUnclosed, 1, "never closed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, tree := parse(t, tc.text)
			blocks, diags := Find(f, tree)
			if len(blocks) != 0 || len(diags) != 1 {
				t.Fatalf("blocks %+v, diags %v", blocks, diags)
			}
			d := diags[0]
			if d.Code != tc.code || int(d.Range.Start.Line) != tc.line || !strings.Contains(d.Message, tc.msg) {
				t.Errorf("got %s at line %d: %s; want %s at line %d containing %q", d.Code, d.Range.Start.Line, d.Message, tc.code, tc.line, tc.msg)
			}
		})
	}
}

func TestExpand(t *testing.T) {
	text := "a\r\n  <script bundle>x()</script>\r\n  <style bundle=\"s\">p{}</style>b{{ v }}c<script bundle>y()</script>"
	f, tree := parse(t, text)
	parts, blocks, diags := Expand(f, tree)
	if len(diags) > 0 || len(blocks) != 3 || len(parts) != 2 {
		t.Fatalf("parts %v blocks %v diags %v", parts, blocks, diags)
	}
	out := tree.Body[0].(*template.Output)
	var got []string
	for _, n := range out.Nodes {
		d, ok := n.(*template.TemplateData)
		if !ok {
			got = append(got, "{{v}}")
			continue
		}
		for _, p := range parts[d] {
			switch p := p.(type) {
			case *template.TemplateData:
				got = append(got, p.Data)
			case *template.Call:
				got = append(got, "include_asset("+p.Args[0].(*template.Const).Value.(string)+")")
			}
		}
		if _, ok := parts[d]; !ok {
			got = append(got, d.Data)
		}
	}
	want := []string{"a\n  ", "include_asset(" + blocks[0].ID() + ")", "\n  ", "include_asset(s)", "b", "{{v}}", "c", "include_asset(" + blocks[2].ID() + ")"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if _, ok := out.Nodes[0].(*template.TemplateData); !ok || len(out.Nodes) != 3 {
		t.Error("Expand modified the tree")
	}
}

// FuzzFind checks that no template makes Find or Expand panic, and that a
// block's content is the text between its tags.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"<script bundle>a()</script>", "<style bundle=\"x\">{{ y }}</style>", "<script bundle>{% if %}",
		"a<script  bundle >b</script>{# c #}<style bundle>d</style>", "<script bundle=\"\">",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		file := source.NewFile("t.html", text)
		tree, _ := template.Parse(file, 0, len(text), template.Options{Hyperflask: true})
		if tree == nil {
			return
		}
		blocks, _ := Find(file, tree)
		for _, b := range blocks {
			if text[b.ContentSpan.Start.Offset:b.ContentSpan.End.Offset] != b.Content {
				t.Fatalf("content %q is not the text of its span %v", b.Content, b.ContentSpan)
			}
		}
		Expand(file, tree)
	})
}
