package lsp

import (
	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/compiler/tmplcompile"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// targetKind says what a position of a file names.
type targetKind int

const (
	tNone        targetKind = iota
	tPyName                 // a Python name
	tPageVar                // a page variable: page.NAME, a template variable it defines, a YAML key
	tTmplLocal              // a template variable the template binds
	tTmplContext            // a template variable read from the context (a global, a parent's)
	tFilter                 // a filter name
	tTest                   // a test name
	tComponent              // the name in a component tag
	tProp                   // a keyword of a component tag
	tTemplate               // a template name in a string
	tEndpoint               // an endpoint name in url_for('…')
	tBlock                  // a block name
	tAttr                   // an attribute of an expression
	tTag                    // a tag keyword: for, if, endfor, …
)

// target is what a position names.
type target struct {
	kind targetKind
	name string
	// span is the occurrence at the position.
	span  source.Span
	pyRef pycompile.Ref
	tRef  tmplcompile.NameRef
	// tag is the component tag of a tComponent or tProp.
	tag *template.ComponentTag
	// tmplBase and pyBase are the expression whose attribute a tAttr
	// names.
	tmplBase template.Expr
	pyBase   python.Expr
	// node is the template node at the position (a Filter, a Test, a
	// Block, a statement of a tag keyword).
	node template.Node
}

// targetAt finds what off names in the file an.
func (w *workspace) targetAt(an *semantic.Analysis, off int) target {
	if an.InPython(off) {
		return w.pyTargetAt(an, off)
	}
	for _, t := range an.Templates {
		if semantic.Touches(t.Span, off) {
			return target{kind: tTemplate, name: t.Name, span: t.Span}
		}
	}
	for _, ep := range an.Endpoints {
		if semantic.Touches(ep.Span, off) {
			return target{kind: tEndpoint, name: ep.Name, span: ep.Span}
		}
	}
	if an.File.YAML != nil {
		for _, k := range an.File.YAML.Keys {
			if semantic.Touches(k.Span, off) {
				return target{kind: tPageVar, name: k.Name, span: k.Span}
			}
		}
	}
	if !an.InTemplate(off) {
		return target{}
	}
	path := an.TmplPath(off)
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *template.ComponentTag:
			if semantic.Touches(n.NameSpan, off) {
				return target{kind: tComponent, name: n.Name, span: n.NameSpan, tag: n}
			}
			if n.Close != nil && semantic.Touches(n.Close.NameSpan, off) && n.Close.Name != "" {
				return target{kind: tComponent, name: n.Name, span: n.Close.NameSpan, tag: n}
			}
			for _, k := range n.Kwargs {
				if semantic.Touches(k.KeySpan, off) {
					return target{kind: tProp, name: k.Key, span: k.KeySpan, tag: n}
				}
			}
		case *template.ComponentClose:
			if semantic.Touches(n.NameSpan, off) && n.Name != "" && i > 0 {
				if tag, ok := path[i-1].(*template.ComponentTag); ok {
					return target{kind: tComponent, name: tag.Name, span: n.NameSpan, tag: tag}
				}
			}
		case *template.Filter:
			if semantic.Touches(n.NameSpan, off) && n.Name != "" {
				return target{kind: tFilter, name: n.Name, span: n.NameSpan, node: n}
			}
		case *template.Test:
			if semantic.Touches(n.NameSpan, off) && n.Name != "" {
				return target{kind: tTest, name: n.Name, span: n.NameSpan, node: n}
			}
		case *template.Block:
			if semantic.Touches(n.NameSpan, off) {
				return target{kind: tBlock, name: n.Name, span: n.NameSpan, node: n}
			}
		case *template.Getattr:
			if semantic.Touches(n.AttrSpan, off) && n.Attr != "" {
				if v, ok := n.Node.(*template.Name); ok && v.Name == "page" && an.HasPageObject() {
					if r, ok := an.TmplRefAt(int(v.Loc.Start.Offset)); ok && r.Var == 0 {
						return target{kind: tPageVar, name: n.Attr, span: n.AttrSpan}
					}
				}
				return target{kind: tAttr, name: n.Attr, span: n.AttrSpan, tmplBase: n.Node}
			}
		case *template.Name:
			if r, ok := an.TmplRefAt(off); ok {
				return w.tmplNameTarget(an, r)
			}
		case *template.Macro:
			if r, ok := an.TmplRefAt(off); ok {
				return w.tmplNameTarget(an, r)
			}
		case *template.Import, *template.FromImport, *template.ImportName:
			if r, ok := an.TmplRefAt(off); ok {
				return w.tmplNameTarget(an, r)
			}
		}
		if kw, ok := tagKeywordAt(path[i], off); ok {
			return target{kind: tTag, name: an.Src.Text[kw.Start.Offset:kw.End.Offset], span: kw, node: path[i]}
		}
	}
	if r, ok := an.TmplRefAt(off); ok {
		return w.tmplNameTarget(an, r)
	}
	return target{}
}

// tmplNameTarget classifies a template variable occurrence.
func (w *workspace) tmplNameTarget(an *semantic.Analysis, r tmplcompile.NameRef) target {
	t := target{name: r.Name, span: r.Span, tRef: r}
	switch {
	case r.Var != 0:
		t.kind = tTmplLocal
	case r.Export:
		t.kind = tTmplLocal
	default:
		if _, ok := an.Exports(r.Name); ok {
			t.kind = tTmplLocal
		} else if an.HasPageObject() && an.PageVar(r.Name) != nil {
			t.kind = tPageVar
		} else {
			t.kind = tTmplContext
		}
	}
	return t
}

// pyTargetAt finds what off names in the Python part.
func (w *workspace) pyTargetAt(an *semantic.Analysis, off int) target {
	for _, ep := range an.Endpoints {
		if semantic.Touches(ep.Span, off) {
			return target{kind: tEndpoint, name: ep.Name, span: ep.Span}
		}
	}
	path := an.PyPath(off)
	for i := len(path) - 1; i >= 0; i-- {
		if at, ok := path[i].(*python.Attribute); ok && semantic.Touches(at.AttrLoc, off) && at.Attr != "" {
			if semantic.IsPageName(at.Value) && an.HasPageObject() {
				return target{kind: tPageVar, name: at.Attr, span: at.AttrLoc}
			}
			return target{kind: tAttr, name: at.Attr, span: at.AttrLoc, pyBase: at.Value}
		}
	}
	if r, ok := an.PyRefAt(off); ok {
		return target{kind: tPyName, name: r.Name, span: r.Span, pyRef: r}
	}
	return target{}
}

// tagKeywordAt returns the keyword span of a tag of a statement at off.
func tagKeywordAt(n template.Node, off int) (source.Span, bool) {
	for _, tg := range stmtTags(n) {
		if tg != nil && semantic.Touches(tg.Keyword, off) {
			return tg.Keyword, true
		}
	}
	return source.Span{}, false
}

// stmtTags returns the tags of a statement: its opening tag, the middle
// ones (else, elif, fallback) and its end tag; nil entries for missing
// ones.
func stmtTags(n template.Node) []*template.Tag {
	switch n := n.(type) {
	case *template.For:
		return []*template.Tag{&n.Tag, n.ElseTag, n.EndTag}
	case *template.If:
		tags := []*template.Tag{&n.Tag}
		for _, e := range n.Elif {
			tags = append(tags, &e.Tag)
		}
		return append(tags, n.ElseTag, n.EndTag)
	case *template.Macro:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.CallBlock:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.FilterBlock:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.With:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.Block:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.AssignBlock:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.ScopedEvalContextModifier:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.Suspense:
		return []*template.Tag{&n.Tag, n.FallbackTag, n.EndTag}
	case *template.Markdown:
		return []*template.Tag{&n.Tag, n.EndTag}
	case *template.Extends:
		return []*template.Tag{&n.Tag}
	case *template.Include:
		return []*template.Tag{&n.Tag}
	case *template.Import:
		return []*template.Tag{&n.Tag}
	case *template.FromImport:
		return []*template.Tag{&n.Tag}
	case *template.Assign:
		return []*template.Tag{&n.Tag}
	case *template.ExprStmt:
		return []*template.Tag{&n.Tag}
	case *template.UseLayout:
		return []*template.Tag{&n.Tag}
	case *template.Form:
		return []*template.Tag{&n.Tag}
	case *template.Continue:
		return []*template.Tag{&n.Tag}
	case *template.Break:
		return []*template.Tag{&n.Tag}
	case *template.Output:
		if n.Tag != nil {
			return []*template.Tag{n.Tag}
		}
	case *template.BadTag:
		return []*template.Tag{&n.Tag}
	}
	return nil
}
