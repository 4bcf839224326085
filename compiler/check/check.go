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
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
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

	// The Python part's diagnostics (syntax, then names) and what it was
	// checked with, for Update.
	pyParse, pyNames diag.List
	pyEnv            *Env
	pyOpts           page.Options
}

// Source checks one file whose text is given. name is the path shown in
// diagnostics; rel, the path relative to the app root ("" outside an app),
// names the template in the environment.
func Source(name, rel string, text []byte, role page.Role, env *Env, opts page.Options) *Result {
	return Update(nil, name, rel, text, role, env, opts)
}

// Update checks a new text of the file that prev checked (prev may be nil)
// and returns what Source would. When the edit left the Python frontmatter
// of a .jpy file and every byte before it unchanged (an edit in the
// template), prev's Python syntax tree and resolution are reused: only the
// template is parsed and compiled again. The language server calls it on
// every change of an open document.
func Update(prev *Result, name, rel string, text []byte, role page.Role, env *Env, opts page.Options) *Result {
	opts.Role = role
	if env == nil {
		env = &Env{}
	}
	p := reusePython(prev, name, text, env, opts)
	reused := p != nil
	if !reused {
		p = page.Parse(name, text, opts)
	}
	r := &Result{File: p, pyEnv: env, pyOpts: opts}
	r.Diags = append(r.Diags, p.Diags...)
	switch {
	case reused:
		r.Resolution, r.pyParse, r.pyNames = prev.Resolution, prev.pyParse, prev.pyNames
		r.Diags = append(r.Diags, r.pyNames...)
	case p.Python != nil:
		for _, d := range p.Diags {
			if len(d.Code) == 5 && d.Code[1] == '2' {
				r.pyParse = append(r.pyParse, d)
			}
		}
		var injected []string
		if role == page.RolePage || (role == page.RoleFile && p.Kind == split.KindJPY) {
			injected = env.PageGlobals
		}
		res, diags := pycompile.Resolve(p.Source, p.Python, pycompile.Options{Injected: injected})
		r.Resolution, r.pyNames = res, diags
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

// reusePython parses a .jpy file whose Python frontmatter, and all that
// precedes it, is the same as in prev's text, keeping prev's Python syntax
// tree (its positions are still right: nothing before or in it moved); nil
// when prev cannot be reused.
func reusePython(prev *Result, name string, text []byte, env *Env, opts page.Options) *page.File {
	if prev == nil || prev.File.Python == nil || prev.File.Split == nil || prev.pyEnv != env || prev.pyOpts != opts ||
		prev.File.Kind != split.KindJPY || split.KindOf(name) != split.KindJPY || !utf8.Valid(text) {
		return nil
	}
	end := prev.File.Split.Frontmatter.End
	old := prev.File.Source.Text
	if len(text) < end || string(text[:end]) != old[:end] {
		return nil
	}
	src := source.NewFile(name, string(text))
	sp := split.Split(src, split.Options{Reference: opts.Reference, Python: true})
	if !sp.HasCode() || sp.Frontmatter != prev.File.Split.Frontmatter {
		return nil
	}
	// What page.Parse does for a .jpy file, with the Python part kept.
	p := &page.File{Source: src, Path: name, Role: opts.Role, Kind: split.KindJPY, Split: sp, Python: prev.File.Python}
	p.Diags = append(p.Diags, sp.Diags...)
	p.Diags = append(p.Diags, prev.pyParse...)
	topts := opts.Template
	if opts.Role != page.RoleFile {
		topts.Hyperflask = true
	}
	t, diags := template.Parse(src, sp.Template.Start, sp.Template.End, topts)
	p.Template = t
	p.Diags = append(p.Diags, diags...)
	p.Diags.Sort()
	return p
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
