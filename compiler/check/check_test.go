package check

import (
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
