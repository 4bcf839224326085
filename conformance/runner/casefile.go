package runner

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/internal/txtar"
)

// Kind is what a case exercises, told by its sections (README.md).
type Kind int

// The kinds of case.
const (
	// Program: Python files, `run` naming the one to run, `stdout` and
	// `traceback` (CPython's).
	Program Kind = iota + 1
	// Template: `main.*` rendered with `templates/*`, `context.json` and
	// `options.json`; `output` or `error` (Jinja2's).
	Template
	// Page: an app's files, `render` naming a page, optional `data.json`;
	// `output` or `error`, and `intended-output` where the reference's
	// page.layout re-parsing differs from its intent.
	Page
	// HTTP: a project's files and `requests`; `responses` (a transcript)
	// and optional `diagnostics`.
	HTTP
	// Markdown: `document.md` and optional `options.json`; `output` or
	// `error`, and optional `filter-output` (the markdown filter).
	Markdown
	// Sanitize: `input.html`; `output` (html-sanitizer's).
	Sanitize
)

var kindNames = map[Kind]string{Program: "program", Template: "template", Page: "page", HTTP: "http",
	Markdown: "markdown", Sanitize: "sanitize"}

func (k Kind) String() string { return kindNames[k] }

// Section is one section of a case file, its content exact (the newline
// txtar adds to a `noeol:` section removed).
type Section struct {
	Name string
	Data string
}

// Case is one case file of the suite.
type Case struct {
	// Name is the file's path below the suite root, "/"-separated, without
	// .txtar ("routing/http_routing").
	Name string
	// Path is the file's path on disk.
	Path string
	// Feature is the first element of Name.
	Feature string
	Kind    Kind
	// Source is where the expectations come from (the `source` section):
	// "oracle…", "CPython 3.11", "Jinja2 3.1.2", "Python-Markdown 3.4…",
	// "html-sanitizer 2.x", or "reference §N: why".
	Source   string
	Comment  string
	Sections []Section
}

// Get returns the content of a section and whether the case has it.
func (c *Case) Get(name string) (string, bool) {
	for _, s := range c.Sections {
		if s.Name == name {
			return s.Data, true
		}
	}
	return "", false
}

// FromReference reports whether the case's expectations were written from
// the reference text (source "reference §N …") rather than by an oracle:
// `--update` never rewrites them.
func (c *Case) FromReference() bool { return strings.HasPrefix(c.Source, "reference §") }

// ReadCase reads and checks the case file at path; name is its path below
// the suite root.
func ReadCase(path, name string) (*Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := ParseCase(string(data), name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	c.Path = path
	return c, nil
}

// ParseCase parses the text of a case file and checks its sections.
func ParseCase(text, name string) (*Case, error) {
	if text != "" && !strings.HasSuffix(text, "\n") {
		return nil, fmt.Errorf("the file does not end in a newline")
	}
	a := txtar.Parse(text)
	c := &Case{Name: name, Comment: a.Comment}
	c.Feature, _, _ = strings.Cut(name, "/")
	seen := map[string]bool{}
	for _, f := range a.Files {
		if f.Name == "" || strings.TrimSpace(f.Name) != f.Name {
			return nil, fmt.Errorf("section name %q: want a name without surrounding spaces", f.Name)
		}
		if seen[f.Name] {
			return nil, fmt.Errorf("section %q twice", f.Name)
		}
		seen[f.Name] = true
	}
	if err := a.TrimNoEOL(); err != nil {
		return nil, err
	}
	for _, f := range a.Files {
		c.Sections = append(c.Sections, Section{Name: f.Name, Data: f.Data})
	}
	src, ok := c.Get("source")
	if !ok {
		return nil, fmt.Errorf("no source section: say where the expectations come from (README.md)")
	}
	c.Source = strings.TrimSpace(src)
	if err := checkSource(c.Source); err != nil {
		return nil, err
	}
	k, err := c.kind()
	if err != nil {
		return nil, err
	}
	c.Kind = k
	if err := c.check(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Case) index(name string) int {
	for i, s := range c.Sections {
		if s.Name == name {
			return i
		}
	}
	return -1
}

// sources are the prefixes a source may start with.
var sources = []string{"oracle", "CPython 3.11", "Jinja2 3.1.2", "Python-Markdown 3.4", "html-sanitizer 2.x", "reference §"}

func checkSource(s string) error {
	for _, p := range sources {
		if strings.HasPrefix(s, p) {
			if p == "reference §" && !strings.Contains(s, ":") {
				return fmt.Errorf("source %q: want \"reference §N: why\"", s)
			}
			return nil
		}
	}
	return fmt.Errorf("source %q: want one starting with %s", s, strings.Join(sources, ", "))
}

// kind tells a case's kind by its driver section.
func (c *Case) kind() (Kind, error) {
	var found []Kind
	has := func(n string) bool { return c.index(n) >= 0 }
	if has("run") {
		found = append(found, Program)
	}
	for _, s := range c.Sections {
		if strings.HasPrefix(s.Name, "main.") {
			found = append(found, Template)
			break
		}
	}
	if has("render") {
		found = append(found, Page)
	}
	if has("requests") {
		found = append(found, HTTP)
	}
	if has("document.md") {
		found = append(found, Markdown)
	}
	if has("input.html") {
		found = append(found, Sanitize)
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return 0, fmt.Errorf("no driver section: want one of run, main.*, render, requests, document.md, input.html")
	}
	return 0, fmt.Errorf("several driver sections (%v): a case is of one kind", found)
}

// expectations are the sections a kind compares, and meta the other
// sections that are not files.
var (
	expectations = map[Kind][]string{
		Program:  {"stdout", "traceback"},
		Template: {"output", "error"},
		Page:     {"output", "error", "intended-output"},
		HTTP:     {"responses", "diagnostics"},
		Markdown: {"output", "error", "filter-output"},
		Sanitize: {"output"},
	}
	meta = map[Kind][]string{
		Program:  {"run", "source"},
		Template: {"context.json", "options.json", "source"},
		Page:     {"render", "data.json", "source"},
		HTTP:     {"requests", "options", "source"},
		Markdown: {"document.md", "options.json", "source"},
		Sanitize: {"input.html", "source"},
	}
)

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Files returns the sections that are files of the case's app, program or
// templates, by name.
func (c *Case) Files() map[string]string {
	out := map[string]string{}
	for _, s := range c.Sections {
		if !contains(expectations[c.Kind], s.Name) && !contains(meta[c.Kind], s.Name) {
			out[s.Name] = s.Data
		}
	}
	return out
}

// check verifies the sections a kind needs.
func (c *Case) check() error {
	has := func(n string) bool { return c.index(n) >= 0 }
	oneOf := func(a, b string) error {
		if has(a) == has(b) {
			return fmt.Errorf("want exactly one of the sections %s and %s", a, b)
		}
		return nil
	}
	files := c.Files()
	switch c.Kind {
	case Program:
		run, _ := c.Get("run")
		run = strings.TrimSpace(run)
		if _, ok := files[run]; !ok || !strings.HasSuffix(run, ".py") {
			return fmt.Errorf("run names %q, which is not a .py section", run)
		}
		if !has("stdout") {
			return fmt.Errorf("no stdout section")
		}
		for n := range files {
			if !strings.HasSuffix(n, ".py") {
				return fmt.Errorf("section %q: a program case holds .py files only", n)
			}
		}
	case Template:
		if err := oneOf("output", "error"); err != nil {
			return err
		}
		if _, err := c.templateOptions(); err != nil {
			return err
		}
		if err := checkJSONObject(c, "context.json"); err != nil {
			return err
		}
		mains := 0
		for n := range files {
			switch {
			case strings.HasPrefix(n, "main."):
				mains++
			case !strings.HasPrefix(n, "templates/"):
				return fmt.Errorf("unknown section %q", n)
			}
		}
		if mains != 1 {
			return fmt.Errorf("%d main.* sections; want one", mains)
		}
		return c.checkError(true)
	case Page:
		page, _ := c.Get("render")
		if _, ok := files[strings.TrimSpace(page)]; !ok {
			return fmt.Errorf("render names %q, which is not a section", strings.TrimSpace(page))
		}
		if err := checkJSONObject(c, "data.json"); err != nil {
			return err
		}
		if err := oneOf("output", "error"); err != nil {
			return err
		}
		return c.checkError(true)
	case HTTP:
		if !has("responses") {
			return fmt.Errorf("no responses section")
		}
	case Markdown:
		if err := oneOf("output", "error"); err != nil {
			return err
		}
		if err := checkJSONObject(c, "options.json"); err != nil {
			return err
		}
		return c.checkError(false)
	case Sanitize:
		if !has("output") {
			return fmt.Errorf("no output section")
		}
	}
	return nil
}

func checkJSONObject(c *Case, name string) error {
	text, ok := c.Get(name)
	if !ok {
		return nil
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(text), &obj); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// checkError checks an error section: "Class\nmessage\n", or "Class\n"
// when withMessage is false.
func (c *Case) checkError(withMessage bool) error {
	text, ok := c.Get("error")
	if !ok {
		return nil
	}
	_, msg, err := splitError(text)
	if err != nil {
		return err
	}
	if !withMessage && msg != "" {
		return fmt.Errorf("error section %q: want the class only", text)
	}
	return nil
}

// splitError splits an error section into the class name and the message
// ("" when the section holds the class only).
func splitError(s string) (class, msg string, err error) {
	class, rest, ok := strings.Cut(s, "\n")
	if !ok || class == "" || strings.ContainsAny(class, " :") || (rest != "" && !strings.HasSuffix(rest, "\n")) {
		return "", "", fmt.Errorf("error section %q is not \"Class\\nmessage\\n\"", s)
	}
	return class, strings.TrimSuffix(rest, "\n"), nil
}

// sortedNames returns the keys of m, sorted.
func sortedNames(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
