//go:build tmplengine

package conformance

import (
	"testing"

	"github.com/hyperflask/hfc/runtime/tmpl"
)

// TestPages renders every app of pages/ (the page named by its render section,
// with its data.json) in the reference's autoescape mode and compares the
// output or error with the expectation: from the oracle (pages/gen.py) or,
// where the oracle cannot run the feature, from the reference text (the
// case's source section says which §). Built only with -tags tmplengine until
// the engine's package runtime/tmpl exists.
func TestPages(t *testing.T) {
	for _, c := range loadCases(t, "pages") {
		c := c
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			pc, err := decodePageCase(c)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tmpl.RenderPage(pc.Files, pc.Page, pc.Data, tmpl.Options{Autoescape: "hyperflask", Undefined: "default"})
			compareResult(t, c, got, err)
		})
	}
}
