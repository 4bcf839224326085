package app

import (
	"os"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
	"github.com/hyperflask/hfc/internal/golden"
)

// TestUIDoc checks that docs/ui.md lists every built-in UI macro with its
// parameters, as ui/ui.html declares them (-update rewrites the table).
func TestUIDoc(t *testing.T) {
	const path = "../../docs/ui.md"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const start, end = "<!-- macros -->\n", "<!-- end macros -->\n"
	i, j := strings.Index(string(doc), start), strings.Index(string(doc), end)
	if i < 0 || j < i {
		t.Fatalf("%s: no %q … %q section", path, start, end)
	}
	golden.Check(t, path, []byte(string(doc[:i+len(start)])+uiTable()+string(doc[j:])))
}

// uiTable is the Markdown table of the UI macros and their parameters.
func uiTable() string {
	tree, _ := template.Parse(source.NewFile(uiTemplate, uiMacros), 0, len(uiMacros), template.Options{})
	var b strings.Builder
	b.WriteString("| macro | parameters |\n| --- | --- |\n")
	for _, s := range tree.Body {
		m, ok := s.(*template.Macro)
		if !ok || strings.HasPrefix(m.Name, "_") {
			continue
		}
		var params []string
		first := len(m.Args) - len(m.Defaults)
		for k, a := range m.Args {
			p := a.Name
			if k >= first {
				d := m.Defaults[k-first].Span()
				p += "=" + uiMacros[d.Start.Offset:d.End.Offset]
			}
			params = append(params, "`"+p+"`")
		}
		if len(params) == 0 {
			params = []string{"—"}
		}
		b.WriteString("| `" + m.Name + "` | " + strings.Join(params, ", ") + " |\n")
	}
	return b.String()
}
