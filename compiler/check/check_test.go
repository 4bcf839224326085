package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/page"
)

// TestBundleBlocks checks that hfc check and hfls report what the runtime
// rejects in <script bundle> and <style bundle> blocks of an app's files,
// and leave them alone in a file outside an app.
func TestBundleBlocks(t *testing.T) {
	for _, tc := range []struct {
		name string
		role page.Role
		src  string
		want string // the code of the only error, "" for none
	}{
		{"jinja in a script bundle", page.RolePage, "<script bundle>\nvar x = {{ y }};\n</script>\n", "E7001"},
		{"unclosed style bundle", page.RoleComponent, "<style bundle>\np { color: red }\n", "E7002"},
		{"static block", page.RoleLayout, "<script bundle>\nconsole.log(1);\n</script>\n", ""},
		{"outside an app", page.RoleFile, "<script bundle>\nvar x = {{ y }};\n</script>\n", ""},
	} {
		r := Source("f.html", "f.html", []byte(tc.src), tc.role, nil, page.Options{})
		var codes []string
		for _, d := range r.Diags {
			codes = append(codes, string(d.Code))
		}
		if tc.want == "" && len(codes) != 0 || tc.want != "" && (len(codes) != 1 || codes[0] != tc.want) {
			t.Errorf("%s: diagnostics %v, want [%s]", tc.name, codes, tc.want)
		}
	}
}

// TestUpdate checks that Update reports what Source does after edits in
// the template (the Python part is reused) and in the frontmatter (it is
// parsed again).
func TestUpdate(t *testing.T) {
	const before = "---\nimport os\npage.x = undefined_name\ndef f(:\n    pass\n---\n<p>{{ x|nofilter }}</p>\n"
	env := &Env{Filters: map[string]bool{"upper": true}}
	prev := Source("p.jpy", "pages/p.jpy", []byte(before), page.RolePage, env, page.Options{})
	for _, tc := range []struct {
		name, text string
		reused     bool
	}{
		{"template edit", strings.Replace(before, "<p>", "<p>{% if %}", 1), true},
		{"template edit keeping the tree", strings.Replace(before, "nofilter", "upper", 1), true},
		{"frontmatter edit", strings.Replace(before, "import os", "import sys", 1), false},
		{"fence edit", strings.Replace(before, "---\n<p>", "--\n<p>", 1), false},
		{"other options", before, false},
	} {
		opts := page.Options{}
		if tc.name == "other options" {
			opts.Reference = true
		}
		got := Update(prev, "p.jpy", "pages/p.jpy", []byte(tc.text), page.RolePage, env, opts)
		want := Source("p.jpy", "pages/p.jpy", []byte(tc.text), page.RolePage, env, opts)
		if (got.File.Python == prev.File.Python) != tc.reused {
			t.Errorf("%s: Python tree reused = %v, want %v", tc.name, !tc.reused, tc.reused)
		}
		if g, w := fmt.Sprint(got.Diags), fmt.Sprint(want.Diags); g != w {
			t.Errorf("%s: Update's diagnostics\n%s\nSource's\n%s", tc.name, g, w)
		}
		if len(got.Diags) == 0 {
			t.Errorf("%s: no diagnostics; the text has errors", tc.name)
		}
	}
}
