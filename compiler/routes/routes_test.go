package routes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/internal/txtar"
)

// TestTables builds the route table of each testdata/NAME.txtar (the files
// of pages/, the comment saying what the case pins) and compares a dump of
// it (routes, skipped files, diagnostics) with NAME.golden.
func TestTables(t *testing.T) {
	cases, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var pages, parsed []Page
			for _, f := range txtar.Parse(string(data)).Files {
				pages = append(pages, Page{Rel: f.Name, Text: []byte(f.Data)})
				// The same page with its Python parsed by the caller, as
				// the language server gives it.
				pg := page.Parse(f.Name, []byte(f.Data), page.Options{Role: page.RolePage})
				parsed = append(parsed, Page{Rel: f.Name, Text: []byte(f.Data), Module: pg.Python})
			}
			got := dump(Build(pages, Options{}))
			golden.Check(t, strings.TrimSuffix(path, ".txtar")+".golden", []byte(got))
			if withModules := dump(Build(parsed, Options{})); withModules != got {
				t.Errorf("with the pages' modules given:\n%s", golden.Diff(got, withModules))
			}
		})
	}
}

func dump(t *Table) string {
	var b strings.Builder
	for _, r := range t.Routes {
		fmt.Fprintf(&b, "%-28s %-24s %-16s %s", r.Rule, r.Endpoint, strings.Join(r.Methods, ","), r.File)
		if r.ExplicitMethods {
			b.WriteString(" (# methods=)")
		}
		b.WriteByte('\n')
		for _, v := range r.Vars() {
			fmt.Fprintf(&b, "    <%s> %s %s\n", v.Name, v.Conv.Kind, v.Conv.Regex())
		}
	}
	for _, s := range t.Skipped {
		fmt.Fprintf(&b, "skipped %s\n", s)
	}
	for _, d := range t.Diags {
		fmt.Fprintf(&b, "%s\n", d.Error())
		for _, r := range d.Related {
			fmt.Fprintf(&b, "    related %s: %s\n", r.File, r.Message)
		}
	}
	return b.String()
}

func TestConverterAccepts(t *testing.T) {
	for _, tc := range []struct {
		rule, text string
		want       bool
	}{
		{"/<int(min=1, max=10):n>", "10", true},
		{"/<int(min=1, max=10):n>", "11", false},
		{"/<int(min=1, max=10):n>", "0", false},
		{"/<int(fixed_digits=4):n>", "0042", true},
		{"/<int(fixed_digits=4):n>", "042", false},
		{"/<float(max=1.5):n>", "1.5", true},
		{"/<float(max=1.5):n>", "1.50001", false},
		{"/<path:p>", "a/b", true},
		{"/<path:p>", "", false},
		{"/<path:p>", "/a", false},
		{"/<x>", "anything", true},
	} {
		parts, err := ParseRule(tc.rule)
		if err != nil {
			t.Fatalf("%s: %v", tc.rule, err)
		}
		if got := parts[1].Var.Conv.Accepts(tc.text); got != tc.want {
			t.Errorf("%s accepts %q = %v, want %v", tc.rule, tc.text, got, tc.want)
		}
	}
}

// TestReferenceMethods pins Options.ReferenceMethods on the examples of
// reference §2.3 and §10.1-2, accidents included.
func TestReferenceMethods(t *testing.T) {
	for _, tc := range []struct {
		file, text, want string
	}{
		{"a.jpy", "---\n# methods=GET,POST\n---\n", "GET,POST (# methods=)"},
		{"a.jpy", "---\n# methods = put, delete \n---\n", "DELETE,PUT (# methods=)"},
		{"a.jpy", "---\n#methods=POST\n---\n", "GET"},
		{"a.jpy", "---\n# methods=GET,POST\npage.x = 1\n---\n", "GET"},
		{"a.jpy", "---\n# methods=GET,POST\nif page\n---\n", "GET (# methods=)"},
		{"a.jpy", "---\ntarget = 1\n---\n", "GET"},
		{"a.jpy", "---\nx = 1\nif target == 1:\n    pass\n---\n", "GET"},
		{"a.jpy", "---\nrepost = 2\n---\n", "POST"},
		{"a.jpy", "---\noptions = {}\n---\n", "OPTIONS"},
		{"a.jpy", "---\ndef post():\n    pass\n---\n", "POST"},
		{"a.jpy", "---\nif True:\n    def post():\n        pass\n---\n", "GET"},
		{"a.jpy", "---\nasync def post():\n    pass\ndef put (x):\n    pass\n---\n", "GET"},
		{"a.jpy", "---\ndef get(id):\n    pass\ndef post(id):\n    page.post = 1\n---\n", "GET,POST"},
		{"a.py", "def delete():\n    return ''\n", "DELETE"},
		{"a.html", "---\ntitle: options = x\n---\n<p>x</p>\n", "OPTIONS"},
		{"a.html", "<p>post = 1</p>\n", "GET"},
		{"a.jpy", "---\n\n---\npost = 1\n", "GET"},
	} {
		table := Build([]Page{{Rel: "pages/" + tc.file, Text: []byte(tc.text)}}, Options{ReferenceMethods: true})
		if len(table.Routes) != 1 {
			t.Fatalf("%q: %d routes", tc.text, len(table.Routes))
		}
		r := table.Routes[0]
		got := strings.Join(r.Methods, ",")
		if r.ExplicitMethods {
			got += " (# methods=)"
		}
		if got != tc.want {
			t.Errorf("%s %q: methods %s, want %s", tc.file, tc.text, got, tc.want)
		}
	}
}
