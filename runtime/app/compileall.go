package app

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/runtime/tmpl"
	"github.com/hyperflask/hfc/runtime/vm"
)

// CompileAll compiles, without running any of it, the code of the pages
// given (slash paths such as pages/index.jpy), of every component, layout,
// template of templates/ and registry macro file, and the built-in
// layouts: everything a request may need, so that compile errors are found
// before serving and a code cache (a bundle) holds all of it. Python
// modules are compiled by CompileModules. It returns the problems found.
func (a *App) CompileAll(pages []string) diag.List {
	var out diag.List
	for _, rel := range pages {
		pf, err := a.pageFile(rel)
		if err != nil {
			continue
		}
		out = append(out, pf.compileErr...)
		if pf.yamlErr != nil {
			out = append(out, *pf.yamlErr)
		}
		if pf.kind != split.KindPython {
			out = append(out, a.compileTemplate(rel)...)
		}
	}
	for _, c := range a.Registry.Components() {
		if c.Template != "" {
			out = append(out, a.compileTemplate(c.Template)...)
		}
		if c.Kind == JPYComponent && c.code != "" {
			_, diags := a.Python.CompileSource(a.File(c.File), "\n"+c.code, pycompile.Options{})
			out = append(out, diags...)
		}
	}
	names := []string{"layouts/default.html", "layouts/base.html"}
	names = append(names, a.Registry.files("layouts")...)
	for _, rel := range a.Registry.files("templates") {
		if !strings.HasPrefix(path.Base(rel), ".") {
			names = append(names, strings.TrimPrefix(rel, "templates/"))
		}
	}
	names = append(names, sortedMacroFiles(a.Registry.macroFiles)...)
	seen := map[string]bool{}
	for _, name := range names {
		if !seen[name] {
			seen[name] = true
			out = append(out, a.compileTemplate(name)...)
		}
	}
	return out
}

// CompileModules compiles the Python modules of fsys (.py files outside
// pages/ and components/ of the app, and outside hidden folders and
// caches), each shown as show(path) as the loader names it when it imports
// the module.
func (a *App) CompileModules(fsys fs.FS, show func(string) string, skip func(string) bool) diag.List {
	var out diag.List
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "__pycache__" || d.Name() == "node_modules" || skip(p)) {
				return fs.SkipDir
			}
			return nil
		}
		if path.Ext(p) != ".py" {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil
		}
		_, diags := a.Python.CompileSource(show(p), string(data), pycompile.Options{})
		out = append(out, diags...)
		return nil
	})
	return out
}

// compileTemplate compiles a template by name; a template that does not
// compile is a diagnostic, one that does not exist is not.
func (a *App) compileTemplate(name string) diag.List {
	_, err := a.Env.GetTemplate(name)
	if err == nil {
		return nil
	}
	var exc *vm.Exception
	if errors.As(err, &exc) {
		if se, ok := exc.Payload.(*tmpl.SyntaxError); ok {
			return diag.List{se.Diag}
		}
		if exc.Matches(vm.TemplateNotFoundClass) {
			return nil
		}
	}
	b := diag.Builder{File: name}
	b.Add(diag.FileUnreadable, source.Span{}, "cannot load the template %s: %v", name, err)
	return b.Diags
}

func sortedMacroFiles(m map[string]macroFile) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
