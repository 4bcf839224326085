package python

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/internal/golden"
)

// The differential tests compare this parser with CPython 3.11 on two
// corpora whose expected outputs testdata/cpython/gen.py writes from
// CPython's ast.parse: valid programs (testdata/cpython/X.py, X.ast.json,
// X.warnings.json) and invalid ones (testdata/cpython-errors/X.py,
// X.error.json).

// parseFile parses a whole file.
func parseFile(t testing.TB, path string) (*source.File, *Module, diag.List) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := source.NewFile(filepath.Base(path), string(data))
	m, diags := Parse(f, 0, len(f.Text), ModeModule)
	return f, m, diags
}

func corpus(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if filepath.Base(f) != "gen.py" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no files in testdata/%s", dir)
	}
	return out
}

// TestCPythonTrees checks that every file of the valid corpus parses
// without error into the tree CPython builds, positions included.
//
// One documented difference is masked: CPython 3.11 gives the literal parts
// and the replacement fields of an f-string (and the format spec and its
// parts) the span of the whole string, where this parser gives each part
// its own span. The expressions inside replacement fields are compared with
// their positions.
func TestCPythonTrees(t *testing.T) {
	for _, path := range corpus(t, "cpython") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			f, m, diags := parseFile(t, path)
			for _, d := range diags {
				if d.Severity == diag.Error {
					t.Errorf("unexpected error: %s", d.Error())
				}
			}
			got, err := astjson.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".ast.json")
			if err != nil {
				t.Fatalf("%v (run /usr/bin/python3 testdata/cpython/gen.py)", err)
			}
			if !bytes.Equal(got, want) {
				g, w := normalizeTree(t, got), normalizeTree(t, want)
				if !reflect.DeepEqual(g, w) {
					t.Errorf("tree differs from CPython's (- CPython, + ours):\n%s", golden.Diff(indentJSON(t, w), indentJSON(t, g)))
				}
			}
			checkWarnings(t, f, path, diags)
		})
	}
}

// normalizeTree decodes a tree dump and masks the spans that CPython 3.11
// gets wrong inside f-strings.
func normalizeTree(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("bad JSON: %v", err)
	}
	maskFStrings(v, false)
	return v
}

func maskFStrings(v any, inside bool) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			maskFStrings(x, inside)
		}
	case map[string]any:
		typ, _ := v["type"].(string)
		if inside && (typ == "Constant" || typ == "FormattedValue" || typ == "JoinedStr") {
			v["span"] = "*"
		}
		switch typ {
		case "JoinedStr":
			for _, x := range v["values"].([]any) {
				maskFStrings(x, true)
			}
			return
		case "FormattedValue":
			maskFStrings(v["value"], false)
			if spec, ok := v["format_spec"]; ok {
				maskFStrings(spec, true)
			}
			return
		}
		for k, x := range v {
			if k != "type" && k != "span" {
				maskFStrings(x, false)
			}
		}
	}
}

func indentJSON(t *testing.T, v any) string {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data) + "\n"
}

type cpythonWarning struct {
	Category string `json:"category"`
	Message  string `json:"message"`
	Lineno   int    `json:"lineno"`
}

// checkWarnings compares our warnings with CPython's, by line and message.
func checkWarnings(t *testing.T, f *source.File, path string, diags diag.List) {
	t.Helper()
	var want []cpythonWarning
	data, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".warnings.json")
	if err == nil {
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
	}
	var got []cpythonWarning
	for _, d := range diags {
		if d.Severity == diag.Warning {
			got = append(got, cpythonWarning{Message: d.Message, Lineno: int(d.Range.Start.Line)})
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d warnings, CPython has %d:\n got: %v\nwant: %v", len(got), len(want), got, want)
		return
	}
	for i := range got {
		if got[i].Message != want[i].Message || got[i].Lineno != want[i].Lineno {
			t.Errorf("warning %d: got line %d %q, CPython line %d %q", i, got[i].Lineno, got[i].Message, want[i].Lineno, want[i].Message)
		}
	}
}

type cpythonError struct {
	Class     string `json:"class"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
}

// columnExempt lists the CPython messages whose column is not compared,
// with the reason. The line is always compared.
var columnExempt = []struct{ prefix, why string }{
	{"f-string", "CPython 3.11 reports f-string errors at the end of the string or at a position inside its re-parsed copy; we point at the offending part of the field"},
	{"(unicode error)", "CPython reports escape errors after the string; we point at the escape"},
	{"(value error)", "CPython reports escape errors after the string; we point at the escape"},
	{"bytes can only contain ASCII", "CPython points after the string; we point at the string"},
	{"unexpected indent", "CPython's column is inside the indentation; we cover the indentation"},
	{"unindent does not match", "CPython points past the line's indentation; we cover the indentation"},
	{"inconsistent use of tabs", "CPython reports column 1; we cover the indentation"},
	{"too many levels of indentation", "CPython points past the indentation; we cover it"},
	{"positional argument follows keyword argument", "CPython points at the call's ')'; we point at the positional argument"},
	{"iterable argument unpacking follows", "CPython points at the '*' of the argument list's end; we point at the argument"},
	{"unexpected EOF while parsing", "CPython points past the end of the input"},
	{"unterminated triple-quoted string", "both point at the start of the string, but CPython's column is a character count"},
	{"'(' was never closed", "columns agree; listed because CPython's end column is 0"},
}

// columnExemptFiles lists the programs whose column is not compared, with
// the reason.
var columnExemptFiles = map[string]string{
	"msg_fstring_invalid_char":    "a tokenizer error in an f-string replacement field: CPython 3.11 counts the column in its copy of the expression",
	"msg_fstring_tokenizer_error": "a tokenizer error in an f-string replacement field: CPython 3.11 counts the column in its copy of the expression",
}

func exemptColumn(msg string) bool {
	for _, e := range columnExempt {
		if strings.HasPrefix(msg, e.prefix) {
			return true
		}
	}
	return false
}

// byteCol converts CPython's 1-based column counted in characters on line
// n of f to a 1-based column counted in bytes.
func byteCol(f *source.File, line, col int) int {
	text := f.LineText(line)
	n := 0
	for i := range text {
		if n == col-1 {
			return i + 1
		}
		n++
	}
	return len(text) + (col - 1 - n) + 1
}

// TestCPythonErrors checks, for every invalid program, that the first
// error we report has CPython's message (byte for byte) and exception
// class (ErrorClass), is on the line CPython reports (and, unless exempt,
// covers CPython's column), and that parsing went on: when the file ends
// with "_after_error = 1", that statement is in the tree.
func TestCPythonErrors(t *testing.T) {
	for _, path := range corpus(t, "cpython-errors") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			var want cpythonError
			data, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".error.json")
			if err != nil {
				t.Fatalf("%v (run /usr/bin/python3 testdata/cpython/gen.py)", err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			f, m, diags := parseFile(t, path)
			var first *diag.Diagnostic
			for i := range diags {
				if diags[i].Severity == diag.Error {
					first = &diags[i]
					break
				}
			}
			if first == nil {
				t.Fatalf("no error; CPython: %s at %d:%d", want.Msg, want.Lineno, want.Offset)
			}
			if first.Message != want.Msg {
				t.Errorf("first error is %q (line %d); CPython: %q (line %d)", first.Message, first.Range.Start.Line, want.Msg, want.Lineno)
			}
			if got := ErrorClass(*first); got != want.Class {
				t.Errorf("first error %q is a %s; CPython raises %s", first.Message, got, want.Class)
			}
			if int(first.Range.Start.Line) != want.Lineno {
				t.Errorf("first error at line %d (%s); CPython: line %d: %s", first.Range.Start.Line, first.Message, want.Lineno, want.Msg)
			} else if !exemptColumn(want.Msg) && columnExemptFiles[name] == "" && want.Offset > 0 {
				// (CPython gives column 0 for an error at the end of the
				// input: no column to compare.)
				col := byteCol(f, want.Lineno, want.Offset)
				end := first.Range.End.Col
				if first.Range.End.Line > first.Range.Start.Line {
					end = int32(len(f.LineText(want.Lineno)) + 1)
				}
				if col < int(first.Range.Start.Col) || col > int(end) {
					t.Errorf("first error at %s (%s); CPython's column %d (%s) is outside it", first.Range, first.Message, col, want.Msg)
				}
			}
			if strings.Contains(f.Text, "_after_error = 1") {
				found := false
				Inspect(m, func(n Node) bool {
					if a, ok := n.(*Assign); ok && len(a.Targets) == 1 {
						if nm, ok := a.Targets[0].(*Name); ok && nm.ID == "_after_error" {
							found = true
						}
					}
					return !found
				})
				if !found {
					t.Errorf("the statement after the error is not in the tree")
				}
			}
		})
	}
}

// TestKeywords compares the keywords with CPython's keyword module.
func TestKeywords(t *testing.T) {
	var want struct {
		Kwlist     []string `json:"kwlist"`
		Softkwlist []string `json:"softkwlist"`
	}
	data, err := os.ReadFile("testdata/cpython/keywords.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if got := Keywords(); !reflect.DeepEqual(got, want.Kwlist) {
		t.Errorf("Keywords() = %v, CPython: %v", got, want.Kwlist)
	}
	if !reflect.DeepEqual(SoftKeywords, want.Softkwlist) {
		t.Errorf("SoftKeywords = %v, CPython: %v", SoftKeywords, want.Softkwlist)
	}
	for _, kw := range want.Kwlist {
		if k := keywordKind(kw); !k.IsKeyword() || k.String() != kw {
			t.Errorf("keywordKind(%q) = %v", kw, k)
		}
	}
	for _, name := range []string{"Falsey", "non", "ass", "asyncio", "defs", "el", "i", "import_", "matches", "yielded", "X"} {
		if k := keywordKind(name); k != NAME {
			t.Errorf("keywordKind(%q) = %v, want NAME", name, k)
		}
	}
}
