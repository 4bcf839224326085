package tmplspec

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
)

// excluded lists the hand parser's errors that the grammar does not check
// (see the package documentation).
var excluded = map[diag.Code]bool{
	diag.TmplExpectedCall:      true,
	diag.TmplEndblockName:      true,
	diag.TmplRequiredBlockBody: true,
	diag.TmplPrivateImport:     true,
	diag.TmplTooDeep:           true,
}

// handAccepts reports whether the hand parser accepts the template,
// ignoring the excluded checks, and whether an excluded check fired.
func handAccepts(f *source.File, start, end int, opts template.Options) (ok, excludedOnly bool) {
	_, diags := template.Parse(f, start, end, opts)
	ok, excludedOnly = true, false
	for _, d := range diags {
		if d.Severity != diag.Error {
			continue
		}
		if excluded[d.Code] {
			excludedOnly = true
			continue
		}
		ok = false
	}
	return ok, excludedOnly && ok
}

// agree fails when the grammar and the hand parser disagree on f.
func agree(t *testing.T, f *source.File, start, end int, opts template.Options) {
	t.Helper()
	hand, onlyExcluded := handAccepts(f, start, end, opts)
	err := Check(f, start, end, opts)
	switch {
	case hand && err != nil:
		t.Errorf("%s: the hand parser accepts, the grammar rejects: %v", f.Name, err)
	case !hand && err == nil:
		_, diags := template.Parse(f, start, end, opts)
		t.Errorf("%s: the grammar accepts, the hand parser reports %v", f.Name, diags)
	case onlyExcluded && err != nil:
		t.Errorf("%s: only excluded checks fail, yet the grammar rejects: %v", f.Name, err)
	}
}

func TestEBNF(t *testing.T) {
	if _, err := grammar(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(EBNF(), "Template = ") {
		t.Fatalf("EBNF:\n%s", EBNF())
	}
}

// corpus lists the templates of the package's test corpora with the
// options they are parsed with.
func corpus(t testing.TB) []struct {
	path string
	opts template.Options
} {
	var out []struct {
		path string
		opts template.Options
	}
	for _, c := range []struct {
		pattern string
		opts    template.Options
	}{
		{"../testdata/jinja/valid/*", template.Options{Do: true, LoopControls: true}},
		{"../testdata/jinja/valid/ws_*", template.Options{TrimBlocks: true, LstripBlocks: true}},
		{"../testdata/jinja/invalid/*", template.Options{}},
		{"../testdata/golden/*.*", template.Options{Hyperflask: true}},
		{"../testdata/bench/*", template.Options{Hyperflask: true}},
	} {
		paths, err := filepath.Glob(c.pattern)
		if err != nil || len(paths) == 0 {
			t.Fatalf("%s: no files (%v)", c.pattern, err)
		}
		for _, p := range paths {
			out = append(out, struct {
				path string
				opts template.Options
			}{p, c.opts})
		}
	}
	return out
}

// templatePart reads a corpus file: a .jpy page is split as the reference
// splits it, the other golden pages as package split does with YAML
// frontmatter.
func templatePart(t testing.TB, path string) (*source.File, int) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := source.NewFile(path, string(data))
	switch {
	case filepath.Ext(path) == ".jpy":
		return f, split.Split(f, split.Options{Reference: true, Python: true}).Template.Start
	case strings.Contains(path, "/golden/"):
		return f, split.Split(f, split.Options{}).Template.Start
	}
	return f, 0
}

// TestCorpus checks that the grammar and the hand parser agree on every
// template of the corpora.
func TestCorpus(t *testing.T) {
	for _, c := range corpus(t) {
		f, start := templatePart(t, c.path)
		agree(t, f, start, len(f.Text), c.opts)
	}
}

// cases are small templates, valid and not, for both parsers.
var cases = []string{
	`{{ x }}`, `{{ }}`, `{{ a b }}`, `{{ not }}`, `{{ not in x }}`, `{{ and }}`, `{{ a or or }}`,
	`{{ x is a is b }}`, `{{ x is a(1) is b }}`, `{{ x is odd if }}`, `{{ f(a=1, 2) }}`, `{{ f(*a, *b) }}`,
	`{{ f(**k, a=1) }}`, `{{ f(a, *b, c=1, **d,) }}`, `{{ a[x,] }}`, `{{ a[] }}`, `{{ a[::] }}`,
	`{% for a, in b %}{% endfor %}`, `{% for () in b %}{% endfor %}`, `{% set a, = 1 %}`, `{% set a, %}x{% endset %}`,
	`{% set ns.x = 1 %}`, `{% set true.x = 1 %}`, `{% set a.b.c = 1 %}`, `{% with a, b = c %}{% endwith %}`,
	`{% with a = 1, %}{% endwith %}`, `{% macro m(a, b=1, c) %}{% endmacro %}`, `{% macro m(a,) %}{% endmacro %}`,
	`{% from x import with context %}`, `{% from x import as %}`, `{% from x import a with %}`,
	`{% include x ignore %}`, `{% block a %}{% endblock b %}`, `{% call m() %}{% endcall %}`, `{% call m %}{% endcall %}`,
	`<{X a=1 b}/>`, `<{X -1}/>`, `<{X a=-1}/>`, `<{X a -b=1}/>`, `<{X a=1 -b}/>`, `<{X(a) }/>`, `<{X(a)}>y</{}>`,
	`<{X (a)}/>`, `<{X *a **b}/>`, `<{X **b *a}/>`, `<{X a=x|f(1) b=y(2)}/>`, `<{X a=x is y}/>`, `<{X not}/>`,
	`{% use_layout %}x`, `{% use_layout "a", (b) %}`, `{% use_layout "a", b, %}`, `{% use_layout "a", %}`,
	`{% if a %}{% use_layout %}{% endif %}`, `{% form Name(a=1,) = v %}`, `{% form (1) %}`,
	`{% suspense %}a{% fallback %}b{% endsuspense %}`, `{% markdown %}x{% endmarkdown %}`,
	`{% raw %}`, `{% raw %}x`, `{% raw %}{% endraw %}`, `x{#`, `x{# `, `{{ a {{ b }}`, `{% if a }}{% endif %}`,
}

// TestCases checks that the parsers agree on the cases.
func TestCases(t *testing.T) {
	for _, src := range cases {
		f := source.NewFile(src, src)
		agree(t, f, 0, len(src), template.Options{Hyperflask: true})
	}
}

func FuzzSpec(f *testing.F) {
	for _, c := range corpus(f) {
		data, err := os.ReadFile(c.path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(0))
	}
	for _, src := range cases {
		f.Add([]byte(src), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, bits uint8) {
		text := string(data)
		file := source.NewFile("fuzz", text)
		opts := template.Options{
			TrimBlocks: bits&1 != 0, LstripBlocks: bits&2 != 0, KeepTrailingNewline: bits&4 != 0,
			Do: bits&8 != 0, LoopControls: bits&16 != 0, Hyperflask: bits&32 == 0,
		}
		agree(t, file, 0, len(text), opts)
	})
}

// The lexer definition also serves participle's own entry points.
func TestParseString(t *testing.T) {
	p, err := grammar()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.ParseString("t", "{{ a }}<{X}/>"); err != nil {
		t.Error(err)
	}
	if _, err := p.ParseString("t", "{{ a b }}"); err == nil {
		t.Error("accepted {{ a b }}")
	}
}
