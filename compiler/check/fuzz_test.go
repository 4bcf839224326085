package check

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/grammar/page"
)

// FuzzSource checks any text as a page, a template and a Python module:
// no input may panic the parsers, the resolver or the template compiler,
// which also runs on broken templates (for Result.Symbols).
func FuzzSource(f *testing.F) {
	for _, pattern := range []string{
		"../../grammar/template/testdata/jinja/invalid/*",
		"../../grammar/template/testdata/golden/*.*",
		"../../grammar/page/testdata/*/*",
	} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data, uint8(0))
			}
		}
	}
	f.Add([]byte("---\npage.x = 1\n---\n{% for a in b if a.c %}{{ a| }}{% endfor %}<{C x=}/>"), uint8(1))
	env := &Env{PageGlobals: []string{"page", "request"}, Filters: map[string]bool{"upper": true}, Tests: map[string]bool{"odd": true}}
	f.Fuzz(func(t *testing.T, data []byte, role uint8) {
		names := []string{"pages/x.jpy", "layouts/x.html", "components/X.html", "x.py"}
		roles := []page.Role{page.RolePage, page.RoleLayout, page.RoleComponent, page.RoleModule}
		i := int(role) % len(names)
		r := Source(names[i], names[i], data, roles[i], env, page.Options{})
		if r.File == nil {
			t.Fatal("no parsed file")
		}
	})
}

// FuzzUpdate checks a page, then an edit of it (text inserted at an
// offset): Update, which may reuse the first check's Python part, reports
// what Source reports for the edited text.
func FuzzUpdate(f *testing.F) {
	f.Add([]byte("---\npage.x = 1\ndef f(:\n---\n{{ x|nofilter }}{% if %}"), uint16(40), []byte("{{ y }}"))
	f.Add([]byte("---\nimport os\n---\n<p>{{ os }}</p>\n"), uint16(5), []byte("x = "))
	f.Add([]byte("---\npage.a = 1\n---\n{{ a }}"), uint16(18), []byte("-"))
	env := &Env{PageGlobals: []string{"page", "request"}, Filters: map[string]bool{"upper": true}}
	f.Fuzz(func(t *testing.T, data []byte, at uint16, insert []byte) {
		prev := Source("pages/x.jpy", "pages/x.jpy", data, page.RolePage, env, page.Options{})
		i := int(at) % (len(data) + 1)
		edited := append(append(append([]byte(nil), data[:i]...), insert...), data[i:]...)
		got := Update(prev, "pages/x.jpy", "pages/x.jpy", edited, page.RolePage, env, page.Options{})
		want := Source("pages/x.jpy", "pages/x.jpy", edited, page.RolePage, env, page.Options{})
		if g, w := fmt.Sprint(got.Diags), fmt.Sprint(want.Diags); g != w {
			t.Fatalf("Update's diagnostics\n%s\nSource's\n%s", g, w)
		}
	})
}
