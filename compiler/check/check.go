// Package check finds every problem in the files of an app: what `hfc check`
// prints and what the language server publishes, from this one code path.
//
// For one file it runs the parsers (grammar/page: frontmatter split, Python,
// YAML, template), then the compile-time checks that need no running code:
// the Python resolver (undefined names, unsupported constructs, names that
// shadow what the runtime injects into pages) and the template compiler
// (unknown filters and tests, component tags with positional arguments that
// render HTML elements, blocks defined twice, …). The template compiler's
// diagnostics are kept only for a template that parsed without errors, as
// the runtime compiles only such templates; on a broken template it still
// runs, for the variables it resolves (Result.Symbols).
package check

import (
	"os"
	"runtime"
	"sync"

	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/split"
)

// Env is what the checks know about the app a file belongs to. The zero Env
// checks syntax and Python names only.
type Env struct {
	// PageGlobals are the names the runtime injects into the module of a
	// page (reference §1.4); components and modules get none.
	PageGlobals []string
	// Filters and Tests are the names the template environment defines;
	// nil skips the check for unknown filters and tests.
	Filters, Tests map[string]bool
	// IsComponent reports whether a component tag's name is a registered
	// component or registry macro; nil treats every tag that the template
	// does not define as an HTML element.
	IsComponent func(name string) bool
	// DefaultLayout is the template {% use_layout %} extends when it names
	// none; "layouts/default.html" when empty.
	DefaultLayout string
}

// Result is one checked file.
type Result struct {
	// File is the parsed file (its Diags hold the parsers' diagnostics only).
	File *page.File
	// Resolution is the scopes of the file's Python code, nil without any.
	Resolution *pycompile.Resolution
	// Symbols are the variables of the file's template as the template
	// compiler resolves them, nil without a template.
	Symbols *tmplcompile.Symbols
	// Diags holds every diagnostic of the file, sorted.
	Diags diag.List
}

// Source checks one file whose text is given. name is the path shown in
// diagnostics; rel, the path relative to the app root ("" outside an app),
// names the template in the environment.
func Source(name, rel string, text []byte, role page.Role, env *Env, opts page.Options) *Result {
	opts.Role = role
	p := page.Parse(name, text, opts)
	r := &Result{File: p}
	r.Diags = append(r.Diags, p.Diags...)
	if env == nil {
		env = &Env{}
	}
	if p.Python != nil {
		var injected []string
		if role == page.RolePage || (role == page.RoleFile && p.Kind == split.KindJPY) {
			injected = env.PageGlobals
		}
		res, diags := pycompile.Resolve(p.Source, p.Python, pycompile.Options{Injected: injected})
		r.Resolution = res
		r.Diags = append(r.Diags, diags...)
	}
	if p.Template != nil {
		if rel == "" {
			rel = name
		}
		layout := env.DefaultLayout
		if layout == "" {
			layout = "layouts/default.html"
		}
		r.Symbols = &tmplcompile.Symbols{}
		_, diags := tmplcompile.Compile(p.Source, p.Template, tmplcompile.Options{
			Name:          rel,
			File:          name,
			DefaultLayout: layout,
			IsComponent:   env.IsComponent,
			Filters:       env.Filters,
			Tests:         env.Tests,
			Symbols:       r.Symbols,
			// Bundle blocks are Hyperflask's: checked in every file of an
			// app, as the runtime compiles them (E7001, E7002).
			Bundles: role != page.RoleFile || opts.Template.Hyperflask,
		})
		if !templateBroken(p.Diags) {
			r.Diags = append(r.Diags, diags...)
		}
	}
	r.Diags.Sort()
	return r
}

// templateBroken reports whether the template part has a syntax error.
func templateBroken(l diag.List) bool {
	for _, d := range l {
		if d.Severity == diag.Error && len(d.Code) == 5 && d.Code[1] == '3' {
			return true
		}
	}
	return false
}

// File reads and checks one file of a project. A file that cannot be read
// yields a diagnostic, not a failure.
func File(f project.File, env *Env, opts page.Options) *Result {
	text, err := os.ReadFile(f.Path)
	if err != nil {
		opts.Role = f.Role
		p := page.Parse(f.Path, nil, opts)
		b := diag.Builder{File: f.Path}
		b.Add(diag.FileUnreadable, p.Source.Span(0, 0), "cannot read the file: %v", err)
		p.Diags = append(p.Diags, b.Diags...)
		return &Result{File: p, Diags: append(diag.List(nil), p.Diags...)}
	}
	rel := ""
	if f.Role != page.RoleFile {
		rel = f.Rel
	}
	return Source(f.Path, rel, text, f.Role, env, opts)
}

// Files checks files on all cores; the result keeps the order of files.
// envOf gives the Env of each file (files of several apps may be mixed).
func Files(files []project.File, envOf func(project.File) *Env, opts page.Options) []*Result {
	out := make([]*Result, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = File(files[i], envOf(files[i]), opts)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
