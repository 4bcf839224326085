// Package assets builds an app's frontend assets in-process with esbuild
// (no node needed to bundle): the bundles config assets_bundles declares
// (files of app/assets/), the <script bundle> and <style bundle> blocks of
// its templates (package compiler/bundles), its web components (.js, .ts)
// and React components (.jsx, .tsx), htmx and Alpine from the project's
// node_modules, and Tailwind (its CLI, when package.json lists it) for
// app/assets/main.css. The other files of app/assets/ are copied under
// their content hash.
//
// Build returns a Result: every built file by its path (each name carries
// a content hash, so the files are served as immutable), and what each
// bundle name loads. A Result implements app.Assets: asset_url(), the tags
// of the bundles a page used, and the sizes of images. It marshals to JSON,
// so that `hfc compile` can store it in an app bundle.
package assets

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/runtime/app"
)

// Config is the asset settings of an app's configuration.
type Config struct {
	// Bundles are config assets_bundles: named groups of files of
	// app/assets/ (or npm package paths), each file one esbuild entry
	// point. Nil means main.js and main.css of app/assets/, those that
	// exist, each a bundle named after its file.
	Bundles []Bundle
	// Include names the bundles every page loads (assets_include); nil
	// means all of Bundles.
	Include []string
	// HtmxExt are the htmx extensions of config HTMX_EXT: the npm package
	// htmx-ext-NAME of each is bundled with htmx when installed.
	HtmxExt []string
	// HtmxBoost boosts every page's links and forms (config
	// HTMX_BOOST_SITE): the htmx bundle sets hx-boost="true" on the body
	// when the layout did not set hx-boost.
	HtmxBoost bool
	// Alpine makes every page load Alpine (config ALPINE), not only the
	// pages that render an Alpine component.
	Alpine bool
	// URLPath is the URL path the built files are served under; the
	// default is DefaultURLPath.
	URLPath string
}

// DefaultURLPath is where built assets are served.
const DefaultURLPath = "/static/assets"

// Bundle is a named group of entry points.
type Bundle struct {
	Name  string
	Files []string
}

// Project is what Build reads.
type Project struct {
	// Root is the project folder: package.json and node_modules.
	Root string
	// AppRoot is the app folder (assets/, components/, templates): Root,
	// or Root/app for an app package.
	AppRoot string
	// App is the opened app (its templates and components).
	App    *app.App
	Config Config
}

// Options select how Build builds.
type Options struct {
	// Dev writes linked source maps (hfc dev).
	Dev bool
	// Minify minifies JavaScript and CSS (hfc compile).
	Minify bool
	// Cache, when set, reuses the esbuild runs of the previous build that
	// used it where nothing they read changed (hfc dev).
	Cache *Cache
}

// Result is an app's built assets. The exported fields marshal to JSON.
type Result struct {
	// URLPath is the URL path Files are served under.
	URLPath string `json:"url_path"`
	// Files holds every built or copied file by its path below URLPath.
	Files map[string][]byte `json:"files"`
	// Entries says what each name loads: a bundle of config
	// assets_bundles, a file of app/assets/ (bundled or copied), a
	// component's file (components/…), a bundle block's ID, or one of
	// hfc's own bundles (app.AlpineBundle …).
	Entries map[string]*Entry `json:"entries"`
	// Defaults are the names every page loads, in order.
	Defaults []string `json:"defaults"`

	// Diags are the problems of the build: blocks that are not static,
	// bundles esbuild cannot build, missing npm packages.
	Diags diag.List `json:"-"`
	// Notes are one-line remarks for the terminal (Tailwind not set up).
	Notes []string `json:"-"`
	// Static is the static folder (public/), where Image finds the files
	// that app/assets/ does not hold; nil: none.
	Static fs.FS `json:"-"`

	staticURL string
	images    sync.Map // src → imageInfo
	etagCache sync.Map // file → ETag
}

// Entry is what a name loads.
type Entry struct {
	// Scripts are module scripts that a page runs.
	Scripts []string `json:"scripts,omitempty"`
	// Modules are module scripts that a page only preloads: a React
	// component, which <hf-react-component> imports.
	Modules []string `json:"modules,omitempty"`
	// Styles are stylesheets.
	Styles []string `json:"styles,omitempty"`
	// File is a file of app/assets/ copied under its content hash.
	File string `json:"file,omitempty"`
}

// Build builds the assets of a project. Problems with the app's files are
// diagnostics in the Result, which holds what could be built; the error is
// for a project that cannot be read at all.
func Build(p Project, opts Options) (*Result, error) {
	var err error
	// esbuild works in absolute paths.
	if p.Root, err = filepath.Abs(p.Root); err != nil {
		return nil, err
	}
	if p.AppRoot, err = filepath.Abs(p.AppRoot); err != nil {
		return nil, err
	}
	npm, err := readNPM(p.Root)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(p.Root, "package.json"), err)
	}
	urlPath := p.Config.URLPath
	if urlPath == "" {
		urlPath = DefaultURLPath
	}
	b := &builder{
		p: p, opts: opts, npm: npm,
		res:     &Result{URLPath: urlPath, Files: map[string][]byte{}, Entries: map[string]*Entry{}},
		virtual: map[string]*virtualFile{},
		groups:  map[string][]string{},
		entries: map[string]*entryPoint{},
	}
	if opts.Cache != nil {
		opts.Cache.begin()
	}
	b.runtimeBundles()
	b.configBundles()
	b.components()
	b.blocks()
	b.tailwind()
	b.esbuild()
	if err := b.copyAssets(); err != nil {
		return nil, err
	}
	b.manifest()
	return b.res, nil
}

// builder holds one build's state.
type builder struct {
	p    Project
	opts Options
	npm  *npmProject
	res  *Result

	// entries are esbuild's entry points by input path ("hfc:…" for a
	// virtual module, else a path relative to the project root).
	entries map[string]*entryPoint
	// groups maps each name to the inputs it loads, in order.
	groups map[string][]string
	order  []string // the names, in the order they were declared
	// virtual holds the modules that no file holds, by path.
	virtual map[string]*virtualFile
	// overrides replace the contents of real files (Tailwind's output for
	// app/assets/main.css), by absolute path.
	overrides map[string]string
	// defaults are the names every page loads.
	defaults []string
	// uninstalled are packages of package.json that wait for npm install.
	uninstalled []string
}

// entryPoint is one esbuild entry point.
type entryPoint struct {
	input  string // the input path
	out    string // the output path, without hash and extension
	module bool   // preloaded, not run (React components)
	// owner is what an error in it is reported against.
	owner string
}

// virtualFile is a module that no file holds: hfc's own scripts, the
// content of bundle blocks.
type virtualFile struct {
	contents   string
	resolveDir string
	loader     string // "js", "css"
	// file and text locate it for errors: a bundle block is padded so that
	// its lines and columns are those of its template.
	file, text string
}

// addEntry declares an entry point under a name (and its group).
func (b *builder) addEntry(name string, e *entryPoint) {
	if _, ok := b.entries[e.input]; !ok {
		b.entries[e.input] = e
	}
	b.addToGroup(name, e.input)
}

// declare records a name in the order names are declared.
func (b *builder) declare(name string) {
	if _, ok := b.groups[name]; !ok {
		b.order = append(b.order, name)
		b.groups[name] = nil
	}
}

func (b *builder) addToGroup(name, input string) {
	b.declare(name)
	for _, in := range b.groups[name] {
		if in == input {
			return
		}
	}
	b.groups[name] = append(b.groups[name], input)
}

func (b *builder) addVirtual(p string, v *virtualFile) string {
	if v.resolveDir == "" {
		v.resolveDir = b.p.Root
	}
	b.virtual[p] = v
	return "hfc:" + p
}

// diag records a problem.
func (b *builder) diag(code diag.Code, file string, rng source.Span, format string, args ...any) *diag.Diagnostic {
	db := diag.Builder{File: file}
	d := db.Add(code, rng, format, args...)
	b.res.Diags = append(b.res.Diags, *d)
	return &b.res.Diags[len(b.res.Diags)-1]
}

func (b *builder) note(format string, args ...any) {
	b.res.Notes = append(b.res.Notes, fmt.Sprintf(format, args...))
}

// packageFile is package.json, as diagnostics about npm packages name it.
func (b *builder) packageFile() string { return filepath.Join(b.p.Root, "package.json") }

// runtimeBundles declares hfc's own bundles: htmx (with the extensions of
// HTMX_EXT) when node_modules has htmx.org, Alpine when a component, the
// configuration or package.json needs it, and the mount script of React
// components.
func (b *builder) runtimeBundles() {
	switch {
	case b.npm.installed("htmx.org"):
		var js strings.Builder
		js.WriteString("import \"hfc:hyperflask/htmx-global.js\";\n")
		for _, ext := range b.p.Config.HtmxExt {
			pkg := "htmx-ext-" + ext
			if b.npm.installed(pkg) {
				fmt.Fprintf(&js, "import %q;\n", pkg)
			} else if b.npm.declares(pkg) {
				b.missing(pkg, "HTMX_EXT names the htmx extension "+ext)
			}
		}
		if len(b.p.Config.HtmxExt) > 0 || b.p.Config.HtmxBoost {
			exts, _ := json.Marshal(append([]string{}, b.p.Config.HtmxExt...))
			fmt.Fprintf(&js, htmxBody, exts, b.p.Config.HtmxBoost)
		}
		b.addVirtual("hyperflask/htmx-global.js", &virtualFile{loader: "js",
			contents: "import htmx from \"htmx.org\";\nwindow.htmx = htmx;\nexport default htmx;\n"})
		in := b.addVirtual("hyperflask/htmx.js", &virtualFile{loader: "js", contents: js.String()})
		b.addEntry(HtmxBundle, &entryPoint{input: in, out: "hyperflask/htmx", owner: b.packageFile()})
		b.defaults = append(b.defaults, HtmxBundle)
	case b.npm.declares("htmx.org"):
		b.notInstalled("htmx.org")
	}

	var alpine, react []string
	if b.p.App != nil {
		for _, c := range b.p.App.Registry.Components() {
			switch {
			case c.Kind == app.ReactComponent:
				react = append(react, c.File)
			case c.Alpine:
				alpine = append(alpine, c.File)
			}
		}
	}
	if len(alpine) > 0 || b.p.Config.Alpine || b.npm.declares("alpinejs") {
		if b.npm.installed("alpinejs") {
			in := b.addVirtual("hyperflask/alpine.js", &virtualFile{loader: "js",
				contents: "import Alpine from \"alpinejs\";\nif (!window.Alpine) {\n  window.Alpine = Alpine;\n  Alpine.start();\n}\n"})
			b.addEntry(app.AlpineBundle, &entryPoint{input: in, out: "hyperflask/alpine", owner: b.packageFile()})
			if b.p.Config.Alpine {
				b.defaults = append(b.defaults, app.AlpineBundle)
			}
		} else if len(alpine) > 0 {
			b.missing("alpinejs", "the Alpine component "+strings.Join(alpine, ", ")+" uses x-data or x-init")
		} else if b.p.Config.Alpine {
			b.missing("alpinejs", "config ALPINE is set")
		} else {
			b.notInstalled("alpinejs")
		}
	}
	if len(react) > 0 {
		if b.npm.installed("react") && b.npm.installed("react-dom") {
			in := b.addVirtual("hyperflask/react.js", &virtualFile{loader: "js", contents: reactMount})
			b.addEntry(app.ReactBundle, &entryPoint{input: in, out: "hyperflask/react", owner: b.packageFile()})
		} else {
			b.missing("react react-dom", "the React component "+strings.Join(react, ", ")+" needs them")
		}
	}
}

// htmxBody applies HTMX_EXT and HTMX_BOOST_SITE to the page's body before
// htmx processes it (module scripts run before DOMContentLoaded): the
// extensions join those of the body's hx-ext, and hx-boost="true" is set
// unless the body has hx-boost.
const htmxBody = `const body = document.body;
const exts = (body.getAttribute("hx-ext") || "").split(",").concat(%s).map((e) => e.trim()).filter(Boolean);
if (exts.length) body.setAttribute("hx-ext", [...new Set(exts)].join(","));
if (%t && !body.hasAttribute("hx-boost")) body.setAttribute("hx-boost", "true");
`

// HtmxBundle is the name of the bundle that loads htmx (and the htmx
// extensions of config HTMX_EXT); every page loads it.
const HtmxBundle = "@hyperflask/htmx"

// reactMount defines <hf-react-component component-url=… props=…>: it
// imports the component's module and renders its default export with the
// props (reference §5.10).
const reactMount = `import { createElement } from "react";
import { createRoot } from "react-dom/client";

class HyperflaskReactComponent extends HTMLElement {
  connectedCallback() {
    if (this._root) return;
    this._root = createRoot(this);
    const props = JSON.parse(this.getAttribute("props") || "{}");
    import(this.getAttribute("component-url")).then((module) => {
      this._root.render(createElement(module.default, props));
    });
  }
  disconnectedCallback() {
    const root = this._root;
    this._root = null;
    if (root) queueMicrotask(() => root.unmount());
  }
}

if (!customElements.get("hf-react-component")) {
  customElements.define("hf-react-component", HyperflaskReactComponent);
}
`

// notInstalled reports a package that package.json lists and nothing else
// needs: before the first npm install (no node_modules at all) it is a
// note, else a diagnostic.
func (b *builder) notInstalled(pkg string) {
	if fi, err := os.Stat(filepath.Join(b.p.Root, "node_modules")); err != nil || !fi.IsDir() {
		b.uninstalled = append(b.uninstalled, pkg)
		return
	}
	b.missing(pkg, "package.json lists "+pkg)
}

// missing reports npm packages that node_modules lacks.
func (b *builder) missing(pkgs, why string) {
	b.diag(diag.AssetsNPMMissing, b.packageFile(), source.Span{}, "%s: node_modules has no %s", why, pkgs).
		WithHint("run npm install %s in %s", pkgs, b.p.Root)
}

// assetsDir is app/assets/ on disk.
func (b *builder) assetsDir() string { return filepath.Join(b.p.AppRoot, "assets") }

// configBundles declares the bundles of config assets_bundles (by default
// main.js and main.css of app/assets/).
func (b *builder) configBundles() {
	list := b.p.Config.Bundles
	if list == nil {
		for _, f := range []string{"main.js", "main.css"} {
			if fileExists(filepath.Join(b.assetsDir(), f)) {
				list = append(list, Bundle{Name: f, Files: []string{f}})
			}
		}
	}
	var names []string
	for _, bl := range list {
		names = append(names, bl.Name)
		b.declare(bl.Name)
		for _, f := range bl.Files {
			input, ok := b.resolveConfigFile(f)
			if !ok {
				b.diag(diag.BundleMissing, filepath.Join(b.p.Root, "config.yml"), source.Span{}, "assets_bundles: %s lists %s, which is neither in %s nor an installed npm package", bl.Name, f, b.assetsDir())
				continue
			}
			out := strings.TrimSuffix(f, path.Ext(f))
			if spec, ok := strings.CutPrefix(input, "npm:"); ok {
				v := &virtualFile{loader: "js", contents: fmt.Sprintf("import %q;\n", spec)}
				if path.Ext(spec) == ".css" {
					v.loader, v.contents = "css", fmt.Sprintf("@import %q;\n", spec)
				}
				input = b.addVirtual("npm/"+spec, v)
				out = "npm/" + strings.TrimPrefix(out, "@")
			}
			b.addEntry(bl.Name, &entryPoint{input: input, out: out, owner: b.absPath(strings.TrimPrefix(input, "./"))})
			if f != bl.Name {
				b.addToGroup(f, input)
			}
		}
	}
	if b.p.Config.Include != nil {
		names = b.p.Config.Include
	}
	b.defaults = append(b.defaults, names...)
}

// resolveConfigFile finds a file of assets_bundles: a file of app/assets/
// (as a path relative to the project root), else an npm package path
// ("npm:" and the path).
func (b *builder) resolveConfigFile(f string) (string, bool) {
	if p := filepath.Join(b.assetsDir(), filepath.FromSlash(f)); fileExists(p) && fs.ValidPath(f) {
		rel, err := filepath.Rel(b.p.Root, p)
		if err == nil {
			return "./" + filepath.ToSlash(rel), true
		}
	}
	pkg := f
	if strings.HasPrefix(pkg, "@") {
		if i := strings.IndexByte(pkg, '/'); i >= 0 {
			if j := strings.IndexByte(pkg[i+1:], '/'); j >= 0 {
				pkg = pkg[:i+1+j]
			}
		}
	} else if i := strings.IndexByte(pkg, '/'); i >= 0 {
		pkg = pkg[:i]
	}
	if b.npm.installed(pkg) {
		return "npm:" + f, true
	}
	return "", false
}

// components declares the web and React components of components/.
func (b *builder) components() {
	if b.p.App == nil {
		return
	}
	for _, c := range b.p.App.Registry.Components() {
		if c.Kind != app.WebComponent && c.Kind != app.ReactComponent {
			continue
		}
		if c.Kind == app.ReactComponent && b.entries["hfc:hyperflask/react.js"] == nil {
			continue // reported by runtimeBundles
		}
		abs := filepath.Join(b.p.AppRoot, filepath.FromSlash(c.File))
		rel, err := filepath.Rel(b.p.Root, abs)
		if err != nil {
			continue
		}
		input := "./" + filepath.ToSlash(rel)
		b.addEntry(c.File, &entryPoint{
			input: input, out: strings.TrimSuffix(c.File, path.Ext(c.File)),
			module: c.Kind == app.ReactComponent, owner: abs,
		})
	}
}

// blocks declares the bundle blocks of the app's templates: each
// anonymous block is an entry point of its own (its ID), the blocks naming
// a bundle are imported, in file order, by one entry point per bundle and
// language. A block's module is its text at its line and column, so that
// esbuild's errors and source maps point into the template.
func (b *builder) blocks() {
	if b.p.App == nil {
		return
	}
	srcs, diags := b.p.App.BundleBlocks()
	b.res.Diags = append(b.res.Diags, diags...)
	named := map[string][]string{} // bundle name + ext → block modules
	var namedOrder []string
	for _, src := range srcs {
		for i := range src.Blocks {
			bl := &src.Blocks[i]
			p := fmt.Sprintf("%s#%d%s", src.File, i, bl.Kind.Ext())
			start := bl.ContentSpan.Start
			v := &virtualFile{
				contents:   strings.Repeat("\n", int(start.Line)-1) + strings.Repeat(" ", int(start.Col)-1) + bl.Content,
				resolveDir: filepath.Dir(filepath.Join(b.p.AppRoot, filepath.FromSlash(src.File))),
				loader:     strings.TrimPrefix(bl.Kind.Ext(), "."),
				file:       src.Path, text: src.Text,
			}
			input := b.addVirtual(p, v)
			if bl.Bundle == "" {
				id := bl.ID()
				b.addEntry(id, &entryPoint{input: input, out: strings.TrimSuffix(id, bl.Kind.Ext()), owner: src.Path})
				continue
			}
			key := bl.Bundle + bl.Kind.Ext()
			if _, ok := named[key]; !ok {
				namedOrder = append(namedOrder, key)
			}
			named[key] = append(named[key], input)
		}
	}
	for _, key := range namedOrder {
		ext := path.Ext(key)
		name := strings.TrimSuffix(key, ext)
		var text strings.Builder
		for _, in := range named[key] {
			if ext == ".css" {
				fmt.Fprintf(&text, "@import %q;\n", in)
			} else {
				fmt.Fprintf(&text, "import %q;\n", in)
			}
		}
		input := b.addVirtual("named/"+key, &virtualFile{contents: text.String(), loader: strings.TrimPrefix(ext, ".")})
		b.addEntry(name, &entryPoint{input: input, out: "bundles/" + strings.TrimPrefix(name, "@"), owner: b.packageFile()})
	}
}

// copyAssets copies the files of app/assets/ that are not entry points
// under their content hash.
func (b *builder) copyAssets() error {
	dir := b.assetsDir()
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		rel, err := filepath.Rel(b.p.Root, p)
		if err != nil {
			return err
		}
		if _, isEntry := b.entries["./"+filepath.ToSlash(rel)]; isEntry {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		name, _ := filepath.Rel(dir, p)
		name = filepath.ToSlash(name)
		ext := path.Ext(name)
		out := strings.TrimSuffix(name, ext) + "-" + contentHash(data) + ext
		b.res.Files[out] = data
		b.res.Entries[name] = &Entry{File: out}
		return nil
	})
}

// manifest completes the Result: the defaults that were built, and the
// note that npm install has not run.
func (b *builder) manifest() {
	if len(b.uninstalled) > 0 {
		b.note("note: run npm install in %s to bundle %s (package.json lists them; there is no node_modules yet)", b.p.Root, strings.Join(b.uninstalled, " and "))
	}
	seen := map[string]bool{}
	for _, n := range b.defaults {
		if _, ok := b.res.Entries[n]; ok && !seen[n] {
			seen[n] = true
			b.res.Defaults = append(b.res.Defaults, n)
		}
	}
}

func fileExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}
