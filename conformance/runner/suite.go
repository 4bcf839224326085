package runner

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/internal/textdiff"
)

// Feature is one feature of the page format: a folder of the suite.
type Feature struct {
	Name  string // the folder ("routing")
	Title string // what it covers ("Routing: URL rules and endpoints")
	// Reference lists the sections of the reference that the feature's
	// cases pin ("§2.1 §2.2 §10.3").
	Reference string
}

// Suite is a loaded conformance suite.
type Suite struct {
	// Root is the suite's folder (the one holding FEATURES).
	Root     string
	Features []Feature
	// Cases are every case below Root (or below the folder given to Load),
	// sorted by name.
	Cases []*Case
	// Deviations maps a case's name to the reason hfc deliberately
	// differs from its expectation (the DEVIATIONS file).
	Deviations map[string]string
}

// FindRoot returns the suite folder that holds dir: dir itself or the
// nearest folder above it holding a FEATURES file.
func FindRoot(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "FEATURES")); err == nil && !fi.IsDir() {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%s is not in a conformance suite: no FEATURES file in it or above it", dir)
		}
	}
}

// Load reads the suite holding dir and the cases below dir (all of them
// when dir is the suite's root). A malformed case file is an error.
func Load(dir string) (*Suite, error) {
	root, err := FindRoot(dir)
	if err != nil {
		return nil, err
	}
	s := &Suite{Root: root}
	if s.Features, err = readFeatures(filepath.Join(root, "FEATURES")); err != nil {
		return nil, err
	}
	if s.Deviations, err = readDeviations(filepath.Join(root, "DEVIATIONS")); err != nil {
		return nil, err
	}
	known := map[string]bool{}
	for _, f := range s.Features {
		known[f.Name] = true
	}
	abs, _ := filepath.Abs(dir)
	var errs []string
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "gen" || d.Name() == "runner") && filepath.Dir(p) == root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".txtar") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		name := filepath.ToSlash(strings.TrimSuffix(rel, ".txtar"))
		c, err := ReadCase(p, name)
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		if !known[c.Feature] {
			errs = append(errs, fmt.Sprintf("%s: folder %q is not a feature of FEATURES", p, c.Feature))
			return nil
		}
		s.Cases = append(s.Cases, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("malformed cases:\n%s", strings.Join(errs, "\n"))
	}
	sort.Slice(s.Cases, func(i, j int) bool { return s.Cases[i].Name < s.Cases[j].Name })
	return s, nil
}

// readFeatures reads FEATURES: one feature a line, NAME, a tab, TITLE, a
// tab, the reference sections; # starts a comment line.
func readFeatures(path string) ([]Feature, error) {
	lines, err := readTabLines(path, 3)
	if err != nil {
		return nil, err
	}
	var out []Feature
	for _, l := range lines {
		out = append(out, Feature{Name: l[0], Title: l[1], Reference: l[2]})
	}
	return out, nil
}

// readDeviations reads DEVIATIONS: a case's name, a tab, the reason.
func readDeviations(path string) (map[string]string, error) {
	lines, err := readTabLines(path, 2)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, l := range lines {
		out[l[0]] = l[1]
	}
	return out, nil
}

func readTabLines(path string, fields int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", fields)
		if len(parts) != fields {
			return nil, fmt.Errorf("%s:%d: %q: want %d fields separated by tabs", path, n, line, fields)
		}
		out = append(out, parts)
	}
	return out, sc.Err()
}

// Status is how a case went.
type Status int

// The statuses of a result.
const (
	// Pass: hfc gives the expected result.
	Pass Status = iota
	// Fail: hfc differs, or a case listed in DEVIATIONS now matches.
	Fail
	// Deviates: hfc differs, as DEVIATIONS says it deliberately does.
	Deviates
)

func (s Status) String() string {
	return [...]string{"pass", "FAIL", "deviates"}[s]
}

// Result is the result of running one case.
type Result struct {
	Case   *Case
	Status Status
	// Detail says what differs (Fail: the section and a diff) or why it
	// may (Deviates: the reason from DEVIATIONS).
	Detail string
}

// Outcome is what running a case on hfc gave, before DEVIATIONS apply.
type Outcome struct {
	Match bool
	// Diff says what differs when Match is false.
	Diff string
}

func differs(format string, args ...any) Outcome {
	return Outcome{Diff: fmt.Sprintf(format, args...)}
}

// broken is the outcome of a case that could not be run.
func broken(err error) Outcome { return Outcome{Diff: "cannot run the case: " + err.Error()} }

// compareText compares one section's expected text with hfc's.
func compareText(section, want, got string) Outcome {
	if want == got {
		return Outcome{Match: true}
	}
	return Outcome{Diff: section + " differs (- expected, + hfc):\n" + textdiff.Diff(want, got)}
}

// all combines the outcomes of several sections: a match when all match.
func all(outs ...Outcome) Outcome {
	var diffs []string
	for _, o := range outs {
		if !o.Match {
			diffs = append(diffs, o.Diff)
		}
	}
	if len(diffs) == 0 {
		return Outcome{Match: true}
	}
	return Outcome{Diff: strings.Join(diffs, "\n")}
}

// Exec runs one case on hfc and returns what it gave, DEVIATIONS aside.
func Exec(c *Case) (out Outcome) {
	defer func() {
		if r := recover(); r != nil {
			out = differs("hfc panicked: %v", r)
		}
	}()
	switch c.Kind {
	case Program:
		return runProgram(c)
	case Template:
		return runTemplate(c)
	case Page:
		return runPage(c)
	case HTTP:
		return runHTTP(c)
	case Markdown:
		return runMarkdown(c)
	case Sanitize:
		return runSanitize(c)
	}
	return differs("unknown kind %v", c.Kind)
}

// Run runs one case and applies DEVIATIONS: a listed case must differ.
func (s *Suite) Run(c *Case) Result {
	out := Exec(c)
	if reason, ok := s.Deviations[c.Name]; ok {
		if out.Match {
			return Result{Case: c, Status: Fail, Detail: "listed in DEVIATIONS (" + reason + ") but now matches: remove it from the list"}
		}
		return Result{Case: c, Status: Deviates, Detail: reason}
	}
	if out.Match {
		return Result{Case: c, Status: Pass}
	}
	return Result{Case: c, Status: Fail, Detail: out.Diff}
}

// RunAll runs cases on up to workers goroutines (GOMAXPROCS when 0) and
// returns their results in the order of cases.
func (s *Suite) RunAll(cases []*Case, workers int) []Result {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := make([]Result, len(cases))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = s.Run(cases[i])
			}
		}()
	}
	for i := range cases {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// StaleDeviations returns the names DEVIATIONS lists that are no case of
// the suite.
func (s *Suite) StaleDeviations() []string {
	names := map[string]bool{}
	for _, c := range s.Cases {
		names[c.Name] = true
	}
	var out []string
	for n := range s.Deviations {
		if !names[n] {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Strays returns the files inside the feature folders that are not case
// files: programs added the old way (python/NAME.py with NAME.out, which
// gen/python.py adopts), outputs of an older layout, editor leftovers.
// The runner would silently skip them.
func (s *Suite) Strays() ([]string, error) {
	var out []string
	for _, f := range s.Features {
		dir := filepath.Join(s.Root, f.Name)
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) && p == dir {
					return nil
				}
				return err
			}
			if !d.IsDir() && !strings.HasSuffix(p, ".txtar") {
				rel, _ := filepath.Rel(s.Root, p)
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
