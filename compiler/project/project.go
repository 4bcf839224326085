// Package project finds the files of a Hyperflask app and the role of each
// (reference §0, §1.1, §5.5, §5.6): the project root holds config.yml; the app
// root is <project>/app when that folder exists, else the project root; pages,
// components, layouts, templates and macros live in folders of the app root.
package project

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/grammar/page"
)

// Project is an app on disk.
type Project struct {
	Root    string // project root (holds config.yml, public/, migrations/)
	AppRoot string // app root (holds pages/, components/, …)
	Files   []File // every file of the app with a role, sorted by path
}

// File is one file of an app.
type File struct {
	Path string    // path on disk
	Rel  string    // path relative to the app root, with "/" separators
	Role page.Role // what the file is for
}

// folderRoles maps the app root's folders to the role of their files.
var folderRoles = map[string]page.Role{
	"pages":      page.RolePage,
	"components": page.RoleComponent,
	"layouts":    page.RoleLayout,
	"templates":  page.RoleTemplate,
	"macros":     page.RoleMacro,
}

// IsApp reports whether dir looks like a project or app root.
func IsApp(dir string) bool {
	for _, name := range []string{"config.yml", "pages", "app"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// FindRoot returns the project root that holds path: the nearest folder at or
// above it holding config.yml, else the nearest holding pages/ (or app/pages/),
// else "" when path is not inside an app.
func FindRoot(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	var pagesDir string
	for dir := abs; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "config.yml")); err == nil {
			return dir
		}
		if pagesDir == "" {
			if fi, err := os.Stat(filepath.Join(dir, "pages")); err == nil && fi.IsDir() {
				pagesDir = dir
				if filepath.Base(dir) == "app" {
					pagesDir = filepath.Dir(dir)
				}
			}
		}
		if filepath.Dir(dir) == dir {
			return pagesDir
		}
	}
}

// Load lists the files of the project rooted at root.
func Load(root string) (*Project, error) {
	p := &Project{Root: root, AppRoot: appRoot(root)}
	err := filepath.WalkDir(p.AppRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(p.AppRoot, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if path != p.AppRoot && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if role, ok := RoleOf(rel); ok {
			p.Files = append(p.Files, File{Path: path, Rel: rel, Role: role})
		}
		return nil
	})
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].Rel < p.Files[j].Rel })
	return p, err
}

// RoleOf returns the role of a file from its path relative to the app root,
// and false for files that hfc does not read (assets, data, frontend code).
func RoleOf(rel string) (page.Role, bool) {
	first, _, nested := strings.Cut(rel, "/")
	if nested {
		if role, ok := folderRoles[first]; ok {
			ext := filepath.Ext(rel)
			switch role {
			case page.RolePage:
				return role, !strings.Contains(rel, "__pycache__")
			case page.RoleComponent:
				// Frontend components (.js/.ts/.jsx/.tsx) are bundled, not parsed.
				return role, ext == ".jpy" || ext == ".py" || ext == ".html"
			default:
				return role, ext == ".html" || ext == ".htm" || ext == ".xml" || ext == ".svg" || ext == ".txt" || ext == ".md" || ext == ".mjml"
			}
		}
	}
	if filepath.Ext(rel) == ".py" && !strings.Contains(rel, "__pycache__") {
		return page.RoleModule, true
	}
	return 0, false
}

// skipDir reports whether a folder holds no app files: caches, installed
// packages and hidden folders (but .well-known, which a site may serve).
func skipDir(name string) bool {
	switch name {
	case "__pycache__", "node_modules", "venv":
		return true
	case ".well-known":
		return false
	}
	return strings.HasPrefix(name, ".")
}

// AppRoot returns the app root of the project rooted at root: root/app when
// that folder exists, else root.
func AppRoot(root string) string { return appRoot(root) }

// appRoot returns the app root of the project rooted at root.
func appRoot(root string) string {
	if fi, err := os.Stat(filepath.Join(root, "app")); err == nil && fi.IsDir() {
		return filepath.Join(root, "app")
	}
	return root
}

// RoleOfPath returns the role of the file at path, found from the app that
// holds it (RoleFile outside an app, or for a file of an app that hfc does not
// read).
func RoleOfPath(path string) page.Role {
	root := FindRoot(path)
	if root == "" {
		return page.RoleFile
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return page.RoleFile
	}
	rel, err := filepath.Rel(appRoot(root), abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return page.RoleFile
	}
	if role, ok := RoleOf(filepath.ToSlash(rel)); ok {
		return role
	}
	return page.RoleFile
}

// sourceExts are the extensions read in a folder that is not inside an app.
var sourceExts = map[string]bool{".jpy": true, ".py": true, ".html": true, ".htm": true, ".md": true}

// Expand turns command-line paths (files, app folders, any folder) into the
// files to read, in a stable order. A folder inside an app yields that app's
// files below it with their roles; another folder yields its .jpy, .py, .html
// and .md files, recursively. Paths keep the form the user gave.
func Expand(paths []string) ([]File, error) {
	var out []File
	seen := map[string]bool{}
	add := func(f File) {
		if abs, err := filepath.Abs(f.Path); err == nil && !seen[abs] {
			seen[abs] = true
			out = append(out, f)
		}
	}
	for _, arg := range paths {
		fi, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			add(File{Path: arg, Rel: filepath.ToSlash(arg), Role: RoleOfPath(arg)})
			continue
		}
		if root := FindRoot(arg); root != "" {
			p, err := Load(root)
			if err != nil {
				return nil, err
			}
			absArg, _ := filepath.Abs(arg)
			for _, f := range p.Files {
				abs, _ := filepath.Abs(f.Path)
				rel, err := filepath.Rel(absArg, abs)
				if err != nil || strings.HasPrefix(rel, "..") {
					continue
				}
				add(File{Path: filepath.Join(arg, rel), Rel: f.Rel, Role: f.Role})
			}
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != arg && skipDir(d.Name()) {
					return filepath.SkipDir
				}
				return nil
			}
			if sourceExts[filepath.Ext(path)] {
				add(File{Path: path, Rel: filepath.ToSlash(path), Role: page.RoleFile})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
