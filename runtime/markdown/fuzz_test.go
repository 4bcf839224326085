package markdown

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzConvert checks that Convert neither panics nor hangs, with
// Hyperflask's extensions and without any, and that it returns valid UTF-8.
func FuzzConvert(f *testing.F) {
	for _, src := range corpusSection(f, docsDir, "document.md") {
		if len(src) < 2000 {
			f.Add(src)
		}
	}
	f.Add("<!-- a -- >\n&#x\n<![CDATA[x]]>\n<?pi\n```{.a b=c linenums=\"y\"}\n```")
	f.Fuzz(func(t *testing.T, src string) {
		for _, opts := range []Options{DefaultOptions(), {}} {
			done := make(chan string, 1)
			go func() {
				out, _ := Convert(src, opts)
				done <- out
			}()
			select {
			case out := <-done:
				if !utf8.ValidString(out) {
					t.Fatalf("invalid UTF-8 in output %q", out)
				}
			case <-time.After(20 * time.Second):
				t.Fatalf("Convert(%q) did not return in 20s", src)
			}
		}
	})
}

// FuzzSanitize checks that Sanitize does not panic on any input and returns
// valid UTF-8 without the elements it removes.
func FuzzSanitize(f *testing.F) {
	for _, src := range corpusSection(f, sanitizeDir, "input.html") {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := Sanitize(src)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 in output %q", out)
		}
		if strings.Contains(strings.ToLower(out), "<script") {
			t.Fatalf("Sanitize(%q) kept a script: %q", src, out)
		}
	})
}
