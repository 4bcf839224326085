package lsp

import (
	"sort"

	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/app"
)

// appView is an indexed app as the semantic analysis reads it: the
// runtime's app over the overlay, the route table and the analyses of the
// server's entries (open documents first). s.mu is held while it is used.
type appView struct {
	w  *workspace
	ai *appIndex
}

// view returns the semantic view of an app, nil (a nil interface) outside
// one.
func (w *workspace) view(ai *appIndex) semantic.App {
	if ai == nil {
		return nil
	}
	return appView{w, ai}
}

// Runtime implements semantic.App.
func (v appView) Runtime() *app.App { return v.ai.rt }

// Routes implements semantic.App.
func (v appView) Routes() *routes.Table { return v.ai.routeTable(v.w) }

// Analysis implements semantic.App.
func (v appView) Analysis(rel string) *semantic.Analysis {
	e := v.ai.files[rel]
	if e == nil {
		return nil
	}
	return v.w.analysis(e)
}

// Rel implements semantic.App.
func (v appView) Rel(path string) (string, bool) { return v.ai.rel(path) }

// TemplateNames implements semantic.App.
func (v appView) TemplateNames() []string { return v.ai.templateNames() }

// Rels implements semantic.App.
func (v appView) Rels() []string {
	out := make([]string, 0, len(v.ai.files))
	for rel := range v.ai.files {
		out = append(out, rel)
	}
	sort.Strings(out)
	return out
}

// Memo implements semantic.App.
func (v appView) Memo() *semantic.Memo {
	if v.ai.memo == nil {
		v.ai.memo = &semantic.Memo{}
	}
	return v.ai.memo
}

// semanticDiags returns the semantic diagnostics of an entry; s.mu is held.
func (w *workspace) semanticDiags(e *fileEntry) diag.List {
	return semantic.Check(e.an, w.view(e.app), semantic.Options{ReferenceSplit: w.s.settings.ReferenceSplit})
}

// callableOf returns what a component tag named name calls from the file
// an of app ai; s.mu is held.
func (w *workspace) callableOf(ai *appIndex, an *semantic.Analysis, name string) *semantic.Callable {
	return semantic.CallableOf(w.view(ai), an, name)
}

// componentNames returns the names a component tag can use in the file an
// of app ai; s.mu is held.
func (w *workspace) componentNames(ai *appIndex, an *semantic.Analysis) []string {
	return semantic.ComponentNames(w.view(ai), an)
}

// endpoints returns every endpoint of an app; s.mu is held.
func (w *workspace) endpoints(ai *appIndex) map[string]*routes.Route {
	return semantic.Endpoints(w.view(ai))
}

// templateEntry returns the entry of the file a template name loads in an
// app, nil when none; s.mu is held.
func (w *workspace) templateEntry(ai *appIndex, name string) *fileEntry {
	rel, ok := semantic.TemplateRel(w.view(ai), name)
	if !ok {
		return nil
	}
	return ai.files[rel]
}
