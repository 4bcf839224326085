package conformance

import (
	"os"
	"strings"
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// TestJinja renders every case of jinja/ with the template engine and compares
// the output, or the error's class and message, with Jinja2 3.1's (written by
// jinja/gen.py, never by hand); jinja/DEVIATIONS lists the cases where hfc
// differs on purpose.
func TestJinja(t *testing.T) {
	deviations := readDeviations(t, "jinja/DEVIATIONS")
	for _, c := range loadCases(t, "jinja") {
		c := c
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			jc, err := decodeJinjaCase(c)
			if err != nil {
				t.Fatal(err)
			}
			ae, _ := jc.Options.autoescapeMode()
			undef := jc.Options.Undefined
			if undef == "" {
				undef = "default"
			}
			opts := tmpl.Options{
				Autoescape:          ae,
				Undefined:           undef,
				TrimBlocks:          jc.Options.TrimBlocks,
				LstripBlocks:        jc.Options.LstripBlocks,
				KeepTrailingNewline: jc.Options.KeepTrailingNewline,
				Extensions:          jc.Options.Extensions,
				Sandbox:             jc.Options.Sandbox,
			}
			got, err := tmpl.RenderCase(jc.Files, jc.Main, jc.Context, opts)
			if reason, ok := deviations[c.Name]; ok {
				if matches(c, got, err) {
					t.Errorf("listed in jinja/DEVIATIONS (%s) but now matches Jinja: remove it from the list", reason)
				}
				return
			}
			compareResult(t, c, got, err)
		})
	}
}

// readDeviations reads a list of deliberate deviations: case name, a tab,
// the reason; # starts a comment line.
func readDeviations(t *testing.T, path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: %q: want NAME<tab>REASON", path, line)
		}
		out[name] = reason
	}
	return out
}

// matches reports whether a render's result equals the case's expectation.
func matches(c *caseFile, got string, err error) bool {
	if want, ok := c.Sections["output"]; ok {
		return err == nil && got == want
	}
	wantClass, wantMsg, perr := splitError(c.Sections["error"])
	return perr == nil && err != nil && tmpl.ErrorClass(err) == wantClass && tmpl.ErrorMessage(err) == wantMsg
}

// compareResult compares a render's result with the case's output or error
// section, exactly.
func compareResult(t *testing.T, c *caseFile, got string, err error) {
	t.Helper()
	if want, ok := c.Sections["output"]; ok {
		if err != nil {
			t.Fatalf("want output %q, got error %s: %s", want, tmpl.ErrorClass(err), tmpl.ErrorMessage(err))
		}
		if got != want {
			t.Errorf("output differs from the reference's:\n%s", golden.Diff(want, got))
		}
		return
	}
	wantClass, wantMsg, perr := splitError(c.Sections["error"])
	if perr != nil {
		t.Fatal(perr)
	}
	if err == nil {
		t.Fatalf("want error %s: %s, got output %q", wantClass, wantMsg, got)
	}
	gotErr := tmpl.ErrorClass(err) + "\n" + tmpl.ErrorMessage(err) + "\n"
	if want := wantClass + "\n" + wantMsg + "\n"; gotErr != want {
		t.Errorf("error differs from the reference's:\n%s", golden.Diff(want, gotErr))
	}
}
