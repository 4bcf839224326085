package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// A caseFile is one txtar case of jinja/ or pages/ (the format is described in
// README.md). Sections holds the exact bytes of each section: the newline that
// txtar adds to a section not ending in one (listed on the comment's "noeol:"
// line) is removed.
type caseFile struct {
	Name     string // path below the corpus folder, without .txtar
	Comment  string
	Order    []string
	Sections map[string]string
}

// parseTxtar splits data as golang.org/x/tools/txtar.Parse does: a marker is a
// line "-- NAME --"; the comment is everything before the first marker.
func parseTxtar(data []byte) (comment string, names []string, files map[string][]byte) {
	files = map[string][]byte{}
	isMarker := func(line []byte) (string, bool) {
		if !bytes.HasPrefix(line, []byte("-- ")) || !bytes.HasSuffix(line, []byte(" --")) || len(line) < 6 {
			return "", false
		}
		return strings.TrimSpace(string(line[3 : len(line)-3])), true
	}
	var cur string
	var buf []byte
	started := false
	flush := func() {
		if !started {
			comment = string(buf)
		} else {
			files[cur] = buf
		}
		buf = nil
	}
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		var line, rest []byte
		if i < 0 {
			line, rest = data, nil
		} else {
			line, rest = data[:i], data[i+1:]
		}
		if name, ok := isMarker(line); ok {
			flush()
			cur, started = name, true
			names = append(names, name)
		} else {
			buf = append(buf, line...)
			if i >= 0 {
				buf = append(buf, '\n')
			} else {
				buf = append(buf, '\n') // txtar's fixNL
			}
		}
		data = rest
	}
	flush()
	return comment, names, files
}

func readCaseFile(path, name string) (*caseFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	comment, names, files := parseTxtar(data)
	c := &caseFile{Name: name, Comment: comment, Order: names, Sections: map[string]string{}}
	for _, n := range names {
		if _, dup := c.Sections[n]; dup {
			return nil, fmt.Errorf("%s: section %q twice", path, n)
		}
		c.Sections[n] = string(files[n])
	}
	for _, line := range strings.Split(comment, "\n") {
		if rest, ok := strings.CutPrefix(line, "noeol:"); ok {
			for _, n := range strings.Fields(rest) {
				s, ok := c.Sections[n]
				if !ok || !strings.HasSuffix(s, "\n") {
					return nil, fmt.Errorf("%s: noeol names section %q that does not end in a newline", path, n)
				}
				c.Sections[n] = strings.TrimSuffix(s, "\n")
			}
		}
	}
	return c, nil
}

// loadCases reads every .txtar file below dir, sorted by path.
func loadCases(t *testing.T, dir string) []*caseFile {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txtar") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Fatalf("no cases in %s", dir)
	}
	var cases []*caseFile
	for _, p := range paths {
		rel, _ := filepath.Rel(dir, p)
		c, err := readCaseFile(p, filepath.ToSlash(strings.TrimSuffix(rel, ".txtar")))
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	return cases
}

// jinjaOptions is options.json of a jinja/ case.
type jinjaOptions struct {
	Autoescape          any      `json:"autoescape"` // true, false or "select"
	Undefined           string   `json:"undefined"`
	TrimBlocks          bool     `json:"trim_blocks"`
	LstripBlocks        bool     `json:"lstrip_blocks"`
	KeepTrailingNewline bool     `json:"keep_trailing_newline"`
	Extensions          []string `json:"extensions"`
	Sandbox             bool     `json:"sandbox"`
}

// autoescapeMode maps options.json's autoescape to tmpl.Options.Autoescape.
func (o jinjaOptions) autoescapeMode() (string, error) {
	switch v := o.Autoescape.(type) {
	case nil, bool:
		if v == true {
			return "on", nil
		}
		return "off", nil
	case string:
		if v == "select" {
			return "select", nil
		}
	}
	return "", fmt.Errorf("autoescape %v: want true, false or \"select\"", o.Autoescape)
}

// jinjaCase is a decoded jinja/ case.
type jinjaCase struct {
	*caseFile
	Main    string            // loader name of the rendered template (main.html, main.txt…)
	Files   map[string]string // loader name → source (templates/NAME is loaded as NAME)
	Context []byte
	Options jinjaOptions
}

func decodeJinjaCase(c *caseFile) (*jinjaCase, error) {
	jc := &jinjaCase{caseFile: c, Files: map[string]string{}, Context: []byte("{}")}
	for _, n := range c.Order {
		switch {
		case strings.HasPrefix(n, "main."):
			if jc.Main != "" {
				return nil, fmt.Errorf("two main templates: %s and %s", jc.Main, n)
			}
			jc.Main = n
			jc.Files[n] = c.Sections[n]
		case strings.HasPrefix(n, "templates/"):
			jc.Files[strings.TrimPrefix(n, "templates/")] = c.Sections[n]
		case n == "context.json":
			jc.Context = []byte(c.Sections[n])
			var obj map[string]any
			if err := json.Unmarshal(jc.Context, &obj); err != nil {
				return nil, fmt.Errorf("context.json: %v", err)
			}
		case n == "options.json":
			dec := json.NewDecoder(strings.NewReader(c.Sections[n]))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&jc.Options); err != nil {
				return nil, fmt.Errorf("options.json: %v", err)
			}
		case n == "output", n == "error":
		default:
			return nil, fmt.Errorf("unknown section %q", n)
		}
	}
	if jc.Main == "" {
		return nil, fmt.Errorf("no main.* section")
	}
	if _, err := jc.Options.autoescapeMode(); err != nil {
		return nil, err
	}
	switch jc.Options.Undefined {
	case "", "default", "strict", "chainable", "debug":
	default:
		return nil, fmt.Errorf("undefined %q", jc.Options.Undefined)
	}
	for _, e := range jc.Options.Extensions {
		if e != "do" && e != "loopcontrols" {
			return nil, fmt.Errorf("extension %q", e)
		}
	}
	return jc, checkExpectation(c)
}

// checkExpectation checks that a case has exactly one of output and error,
// and that an error is "Class\nmessage\n".
func checkExpectation(c *caseFile) error {
	_, hasOut := c.Sections["output"]
	errText, hasErr := c.Sections["error"]
	if hasOut == hasErr {
		return fmt.Errorf("want exactly one of the sections output and error")
	}
	if hasErr {
		if _, _, err := splitError(errText); err != nil {
			return err
		}
	}
	return nil
}

// splitError splits an error section into the class name and the message.
func splitError(s string) (class, msg string, err error) {
	class, rest, ok := strings.Cut(s, "\n")
	if !ok || class == "" || strings.ContainsAny(class, " :") || !strings.HasSuffix(rest, "\n") {
		return "", "", fmt.Errorf("error section %q is not \"Class\\nmessage\\n\"", s)
	}
	return class, strings.TrimSuffix(rest, "\n"), nil
}

// pageCase is a decoded pages/ case.
type pageCase struct {
	*caseFile
	Page   string            // app-relative path of the page to render
	Files  map[string]string // app-relative path → content
	Data   []byte            // data.json, nil when absent
	Source string
	// Intended is the intended-output section, when the reference's page.layout
	// re-parsing (§10.7) gives another result than injecting the page as data.
	Intended *string
}

func decodePageCase(c *caseFile) (*pageCase, error) {
	pc := &pageCase{caseFile: c, Files: map[string]string{}}
	for _, n := range c.Order {
		switch n {
		case "render":
			pc.Page = strings.TrimSpace(c.Sections[n])
		case "data.json":
			pc.Data = []byte(c.Sections[n])
			var obj map[string]any
			if err := json.Unmarshal(pc.Data, &obj); err != nil {
				return nil, fmt.Errorf("data.json: %v", err)
			}
		case "source":
			pc.Source = strings.TrimSpace(c.Sections[n])
		case "intended-output":
			s := c.Sections[n]
			pc.Intended = &s
		case "output", "error":
		default:
			pc.Files[n] = c.Sections[n]
		}
	}
	if _, ok := pc.Files[pc.Page]; !ok || pc.Page == "" {
		return nil, fmt.Errorf("render names %q, which is not a section", pc.Page)
	}
	if pc.Source != "oracle" && !strings.HasPrefix(pc.Source, "oracle:") && !strings.HasPrefix(pc.Source, "reference §") {
		return nil, fmt.Errorf("source %q: want \"oracle\" or \"reference §N …\"", pc.Source)
	}
	return pc, checkExpectation(c)
}

// TestCorpusWellFormed checks the case files themselves (it needs no engine):
// every jinja/ and pages/ case decodes and has one expected result.
func TestCorpusWellFormed(t *testing.T) {
	for _, c := range loadCases(t, "jinja") {
		if _, err := decodeJinjaCase(c); err != nil {
			t.Errorf("jinja/%s: %v", c.Name, err)
		}
	}
	for _, c := range loadCases(t, "pages") {
		if _, err := decodePageCase(c); err != nil {
			t.Errorf("pages/%s: %v", c.Name, err)
		}
	}
}

// TestParseTxtarExactBytes pins the noeol convention on a hand-made archive.
func TestParseTxtarExactBytes(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.txtar")
	data := "comment\nnoeol: a\n-- a --\nno newline\n-- b --\ntwo newlines\n\n-- c --\n-- d --\nlast"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := readCaseFile(p, "x")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a": "no newline", "b": "two newlines\n\n", "c": "", "d": "last\n"}
	for k, v := range want {
		if c.Sections[k] != v {
			t.Errorf("section %s = %q, want %q", k, c.Sections[k], v)
		}
	}
	if c.Comment != "comment\nnoeol: a\n" {
		t.Errorf("comment = %q", c.Comment)
	}
}
