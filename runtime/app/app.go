// Package app runs a Hyperflask app's pages without HTTP: the template
// environment over the app's folders (reference §1.6), the page object
// (§3), the execution of a page's frontmatter and its rendering with
// Markdown and layouts (§2.4–2.5, §4), and the components and macro
// registry (§5). The web server drives it per request.
package app

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Options configure an App.
type Options struct {
	// Root is the app's folder as shown in errors and tracebacks ("" for
	// an app in memory).
	Root string
	// Template holds the Jinja settings; Autoescape defaults to "on"
	// (design.md: secure by default; "hyperflask" reproduces the
	// reference's rule) and Hyperflask tags are always on.
	Template tmpl.Options
	// ReferenceSplit splits frontmatter exactly as the Python reference
	// does, accidents included (reference §10.4: CRLF, a BOM or a trailing
	// space on a fence disable the frontmatter, `---\n---\n` is unclosed …),
	// instead of the documented intent.
	ReferenceSplit bool
	// Package is the Python package the app root is ("app" when the app
	// lives in <project>/app); page modules are named <Package>.pages.…
	// (reference §1.4). "" names them pages.….
	Package string
	// AssetURL returns the URL a browser loads an app file from, such as
	// the script of a React component (reference §5.10), when the app has
	// no built assets (SetAssets); nil gives "/" and the file's path.
	AssetURL func(rel string) string
	// Config is the app's configuration (the server's config values): the
	// template global config, and SITE_METADATA, SITE_TITLE and SITE_LANG
	// for metadata_tags and the built-in layout. Nil is an empty one.
	Config *vm.Dict
	// Macros are function macros of the registry that the host provides
	// (reference §5.5, steps 3–4: the UI library's FlashMessagesToast,
	// HtmxOob …): registered after macros/, so that the app's components
	// replace them.
	Macros map[string]vm.Value
}

// App is a Hyperflask app: its files, its template environment and its
// Python modules.
type App struct {
	FS     fs.FS
	Root   string
	Env    *tmpl.Environment
	Python *loader.Loader
	// Registry holds the app's registry macros and components (reference
	// §5.5); it is also the value of app.components and app.macros.
	Registry *Registry

	referenceSplit bool
	assetURLFn     func(rel string) string
	assets         Assets
	config         *vm.Dict
	pkg            string
	pages          sync.Map // page path → *pageFile
	wrappers       sync.Map // block name → *tmpl.Template (see layoutWrapper)
	forms          sync.Map // template name → []*forms.Decl (see Forms)
}

// New opens the app whose files fsys holds (pages/, components/,
// layouts/, templates/, macros/ and Python modules at its root).
func New(fsys fs.FS, opts Options) (*App, error) {
	a := &App{FS: fsys, Root: opts.Root, referenceSplit: opts.ReferenceSplit, assetURLFn: opts.AssetURL, pkg: opts.Package, config: opts.Config}
	if a.config == nil {
		a.config = vm.NewDict(0)
	}
	topts := opts.Template
	if topts.Autoescape == "" {
		topts.Autoescape = "on"
	}
	topts.Hyperflask = true
	env, err := tmpl.NewEnvironment(topts, templateLoader{a})
	if err != nil {
		return nil, err
	}
	a.Env = env
	a.Python = loader.New(".")
	a.Python.FS = fsys
	registerGlobals(env)
	registerFilters(env)
	for name, v := range a.assetGlobals() {
		env.SetGlobal(name, v)
	}
	env.SetGlobal("metadata_tags", vm.NewBuiltin("metadata_tags", a.metadataTagsFn))
	env.SetGlobal("config", a.config)
	// Tags resolve when templates compile: the registry is complete
	// before any template does.
	a.Registry = newRegistry(a, opts.Macros)
	env.Components = a.Registry
	return a, nil
}

// assetURL returns the URL of an app file served as a frontend asset.
func (a *App) assetURL(rel string) string {
	if a.assets != nil {
		if u, ok := a.assets.URL(rel); ok {
			return u
		}
	}
	if a.assetURLFn != nil {
		return a.assetURLFn(rel)
	}
	return "/" + rel
}

// File returns the path of an app file as errors show it.
func (a *App) File(rel string) string {
	if a.Root == "" {
		return rel
	}
	return filepath.Join(a.Root, filepath.FromSlash(rel))
}

// templateLoader finds templates by their Hyperflask names (reference
// §1.6): the app's templates/ folder first, then layouts/… (the built-in
// layouts/default.html and layouts/base.html when the app has none), the
// macro registry's __macros__/…, pages/… and components/… by their own
// paths, then any other file of the app by its path (for `hfc render`).
// Pages and components lose their frontmatter.
type templateLoader struct{ a *App }

// Load implements tmpl.Loader.
func (l templateLoader) Load(name string) (tmpl.Source, error) {
	clean := path.Clean(name)
	if clean != name || strings.HasPrefix(clean, "../") || clean == ".." || path.IsAbs(clean) {
		return tmpl.Source{}, tmpl.NotFound(name)
	}
	if src, ok := l.read("templates/"+clean, false); ok {
		return src, nil
	}
	if strings.HasPrefix(clean, macrosPrefix) && l.a.Registry != nil {
		if src, ok := l.a.Registry.source(clean); ok {
			return src, nil
		}
	}
	for _, prefix := range []string{"layouts/", "pages/", "components/"} {
		if strings.HasPrefix(clean, prefix) {
			split := prefix != "layouts/"
			if src, ok := l.read(clean, split); ok {
				return src, nil
			}
			if src, ok := builtinLayout(clean); ok {
				return src, nil
			}
			return tmpl.Source{}, tmpl.NotFound(name)
		}
	}
	if src, ok := l.read(clean, false); ok {
		return src, nil
	}
	return tmpl.Source{}, tmpl.NotFound(name)
}

func (l templateLoader) read(rel string, splitFrontmatter bool) (tmpl.Source, bool) {
	data, err := fs.ReadFile(l.a.FS, rel)
	if err != nil {
		return tmpl.Source{}, false
	}
	file := l.a.File(rel)
	if !splitFrontmatter || split.KindOf(rel) == split.KindPython {
		return tmpl.Source{Text: string(data), File: file, End: len(data)}, true
	}
	return l.a.split(file, string(data)).template(), true
}

// splitFile is a page file split into its frontmatter and template.
type splitFile struct {
	f   *source.File
	res *split.Result
}

// split splits a page file as the app is configured to.
func (a *App) split(file, text string) splitFile {
	f := source.NewFile(file, text)
	opts := split.Options{Python: split.KindOf(file) == split.KindJPY, Reference: a.referenceSplit}
	return splitFile{f, split.Split(f, opts)}
}

// template returns the template part of a split file.
func (s splitFile) template() tmpl.Source {
	return tmpl.Source{Text: s.f.Text, File: s.f.Name, Start: s.res.Template.Start, End: s.res.Template.End}
}

// templateGlobals are the Hyperflask globals every template sees.
func registerGlobals(env *tmpl.Environment) {
	for name, fn := range htmlGlobals {
		env.SetGlobal(name, vm.NewBuiltin(name, fn))
	}
}
