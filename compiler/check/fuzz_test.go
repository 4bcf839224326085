package check

import (
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
