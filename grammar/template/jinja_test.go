package template

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/astjson"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
)

// The differential test against Jinja2: testdata/jinja/gen.py writes Jinja's
// own parse of every template of testdata/jinja/valid (and Jinja's error for
// every template of testdata/jinja/invalid) for each option set of
// testdata/jinja/options.txt. Never edit the expected files: change the
// corpus and run gen.py.
//
// The comparison keeps, of our tree, the "type" and the fields Jinja has
// (our extra fields — spans, tags — are not compared) and checks Jinja's
// lineno against the line of the token Jinja takes it from:
//
//	statements                 the tag name ({% for → "for")
//	an elif's If               the first token of its test
//	Output                     its first node ({% print %}: the tag name)
//	Getattr, Getitem           the "." or "["
//	Call                       the "("
//	Filter                     the (first part of the) filter name
//	Test, Not of "is not"      the "is"
//	Keyword                    its value; Pair: its key
//	everything else            the node's first token (span start)
//
// gen.py leaves lineno out where Jinja records the line of a later token
// (Compare, Tuple, CondExpr, binary operators) or none (Scope, Operand).

type optionRule struct {
	pattern string
	sets    []string
}

func readOptionRules(t *testing.T) []optionRule {
	t.Helper()
	data, err := os.ReadFile("testdata/jinja/options.txt")
	if err != nil {
		t.Fatal(err)
	}
	var rules []optionRule
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		fields := strings.Fields(line)
		if len(fields) > 0 {
			rules = append(rules, optionRule{fields[0], fields[1:]})
		}
	}
	return rules
}

func optionSetsFor(t *testing.T, rules []optionRule, name string) []string {
	t.Helper()
	for _, r := range rules {
		// fnmatch semantics, as in gen.py: "*" matches any text, "/" too.
		re := "^" + strings.NewReplacer(`\*`, ".*", `\?`, ".").Replace(regexp.QuoteMeta(r.pattern)) + "$"
		if regexp.MustCompile(re).MatchString(name) {
			return r.sets
		}
	}
	t.Fatalf("options.txt: no pattern matches %s", name)
	return nil
}

func optionsOf(t *testing.T, set string) Options {
	t.Helper()
	var o Options
	if set == "default" {
		return o
	}
	for _, flag := range strings.Split(set, "+") {
		switch flag {
		case "trim_blocks":
			o.TrimBlocks = true
		case "lstrip_blocks":
			o.LstripBlocks = true
		case "keep_trailing_newline":
			o.KeepTrailingNewline = true
		case "do":
			o.Do = true
		case "loopcontrols":
			o.LoopControls = true
		default:
			t.Fatalf("unknown option flag %q", flag)
		}
	}
	return o
}

// corpusFile reads a corpus template; a .jpy file is split as the
// reference does and only its template part is parsed.
func corpusFile(t *testing.T, path string) (*source.File, int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := 0
	if strings.HasSuffix(path, ".jpy") {
		_, _, tmpl := split.Reference(text)
		start = len(text) - len(tmpl)
	}
	return source.NewFile(path, text), start
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

func decodeJSON(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestJinjaDifferential(t *testing.T) {
	rules := readOptionRules(t)
	for _, name := range listDir(t, "testdata/jinja/valid") {
		for _, set := range optionSetsFor(t, rules, "valid/"+name) {
			t.Run(name+"@"+set, func(t *testing.T) {
				f, start := corpusFile(t, filepath.Join("testdata/jinja/valid", name))
				tree, diags := Parse(f, start, len(f.Text), optionsOf(t, set))
				for _, d := range diags {
					t.Errorf("unexpected diagnostic: %v", d)
				}
				data, err := astjson.Marshal(tree)
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(filepath.Join("testdata/jinja/expected", name+"@"+set+".json"))
				if err != nil {
					t.Fatalf("%v (run testdata/jinja/gen.py)", err)
				}
				var problems []string
				compareJinja(&problems, "$", decodeJSON(t, want), decodeJSON(t, data), "")
				if len(problems) > 0 {
					if len(problems) > 20 {
						problems = append(problems[:20], fmt.Sprintf("… %d more", len(problems)-20))
					}
					t.Errorf("tree differs from Jinja's:\n%s", strings.Join(problems, "\n"))
				}
			})
		}
	}
}

// compareJinja compares Jinja's tree want with ours (got) as described
// above, appending the differences to problems.
func compareJinja(problems *[]string, path string, want, got any, key string) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			*problems = append(*problems, fmt.Sprintf("%s: want a %v node, got %s", path, w["type"], brief(got)))
			return
		}
		if w["type"] != g["type"] {
			*problems = append(*problems, fmt.Sprintf("%s: want type %v, got %v", path, w["type"], g["type"]))
			return
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			switch k {
			case "type":
			case "lineno":
				wl, _ := strconv.Atoi(fmt.Sprint(w[k]))
				if gl := anchorLine(g, key); gl != wl {
					*problems = append(*problems, fmt.Sprintf("%s (%v): lineno %d, got line %d", path, w["type"], wl, gl))
				}
			default:
				gv, ok := g[k]
				if !ok {
					*problems = append(*problems, fmt.Sprintf("%s: %v has no field %q", path, g["type"], k))
					continue
				}
				compareJinja(problems, path+"."+k, w[k], gv, k)
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			*problems = append(*problems, fmt.Sprintf("%s: want %d items, got %s", path, len(w), brief(got)))
			return
		}
		for i := range w {
			compareJinja(problems, fmt.Sprintf("%s[%d]", path, i), w[i], g[i], key)
		}
	default:
		if fmt.Sprint(want) != fmt.Sprint(got) {
			*problems = append(*problems, fmt.Sprintf("%s: want %s, got %s", path, brief(want), brief(got)))
		}
	}
}

func brief(v any) string {
	data, _ := json.Marshal(v)
	s := string(data)
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

// anchorLine returns the line that Jinja records for our node n (a decoded
// astjson object) found under the field key of its parent.
func anchorLine(n map[string]any, key string) int {
	line := func(v any) int {
		s, _ := v.(string)
		l, _, _ := strings.Cut(s, ":")
		i, _ := strconv.Atoi(l)
		return i
	}
	sub := func(field string) map[string]any {
		m, _ := n[field].(map[string]any)
		return m
	}
	switch n["type"] {
	case "If":
		if key == "elif_" {
			return line(sub("test")["span"])
		}
	case "Output":
		if tag := sub("tag"); tag != nil {
			return line(tag["keyword"])
		}
		if nodes, _ := n["nodes"].([]any); len(nodes) > 0 {
			first, _ := nodes[0].(map[string]any)
			return anchorLine(first, "nodes")
		}
	case "Getattr":
		return line(n["dot"])
	case "Getitem":
		return line(n["open"])
	case "Call":
		return line(n["parens"])
	case "Filter":
		return line(n["nameSpan"])
	case "Test":
		return line(n["is"])
	case "Not":
		if inner := sub("node"); inner["type"] == "Test" && line(inner["span"]) == line(n["span"]) {
			return line(inner["is"])
		}
	case "Keyword":
		return anchorLine(sub("value"), "value")
	case "Pair":
		return anchorLine(sub("key"), "key")
	}
	if tag := sub("tag"); tag != nil {
		return line(tag["keyword"])
	}
	return line(n["span"])
}

// TestJinjaInvalid checks the invalid corpus: where Jinja raises a
// TemplateSyntaxError (or its subclass TemplateAssertionError) our first
// error is on Jinja's line with Jinja's exact message and class (the
// template runtime raises it as it is), and we keep going and return a
// tree. A template that holds "{{ after }}" after its error must keep that
// expression in the tree.
func TestJinjaInvalid(t *testing.T) {
	rules := readOptionRules(t)
	for _, name := range listDir(t, "testdata/jinja/invalid") {
		for _, set := range optionSetsFor(t, rules, "invalid/"+name) {
			t.Run(name+"@"+set, func(t *testing.T) {
				f, start := corpusFile(t, filepath.Join("testdata/jinja/invalid", name))
				tree, diags := Parse(f, start, len(f.Text), optionsOf(t, set))
				data, err := os.ReadFile(filepath.Join("testdata/jinja/expected/invalid", name+"@"+set+".json"))
				if err != nil {
					t.Fatalf("%v (run testdata/jinja/gen.py)", err)
				}
				var want struct {
					Class   string `json:"class"`
					Message string `json:"message"`
					Lineno  int    `json:"lineno"`
				}
				if err := json.Unmarshal(data, &want); err != nil {
					t.Fatal(err)
				}
				if tree == nil {
					t.Fatal("no tree")
				}
				var first *diag.Diagnostic
				var errs []string
				for i, d := range diags {
					if d.Severity == diag.Error {
						errs = append(errs, d.Error())
						if first == nil {
							first = &diags[i]
						}
					}
				}
				switch {
				case first == nil:
					t.Errorf("Jinja: %s %q on line %d; we report no error", want.Class, want.Message, want.Lineno)
				case int(first.Range.Start.Line) != want.Lineno || first.Message != want.Message:
					t.Errorf("Jinja: %q on line %d; we report:\n%s", want.Message, want.Lineno, strings.Join(errs, "\n"))
				case IsAssertion(*first) != (want.Class == "TemplateAssertionError"):
					t.Errorf("Jinja raises %s; IsAssertion says %v", want.Class, IsAssertion(*first))
				}
				if strings.Contains(f.Text, "{{ after }}") && !hasName(tree, "after") {
					t.Errorf("the {{ after }} that follows the error is not in the tree")
				}
			})
		}
	}
}

func hasName(root Node, name string) bool {
	found := false
	Inspect(root, func(n Node) bool {
		if nm, ok := n.(*Name); ok && nm.Name == name {
			found = true
		}
		return !found
	})
	return found
}
