package conformance

import (
	"testing"

	"github.com/hyperflask/hfc/conformance/runner"
)

// TestConformance runs every case of the suite on hfc (one subtest per
// case, named by its path: go test -run 'TestConformance/routing/' runs a
// feature) and fails on any difference from the recorded expectation that
// DEVIATIONS does not list.
func TestConformance(t *testing.T) {
	s, err := runner.Load(".")
	if err != nil {
		t.Fatal(err)
	}
	if stale := s.StaleDeviations(); len(stale) > 0 {
		t.Errorf("DEVIATIONS lists cases that do not exist: %v", stale)
	}
	strays, err := s.Strays()
	if err != nil {
		t.Fatal(err)
	}
	if len(strays) > 0 {
		t.Errorf("files that are not cases in the feature folders (a new program python/NAME.py becomes a case with /usr/bin/python3 conformance/gen/python.py): %v", strays)
	}
	for _, c := range s.Cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			r := s.Run(c)
			switch r.Status {
			case runner.Fail:
				t.Errorf("%s case (source: %s):\n%s", c.Kind, c.Source, r.Detail)
			case runner.Deviates:
				t.Skipf("deviates on purpose: %s", r.Detail)
			}
		})
	}
}
