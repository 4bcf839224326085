package runner

import (
	"fmt"
	"io"
	"strings"
)

// Tally counts the results of one feature.
type Tally struct {
	Feature                     Feature
	Cases, Pass, Fail, Deviates int
	// FromText counts the cases whose expectations come from the
	// reference text.
	FromText int
}

// Tallies counts results by feature, in the order of FEATURES; features
// without a case are left out.
func (s *Suite) Tallies(results []Result) []Tally {
	idx := map[string]int{}
	out := make([]Tally, len(s.Features))
	for i, f := range s.Features {
		idx[f.Name] = i
		out[i].Feature = f
	}
	for _, r := range results {
		t := &out[idx[r.Case.Feature]]
		t.Cases++
		switch r.Status {
		case Pass:
			t.Pass++
		case Fail:
			t.Fail++
		case Deviates:
			t.Deviates++
		}
		if r.Case.FromReference() {
			t.FromText++
		}
	}
	var kept []Tally
	for _, t := range out {
		if t.Cases > 0 {
			kept = append(kept, t)
		}
	}
	return kept
}

// WriteReport writes each failure with what differs, then (or, with
// verbose, after a line per case) the table of results by feature.
func (s *Suite) WriteReport(w io.Writer, results []Result, verbose bool) {
	for _, r := range results {
		if r.Status == Fail {
			fmt.Fprintf(w, "FAIL %s (%s case, source: %s)\n%s\n\n", r.Case.Name, r.Case.Kind, r.Case.Source, indent(r.Detail))
		}
	}
	if verbose {
		for _, r := range results {
			line := fmt.Sprintf("%-8s %s", r.Status, r.Case.Name)
			if r.Status == Deviates {
				line += ": " + r.Detail
			}
			fmt.Fprintln(w, line)
		}
		fmt.Fprintln(w)
	}
	width := len("feature")
	tallies := s.Tallies(results)
	for _, t := range tallies {
		width = max(width, len(t.Feature.Name))
	}
	row := func(name string, cases, pass, fail, dev, text any, ref string) {
		line := fmt.Sprintf("%-*s %6v %6v %5v %8v %14v  %s", width, name, cases, pass, fail, dev, text, ref)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	row("feature", "cases", "pass", "fail", "deviate", "from the text", "reference")
	var sum Tally
	for _, t := range tallies {
		row(t.Feature.Name, t.Cases, t.Pass, t.Fail, t.Deviates, t.FromText, t.Feature.Reference)
		sum.Cases += t.Cases
		sum.Pass += t.Pass
		sum.Fail += t.Fail
		sum.Deviates += t.Deviates
		sum.FromText += t.FromText
	}
	row("all", sum.Cases, sum.Pass, sum.Fail, sum.Deviates, sum.FromText, "")
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}
