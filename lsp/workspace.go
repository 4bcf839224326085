package lsp

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/uri"

	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/compiler/project"
	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/runtime/app"
)

// workspace is the server's model: the apps found in the workspace folders,
// each with an index of its files, and the open documents, whose text
// overrides the files on disk. Every field is guarded by the server's mutex,
// except overlay, which has its own.
type workspace struct {
	s       *Server
	folders []string
	apps    map[string]*appIndex  // by project root
	docs    map[string]*document  // open documents by path
	loose   map[string]*fileEntry // open documents outside any app
	overlay *overlay
	// plain is the check environment of files outside an app.
	plain *check.Env
	// indexed is closed when the workspace folders have been indexed once.
	indexed   chan struct{}
	indexOnce sync.Once
}

// document is an open document.
type document struct {
	uri     string
	path    string
	version int32
	text    string
}

// appIndex is one Hyperflask app: its files by path relative to the app
// root, and the runtime's view of it (template environment, component
// registry) built over the overlay.
type appIndex struct {
	root, appRoot string
	files         map[string]*fileEntry // by rel
	rt            *app.App              // nil when it could not be built
	env           *check.Env
	// gen counts the rebuilds of rt and env; a file checked against an
	// older generation is checked again before use.
	gen int
	// rtDirty is set when a component, macro or template changed: the
	// registry is rebuilt before the next check.
	rtDirty bool
	// routes is the route table of pages/, rebuilt when routesDirty (a
	// page was added, removed or saved).
	routes      *routes.Table
	routesDirty bool
	// semGen counts the changes of what the semantic checks read across
	// files (the registry, the routes): a file's semantic diagnostics
	// computed at an older one are computed again.
	semGen int
	// memo is what the semantic analysis computed for the app as it is;
	// nil (dropped) whenever a file, the registry or the routes change.
	memo *semantic.Memo
}

// fileEntry is one file and its last check.
type fileEntry struct {
	path, rel string
	role      page.Role
	app       *appIndex // nil outside an app
	res       *check.Result
	an        *semantic.Analysis // what the server reads from res
	extras    diag.List          // the server's semantic checks
	extrasGen int                // the app's semGen extras were computed against
	text      string             // the text that res checked
	stale     bool               // the text changed since res
	gen       int                // the app generation res was checked against
	published bool               // the client holds a non-empty diagnostic list
	detached  bool               // removed from the index (deleted, or closed and never saved)
}

// detach removes an entry from the index; s.mu is held.
func (w *workspace) detach(e *fileEntry) {
	e.detached = true
	if t, ok := w.s.timers[e.path]; ok {
		t.Stop()
		delete(w.s.timers, e.path)
	}
	if e.app == nil {
		delete(w.loose, e.path)
		return
	}
	if e.app.files[e.rel] == e {
		delete(e.app.files, e.rel)
		e.app.memo = nil
	}
	if affectsRegistry(e.role) {
		e.app.rtDirty = true
	}
	if e.role == page.RolePage {
		e.app.routesDirty = true
	}
}

func newWorkspace(s *Server) *workspace {
	return &workspace{
		s:       s,
		apps:    map[string]*appIndex{},
		docs:    map[string]*document{},
		loose:   map[string]*fileEntry{},
		overlay: &overlay{texts: map[string]string{}},
		indexed: make(chan struct{}),
	}
}

// uriPath returns the file path of a file: URI.
func uriPath(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	u, err := uri.Parse(s)
	if err != nil || u.Scheme() != "file" {
		return "", false
	}
	return filepath.FromSlash(u.Path()), true
}

// pathURI returns the file: URI of a path.
func pathURI(path string) string {
	u, err := uri.From(uri.Components{Scheme: "file", Path: filepath.ToSlash(path)})
	if err != nil {
		return "file://" + filepath.ToSlash(path)
	}
	return string(u)
}

// findApps returns the project roots of the apps in a folder: the app the
// folder is in, else the apps in its subfolders (three levels deep).
func findApps(folder string) []string {
	if root := project.FindRoot(folder); root != "" {
		return []string{root}
	}
	var roots []string
	var walk func(dir string, depth int)
	walk = func(dir string, depth int) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, e := range entries {
			if !e.IsDir() || strings.HasPrefix(e.Name(), ".") || e.Name() == "node_modules" || e.Name() == "__pycache__" {
				continue
			}
			sub := filepath.Join(dir, e.Name())
			if project.IsApp(sub) && e.Name() != "app" && e.Name() != "pages" {
				roots = append(roots, sub)
				continue
			}
			if depth > 0 {
				walk(sub, depth-1)
			}
		}
	}
	walk(folder, 2)
	return roots
}

// indexFolders indexes the apps of every workspace folder, reporting
// progress, then publishes the diagnostics of every file.
func (w *workspace) indexFolders(ctx context.Context) {
	defer w.indexOnce.Do(func() { close(w.indexed) })
	w.s.mu.Lock()
	folders := append([]string(nil), w.folders...)
	w.s.mu.Unlock()
	var roots []string
	for _, f := range folders {
		roots = append(roots, findApps(f)...)
	}
	if len(roots) == 0 {
		return
	}
	report, end := w.s.progress(ctx, "Indexing Hyperflask apps")
	files := 0
	for i, root := range roots {
		report(filepath.Base(root), 100*i/len(roots))
		a := w.indexApp(root)
		files += len(a.files)
	}
	report("diagnostics", 99)
	w.s.publishAll(ctx)
	end(formatCount(files, "file") + " indexed")
}

func formatCount(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// indexApp indexes the app at a project root (once) and returns it.
func (w *workspace) indexApp(root string) *appIndex {
	w.s.mu.Lock()
	if a, ok := w.apps[root]; ok {
		w.s.mu.Unlock()
		return a
	}
	opts := w.s.pageOptions()
	w.s.mu.Unlock()

	p, err := project.Load(root)
	a := &appIndex{root: root, appRoot: project.AppRoot(root), files: map[string]*fileEntry{}}
	if err != nil {
		w.s.log.Printf("indexing %s: %v", root, err)
	}
	a.rebuild(w.overlay, opts)
	var files []project.File
	if p != nil {
		files = p.Files
	}
	results := check.Files(files, func(project.File) *check.Env { return a.env }, opts)

	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	if prev, ok := w.apps[root]; ok { // indexed meanwhile
		return prev
	}
	for i, f := range files {
		e := &fileEntry{path: f.Path, rel: f.Rel, role: f.Role, app: a, res: results[i], gen: a.gen, extrasGen: -1}
		e.text = results[i].File.Source.Text
		e.an = semantic.Analyze(f.Path, f.Rel, f.Role, results[i])
		a.files[f.Rel] = e
	}
	a.routesDirty = true
	w.apps[root] = a
	// Open documents override the disk.
	for path, d := range w.docs {
		if rel, ok := a.rel(path); ok {
			e := a.entry(path, rel)
			if e != nil {
				e.text = d.text
				e.markStale()
				delete(w.loose, path)
			}
		}
	}
	return a
}

// rebuild makes the runtime's view of the app again (its registry reads
// the components, macros and templates through the overlay).
func (a *appIndex) rebuild(ov *overlay, opts page.Options) {
	rt, err := app.New(ov.fs(a.appRoot), app.Options{ReferenceSplit: opts.Reference})
	if err != nil {
		a.rt = nil
		a.env = app.CheckEnv(nil)
	} else {
		a.rt = rt
		a.env = app.CheckEnv(rt)
	}
	a.gen++
	a.semGen++
	a.rtDirty = false
	a.memo = nil
}

// rel returns the path of a file relative to the app root.
func (a *appIndex) rel(path string) (string, bool) {
	r, err := filepath.Rel(a.appRoot, path)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// entry returns the entry of a file of the app, adding it when the file has
// a role (nil for a file that hfc does not read).
func (a *appIndex) entry(path, rel string) *fileEntry {
	if e, ok := a.files[rel]; ok {
		return e
	}
	role, ok := project.RoleOf(rel)
	if !ok {
		return nil
	}
	e := &fileEntry{path: path, rel: rel, role: role, app: a, stale: true, extrasGen: -1}
	a.files[rel] = e
	a.memo = nil
	if affectsRegistry(role) {
		a.rtDirty = true
	}
	if role == page.RolePage {
		a.routesDirty = true
	}
	return e
}

// affectsRegistry reports whether files of a role feed the component
// registry or the template names.
func affectsRegistry(r page.Role) bool {
	return r == page.RoleComponent || r == page.RoleMacro || r == page.RoleTemplate || r == page.RoleLayout
}

// appOf returns the indexed app holding path, nil when none does; s.mu is
// held.
func (w *workspace) appOf(path string) *appIndex {
	var best *appIndex
	for _, a := range w.apps {
		if _, ok := a.rel(path); ok && (best == nil || len(a.appRoot) > len(best.appRoot)) {
			best = a
		}
	}
	return best
}

// entryFor returns the entry of a file, indexing its app first when the
// file is in an app not indexed yet. s.mu must not be held.
func (w *workspace) entryFor(path string) *fileEntry {
	w.s.mu.Lock()
	a := w.appOf(path)
	w.s.mu.Unlock()
	if a == nil {
		if root := project.FindRoot(path); root != "" {
			a = w.indexApp(root)
		}
	}
	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	if a != nil {
		if rel, ok := a.rel(path); ok {
			if e := a.entry(path, rel); e != nil {
				return e
			}
		}
	}
	if e, ok := w.loose[path]; ok {
		return e
	}
	e := &fileEntry{path: path, role: page.RoleFile, stale: true, extrasGen: -1}
	w.loose[path] = e
	return e
}

// result returns the up-to-date check of an entry; s.mu is held.
func (w *workspace) result(e *fileEntry) *check.Result {
	a := e.app
	if a != nil && a.rtDirty {
		a.rebuild(w.overlay, w.s.pageOptions())
	}
	if e.res != nil && !e.stale && (a == nil || e.gen == a.gen) {
		return e.res
	}
	text := e.text
	if d, ok := w.docs[e.path]; ok {
		text = d.text
	} else if e.res == nil || e.stale {
		if b, err := os.ReadFile(e.path); err == nil {
			text = string(b)
		}
	}
	env := w.plainEnv()
	rel := ""
	if a != nil {
		env, rel = a.env, e.rel
	}
	e.res = check.Update(e.res, e.path, rel, []byte(text), e.role, env, w.s.pageOptions())
	e.an = semantic.Analyze(e.path, e.rel, e.role, e.res)
	e.text, e.stale = text, false
	e.extrasGen = -1
	if a != nil {
		e.gen = a.gen
		a.memo = nil
	}
	return e.res
}

// analysis returns the up-to-date analysis of an entry; s.mu is held.
func (w *workspace) analysis(e *fileEntry) *semantic.Analysis {
	w.result(e)
	return e.an
}

// routeTable returns the app's route table, rebuilt from the texts the
// server holds when pages were added, removed or saved; s.mu is held.
func (a *appIndex) routeTable(w *workspace) *routes.Table {
	if a.routes != nil && !a.routesDirty {
		return a.routes
	}
	var pages []routes.Page
	for rel, e := range a.files {
		if e.role != page.RolePage {
			continue
		}
		text := e.text
		if d, ok := w.docs[e.path]; ok {
			text = d.text
		} else if e.res == nil {
			if b, err := os.ReadFile(e.path); err == nil {
				text = string(b)
			}
		}
		pg := routes.Page{Rel: rel, Path: e.path, Text: []byte(text)}
		if e.res != nil && !e.stale && e.text == text {
			pg.Module = e.res.File.Python // parsed already
		}
		pages = append(pages, pg)
	}
	a.routes = routes.Build(pages, routes.Options{ReferenceSplit: w.s.settings.ReferenceSplit})
	a.routesDirty = false
	a.semGen++
	a.memo = nil
	return a.routes
}

// pageOptions are the parser options of the current settings; s.mu is held.
func (s *Server) pageOptions() page.Options {
	return page.Options{Reference: s.settings.ReferenceSplit}
}

// overlay holds the text of open documents by path; the runtime's app
// reads its files through it.
type overlay struct {
	mu    sync.RWMutex
	texts map[string]string
}

func (o *overlay) set(path, text string) {
	o.mu.Lock()
	o.texts[path] = text
	o.mu.Unlock()
}

func (o *overlay) remove(path string) {
	o.mu.Lock()
	delete(o.texts, path)
	o.mu.Unlock()
}

// fs returns the files below root, open documents first.
func (o *overlay) fs(root string) fs.FS { return overlayFS{o, root, os.DirFS(root)} }

type overlayFS struct {
	o    *overlay
	root string
	disk fs.FS
}

// Open implements fs.FS.
func (f overlayFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f.o.mu.RLock()
	text, ok := f.o.texts[filepath.Join(f.root, filepath.FromSlash(name))]
	f.o.mu.RUnlock()
	if ok {
		return &memFile{name: filepath.Base(name), r: bytes.NewReader([]byte(text)), size: int64(len(text))}, nil
	}
	return f.disk.Open(name)
}

// memFile is an open document read as a file.
type memFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (m *memFile) Stat() (fs.FileInfo, error)              { return m, nil }
func (m *memFile) Read(b []byte) (int, error)              { return m.r.Read(b) }
func (m *memFile) Close() error                            { return nil }
func (m *memFile) Name() string                            { return m.name }
func (m *memFile) Size() int64                             { return m.size }
func (m *memFile) Mode() fs.FileMode                       { return 0o444 }
func (m *memFile) ModTime() time.Time                      { return time.Time{} }
func (m *memFile) IsDir() bool                             { return false }
func (m *memFile) Sys() any                                { return nil }
func (m *memFile) ReadAt(b []byte, off int64) (int, error) { return m.r.ReadAt(b, off) }

// templateNames lists the names templates can be loaded by in an app, for
// completion and "did you mean": templates/ files by their path below
// templates/, and layouts/, pages/ and components/ files by their path in
// the app.
func (a *appIndex) templateNames() []string {
	var out []string
	for rel, e := range a.files {
		if name, ok := semantic.TemplateName(rel, e.role); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// markStale records that the text of an entry changed since its check;
// what the semantic analysis computed for its app is dropped. s.mu is
// held.
func (e *fileEntry) markStale() {
	e.stale = true
	if e.app != nil {
		e.app.memo = nil
	}
}
