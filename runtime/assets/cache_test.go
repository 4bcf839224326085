package assets

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestCache: a build with the Cache of an identical earlier build runs no
// esbuild and gives the same files; changing a file the bundles read (an
// import of main.js), or a bundle block in a template, runs esbuild again
// and gives the new contents; a template edit after its bundle blocks keeps
// the cached run (an edit before them moves them, and their source maps).
func TestCache(t *testing.T) {
	dir := writeProject(t, noNPM)
	c := NewCache()
	first := build(t, dir, Config{}, Options{Cache: c})
	if c.hits != 0 || c.misses != 1 {
		t.Fatalf("first build: %d hits, %d misses; want 0, 1", c.hits, c.misses)
	}
	second := build(t, dir, Config{}, Options{Cache: c})
	if c.hits != 1 {
		t.Fatalf("unchanged project: %d hits; want 1", c.hits)
	}
	if !reflect.DeepEqual(first.Files, second.Files) || !reflect.DeepEqual(first.Entries, second.Entries) {
		t.Error("the cached build differs from the first")
	}

	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app/pages/about.html", "<p>about</p><style bundle>p { color: red }</style><p>more</p>")
	build(t, dir, Config{}, Options{Cache: c})
	if c.hits != 2 {
		t.Errorf("a template edit outside its bundle block: %d hits; want 2 (the run reused)", c.hits)
	}

	write("app/assets/lib/greet.js", "export function greet(who) { console.log('bonjour ' + who); }\n")
	res := build(t, dir, Config{}, Options{Cache: c})
	if c.hits != 2 {
		t.Errorf("an imported file changed: %d hits; want esbuild to run again", c.hits)
	}
	if main := file(t, res, "main.js"); !strings.Contains(main, "bonjour ") {
		t.Errorf("main.js is not rebuilt with its changed import:\n%s", main)
	}

	write("app/pages/about.html", "<p>about</p><style bundle>p { color: blue }</style><p>more</p>")
	res = build(t, dir, Config{}, Options{Cache: c})
	if c.hits != 2 {
		t.Errorf("a bundle block changed: %d hits; want esbuild to run again", c.hits)
	}
	var css strings.Builder
	for name, data := range res.Files {
		if strings.HasSuffix(name, ".css") {
			css.Write(data)
		}
	}
	if !strings.Contains(css.String(), "color: blue") {
		t.Errorf("the changed bundle block is not rebuilt:\n%s", css.String())
	}
}
