package server

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// componentExts are the extensions of file components (reference §5.6).
var componentExts = map[string]bool{".html": true, ".jpy": true, ".py": true, ".js": true, ".ts": true, ".jsx": true, ".tsx": true}

// templateFolders hold templates that pages render by name.
var templateFolders = map[string]bool{"layouts": true, "templates": true, "macros": true}

// checkLayout reports the files of an app that are misplaced or cannot be
// read (reference §0–§1: pages in pages/, components in components/):
// a .jpy file outside the app's folders, a file of components/ that
// is no component, a pages/ folder at the project root beside app/, and
// files or folders that cannot be read. project holds the project's files;
// fsys the app's, whose root is shown as appRoot.
func checkLayout(project fs.FS, hasPkg bool, fsys fs.FS, appRoot string) diag.List {
	var b diag.Builder
	show := func(rel string) string {
		if appRoot == "" {
			return rel
		}
		return filepath.Join(appRoot, filepath.FromSlash(rel))
	}
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			b.File = show(p)
			b.Add(diag.FileUnreadable, source.Span{}, "cannot read %s: %v", show(p), unwrapPathError(err))
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(name, ".") || name == "__pycache__" || name == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") {
			return nil
		}
		top, _, nested := strings.Cut(p, "/")
		ext := path.Ext(name)
		b.File = show(p)
		switch {
		case nested && top == "pages":
		case nested && top == "components":
			if !componentExts[ext] && name != "__init__.py" {
				b.Add(diag.MisplacedFile, source.Span{}, "%s is not a component: its extension is %q; expected .html, .jpy, .py, .js, .ts, .jsx or .tsx", p, ext)
			}
		case ext == ".jpy" && !(nested && templateFolders[top]):
			b.Add(diag.MisplacedFile, source.Span{}, "%s is not a page or a component: a .jpy file belongs in pages/ or components/", p)
		}
		return nil
	})
	if hasPkg {
		if fi, err := fs.Stat(project, "pages"); err == nil && fi.IsDir() {
			b.File = filepath.Join(filepath.Dir(appRoot), "pages")
			b.Add(diag.MisplacedFile, source.Span{}, "%s is not read: the app lives in app/, so its pages are in app/pages", b.File)
		}
	}
	return b.Diags
}

// unwrapPathError drops the path that fs.WalkDir's error repeats.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
