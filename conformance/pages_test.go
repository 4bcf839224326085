package conformance

import (
	"testing"

	"github.com/hyperflask/hfc/internal/golden"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// TestPages renders every app of pages/ (the page named by its render section,
// with its data.json) in the reference's autoescape mode and compares the
// output or error with the expectation: from the oracle (pages/gen.py) or,
// where the oracle cannot run the feature, from the reference text (the
// case's source section says which §).
//
// Frontmatter is split with the reference's compatibility switch, since the
// expectations are the reference's, accidents included. Where a case holds
// an intended-output section (the reference re-parses page.layout output as
// template source, §10.7, which hfc never does), that is the expectation.
func TestPages(t *testing.T) {
	deviations := readDeviations(t, "pages/DEVIATIONS")
	for _, c := range loadCases(t, "pages") {
		c := c
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			pc, err := decodePageCase(c)
			if err != nil {
				t.Fatal(err)
			}
			opts := app.Options{
				Template:       tmpl.Options{Autoescape: "hyperflask", Undefined: "default"},
				ReferenceSplit: true,
			}
			got, err := app.RenderFiles(pc.Files, pc.Page, pc.Data, opts)
			if reason, ok := deviations[c.Name]; ok {
				if matches(c, got, err) {
					t.Errorf("listed in pages/DEVIATIONS (%s) but now matches the reference: remove it from the list", reason)
				}
				return
			}
			if pc.Intended != nil {
				if err != nil {
					t.Fatalf("want the intended output %q, got error %s: %s", *pc.Intended, tmpl.ErrorClass(err), tmpl.ErrorMessage(err))
				}
				if got != *pc.Intended {
					t.Errorf("output differs from the intended one:\n%s", golden.Diff(*pc.Intended, got))
				}
				return
			}
			compareResult(t, c, got, err)
		})
	}
}
