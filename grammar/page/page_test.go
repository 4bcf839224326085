package page

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/golden"
)

// roleOfDir maps the testdata folders to the roles their files would have in
// an app.
var roleOfDir = map[string]Role{
	"pages": RolePage, "components": RoleComponent, "layouts": RoleLayout,
	"templates": RoleTemplate, "macros": RoleMacro, "module": RoleModule,
}

func testFiles(t testing.TB) []string {
	var files []string
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(path, ".golden") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func parseTestFile(t testing.TB, path string) *File {
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel("testdata", path)
	role := roleOfDir[strings.Split(filepath.ToSlash(rel), "/")[0]]
	return Parse(filepath.ToSlash(rel), text, Options{Role: role})
}

// TestGolden parses every file of testdata as the app role its folder gives
// and compares the tree and diagnostics with its golden file.
func TestGolden(t *testing.T) {
	for _, path := range testFiles(t) {
		t.Run(path, func(t *testing.T) {
			data, err := astjson.Marshal(parseTestFile(t, path).Tree())
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, path+".golden", data)
		})
	}
}

// TestIndependentErrors checks that one page with errors in the frontmatter,
// in {{ }}, in a tag, in a component tag and an unclosed {% for %} reports
// each at its place, and that the tree keeps the valid parts.
func TestIndependentErrors(t *testing.T) {
	p := parseTestFile(t, "testdata/pages/errors.jpy")
	want := []struct {
		pos  string
		code diag.Code
	}{
		{"2:9", diag.PyUnclosedBracket}, // frontmatter: '[' never closed
		{"7:16", "E3011"},               // {{ title | }}: a filter name is missing
		{"11:8", "E3012"},               // {% set = 3 %}
		{"12:28", "E3031"},              // component tag: unparenthesised ~
		{"15:14", "E3015"},              // the {% for %} of line 13 is never closed (where Jinja reports it: its last token)
	}
	var got []string
	for _, d := range p.Diags {
		if d.Severity == diag.Error {
			got = append(got, d.Range.Start.String()+" "+string(d.Code))
		}
	}
	var wantS []string
	for _, w := range want {
		wantS = append(wantS, w.pos+" "+string(w.code))
	}
	if strings.Join(got, "\n") != strings.Join(wantS, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantS, "\n"))
	}
	if p.Python == nil || len(p.Python.Body) < 2 {
		t.Errorf("the valid frontmatter statements were lost")
	}
	if p.Template == nil || len(p.Template.Body) < 4 {
		t.Errorf("the valid template parts were lost")
	}
}

func diagText(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.Error() + "\n")
	}
	return b.String()
}

func FuzzParse(f *testing.F) {
	for _, path := range testFiles(f) {
		text, _ := os.ReadFile(path)
		f.Add(string(text), uint8(RolePage))
	}
	f.Fuzz(func(t *testing.T, text string, role uint8) {
		p := Parse("f.jpy", []byte(text), Options{Role: Role(role % 7)})
		for _, d := range p.Diags {
			if d.Range.Start.Offset < 0 || int(d.Range.End.Offset) > len(text) || d.Range.End.Offset < d.Range.Start.Offset {
				t.Fatalf("diagnostic out of the file: %v", d)
			}
		}
	})
}

// benchPage returns a 500-line page: 110 frontmatter functions (220 lines)
// and 280 template lines of loops, filters and component tags.
func benchPage() []byte {
	var sb strings.Builder
	sb.WriteString("---\n")
	for i := 0; i < 110; i++ {
		sb.WriteString("def helper_" + strings.Repeat("x", i%5) + "(a, b=2, *rest, **kw):\n    return [v * a for v in rest if v > b] + list(kw)\n")
	}
	sb.WriteString("page.items = helper_()\n---\n")
	for i := 0; i < 140; i++ {
		sb.WriteString("{% for item in items %}<li class=\"{{ item.cls|default('x') }}\">{{ loop.index }}. {{ item.name|title }}</li>{% endfor %}\n")
		sb.WriteString("<{Card title=\"t\" class=(\"a \" ~ b)}>{{ caller_text }}</{Card}>\n")
	}
	return []byte(sb.String())
}

// BenchmarkParsePage measures Parse on benchPage (MB/s and allocations);
// BenchmarkGoParser is the peer in the same run: Go's own go/parser on a
// source file of the same size class, for a load-independent ratio.
func BenchmarkParsePage(b *testing.B) {
	text := benchPage()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p := Parse("bench.jpy", text, Options{Role: RolePage})
		if p.Diags.HasErrors() {
			b.Fatal(diagText(p.Diags))
		}
	}
}

// BenchmarkGoParser parses go/scanner/scanner.go of the Go installation
// running the benchmark (26 KB) with go/parser, comments included.
func BenchmarkGoParser(b *testing.B) {
	path := filepath.Join(runtime.GOROOT(), "src", "go", "scanner", "scanner.go")
	text, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("the peer's input is not installed: %v", err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parser.ParseFile(token.NewFileSet(), path, text, parser.ParseComments); err != nil {
			b.Fatal(err)
		}
	}
}
