package lsp

import (
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// localVar is a variable a template binds: a loop target, a {% set %}, a
// macro or its parameter, an import, a with target, a caller argument.
type localVar struct {
	name string
	def  source.Span
	id   int // the compiler's variable number (0 for loop when unused)
	kind string
	// stmt is the statement that binds it.
	stmt template.Node
}

// bindingOf describes the store r: the statement that binds it and its
// kind.
func (an *analysis) bindingOf(r tmplcompile.NameRef) (template.Node, string) {
	path := an.tmplPath(int(r.Span.Start.Offset))
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

// scopeOf returns the span in which a variable bound at span is visible:
// the innermost loop, macro, call, with, component body or block holding
// it, or the whole template.
func (an *analysis) scopeOf(span source.Span) source.Span {
	path := an.tmplPath(int(span.Start.Offset))
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
	return an.file.Template.Loc
}

// localsAt returns the template variables visible at off, innermost
// first, one per name.
func (an *analysis) localsAt(off int) []localVar {
	if an.file.Template == nil {
		return nil
	}
	var out []localVar
	seen := map[string]bool{}
	add := func(v localVar) {
		if !seen[v.name] {
			seen[v.name] = true
			out = append(out, v)
		}
	}
	// Bindings of enclosing statements, innermost first.
	path := an.tmplPath(off)
	for i := len(path) - 1; i >= 0; i-- {
		if f, ok := path[i].(*template.For); ok && off > int(f.Tag.Loc.End.Offset) {
			add(localVar{name: "loop", def: f.Tag.Keyword, kind: "loop", stmt: f})
		}
	}
	var stores []localVar
	for _, r := range an.tmplRefs {
		if !r.Store || r.Implicit {
			continue
		}
		if int(r.Span.End.Offset) > off {
			continue
		}
		scope := an.scopeOf(r.Span)
		if off > int(scope.End.Offset) {
			continue
		}
		stmt, kind := an.bindingOf(r)
		stores = append(stores, localVar{name: r.Name, def: r.Span, id: r.Var, kind: kind, stmt: stmt})
	}
	// The latest binding first.
	for i := len(stores) - 1; i >= 0; i-- {
		add(stores[i])
	}
	return out
}

// localDef returns the binding a template reference reads: the store of
// its variable, or the top-level store exporting a context name.
func (an *analysis) localDef(r tmplcompile.NameRef) (tmplcompile.NameRef, bool) {
	if r.Var != 0 {
		for _, x := range an.varRefs(r.Var) {
			if x.Store && !x.Implicit {
				return x, true
			}
		}
		return tmplcompile.NameRef{}, false
	}
	return an.exports(r.Name)
}
