package python

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/internal/golden"
)

// TestGolden parses each testdata/golden/X.py and compares the rendered
// diagnostics, the comments and the tree with X.golden (our own output:
// rewrite with -update and review the diff). Most of these files are
// broken on purpose: each error must be reported at its own place and the
// statements around it kept.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			f, m, diags := parseFile(t, path)
			var b bytes.Buffer
			b.WriteString("== diagnostics\n")
			for _, d := range diags {
				diag.Render(&b, d, f)
			}
			b.WriteString("== comments\n")
			for _, c := range m.Comments {
				fmt.Fprintf(&b, "%s %s\n", c.Loc, c.Text)
			}
			b.WriteString("== tree\n")
			tree, err := astjson.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(tree)
			golden.Check(t, strings.TrimSuffix(path, ".py")+".golden", b.Bytes())
		})
	}
}
