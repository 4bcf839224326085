package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
)

// sanitizeExcluded lists the sanitizer inputs whose output is known to
// differ from html-sanitizer's, with the reason.
var sanitizeExcluded = map[string]string{
	"filter:quote-recursion-limit": "298 nested blockquotes: libxml2 refuses documents nested deeper than 256 " +
		"elements and html-sanitizer then falls back to BeautifulSoup's parser, which Sanitize does not reproduce",
}

// TestSanitize compares Sanitize with html-sanitizer on lxml (the outputs
// in conformance/markdown/sanitize/*.out, written by gen_sanitize.py).
func TestSanitize(t *testing.T) {
	files, err := filepath.Glob("../../conformance/markdown/sanitize/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sanitizer inputs (%v)", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			if reason, ok := sanitizeExcluded[name]; ok {
				t.Skip(reason)
			}
			checkFile(t, strings.TrimSuffix(path, ".html")+".out", func() string {
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				return Sanitize(string(src))
			})
		})
	}
}

// TestMarkdownFilter compares Sanitize(Convert(src)), Hyperflask's markdown
// filter, with the Python stack on every corpus document converted with
// Hyperflask's options.
func TestMarkdownFilter(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(casesDir, "*.filter.html"))
	if err != nil || len(files) < 150 {
		t.Fatalf("only %d filter outputs (%v)", len(files), err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".filter.html")
		t.Run(name, func(t *testing.T) {
			if reason, ok := sanitizeExcluded["filter:"+name]; ok {
				t.Skip(reason)
			}
			checkFile(t, path, func() string {
				src, err := os.ReadFile(filepath.Join(casesDir, name+".md"))
				if err != nil {
					t.Fatal(err)
				}
				html, err := Convert(string(src), DefaultOptions())
				if err != nil {
					t.Fatal(err)
				}
				return Sanitize(html)
			})
		})
	}
}

// checkFile compares got() with the reference output in path.
func checkFile(t *testing.T, path string, got func() string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (see conformance/markdown/gen_sanitize.py)", err)
	}
	if g := got(); g != string(want) {
		t.Errorf("differs from html-sanitizer's output:\n%s", golden.Diff(string(want), g))
	}
}

// TestNL2BR checks the nl2br filter: every "\n" becomes "<br>".
func TestNL2BR(t *testing.T) {
	for in, want := range map[string]string{
		"":              "",
		"a\nb":          "a<br>b",
		"a\r\nb\n\n":    "a\r<br>b<br><br>",
		"no newline":    "no newline",
		"<p>x</p>\ny\n": "<p>x</p><br>y<br>",
	} {
		if got := NL2BR(in); got != want {
			t.Errorf("NL2BR(%q) = %q, want %q", in, got, want)
		}
	}
}
