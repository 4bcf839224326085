package app

import (
	"github.com/hyperflask/hfc/compiler/check"
	"github.com/hyperflask/hfc/runtime/tmpl"
)

// CheckEnv returns what compiler/check needs to know about the app: the
// names injected into pages, the filters and tests of its template
// environment and its component registry. A nil app gives a plain Jinja
// environment's filters and tests (files outside an app).
func CheckEnv(a *App) *check.Env {
	env := &check.Env{PageGlobals: PageGlobals}
	var te *tmpl.Environment
	if a != nil {
		te = a.Env
		env.IsComponent = a.Registry.IsComponent
		env.DefaultLayout = a.Env.Options().DefaultLayout
	} else {
		te, _ = tmpl.NewEnvironment(tmpl.Options{}, nil)
	}
	env.Filters = set(te.FilterNames())
	env.Tests = set(te.TestNames())
	return env
}

func set(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// LoadTemplate finds a template by its name as the app's environment does
// (reference §1.6); the source's File is the file's path as a.File gives it.
func (a *App) LoadTemplate(name string) (tmpl.Source, error) {
	return templateLoader{a}.Load(name)
}

// DefinedIn returns the app file that defines a registered name: the file
// of a component, or the template file holding a registry macro; false when
// the registry does not know the name or no file defines it (the function
// macros HtmxOob and Image).
func (r *Registry) DefinedIn(name string) (rel string, ok bool) {
	e, ok := r.entries[name]
	switch {
	case !ok || e.fn != nil || e.builtin:
		return "", false
	case e.comp != nil:
		return e.comp.File, true
	}
	if mf, ok := r.macroFiles[e.template]; ok {
		return mf.rel, true
	}
	// templates/__macros__.html, registered under its template name.
	return "templates/" + e.template, true
}
