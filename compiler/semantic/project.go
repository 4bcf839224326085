package semantic

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/runtime/app"
)

// Project is an app on disk as `hfc check` reads it: the files that
// project.Load lists, each checked and analysed when first asked for (or
// given, checked already, with Add). It is safe for concurrent use.
type Project struct {
	appRoot string
	rt      *app.App
	env     *check.Env
	opts    page.Options

	mu       sync.Mutex
	files    map[string]project.File // by rel
	results  map[string]*check.Result
	analyses map[string]*Analysis
	routes   *routes.Table
	memo     Memo
}

// NewProject reads the app at a project root: its file list and the
// runtime's view of it (template loader, component registry), from which
// Env gives the check environment of its files.
func NewProject(root string, opts page.Options) *Project {
	appRoot := project.AppRoot(root)
	if abs, err := filepath.Abs(appRoot); err == nil {
		appRoot = abs
	}
	p := &Project{appRoot: appRoot, opts: opts, files: map[string]project.File{}, results: map[string]*check.Result{}, analyses: map[string]*Analysis{}}
	if rt, err := app.New(os.DirFS(appRoot), app.Options{Root: appRoot, ReferenceSplit: opts.Reference}); err == nil {
		p.rt = rt
	}
	p.env = app.CheckEnv(p.rt)
	if pr, err := project.Load(root); err == nil {
		for _, f := range pr.Files {
			p.files[f.Rel] = f
		}
	}
	return p
}

// Env is the check environment of the app's files.
func (p *Project) Env() *check.Env { return p.env }

// Add records the check of a file of the app, so that it is not checked
// again when another file's analysis needs it.
func (p *Project) Add(rel string, r *check.Result) {
	p.mu.Lock()
	p.results[rel] = r
	p.mu.Unlock()
}

// Runtime implements App.
func (p *Project) Runtime() *app.App { return p.rt }

// Rel implements App.
func (p *Project) Rel(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(p.appRoot, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// Analysis implements App.
func (p *Project) Analysis(rel string) *Analysis {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.analysis(rel)
}

// analysis returns the analysis of a file; p.mu is held.
func (p *Project) analysis(rel string) *Analysis {
	if an, ok := p.analyses[rel]; ok {
		return an
	}
	f, ok := p.files[rel]
	if !ok {
		p.analyses[rel] = nil
		return nil
	}
	r := p.result(f)
	// The path the file was checked under (as the user named it, for a
	// file given to Add).
	an := Analyze(r.File.Path, rel, f.Role, r)
	p.analyses[rel] = an
	return an
}

// result returns the check of a file; p.mu is held.
func (p *Project) result(f project.File) *check.Result {
	r, ok := p.results[f.Rel]
	if !ok {
		r = check.File(f, p.env, p.opts)
		p.results[f.Rel] = r
	}
	return r
}

// Routes implements App.
func (p *Project) Routes() *routes.Table {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.routes != nil {
		return p.routes
	}
	var pages []routes.Page
	for rel, f := range p.files {
		if f.Role != page.RolePage {
			continue
		}
		r := p.result(f)
		pages = append(pages, routes.Page{Rel: rel, Path: r.File.Path, Text: []byte(r.File.Source.Text), Module: r.File.Python})
	}
	p.routes = routes.Build(pages, routes.Options{ReferenceSplit: p.opts.Reference})
	return p.routes
}

// Memo implements App: an app on disk does not change.
func (p *Project) Memo() *Memo { return &p.memo }

// Rels implements App.
func (p *Project) Rels() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]string, 0, len(p.files))
	for rel := range p.files {
		out = append(out, rel)
	}
	sort.Strings(out)
	return out
}

// TemplateNames implements App.
func (p *Project) TemplateNames() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for rel, f := range p.files {
		if name, ok := TemplateName(rel, f.Role); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// TemplateName returns the name a file of an app loads by as a template:
// a templates/ file by its path below templates/, a layout, page,
// component or macro file by its path in the app (not a .py file).
func TemplateName(rel string, role page.Role) (string, bool) {
	switch role {
	case page.RoleTemplate:
		return strings.TrimPrefix(rel, "templates/"), true
	case page.RoleLayout, page.RolePage, page.RoleComponent, page.RoleMacro:
		return rel, !strings.HasSuffix(rel, ".py")
	}
	return "", false
}
