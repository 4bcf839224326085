package tmpl

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Source is the text of a template: the template is Text[Start:End] (all of
// Text when both are 0), so that positions are those of the whole file
// even when a frontmatter precedes the template.
type Source struct {
	Text       string
	File       string // the path shown in errors and tracebacks; the name when empty
	Start, End int
}

// A Loader finds the source of a template by name. A missing template is
// NotFound(name).
type Loader interface {
	Load(name string) (Source, error)
}

// NotFound is the TemplateNotFound exception for name.
func NotFound(name string) error {
	return vm.NewException(vm.TemplateNotFoundClass, vm.Str(name))
}

// MapLoader serves templates from memory (Jinja's DictLoader).
type MapLoader map[string]string

// Load implements Loader.
func (m MapLoader) Load(name string) (Source, error) {
	text, ok := m[name]
	if !ok {
		return Source{}, NotFound(name)
	}
	return Source{Text: text, End: len(text)}, nil
}

// DirLoader serves the files below Root by their slash-separated path
// relative to it (Jinja's FileSystemLoader). With Split, the template of a
// file is the part after its frontmatter, split as the reference does
// (reference §1.3), as Hyperflask's loader does for pages and components.
type DirLoader struct {
	Root  string
	Split bool
}

// Load implements Loader.
func (d DirLoader) Load(name string) (Source, error) {
	// Jinja's split_template_path: no ".." segments, "." and empty ones
	// ignored.
	var parts []string
	for _, seg := range strings.Split(name, "/") {
		switch seg {
		case "..":
			return Source{}, NotFound(name)
		case "", ".":
			continue
		}
		parts = append(parts, seg)
	}
	if len(parts) == 0 {
		return Source{}, NotFound(name)
	}
	p := filepath.Join(d.Root, filepath.FromSlash(path.Join(parts...)))
	data, err := os.ReadFile(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) || isDir(p) {
			return Source{}, NotFound(name)
		}
		return Source{}, vm.NewException(vm.OSErrorClass, vm.Str(err.Error()))
	}
	if !d.Split {
		return Source{Text: string(data), File: p, End: len(data)}, nil
	}
	return SplitSource(p, string(data)), nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// SplitSource returns the template part of a page file's text.
func SplitSource(file, text string) Source {
	f := source.NewFile(file, text)
	r := split.Split(f, split.Options{Python: split.KindOf(file).FrontmatterLang() == "python"})
	return Source{Text: text, File: file, Start: r.Template.Start, End: r.Template.End}
}
