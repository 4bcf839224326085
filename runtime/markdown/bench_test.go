package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// typicalPage is a documentation page and a blog post of the corpus: the
// headings, paragraphs, lists, fenced code, admonitions and links that
// Hyperflask pages are made of (about 3 KB).
func typicalPage(b *testing.B) string {
	docs := corpusSection(b, docsDir, "document.md")
	var src strings.Builder
	for _, name := range []string{"page-docs-guide", "page-blog-post", "page-api-docs"} {
		s, ok := docs[name]
		if !ok {
			b.Fatalf("no document %s in %s", name, docsDir)
		}
		src.WriteString(s + "\n")
	}
	return src.String()
}

// BenchmarkConvert converts a typical page with Hyperflask's extensions.
func BenchmarkConvert(b *testing.B) {
	src := typicalPage(b)
	opts := DefaultOptions()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Convert(src, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoldmarkDefault converts the same page with goldmark's default
// CommonMark parser and renderer, for comparison.
func BenchmarkGoldmarkDefault(b *testing.B) {
	src := []byte(typicalPage(b))
	md := goldmark.New()
	var out bytes.Buffer
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if err := md.Convert(src, &out); err != nil {
			b.Fatal(err)
		}
	}
}
