package python

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// TestFrontmatterPositions parses the Python section of a .jpy page, which
// starts on line 2, and checks that positions are file positions.
func TestFrontmatterPositions(t *testing.T) {
	text := "---\npage.title = \"é\"\nif page.title:\n    x = (1 2)\n---\n<h1>{{ title }}</h1>\n"
	f := source.NewFile("pages/index.jpy", text)
	start := len("---\n")
	end := strings.Index(text, "\n---\n")
	m, diags := Parse(f, start, end, ModeModule)
	if len(m.Body) != 2 {
		t.Fatalf("%d statements, want 2", len(m.Body))
	}
	assign := m.Body[0].(*Assign)
	if got := assign.Loc.String(); got != "2:1-2:18" {
		t.Errorf("assignment at %s, want 2:1-2:18 (é is two bytes)", got)
	}
	if got := assign.Targets[0].(*Attribute).AttrLoc.String(); got != "2:6-2:11" {
		t.Errorf("attribute name at %s, want 2:6-2:11", got)
	}
	if len(diags) != 1 {
		t.Fatalf("diagnostics: %v", diags)
	}
	d := diags[0]
	if d.Range.Start.Line != 4 || d.Range.Start.Col != 10 || d.File != "pages/index.jpy" {
		t.Errorf("error at %s:%s, want pages/index.jpy:4:10", d.File, d.Range)
	}
	if got := d.Range.Start.Offset; text[got] != '1' {
		t.Errorf("error offset %d points at %q", got, text[got])
	}
	// The region ends without a line break: the last statement still ends.
	if got := m.Body[1].Span().End.Line; got != 4 {
		t.Errorf("if statement ends on line %d, want 4", got)
	}
}

func TestLexTokens(t *testing.T) {
	src := "if x:\n\ty = f'{a}' + 0x1F  # note\n"
	f := source.NewFile("t.py", src)
	toks, comments, diags := Lex(f, 0, len(src))
	var got []string
	for _, tok := range toks {
		got = append(got, fmt.Sprintf("%s@%s", tok.Kind, tok.Span))
	}
	// The tokens that end the input are on its last line, as CPython's
	// tokenizer puts them (a final line break starts no line).
	want := "if@1:1-1:3 NAME@1:4-1:5 :@1:5-1:6 NEWLINE@1:6-2:1 INDENT@2:2-2:2 NAME@2:2-2:3 =@2:4-2:5 STRING@2:6-2:12 " +
		"+@2:13-2:14 NUMBER@2:15-2:19 NEWLINE@2:27-3:1 DEDENT@2:27-2:27 ENDMARKER@2:27-2:27"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("tokens:\n got %s\nwant %s", s, want)
	}
	if len(comments) != 1 || comments[0].Text != "# note" || comments[0].Loc.String() != "2:21-2:27" {
		t.Errorf("comments: %+v", comments)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
}

// TestLexRecovery checks that the scanner reports each problem once and
// goes on.
func TestLexRecovery(t *testing.T) {
	tests := []struct {
		src   string
		kinds string // kinds of the tokens, ENDMARKER excluded
		diags string // "line:col code" of each diagnostic
	}{
		{"x = 'abc\ny = 1\n", "NAME = STRING NEWLINE NAME = NUMBER NEWLINE", "1:5 E2003"},
		{"x = (1,\ndef f(): pass\n", "NAME = ( NUMBER , NEWLINE def NAME ( ) : pass NEWLINE", "1:5 E2004"},
		{"x = 1)\n", "NAME = NUMBER NEWLINE", "1:6 E2005"},
		{"f(a]\n", "NAME ( NAME ) NEWLINE", "1:4 E2005"},
		{"[f(a]\n", "[ NAME ( NAME ) ] NEWLINE", "1:5 E2005"},
		{"if x:\n    a\n  b\n", "if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE", "3:1 E2007"},
		{"x = 1 \\ 2\n", "NAME = NUMBER NUMBER NEWLINE", "1:7 E2020"},
		{"x = 1€\n", "NAME = NUMBER NEWLINE", "1:5 E2012"},
		{"x = €\n", "NAME = ERRORTOKEN NEWLINE", "1:5 E2011"},
		{"x = 0o8 + 1\n", "NAME = NUMBER + NUMBER NEWLINE", "1:5 E2012"},
		{"x = 1if y else 2\n", "NAME = NUMBER if NAME else NUMBER NEWLINE", "1:6 W2002"},
		{"x = \"\"\"abc\n", "NAME = STRING NEWLINE", "1:5 E2003"},
		{"\tif x:\n", "INDENT if NAME : NEWLINE DEDENT", ""},
	}
	for _, tc := range tests {
		f := source.NewFile("t.py", tc.src)
		toks, _, diags := Lex(f, 0, len(tc.src))
		var kinds []string
		for _, tok := range toks[:len(toks)-1] {
			kinds = append(kinds, tok.Kind.String())
		}
		if got := strings.Join(kinds, " "); got != tc.kinds {
			t.Errorf("%q: tokens %s, want %s", tc.src, got, tc.kinds)
		}
		var ds []string
		for _, d := range diags {
			ds = append(ds, fmt.Sprintf("%s %s", d.Range.Start, d.Code))
		}
		if got := strings.Join(ds, ", "); got != tc.diags {
			t.Errorf("%q: diagnostics %s, want %s", tc.src, got, tc.diags)
		}
	}
}

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a + b * c", "BinOp"},
		{"  x.y[0]", "Subscript"},
		{"1, 2", "Tuple"},
		{"(a for a in b)", "GeneratorExp"},
		{"x if y else z\n", "IfExp"},
		{"f(\n  1,\n  2)", "Call"},
	}
	for _, tc := range tests {
		f := source.NewFile("e.py", tc.src)
		e, diags := ParseExpr(f, 0, len(tc.src))
		if len(diags) > 0 {
			t.Errorf("%q: %v", tc.src, diags)
		}
		if got := strings.TrimPrefix(fmt.Sprintf("%T", e), "*python."); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.src, got, tc.want)
		}
	}
	for _, src := range []string{"", "x = 1", "a b", "import os", "x\ny"} {
		f := source.NewFile("e.py", src)
		e, diags := ParseExpr(f, 0, len(src))
		if e == nil || !diags.HasErrors() {
			t.Errorf("%q: no error (%T)", src, e)
		}
	}
}

func TestModeSingle(t *testing.T) {
	for src, wantErr := range map[string]bool{
		"x = 1":                 false,
		"x = 1; y = 2":          false,
		"if x:\n    y = 1\n":    false,
		"x = 1\ny = 2":          true,
		"def f():\n    pass\nx": true,
	} {
		f := source.NewFile("s.py", src)
		_, diags := Parse(f, 0, len(src), ModeSingle)
		if got := diags.HasErrors(); got != wantErr {
			t.Errorf("%q: errors %v, want %v (%v)", src, got, wantErr, diags)
		}
		if wantErr && diags[0].Code != diag.PyNotSingle {
			t.Errorf("%q: %s, want %s", src, diags[0].Code, diag.PyNotSingle)
		}
	}
}

func TestNeverPanicsOnLimits(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("(", 5000) + "1",
		strings.Repeat("[", 5000),
		"x = " + strings.Repeat("-", 100000) + "1",
		"x = " + strings.Repeat("not ", 50000) + "y",
		"x = " + strings.Repeat("2 ** ", 20000) + "2",
		"x = " + strings.Repeat("lambda: ", 5000) + "0",
		"x = " + strings.Repeat("a if b else ", 5000) + "c",
		"x = " + strings.Repeat("await ", 5000) + "y",
		"x = " + strings.Repeat("f'{", 100),
		strings.Repeat("if x:\n", 300) + "pass",
		"x = " + strings.Repeat("a.", 50000) + "b",
	} {
		f := source.NewFile("deep.py", src)
		m, diags := Parse(f, 0, len(src), ModeModule)
		if m == nil {
			t.Fatal("nil module")
		}
		_ = diags
	}
}

func TestDepthLimitReported(t *testing.T) {
	src := "x = " + strings.Repeat("-", 5000) + "1\ny = 2\n"
	f := source.NewFile("deep.py", src)
	m, diags := Parse(f, 0, len(src), ModeModule)
	if len(diags) != 1 || diags[0].Code != diag.PyTooDeep {
		t.Fatalf("diagnostics %v, want one %s", diags, diag.PyTooDeep)
	}
	if len(m.Body) != 2 {
		t.Errorf("%d statements, want 2", len(m.Body))
	}
}

func TestFloatRepr(t *testing.T) {
	for f, want := range map[float64]string{
		1.5: "1.5", 1: "1.0", 1e16: "1e+16", 1e15: "1000000000000000.0", 0.0001: "0.0001",
		0.00001: "1e-05", 123456789012345678: "1.2345678901234568e+17", 0.1: "0.1",
		math.Inf(1): "inf", 0: "0.0", -2.5: "-2.5", 1e-310: "1e-310", 5e-324: "5e-324",
		1.7976931348623157e308: "1.7976931348623157e+308",
	} {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%g) = %s, want %s", f, got, want)
		}
	}
	if got := Imag(2).String(); got != "2j" {
		t.Errorf("Imag(2) = %s", got)
	}
}

func TestUnicodeNames(t *testing.T) {
	for name, want := range map[string]rune{
		"LATIN SMALL LETTER A":            'a',
		"latin small letter e with acute": 'é',
		"EURO SIGN":                       '€',
		"NBSP":                            0xa0,
		"CJK UNIFIED IDEOGRAPH-4E00":      0x4e00,
		"HANGUL SYLLABLE GA":              0xac00,
		"HANGUL SYLLABLE HIH":             0xd7a3,
		"GRINNING FACE":                   0x1f600,
	} {
		r, ok := lookupUnicodeName(name)
		if !ok || r != want {
			t.Errorf("%s: %U %v, want %U", name, r, ok, want)
		}
	}
	for _, name := range []string{"NO SUCH CHARACTER", "CJK UNIFIED IDEOGRAPH-0041", "HANGUL SYLLABLE XX", ""} {
		if r, ok := lookupUnicodeName(name); ok {
			t.Errorf("%s: %U, want none", name, r)
		}
	}
}

// TestWalkOrder checks that Inspect visits nodes in source order.
func TestWalkOrder(t *testing.T) {
	src := "@d\ndef f(a, b=1, *c, d=2, **e) -> r:\n    return {k: v, **m} if t else [x for x in y]\nf(1, *a, k=2, *b, **c)\n"
	f := source.NewFile("w.py", src)
	m, diags := Parse(f, 0, len(src), ModeModule)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var names []string
	prev := -1
	Inspect(m, func(n Node) bool {
		switch n := n.(type) {
		case *Name:
			names = append(names, n.ID)
		case *Constant:
			names = append(names, n.Raw)
		case *Arg:
			names = append(names, n.Arg)
		case *Keyword:
			if n.Arg == "" {
				return true
			}
			names = append(names, n.Arg)
		default:
			return true
		}
		if int(n.Span().Start.Offset) < prev {
			t.Errorf("%T at %s visited after offset %d", n, n.Span(), prev)
		}
		prev = int(n.Span().Start.Offset)
		return true
	})
	want := "d a b 1 c d 2 e r k v m t x x y f 1 a k 2 b c"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("visit order:\n got %s\nwant %s", got, want)
	}
}
