package template

import (
	"testing"
)

// benchPage is a realistic page of about 500 lines: frontmatter, macros,
// use_layout, loops, conditionals, filters and component tags.
const benchPage = "testdata/bench/shop.jpy"

func TestBenchPageParsesClean(t *testing.T) {
	f, start := templateOf(t, benchPage)
	_, diags := Parse(f, start, len(f.Text), Options{Hyperflask: true})
	for _, d := range diags {
		t.Error(d)
	}
}

func BenchmarkParse(b *testing.B) {
	f, start := templateOf(b, benchPage)
	b.SetBytes(int64(len(f.Text) - start))
	b.ReportAllocs()
	for b.Loop() {
		Parse(f, start, len(f.Text), Options{Hyperflask: true})
	}
}

func BenchmarkLex(b *testing.B) {
	f, start := templateOf(b, benchPage)
	b.SetBytes(int64(len(f.Text) - start))
	b.ReportAllocs()
	for b.Loop() {
		Lex(f, start, len(f.Text), Options{Hyperflask: true})
	}
}
