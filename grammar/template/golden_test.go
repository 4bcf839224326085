package template

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/internal/golden"
)

// TestGolden parses every page of testdata/golden as a file of a Hyperflask
// app (frontmatter split as package split does in intent mode) and compares
// the tree (astjson) and the rendered diagnostics with testdata/golden/want.
// Run with -update to rewrite them, then review the diff.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/golden/*.*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden inputs (%v)", err)
	}
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f := source.NewFile(name, string(data))
			res := split.Split(f, split.Options{Python: strings.HasSuffix(name, ".jpy")})
			tree, diags := Parse(f, res.Template.Start, res.Template.End, Options{Hyperflask: true})
			js, err := astjson.Marshal(tree)
			if err != nil {
				t.Fatal(err)
			}
			checkTree(t, f, tree, res.Template.Start, res.Template.End)
			golden.Check(t, filepath.Join("testdata/golden/want", name+".json"), js)
			var b bytes.Buffer
			for _, d := range diags {
				diag.Render(&b, d, f)
			}
			golden.Check(t, filepath.Join("testdata/golden/want", name+".diags"), b.Bytes())
		})
	}
}
