package templates

import (
	"bytes"
	"encoding/json"
	htmltemplate "html/template"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	texttemplate "text/template"

	"github.com/CloudyKit/jet/v6"
	"github.com/flosch/pongo2/v6"
)

// The two cases: the page under testdata/ that Jinja2 renders, and whose
// output (after minify) every engine must produce.
var cases = []struct {
	name string
	page string // template name under testdata/
	data any    // the page variables as Go values
}{
	{"simple", "pages/simple.jpy", Simple},
	{"complex", "pages/complex.jpy", Complex},
}

// A renderer renders one case into w. The caller resets w between renders,
// so that steady-state allocations are the engine's own.
type renderer func(w *bytes.Buffer) error

// An engine loads, parses and compiles the templates of a case and builds its
// data (all outside the timed loop) and returns its renderer.
type engine struct {
	name    string
	prepare func(tb testing.TB, name string, data any) renderer
}

// The Go engines, benchmarked and checked in the same way. Jinja2 runs in a
// CPython process and has its own code (jinja2_test.go).
//
// hfc and Jet, the engine it is measured against, come first and side by
// side, so that they run close together in time on a noisy machine.
var engines = []engine{
	{"hfc", prepareHFC},
	{"jet", prepareJet},
	{"quicktemplate", prepareQuicktemplate},
	{"text_template", prepareTextTemplate},
	{"html_template", prepareHTMLTemplate},
	{"pongo2", preparePongo2},
}

// Escaping. Each engine is written as its users would write it for the same
// output. Values are escaped where Jinja2 escapes them: in the .html layout
// and includes, and in complex.jpy's {% autoescape true %} block, except
// RawContent (|safe). Jinja2 does not escape simple.jpy (a .jpy page); there
// the engines where escaping is explicit (text/template, quicktemplate) or
// can be turned off for a template (pongo2) do not escape, and those whose
// HTML mode escapes every value (html/template, which cannot be told not to,
// and Jet, whose raw filter costs more than its escaping) keep escaping:
// simple.jpy's values have nothing to escape, so the output is the same.

// goTemplateFiles are the files of a case for html/template and text/template.
// complex.tmpl executes the "base" template and defines the "content" it
// calls, as complex.jpy extends _base.html and fills in its block.
func goTemplateFiles(dir, name string) []string {
	files := []string{filepath.Join(dir, name+".tmpl")}
	if name == "complex" {
		for _, f := range []string{"_base", "_header", "_navigation", "_footer"} {
			files = append(files, filepath.Join(dir, f+".tmpl"))
		}
	}
	return files
}

func prepareHTMLTemplate(tb testing.TB, name string, data any) renderer {
	funcs := htmltemplate.FuncMap{
		"safehtml": func(s string) htmltemplate.HTML { return htmltemplate.HTML(s) },
	}
	t, err := htmltemplate.New(name + ".tmpl").Funcs(funcs).ParseFiles(goTemplateFiles("testdata/htmltemplate", name)...)
	if err != nil {
		tb.Fatal(err)
	}
	return func(w *bytes.Buffer) error { return t.Execute(w, data) }
}

// prepareTextTemplate: text/template does not escape; the templates call
// its html function on each value Jinja2 escapes.
func prepareTextTemplate(tb testing.TB, name string, data any) renderer {
	t, err := texttemplate.New(name + ".tmpl").ParseFiles(goTemplateFiles("testdata/texttemplate", name)...)
	if err != nil {
		tb.Fatal(err)
	}
	return func(w *bytes.Buffer) error { return t.Execute(w, data) }
}

// prepareJet: an HTML set (every value escaped unless written with raw)
// whose templates get the page as their context (.).
func prepareJet(tb testing.TB, name string, data any) renderer {
	set := jet.NewSet(jet.NewOSFileSystemLoader("testdata/jet"))
	t, err := set.GetTemplate("/" + name + ".jet")
	if err != nil {
		tb.Fatal(err)
	}
	return func(w *bytes.Buffer) error { return t.Execute(w, nil, data) }
}

// preparePongo2: the Jinja templates in pongo2's spelling; autoescape is on
// (pongo2's default) except in simple.html, which turns it off.
func preparePongo2(tb testing.TB, name string, data any) renderer {
	set := pongo2.NewSet("bench", pongo2.MustNewLocalFileSystemLoader("testdata/pongo2"))
	t, err := set.FromFile(name + ".html")
	if err != nil {
		tb.Fatal(err)
	}
	ctx := pongo2.Context(pageVars(data))
	return func(w *bytes.Buffer) error { return t.ExecuteWriterUnbuffered(ctx, w) }
}

// prepareQuicktemplate: the templates compiled to Go by qtc (*.qtpl.go).
func prepareQuicktemplate(tb testing.TB, name string, data any) renderer {
	switch p := data.(type) {
	case *SimplePage:
		return func(w *bytes.Buffer) error { WriteSimpleTemplate(w, p); return nil }
	case *ComplexPage:
		return func(w *bytes.Buffer) error { WriteComplexTemplate(w, p); return nil }
	}
	tb.Fatalf("quicktemplate: no template for %T", data)
	return nil
}

// pageVars returns the page variables by their frontmatter names
// (page.u, page.User, ...) for the engines that take a map.
func pageVars(data any) map[string]any {
	switch p := data.(type) {
	case *SimplePage:
		return map[string]any{"u": p.U}
	case *ComplexPage:
		return map[string]any{"User": p.User, "Nav": p.Nav, "Title": p.Title, "Messages": p.Messages}
	}
	panic("pageVars: unknown page type")
}

func expected(tb testing.TB, name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name+".expected.html"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func checkOutput(t *testing.T, got, want string) {
	t.Helper()
	if minify(got) != minify(want) {
		t.Errorf("output differs after minify\n got: %s\nwant: %s", minify(got), minify(want))
	}
}

// TestOutputsMatch renders each case twice with each engine, reusing the
// buffer as the benchmark does, and compares each output with the case's
// .expected.html, both minified.
func TestOutputsMatch(t *testing.T) {
	for _, c := range cases {
		want := expected(t, c.name)
		for _, e := range engines {
			t.Run(c.name+"/"+e.name, func(t *testing.T) {
				render := e.prepare(t, c.name, c.data)
				var w bytes.Buffer
				for range 2 { // the second time as in the benchmark's steady state
					w.Reset()
					if err := render(&w); err != nil {
						t.Fatal(err)
					}
					checkOutput(t, w.String(), want)
				}
			})
		}
		t.Run(c.name+"/jinja2", func(t *testing.T) {
			got, err := jinja2(t).render(c.page)
			if err != nil {
				t.Fatal(err)
			}
			checkOutput(t, got, want)
		})
	}
}

// TestDataMatchesFrontmatter checks the Go values of data.go against the
// variables CPython gets by running each page's frontmatter.
func TestDataMatchesFrontmatter(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			py, err := jinja2(t).data(c.page)
			if err != nil {
				t.Fatal(err)
			}
			goJSON, err := json.Marshal(c.data)
			if err != nil {
				t.Fatal(err)
			}
			var fromPy, fromGo any
			if err := json.Unmarshal(py, &fromPy); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(goJSON, &fromGo); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fromPy, fromGo) {
				t.Errorf("data.go differs from the frontmatter\n  go: %s\n  py: %s", goJSON, py)
			}
		})
	}
}

// BenchmarkTemplates renders each case with each engine into a reused
// buffer. Sub-benchmarks are named <case>/<engine>.
//
// Besides ns/op (wall time) each reports cpu-ns/op: the CPU time the process
// used per render, garbage collection on other threads included. On a
// loaded machine wall time also counts the time the benchmark waits for a
// CPU; CPU time does not, and is the steadier figure to compare engines by.
func BenchmarkTemplates(b *testing.B) {
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for _, e := range engines {
				b.Run(e.name, func(b *testing.B) {
					render := e.prepare(b, c.name, c.data)
					var w bytes.Buffer
					if err := render(&w); err != nil {
						b.Fatal(err)
					}
					b.ReportAllocs()
					cpu0, cpuOK := cpuTime()
					for b.Loop() {
						w.Reset()
						if err := render(&w); err != nil {
							b.Fatal(err)
						}
					}
					if cpu1, ok := cpuTime(); cpuOK && ok {
						b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
					}
				})
			}
			b.Run("jinja2", func(b *testing.B) { benchJinja2(b, c.page) })
		})
	}
}
