package template

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
)

// seedFiles returns every template of the test corpora.
func seedFiles(f *testing.F) [][]byte {
	var out [][]byte
	for _, pattern := range []string{"testdata/jinja/valid/*", "testdata/jinja/invalid/*", "testdata/golden/*.*", "testdata/bench/*"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			out = append(out, data)
		}
	}
	return out
}

// fuzzOptions turns fuzzer bits into options.
func fuzzOptions(bits uint8) Options {
	return Options{
		TrimBlocks:          bits&1 != 0,
		LstripBlocks:        bits&2 != 0,
		KeepTrailingNewline: bits&4 != 0,
		Do:                  bits&8 != 0,
		LoopControls:        bits&16 != 0,
		Hyperflask:          bits&32 == 0,
	}
}

// checkSpan fails unless s is a well-formed range inside [lo, hi] of f.
func checkSpan(t *testing.T, f *source.File, what string, s source.Span, lo, hi int) {
	t.Helper()
	if int(s.Start.Offset) > int(s.End.Offset) || int(s.Start.Offset) < lo || int(s.End.Offset) > hi {
		t.Fatalf("%s: span %v (%d-%d) outside [%d, %d]", what, s, s.Start.Offset, s.End.Offset, lo, hi)
	}
	if s.Start != f.Pos(int(s.Start.Offset)) || s.End != f.Pos(int(s.End.Offset)) {
		t.Fatalf("%s: span %v does not match its offsets", what, s)
	}
}

// checkTree checks every node's span and that Walk reaches every node of
// the tree (found by reflection), so that tools that walk miss nothing.
func checkTree(t *testing.T, f *source.File, root Node, lo, hi int) {
	t.Helper()
	walked := map[Node]bool{}
	Inspect(root, func(n Node) bool {
		if n != nil {
			if walked[n] {
				t.Fatalf("%T visited twice", n)
			}
			walked[n] = true
			checkSpan(t, f, reflect.TypeOf(n).String(), n.Span(), lo, hi)
		}
		return true
	})
	nodeType := reflect.TypeOf((*Node)(nil)).Elem()
	var visit func(v reflect.Value)
	visit = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				visit(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Type().Implements(nodeType) {
				n := v.Interface().(Node)
				if _, isComment := n.(*Comment); !isComment && !walked[n] {
					if _, isRaw := n.(*Raw); !isRaw {
						t.Fatalf("Walk misses a %T at %v", n, n.Span())
					}
				}
			}
			visit(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					visit(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				visit(v.Index(i))
			}
		}
	}
	visit(reflect.ValueOf(root))
}

func FuzzParse(f *testing.F) {
	for _, data := range seedFiles(f) {
		f.Add(data, uint8(0))
		f.Add(data, uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, bits uint8) {
		// Parse a middle part of the text, as for a .jpy template.
		text := string(data)
		start := len(text) / 7
		file := source.NewFile("fuzz", text)
		tree, diags := Parse(file, start, len(text), fuzzOptions(bits))
		if tree == nil {
			t.Fatal("no tree")
		}
		checkTree(t, file, tree, start, len(text))
		for _, d := range diags {
			checkSpan(t, file, "diagnostic "+d.Message, d.Range, start, len(text))
		}
	})
}

func FuzzParseExpr(f *testing.F) {
	for _, s := range []string{"a.b[c](d, *e, f=g, **h)|i(j) is k l", "a if b else c", "-x ** 2 ~ y // 3", "(a, b), [c], {d: e}",
		"x[1:2:3, ::]", "not a in b and c not in d or e", "'\\x41\\u00e9' \"s\"", "0x_ff 1_0.5e-3", "((((", "a |", "@"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, bits uint8) {
		file := source.NewFile("fuzz", text)
		e, diags := ParseExpr(file, 0, len(text), fuzzOptions(bits))
		if e == nil {
			t.Fatal("no expression")
		}
		checkTree(t, file, e, 0, len(text))
		for _, d := range diags {
			checkSpan(t, file, "diagnostic "+d.Message, d.Range, 0, len(text))
		}
	})
}

func FuzzLex(f *testing.F) {
	for _, data := range seedFiles(f) {
		f.Add(data, uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, bits uint8) {
		text := string(data)
		file := source.NewFile("fuzz", text)
		toks, diags := Lex(file, 0, len(text), fuzzOptions(bits))
		if len(toks) == 0 || toks[len(toks)-1].Kind != TokEOF {
			t.Fatal("the tokens do not end with EOF")
		}
		prev := 0
		for i, tok := range toks {
			if tok.Start < prev || tok.End < tok.Start || tok.End > len(text) {
				t.Fatalf("token %d %v [%d, %d) after %d", i, tok.Kind, tok.Start, tok.End, prev)
			}
			if tok.Kind == TokEOF && i != len(toks)-1 {
				t.Fatalf("EOF at %d of %d", i, len(toks))
			}
			prev = tok.End
		}
		for _, d := range diags {
			checkSpan(t, file, "diagnostic "+d.Message, d.Range, 0, len(text))
		}
	})
}
