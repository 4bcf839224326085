package semantic

import (
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// LocalVar is a variable a template binds: a loop target, a {% set %}, a
// macro or its parameter, an import, a with target, a caller argument.
type LocalVar struct {
	Name string
	Def  source.Span
	ID   int // the compiler's variable number (0 for loop when unused)
	Kind string
	// stmt is the statement that binds it.
	Stmt template.Node
}

// BindingOf describes the store r: the statement that binds it and its
// kind.
func (an *Analysis) BindingOf(r tmplcompile.NameRef) (template.Node, string) {
	path := an.TmplPath(int(r.Span.Start.Offset))
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *template.For:
			return n, "loop variable"
		case *template.Macro:
			if r.Span == n.NameSpan {
				return n, "macro"
			}
			return n, "macro parameter"
		case *template.Assign, *template.AssignBlock:
			return n, "set"
		case *template.Import, *template.FromImport:
			return n, "import"
		case *template.With:
			return n, "with"
		case *template.CallBlock, *template.ComponentTag:
			return n, "caller argument"
		}
	}
	return nil, "variable"
}

// ScopeOf returns the span in which a variable bound at span is visible:
// the innermost loop, macro, call, with, component body or block holding
// it, or the whole template.
func (an *Analysis) ScopeOf(span source.Span) source.Span {
	path := an.TmplPath(int(span.Start.Offset))
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *template.For, *template.Macro, *template.CallBlock, *template.With, *template.Block, *template.FilterBlock:
			return n.Span()
		case *template.ComponentTag:
			if !n.Inline {
				return n.Span()
			}
		}
	}
	return an.File.Template.Loc
}

// LocalsAt returns the template variables visible at off, innermost
// first, one per name.
func (an *Analysis) LocalsAt(off int) []LocalVar {
	if an.File.Template == nil {
		return nil
	}
	var out []LocalVar
	seen := map[string]bool{}
	add := func(v LocalVar) {
		if !seen[v.Name] {
			seen[v.Name] = true
			out = append(out, v)
		}
	}
	// Bindings of enclosing statements, innermost first.
	path := an.TmplPath(off)
	for i := len(path) - 1; i >= 0; i-- {
		if f, ok := path[i].(*template.For); ok && off > int(f.Tag.Loc.End.Offset) {
			add(LocalVar{Name: "loop", Def: f.Tag.Keyword, Kind: "loop", Stmt: f})
		}
	}
	var stores []LocalVar
	for _, r := range an.TmplRefs {
		if !r.Store || r.Implicit {
			continue
		}
		if int(r.Span.End.Offset) > off {
			continue
		}
		scope := an.ScopeOf(r.Span)
		if off > int(scope.End.Offset) {
			continue
		}
		stmt, kind := an.BindingOf(r)
		stores = append(stores, LocalVar{Name: r.Name, Def: r.Span, ID: r.Var, Kind: kind, Stmt: stmt})
	}
	// The latest binding first.
	for i := len(stores) - 1; i >= 0; i-- {
		add(stores[i])
	}
	return out
}

// LocalDef returns the binding a template reference reads: the store of
// its variable, or the top-level store exporting a context name.
func (an *Analysis) LocalDef(r tmplcompile.NameRef) (tmplcompile.NameRef, bool) {
	if r.Var != 0 {
		for _, x := range an.VarRefs(r.Var) {
			if x.Store && !x.Implicit {
				return x, true
			}
		}
		return tmplcompile.NameRef{}, false
	}
	return an.Exports(r.Name)
}
