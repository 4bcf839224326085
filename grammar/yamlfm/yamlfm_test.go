package yamlfm

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

func parseFM(t *testing.T, text string) (*Doc, diag.List) {
	t.Helper()
	start := strings.Index(text, "\n") + 1
	end := strings.LastIndex(text, "\n---\n")
	return Parse(source.NewFile("page.md", text), start, end)
}

func TestMapping(t *testing.T) {
	doc, diags := parseFM(t, "---\ntitle: About\nlayout: \"layouts/default.html:body\"\n---\n# {{ title }}\n")
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics: %v", diags)
	}
	if len(doc.Keys) != 2 || doc.Keys[0].Name != "title" || doc.Keys[1].Name != "layout" {
		t.Fatalf("keys: %+v", doc.Keys)
	}
	if got := doc.Keys[1].Span.String(); got != "3:1-3:7" {
		t.Errorf("layout key span %s, want 3:1-3:7", got)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		text string
		code diag.Code
		pos  string
	}{
		{"---\ntitle: a: b\n---\n", diag.YAMLSyntax, "2:8"},
		{"---\nx: 1\nitems: [1,\n---\n", diag.YAMLSyntax, "3:8"},
		{"---\n- a\n- b\n---\n", diag.YAMLNotMapping, "2:1"},
		{"---\njust text\n---\n", diag.YAMLNotMapping, "2:1"},
		{"---\n  \n---\n", diag.YAMLNotMapping, "2:1"},
		{"---\n# only a comment\n---\n", diag.YAMLNotMapping, "2:1"},
	} {
		_, diags := parseFM(t, tc.text)
		if len(diags) != 1 || diags[0].Code != tc.code || diags[0].Range.Start.String() != tc.pos {
			t.Errorf("%q: got %v; want one %s at %s", tc.text, diags, tc.code, tc.pos)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"title: x\n", "a: [1, 2]\nb: {c: d}\n", "- x\n", "a: 'b\n", "a:\n\t- 1\n", "? x\n: y\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := "---\n" + s + "\n---\n"
		file := source.NewFile("f.md", text)
		doc, diags := Parse(file, 4, 4+len(s))
		for _, d := range diags {
			if d.Range.Start.Offset < 0 || int(d.Range.End.Offset) > len(text) || d.Range.End.Offset < d.Range.Start.Offset {
				t.Fatalf("bad range %v", d.Range)
			}
		}
		for _, k := range doc.Keys {
			if int(k.Span.End.Offset) > len(text) || k.Span.End.Offset < k.Span.Start.Offset {
				t.Fatalf("bad key span %v", k.Span)
			}
		}
	})
}
