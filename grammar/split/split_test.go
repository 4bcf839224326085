package split

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// Every row of the table in reference §1.3, in reference mode (byte-exact)
// and in intent mode (with the warning that explains the difference).
var referenceTable = []struct {
	name  string
	input string
	// reference mode
	refFM    string
	refHasFM bool
	refTmpl  string
	// intent mode
	fm     string
	hasFM  bool
	tmpl   string
	python bool // frontmatter is Python (for the in-string rule)
	warn   []diag.Code
}{
	{name: "no frontmatter", input: "Hello",
		refTmpl: "Hello", tmpl: "Hello"},
	{name: "closed", input: "---\nx = 1\n---\nHi\n",
		refFM: "x = 1", refHasFM: true, refTmpl: "Hi\n",
		fm: "x = 1", hasFM: true, tmpl: "Hi\n"},
	{name: "closed, empty template", input: "---\nx = 1\n---\n",
		refFM: "x = 1", refHasFM: true,
		fm: "x = 1", hasFM: true},
	{name: "unclosed", input: "---\nx = 1\n",
		refFM: "x = 1\n", refHasFM: true,
		fm: "x = 1\n", hasFM: true, warn: []diag.Code{diag.FrontmatterOpen}},
	{name: "final fence without newline", input: "---\nx = 1\n---",
		refFM: "x = 1\n---", refHasFM: true,
		fm: "x = 1", hasFM: true, warn: []diag.Code{diag.FenceAtEOF}},
	{name: "nothing between fences", input: "---\n---\nHi",
		refFM: "---\nHi", refHasFM: true,
		fm: "", hasFM: true, tmpl: "Hi", warn: []diag.Code{diag.FrontmatterEmpty}},
	{name: "one blank line between fences", input: "---\n\n---\nHi",
		refFM: "", refHasFM: true, refTmpl: "Hi",
		fm: "", hasFM: true, tmpl: "Hi"},
	{name: "CRLF", input: "---\r\nx=1\r\n---\r\nHi",
		refTmpl: "---\r\nx=1\r\n---\r\nHi",
		fm:      "x=1", hasFM: true, tmpl: "Hi", warn: []diag.Code{diag.FenceCRLF}},
	{name: "BOM", input: "\ufeff---\nx\n---\nHi",
		refTmpl: "\ufeff---\nx\n---\nHi",
		fm:      "x", hasFM: true, tmpl: "Hi", warn: []diag.Code{diag.FenceBOM}},
	{name: "trailing space on opening fence", input: "--- \nx\n---\nHi",
		refTmpl: "--- \nx\n---\nHi",
		fm:      "x", hasFM: true, tmpl: "Hi", warn: []diag.Code{diag.FenceTrailing}},
	{name: "closing ---- is not a terminator", input: "---\nx\n----\nHi",
		refFM: "x\n----\nHi", refHasFM: true,
		fm: "x\n----\nHi", hasFM: true, warn: []diag.Code{diag.FrontmatterOpen}},
	{name: "closing fence with trailing space", input: "---\nx\n--- \nHi",
		refFM: "x\n--- \nHi", refHasFM: true,
		fm: "x", hasFM: true, tmpl: "Hi", warn: []diag.Code{diag.FenceTrailing}},
	{name: "--- inside a Python string", python: true,
		input: "---\ns = \"\"\"\n---\n\"\"\"\n---\nHi",
		refFM: "s = \"\"\"", refHasFM: true, refTmpl: "\"\"\"\n---\nHi",
		fm: "s = \"\"\"\n---\n\"\"\"", hasFM: true, tmpl: "Hi", warn: []diag.Code{diag.FenceInString}},
	{name: "--- inside a YAML block is a fence", python: false,
		input: "---\ns: |\n---\nHi",
		refFM: "s: |", refHasFM: true, refTmpl: "Hi",
		fm: "s: |", hasFM: true, tmpl: "Hi"},
	{name: "later --- lines stay in the template", input: "---\nx\n---\na\n---\nb",
		refFM: "x", refHasFM: true, refTmpl: "a\n---\nb",
		fm: "x", hasFM: true, tmpl: "a\n---\nb"},
	{name: "lone fence", input: "---",
		refTmpl: "---", tmpl: "---"},
	{name: "fence then nothing", input: "---\n",
		refFM: "", refHasFM: true,
		fm: "", hasFM: true, warn: []diag.Code{diag.FrontmatterOpen}},
	{name: "comment with quote does not open a string", python: true,
		input: "---\n# it's fine\n---\nHi",
		refFM: "# it's fine", refHasFM: true, refTmpl: "Hi",
		fm: "# it's fine", hasFM: true, tmpl: "Hi"},
	{name: "CRLF inside frontmatter, LF fences", input: "---\nx = 1\r\ny = 2\n---\nHi",
		refFM: "x = 1\r\ny = 2", refHasFM: true, refTmpl: "Hi",
		fm: "x = 1\r\ny = 2", hasFM: true, tmpl: "Hi"},
}

func TestReferenceTable(t *testing.T) {
	for _, tc := range referenceTable {
		t.Run(tc.name, func(t *testing.T) {
			fm, ok, tmpl := Reference(tc.input)
			if fm != tc.refFM || ok != tc.refHasFM || tmpl != tc.refTmpl {
				t.Errorf("Reference(%q) = %q, %v, %q; want %q, %v, %q", tc.input, fm, ok, tmpl, tc.refFM, tc.refHasFM, tc.refTmpl)
			}
			f := source.NewFile("page.jpy", tc.input)

			ref := Split(f, Options{Reference: true, Python: tc.python})
			if got := ref.FrontmatterText(tc.input); got != tc.refFM || ref.HasFrontmatter != tc.refHasFM || ref.TemplateText(tc.input) != tc.refTmpl {
				t.Errorf("reference mode: frontmatter %q (present %v), template %q; want %q (%v), %q",
					got, ref.HasFrontmatter, ref.TemplateText(tc.input), tc.refFM, tc.refHasFM, tc.refTmpl)
			}

			r := Split(f, Options{Python: tc.python})
			if got := r.FrontmatterText(tc.input); got != tc.fm || r.HasFrontmatter != tc.hasFM || r.TemplateText(tc.input) != tc.tmpl {
				t.Errorf("intent mode: frontmatter %q (present %v), template %q; want %q (%v), %q",
					got, r.HasFrontmatter, r.TemplateText(tc.input), tc.fm, tc.hasFM, tc.tmpl)
			}
			var codes []diag.Code
			for _, d := range r.Diags {
				codes = append(codes, d.Code)
				if d.Hint == "" || !strings.Contains(d.Hint, "reference") {
					t.Errorf("%s has no hint about the reference: %q", d.Code, d.Hint)
				}
			}
			if strings.Join(codeStrings(codes), ",") != strings.Join(codeStrings(tc.warn), ",") {
				t.Errorf("warnings %v, want %v", codes, tc.warn)
			}
			// Both modes report the same findings.
			if len(ref.Diags) != len(r.Diags) {
				t.Errorf("reference mode reports %d diagnostics, intent mode %d", len(ref.Diags), len(r.Diags))
			}
			// Without a warning, intent mode is byte-exact.
			if len(tc.warn) == 0 && (tc.fm != tc.refFM || tc.tmpl != tc.refTmpl || tc.hasFM != tc.refHasFM) {
				t.Errorf("intent mode differs from the reference without saying so")
			}
		})
	}
}

func codeStrings(cs []diag.Code) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

func TestFencePositions(t *testing.T) {
	text := "---\nx = 1\n---\n<p>{{ x }}</p>\n"
	r := Split(source.NewFile("a.jpy", text), Options{Python: true})
	if r.OpenFence != (Region{0, 4}) || r.CloseFence != (Region{10, 14}) || r.Frontmatter != (Region{4, 9}) || r.Template != (Region{14, len(text)}) {
		t.Fatalf("regions: %+v", r)
	}
}

func TestKindOf(t *testing.T) {
	for name, want := range map[string]Kind{
		"pages/index.jpy": KindJPY, "pages/create.py": KindPython, "pages/page.html": KindHTML,
		"pages/about.md": KindMarkdown, "pages/robots.txt": KindStatic, "pages/feed.xml": KindStatic,
	} {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %v, want %v", name, got, want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, tc := range referenceTable {
		f.Add(tc.input, tc.python)
	}
	f.Fuzz(func(t *testing.T, text string, python bool) {
		file := source.NewFile("f.jpy", text)
		for _, ref := range []bool{false, true} {
			r := Split(file, Options{Python: python, Reference: ref})
			for _, reg := range []Region{r.Frontmatter, r.Template, r.OpenFence, r.CloseFence} {
				if reg.Start < 0 || reg.End < reg.Start || reg.End > len(text) {
					t.Fatalf("bad region %+v in %q", reg, text)
				}
			}
			if r.Template.End != len(text) {
				t.Fatalf("template does not run to the end: %+v", r.Template)
			}
			if ref {
				fm, ok, tmpl := Reference(text)
				if r.FrontmatterText(text) != fm || r.HasFrontmatter != ok || r.TemplateText(text) != tmpl {
					t.Fatalf("reference mode differs from Reference for %q", text)
				}
			}
		}
	})
}
