// Package routes computes an app's route table from the files of its pages/
// folder (reference §2): each page's URL rule, endpoint name and HTTP
// methods, the files that are not routes, and the conflicts between pages.
// It knows nothing of HTTP, so that the server and the language server
// share one answer to "which page answers this URL".
//
// Where the reference is accidental (§10.1, §10.2, §10.13), the table
// follows its documented intent:
//   - methods come from a `# methods=GET,POST` comment on the first line of
//     a page's code (with or without a space after `#`, followed by code or
//     not), else from the module-level `def get(…)`, `def post(…)` … of its
//     Python found in the syntax tree (never from text such as `target =`);
//     static pages answer GET unless their frontmatter's first line is such
//     a comment;
//   - dotfiles, partials (a file or folder whose name starts with "_"),
//     `__init__.py` and files without an extension are not routes, and are
//     reported;
//   - segments come from the path split on "/" for .py pages too (the
//     reference splits their dotted module name, which differs only for
//     folder names holding a dot);
//   - two pages with the same rule are an error, as two pages with the same
//     endpoint are in the reference.
package routes

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
)

// Methods are the HTTP methods a page may declare, in the order the
// reference looks for them (§2.3).
var Methods = []string{"GET", "POST", "HEAD", "OPTIONS", "DELETE", "PUT", "TRACE", "PATCH"}

// Route is one page served at a URL rule.
type Route struct {
	// File is the page's path relative to the app root ("pages/about.md").
	File string
	// Path is the page's path as diagnostics show it.
	Path string
	Kind split.Kind
	// Rule is the werkzeug URL rule ("/posts/<int:id>"), Parts the same
	// parsed.
	Rule  string
	Parts []Part
	// Endpoint is the name url_for() knows the page by (§2.2).
	Endpoint string
	// Methods are the methods the page declares, in the order of Methods;
	// HEAD (with GET) and OPTIONS are answered too (see Allows).
	Methods []string
	// ExplicitMethods is set when a `# methods=` comment gave Methods.
	ExplicitMethods bool
}

// Vars returns the placeholders of the route's rule, in order.
func (r *Route) Vars() []*Var {
	var out []*Var
	for _, p := range r.Parts {
		if p.Var != nil {
			out = append(out, p.Var)
		}
	}
	return out
}

// Declares reports whether the page declares method.
func (r *Route) Declares(method string) bool {
	for _, m := range r.Methods {
		if m == method {
			return true
		}
	}
	return false
}

// Allows reports whether the route answers method: a declared method, HEAD
// when GET is declared, and OPTIONS always (Flask's automatic methods).
func (r *Route) Allows(method string) bool {
	switch method {
	case "OPTIONS":
		return true
	case "HEAD":
		return r.Declares("HEAD") || r.Declares("GET")
	}
	return r.Declares(method)
}

// Page is a file of pages/ given to Build.
type Page struct {
	Rel  string // path relative to the app root, "/"-separated ("pages/x.jpy")
	Path string // path as diagnostics show it ("" for Rel)
	Text []byte
	// Module is the page's Python code parsed from Text, when the caller
	// has it (the language server): its method functions are read from it
	// instead of parsing the code again. Nil parses.
	Module *python.Module
}

// Options control Build.
type Options struct {
	// ReferenceSplit splits frontmatter exactly as the Python reference
	// does (see package split).
	ReferenceSplit bool
	// ReferenceMethods finds a page's methods with flask-file-routes'
	// regular expressions (§2.3), accidents included (§10.1, §10.2): the
	// `# methods=` comment counts only when it is all the code, and any
	// text `post =` (`repost = 1`, `if target == 1`) declares a method.
	ReferenceMethods bool
}

// Table is the route table of an app.
type Table struct {
	// Routes are the pages that are served, in the order of their paths.
	Routes []*Route
	// Skipped are the files of pages/ that are not routes.
	Skipped []string
	// Diags are the problems found, in the order of the files.
	Diags diag.List

	byEndpoint map[string]*Route
}

// Endpoint returns the route of an endpoint, nil if none.
func (t *Table) Endpoint(name string) *Route { return t.byEndpoint[name] }

// Endpoints returns every endpoint name, sorted.
func (t *Table) Endpoints() []string {
	out := make([]string, 0, len(t.byEndpoint))
	for k := range t.byEndpoint {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// FromFS builds the table of the app whose root fsys is: the files below
// pages/. root is the app root as diagnostics show paths ("" for paths
// relative to it). A file that cannot be read is a diagnostic.
func FromFS(fsys fs.FS, root string, opts Options) *Table {
	var pages []Page
	var unreadable diag.List
	_ = fs.WalkDir(fsys, "pages", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			if d != nil && d.IsDir() && d.Name() == "__pycache__" {
				return fs.SkipDir
			}
			return nil
		}
		shown := p
		if root != "" {
			shown = filepath.Join(root, filepath.FromSlash(p))
		}
		text, err := fs.ReadFile(fsys, p)
		if err != nil {
			b := diag.Builder{File: shown}
			b.Add(diag.FileUnreadable, source.Span{}, "cannot read the page: %v", err)
			unreadable = append(unreadable, b.Diags...)
			return nil
		}
		pages = append(pages, Page{Rel: p, Path: shown, Text: text})
		return nil
	})
	t := Build(pages, opts)
	t.Diags = append(unreadable, t.Diags...)
	return t
}

// fileStart is the start of a file: where a related location points in a
// page whose text Build does not hold.
var fileStart = source.Span{Start: source.Pos{Line: 1, Col: 1}, End: source.Pos{Line: 1, Col: 1}}

// Build computes the route table of the given pages.
func Build(pages []Page, opts Options) *Table {
	sorted := append([]Page(nil), pages...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Rel < sorted[j].Rel })
	t := &Table{byEndpoint: map[string]*Route{}}
	byRule := map[string]*Route{}
	for _, pg := range sorted {
		if pg.Path == "" {
			pg.Path = pg.Rel
		}
		f := source.NewFile(pg.Path, string(pg.Text))
		b := diag.Builder{File: pg.Path}
		r := t.route(pg, f, &b, opts)
		if r != nil {
			key := ruleKey(r.Parts)
			switch first := byRule[key]; {
			case first != nil:
				b.Add(diag.RuleDuplicate, f.Span(0, 0), "%s and %s both answer the URL rule %s; only the first is served", first.File, r.File, r.Rule).
					WithRelated(first.Path, fileStart, "the page served at %s", first.Rule).
					WithHint("rename or move one of the two files")
			case t.byEndpoint[r.Endpoint] != nil:
				first := t.byEndpoint[r.Endpoint]
				b.Add(diag.EndpointDuplicate, f.Span(0, 0), "%s and %s both have the endpoint name %q; only the first is served", first.File, r.File, r.Endpoint).
					WithRelated(first.Path, fileStart, "the page named %q", r.Endpoint).
					WithHint("endpoint names join the path's segments with _ and turn - into _ (reference §2.2); rename one of the files")
			default:
				byRule[key] = r
				t.byEndpoint[r.Endpoint] = r
				t.Routes = append(t.Routes, r)
			}
		}
		t.Diags = append(t.Diags, b.Diags...)
	}
	return t
}

// route computes the route of one page; nil when the file is not a route
// or its rule is broken (with a diagnostic).
func (t *Table) route(pg Page, f *source.File, b *diag.Builder, opts Options) *Route {
	rel := strings.TrimPrefix(pg.Rel, "pages/")
	segs := strings.Split(rel, "/")
	for _, s := range segs {
		if s == "__pycache__" {
			return nil
		}
	}
	base := segs[len(segs)-1]
	for _, s := range segs {
		if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "_") {
			t.Skipped = append(t.Skipped, pg.Rel)
			what := "a partial"
			switch {
			case base == "__init__.py":
				what = "a Python package marker"
			case strings.HasPrefix(s, "."):
				what = "a hidden file"
			}
			b.Add(diag.NotARoute, f.Span(0, 0), "%s is not served: it is %s (its path has %q)", pg.Rel, what, s).
				WithHint("the Python reference serves every file of pages/ (§10.13); hfc skips names starting with . or _")
			return nil
		}
	}
	dot := strings.LastIndexByte(rel, '.')
	if dot < 0 || strings.Contains(rel[dot:], "/") {
		t.Skipped = append(t.Skipped, pg.Rel)
		b.Add(diag.PageWithoutExt, f.Span(0, 0), "%s is not served: its name has no extension; expected .jpy, .py, .html, .md or another template", pg.Rel).
			WithHint("the Python reference fails to start on such a file")
		return nil
	}
	stem := rel[:dot]
	segs = strings.Split(stem, "/")

	var ep []string
	for _, s := range segs {
		if strings.HasPrefix(s, "(") {
			s = strings.TrimSuffix(s[1:], ")")
			if s == "" {
				continue
			}
		}
		ep = append(ep, s)
	}
	endpoint := strings.ReplaceAll(strings.Join(ep, "_"), "-", "_")
	if segs[len(segs)-1] == "index" {
		segs = segs[:len(segs)-1]
	}
	var kept []string
	for _, s := range segs {
		if !strings.HasPrefix(s, "(") {
			kept = append(kept, s)
		}
	}
	rule := "/" + strings.Join(kept, "/")

	parts, err := ParseRule(rule)
	if err != nil {
		code := diag.RuleMalformed
		if re, ok := err.(*ruleError); ok {
			switch re.code {
			case "converter":
				code = diag.ConverterUnknown
			case "args":
				code = diag.ConverterArgs
			case "duplicate-var":
				code = diag.VariableDuplicate
			}
		}
		b.Add(code, f.Span(0, 0), "%s: %v", pg.Rel, err)
		return nil
	}
	if msg := unsupported(parts); msg != "" {
		b.Add(diag.RuleUnsupported, f.Span(0, 0), "%s: the URL rule %s %s", pg.Rel, rule, msg)
		return nil
	}
	r := &Route{File: pg.Rel, Path: pg.Path, Kind: split.KindOf(pg.Rel), Rule: rule, Parts: parts, Endpoint: endpoint}
	r.Methods, r.ExplicitMethods = methods(f, r.Kind, pg.Module, b, opts)
	return r
}

// unsupported says why the router cannot express a rule ("" when it can):
// a path placeholder matches to the end of the URL only, and placeholders
// must be separated by static text.
func unsupported(parts []Part) string {
	for i, p := range parts {
		if p.Var == nil {
			if strings.ContainsAny(p.Static, "{}*") {
				return "has {, } or *, which hfc's router reserves"
			}
			continue
		}
		if p.Var.Conv.Kind == ConvPath && i != len(parts)-1 {
			return fmt.Sprintf("has text after <path:%s>; a path placeholder must end the URL", p.Var.Name)
		}
		if i > 0 && parts[i-1].Var != nil {
			return fmt.Sprintf("has the placeholders <%s> and <%s> with nothing between them", parts[i-1].Var.Name, p.Var.Name)
		}
	}
	return ""
}

// ruleKey identifies the URLs a rule matches: its static text and the
// converters of its placeholders, not their names.
func ruleKey(parts []Part) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Var == nil {
			b.WriteString(p.Static)
			continue
		}
		fmt.Fprintf(&b, "<%s:%s:%v:%v>", p.Var.Conv.Kind, p.Var.Conv.Regex(), p.Var.Conv.Min, p.Var.Conv.Max)
	}
	return b.String()
}

// methodsComment is the `# methods=GET,POST` comment (the space after #
// is optional).
var methodsComment = regexp.MustCompile(`(?i)^#\s*methods\s*=(.*)$`)

// methods returns the methods a page declares and whether a comment listed
// them.
func methods(f *source.File, kind split.Kind, mod *python.Module, b *diag.Builder, opts Options) ([]string, bool) {
	start, end := 0, len(f.Text)
	if kind != split.KindPython {
		res := split.Split(f, split.Options{Python: kind == split.KindJPY, Reference: opts.ReferenceSplit})
		if !res.HasCode() {
			return []string{"GET"}, false
		}
		start, end = res.Frontmatter.Start, res.Frontmatter.End
	}
	code := f.Text[start:end]
	if opts.ReferenceMethods {
		return referenceMethods(code)
	}
	first := code
	if i := strings.IndexAny(code, "\r\n"); i >= 0 {
		first = code[:i]
	}
	first = strings.TrimRight(first, " \t")
	var listed []string
	explicit := false
	if m := methodsComment.FindStringSubmatchIndex(first); m != nil {
		explicit = true
		listed = commentMethods(f, start+m[2], first[m[2]:m[3]], b)
	}
	var defined []string
	defLocs := map[string]source.Span{}
	if kind == split.KindJPY || kind == split.KindPython {
		if mod == nil {
			mod, _ = python.Parse(f, start, end, python.ModeModule)
		}
		if mod != nil {
			moduleDefs(mod.Body, func(name string, loc source.Span) {
				m := strings.ToUpper(name)
				if isMethod(m) && name == strings.ToLower(name) {
					if _, dup := defLocs[m]; !dup {
						defLocs[m] = loc
						defined = append(defined, m)
					}
				}
			})
		}
	}
	if explicit {
		for _, m := range defined {
			if !contains(listed, m) {
				b.Add(diag.MethodNeverCalled, defLocs[m], "def %s() is never called: the `# methods=` comment on line %d does not list %s", strings.ToLower(m), f.Pos(start).Line, m).
					WithHint("add %s to the comment, or remove the function", m)
			}
		}
		return ordered(listed), true
	}
	if len(defined) == 0 {
		return []string{"GET"}, false
	}
	return ordered(defined), false
}

// pySpace is the characters \s matches in a Python str pattern.
const pySpace = `\t\n\v\f\r \x1c-\x1f\x85\xa0\p{Zs}\x{2028}\x{2029}`

// referenceList is flask-file-routes' `re.match(r"#\s+methods\s*=\s*([a-z,\s]+)$", code, re.I)`.
var referenceList = regexp.MustCompile(`(?i)^#[` + pySpace + `]+methods[` + pySpace + `]*=[` + pySpace + `]*([a-z,` + pySpace + `]+)$`)

// referenceDef holds flask-file-routes' `re.search(rf"^(def\s+{m}\()|{m}\s*=", code, re.M)`
// for each method m.
var referenceDef = map[string]*regexp.Regexp{}

func init() {
	for _, m := range Methods {
		l := strings.ToLower(m)
		referenceDef[m] = regexp.MustCompile(`(?m)^(def[` + pySpace + `]+` + l + `\()|` + l + `[` + pySpace + `]*=`)
	}
}

// referenceMethods returns the methods flask-file-routes finds in code
// (§2.3): the items of a `# methods=` comment that is all the code, else
// each method whose `def m(` starts a line or whose name is followed by
// `=` anywhere; GET when none. Items that are not methods are left out.
func referenceMethods(code string) ([]string, bool) {
	if m := referenceList.FindStringSubmatch(code); m != nil {
		var out []string
		for _, item := range strings.Split(m[1], ",") {
			if name := strings.ToUpper(strings.TrimSpace(item)); isMethod(name) && !contains(out, name) {
				out = append(out, name)
			}
		}
		if len(out) == 0 {
			out = []string{"GET"}
		}
		return ordered(out), true
	}
	var out []string
	for _, m := range Methods {
		if referenceDef[m].MatchString(code) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return []string{"GET"}, false
	}
	return out, false
}

// commentMethods reads the list of a `# methods=` comment.
func commentMethods(f *source.File, off int, list string, b *diag.Builder) []string {
	var out []string
	pos := off
	for _, item := range strings.Split(list, ",") {
		name := strings.TrimSpace(item)
		lead := len(item) - len(strings.TrimLeft(item, " \t"))
		span := f.Span(pos+lead, pos+lead+len(name))
		pos += len(item) + 1
		if name == "" {
			continue
		}
		m := strings.ToUpper(name)
		if !isMethod(m) {
			b.Add(diag.MethodUnknown, span, "%q is not an HTTP method; expected some of %s", name, strings.Join(Methods, ", "))
			continue
		}
		if !contains(out, m) {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		b.Add(diag.MethodUnknown, f.Span(off, off+len(list)), "the `# methods=` comment lists no method; expected some of %s", strings.Join(Methods, ", "))
		out = []string{"GET"}
	}
	return out
}

// moduleDefs calls fn for each function that a module's body defines at
// its top level, including in the branches of if, try, with, for and while
// statements (they run with the module), but not inside functions or
// classes.
func moduleDefs(body []python.Stmt, fn func(name string, loc source.Span)) {
	for _, s := range body {
		switch n := s.(type) {
		case *python.FunctionDef:
			fn(n.Name, n.NameLoc)
		case *python.If:
			moduleDefs(n.Body, fn)
			moduleDefs(n.Orelse, fn)
		case *python.Try:
			moduleDefs(n.Body, fn)
			for _, h := range n.Handlers {
				moduleDefs(h.Body, fn)
			}
			moduleDefs(n.Orelse, fn)
			moduleDefs(n.Finalbody, fn)
		case *python.With:
			moduleDefs(n.Body, fn)
		case *python.For:
			moduleDefs(n.Body, fn)
			moduleDefs(n.Orelse, fn)
		case *python.While:
			moduleDefs(n.Body, fn)
			moduleDefs(n.Orelse, fn)
		}
	}
}

func isMethod(m string) bool { return contains(Methods, m) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ordered sorts methods in the order of Methods.
func ordered(ms []string) []string {
	var out []string
	for _, m := range Methods {
		if contains(ms, m) {
			out = append(out, m)
		}
	}
	return out
}
