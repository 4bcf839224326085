package python

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// The fuzz targets are seeded with every corpus of testdata. Run them with
// e.g. go test -fuzz=FuzzParse -fuzztime=3m ./grammar/python/; inputs that
// failed are kept in testdata/fuzz/<target>/ and replayed by go test.

func addSeeds(f *testing.F) {
	for _, pattern := range []string{"testdata/cpython/*.py", "testdata/cpython-errors/*.py", "testdata/golden/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(data))
		}
	}
}

// checkSpan fails when sp is not a well-formed span inside [lo, hi] of f.
func checkSpan(t *testing.T, f *source.File, what string, sp source.Span, lo, hi int) {
	t.Helper()
	if !sp.IsValid() {
		t.Fatalf("%s has no span", what)
	}
	if int(sp.Start.Offset) > int(sp.End.Offset) || int(sp.Start.Offset) < lo || int(sp.End.Offset) > hi {
		t.Fatalf("%s span %s (offsets %d-%d) outside [%d, %d]", what, sp, sp.Start.Offset, sp.End.Offset, lo, hi)
	}
	for _, p := range []source.Pos{sp.Start, sp.End} {
		if want := f.Pos(int(p.Offset)); want != p {
			t.Fatalf("%s position %+v, the file says %+v", what, p, want)
		}
	}
}

func checkDiags(t *testing.T, f *source.File, diags diag.List, lo, hi int) {
	t.Helper()
	for _, d := range diags {
		checkSpan(t, f, "diagnostic "+d.Message, d.Range, lo, hi)
		if d.Message == "" {
			t.Fatalf("empty message at %s", d.Range)
		}
	}
}

// checkTree checks every node's span and that the tree can be dumped.
func checkTree(t *testing.T, f *source.File, root Node, lo, hi int) {
	t.Helper()
	Inspect(root, func(n Node) bool {
		if n == nil {
			return false
		}
		if _, isModule := n.(*Module); !isModule {
			checkSpan(t, f, "node", n.Span(), lo, hi)
		}
		return true
	})
	if _, err := astjson.Marshal(root); err != nil {
		t.Fatal(err)
	}
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		// Parse the text as the frontmatter of a page, which starts on
		// line 2, so that file positions are exercised.
		file := source.NewFile("fuzz.jpy", "---\n"+src+"\n---\n")
		lo, hi := 4, 4+len(src)
		m, diags := Parse(file, lo, hi, ModeModule)
		checkDiags(t, file, diags, lo, hi)
		checkTree(t, file, m, lo, hi)
	})
}

func FuzzParseExpr(f *testing.F) {
	addSeeds(f)
	f.Add("a if b else c")
	f.Add("x[1:2, ::3]")
	f.Fuzz(func(t *testing.T, src string) {
		file := source.NewFile("fuzz.py", src)
		e, diags := ParseExpr(file, 0, len(src))
		if e == nil {
			t.Fatal("nil expression")
		}
		checkDiags(t, file, diags, 0, len(src))
		checkTree(t, file, e, 0, len(src))
	})
}

func FuzzLex(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		file := source.NewFile("fuzz.py", src)
		toks, comments, diags := Lex(file, 0, len(src))
		prev := 0
		for _, tok := range toks {
			checkSpan(t, file, "token "+tok.String(), tok.Span, 0, len(src))
			if int(tok.Span.Start.Offset) < prev {
				t.Fatalf("token %s at %s goes back", tok, tok.Span)
			}
			if tok.Text != "" && tok.Text != src[tok.Span.Start.Offset:tok.Span.End.Offset] {
				t.Fatalf("token %s text %q is not its source", tok, tok.Text)
			}
			prev = int(tok.Span.Start.Offset)
		}
		if len(toks) == 0 || toks[len(toks)-1].Kind != ENDMARKER {
			t.Fatal("no ENDMARKER")
		}
		for _, c := range comments {
			checkSpan(t, file, "comment", c.Loc, 0, len(src))
		}
		checkDiags(t, file, diags, 0, len(src))
	})
}
