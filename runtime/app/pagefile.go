package app

import (
	"io/fs"
	"path"
	"strings"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/yamlfm"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// pageFile is a page file read, split and compiled once per app: each
// request runs its program in a new module.
type pageFile struct {
	file   string // the path errors show
	kind   split.Kind
	module string // the module's name, app.pages.… or pages.…
	// hasCode is set for a .py page and a .jpy page with frontmatter; prog
	// is their compiled Python, nil with the diagnostics in compileErr
	// when it does not compile.
	hasCode    bool
	prog       *vm.Program
	compileErr diag.List
	// yaml is a static page's parsed YAML frontmatter (nil for none);
	// yamlErr its first error.
	yaml    *yamlfm.Doc
	yamlErr *diag.Diagnostic
}

// pageFile returns the page file rel, reading and compiling it on first
// use. A page that does not compile fails every run with its SyntaxError.
func (a *App) pageFile(rel string) (*pageFile, error) {
	if v, ok := a.pages.Load(rel); ok {
		return v.(*pageFile), nil
	}
	text, err := fs.ReadFile(a.FS, rel)
	if err != nil {
		return nil, tmpl.NotFound(rel)
	}
	pf := &pageFile{file: a.File(rel), kind: split.KindOf(rel)}
	name := strings.ReplaceAll(strings.TrimSuffix(rel, path.Ext(rel)), "/", ".")
	if a.pkg != "" {
		name = a.pkg + "." + name
	}
	pf.module = name
	sf := a.split(pf.file, string(text))
	code := ""
	switch {
	case pf.kind == split.KindPython:
		code = string(text)
	case pf.kind == split.KindJPY && sf.res.HasCode():
		// One leading newline keeps Python's line numbers equal to the
		// file's, and the reference appends its __jinja_template__
		// assignment after a blank line (reference §1.4): CPython's syntax
		// errors count those lines too ("unterminated triple-quoted string
		// literal (detected at line N)", a bracket left open).
		code = "\n" + sf.res.FrontmatterText(sf.f.Text) + "\n\n__jinja_template__ = '" + rel + "'"
	case pf.kind != split.KindJPY && sf.res.HasCode():
		doc, diags := yamlfm.Parse(sf.f, sf.res.Frontmatter.Start, sf.res.Frontmatter.End)
		pf.yaml = doc
		for i := range diags {
			if diags[i].Severity == diag.Error {
				pf.yamlErr = &diags[i]
				break
			}
		}
	}
	if code != "" || pf.kind == split.KindPython {
		pf.hasCode = true
		pf.prog, pf.compileErr = a.Python.CompileSource(pf.file, code, pycompile.Options{Injected: PageGlobals})
	}
	v, _ := a.pages.LoadOrStore(rel, pf)
	return v.(*pageFile), nil
}
