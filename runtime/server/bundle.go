package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"github.com/hyperflask/hfc/compiler/bundle"
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/assets"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// assetsData names the app's built assets in a bundle (assets.Result as
// JSON).
const assetsData = "assets.json"

// appFolders are the folders of the app root whose files a bundle holds.
var appFolders = map[string]bool{"pages": true, "components": true, "layouts": true, "templates": true, "macros": true,
	"assets": true, "collections": true}

// CompileBundle compiles the project at root, as Open would serve it, into
// a bundle written to w (see compiler/bundle): its pages, components,
// layouts, templates, macros and Python modules compiled, with their
// sources (for tracebacks), its configuration files and its static files.
// The .env files are left out: secrets come from the environment where the
// bundle runs. It returns the problems found; when there are errors,
// nothing is written.
func CompileBundle(root string, w io.Writer, opts Options) (diag.List, error) {
	bw := bundle.NewWriter(bundle.Manifest{HFC: Version(), Root: root, Template: bundleOptions(opts.Template)})
	// Compiling touches no database: the bundle's server prepares its own.
	opts.NoDatabaseInit = true
	s, err := openDir(root, opts, bw)
	if err != nil {
		return nil, err
	}
	diags := append(append(diag.List(nil), s.diags...), s.CompileAll()...)
	static := staticFolder(s.cfg)
	if diags.HasErrors() {
		return diags, nil
	}
	pkg := ""
	if fi, err := fs.Stat(s.proj.fsys, "app"); err == nil && fi.IsDir() {
		pkg = "app"
	}
	// A static folder outside the project goes into the bundle's public/.
	if !fs.ValidPath(static) || static == "." {
		static = "public"
	}
	bw.SetLayout(pkg, static)
	if err := addFiles(bw, s.proj.fsys, pkg, static); err != nil {
		return diags, err
	}
	if err := addTree(bw, s.public, static); err != nil {
		return diags, err
	}
	if res := s.Assets(); res != nil {
		data, err := json.Marshal(res)
		if err != nil {
			return diags, err
		}
		bw.AddData(assetsData, data)
	}
	// The migrations go with the app, when they are among its files.
	if fs.ValidPath(s.migrationsDir) && s.migrationsFS == s.proj.fsys {
		if sub, err := fs.Sub(s.proj.fsys, s.migrationsDir); err == nil {
			if _, err := fs.Stat(sub, "."); err == nil {
				if err := addTree(bw, sub, s.migrationsDir); err != nil {
					return diags, err
				}
			}
		}
	}
	_, err = bw.WriteTo(w)
	return diags, err
}

// CompileAll compiles, without running it, everything a request may need:
// the pages that are routes, the components, layouts, templates, registry
// macros and the app's Python modules. It returns the compile errors and
// warnings (the diagnostics of opening the app are in Diagnostics).
func (s *Server) CompileAll() diag.List {
	pages := make([]string, 0, len(s.table.Routes))
	for _, rt := range s.table.Routes {
		pages = append(pages, rt.File)
	}
	diags := s.app.CompileAll(pages)
	static := staticFolder(s.cfg)
	skip := func(p string) bool {
		switch p {
		case static, "migrations", "venv", "pages", "components", "app/pages", "app/components":
			return true
		}
		return false
	}
	show := func(p string) string { return filepath.Join(s.proj.dir, p) }
	return append(diags, s.app.CompileModules(s.proj.fsys, show, skip)...)
}

// Version names this hfc: its module version and VCS revision, when the
// build records them.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "hfc"
	}
	v := "hfc " + bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v
}

// OpenBundle opens a bundle written by CompileBundle for serving: the app
// runs on the bundle's files and compiled code, with the template settings
// it was compiled with (opts.Template is not used). A file that is not a
// bundle, or a bundle of another version of hfc, is an error that says so.
func OpenBundle(name string, opts Options) (*Server, error) {
	b, err := bundle.Open(name)
	if err != nil {
		return nil, err
	}
	opts.Template = templateOptions(b.Manifest.Template)
	if data, ok := b.Data(assetsData); ok {
		var res assets.Result
		if err := json.Unmarshal(data, &res); err != nil {
			return nil, fmt.Errorf("%s: the assets do not read: %v; the bundle is damaged", name, err)
		}
		opts.Assets = &res
	}
	static := b.Manifest.Static
	return open(project{
		fsys:    b.Files,
		dir:     b.Manifest.Root,
		dataDir: filepath.Dir(name),
		cache:   &bundleCache{Bundle: b},
		public: func(*Config) fs.FS {
			sub, err := fs.Sub(b.Files, static)
			if err != nil {
				sub, _ = fs.Sub(b.Files, "public")
			}
			return sub
		},
	}, opts)
}

// openDir opens a folder for serving with a code cache.
func openDir(root string, opts Options, cache CodeCache) (*Server, error) {
	if _, err := os.Stat(root); err != nil {
		return nil, err
	}
	return open(project{
		fsys:    os.DirFS(root),
		dir:     root,
		dataDir: root,
		cache:   cache,
		public: func(cfg *Config) fs.FS {
			return os.DirFS(filepath.Join(root, cfg.String("STATIC_FOLDER", "public")))
		},
	}, opts)
}

// staticFolder returns the static folder as a slash path in the project
// ("public" unless configured; a folder outside the project is not
// bundled).
func staticFolder(cfg *Config) string {
	return path.Clean(filepath.ToSlash(cfg.String("STATIC_FOLDER", "public")))
}

// addFiles adds the project's files to a bundle: config*.yml, the app's
// folders, its Python files and migrations/ (not the static folder, which
// addTree adds).
func addFiles(bw *bundle.Writer, fsys fs.FS, pkg, static string) error {
	app := "."
	if pkg != "" {
		app = pkg
	}
	keep := func(p string) bool {
		if !strings.Contains(p, "/") {
			if strings.HasPrefix(p, "config.") && strings.HasSuffix(p, ".yml") {
				return true
			}
		}
		if strings.HasPrefix(p, static+"/") {
			return false
		}
		if strings.HasPrefix(p, "migrations/") {
			return true
		}
		rel := p
		if app != "." {
			var ok bool
			if rel, ok = strings.CutPrefix(p, app+"/"); !ok {
				return false
			}
		}
		top, _, nested := strings.Cut(rel, "/")
		return nested && appFolders[top] || path.Ext(p) == ".py"
	}
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(name, ".") && name != ".well-known" || name == "__pycache__" || name == "node_modules" || name == "venv") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".hfb") || !keep(p) {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		bw.AddFile(p, data, fi.ModTime())
		return nil
	})
}

// addTree adds the files of fsys to a bundle under the folder prefix
// (hidden files left out, but .well-known/).
func addTree(bw *bundle.Writer, fsys fs.FS, prefix string) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." && errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		name := d.Name()
		if p != "." && strings.HasPrefix(name, ".") && name != ".well-known" {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		bw.AddFile(prefix+"/"+p, data, fi.ModTime())
		return nil
	})
}

// bundleOptions and templateOptions convert the template settings that a
// bundle records.
func bundleOptions(o tmpl.Options) bundle.TemplateOptions {
	return bundle.TemplateOptions{Autoescape: o.Autoescape, Undefined: o.Undefined, TrimBlocks: o.TrimBlocks,
		LstripBlocks: o.LstripBlocks, KeepTrailingNewline: o.KeepTrailingNewline, Extensions: o.Extensions,
		DefaultLayout: o.DefaultLayout}
}

func templateOptions(o bundle.TemplateOptions) tmpl.Options {
	return tmpl.Options{Autoescape: o.Autoescape, Undefined: o.Undefined, TrimBlocks: o.TrimBlocks,
		LstripBlocks: o.LstripBlocks, KeepTrailingNewline: o.KeepTrailingNewline, Extensions: o.Extensions,
		DefaultLayout: o.DefaultLayout}
}

// bundleCache is a bundle as the loaders' code cache, counting the code it
// lacked (compiled from source at run time instead).
type bundleCache struct {
	*bundle.Bundle
	misses atomic.Int64
}

// Program implements loader.Cache.
func (c *bundleCache) Program(key string) (*bytecode.Program, bool) {
	p, ok := c.Bundle.Program(key)
	if !ok {
		c.misses.Add(1)
	}
	return p, ok
}

// Template implements tmpl.Cache.
func (c *bundleCache) Template(key string) (*bytecode.Template, bool) {
	t, ok := c.Bundle.Template(key)
	if !ok {
		c.misses.Add(1)
	}
	return t, ok
}
