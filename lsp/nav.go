package lsp

import (
	"context"
	"encoding/json"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/pycompile"
	"github.com/hyperflask/hfc/compiler/routes"
	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// loc is a place in a file, found by definition or references.
type loc struct {
	path  string
	span  source.Span
	write bool // a definition or an assignment (document highlight)
}

// positionParams are the parameters of the requests at a position.
type positionParams struct {
	TextDocument struct {
		URI string `json:"uri"`
	} `json:"textDocument"`
	Position protocol.Position `json:"position"`
}

// at locates the request's position: the entry, its analysis and the byte
// offset. It locks s.mu (the caller unlocks) when ok.
func (s *Server) at(uri string, pos protocol.Position) (*fileEntry, *semantic.Analysis, int, bool) {
	path, ok := uriPath(uri)
	if !ok {
		return nil, nil, 0, false
	}
	e := s.ws.entryFor(path)
	s.mu.Lock()
	an := s.ws.analysis(e)
	return e, an, offsetOf(an.Src, pos), true
}

// atPosition answers a request about one position of a document: fn runs
// with the workspace locked, on the document's entry, its analysis and the
// byte offset of pos. A document that is not a file answers null.
func (s *Server) atPosition(uri string, pos protocol.Position, fn func(e *fileEntry, an *semantic.Analysis, off int) (any, error)) (any, error) {
	e, an, off, ok := s.at(uri, pos)
	if !ok {
		return nil, nil
	}
	defer s.mu.Unlock()
	return fn(e, an, off)
}

func (s *Server) definition(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		locs := s.ws.definitions(e, an, s.ws.targetAt(an, off))
		return s.ws.lspLocations(locs), nil
	})
}

// definitions returns where a target is defined; s.mu is held.
func (w *workspace) definitions(e *fileEntry, an *semantic.Analysis, t target) []loc {
	switch t.kind {
	case tPyName:
		return w.pyDefinitions(an, t)
	case tPageVar:
		if v := an.PageVar(t.name); v != nil {
			return spansIn(an.Path, v.Defs[:1], true)
		}
	case tTmplLocal:
		if d, ok := an.LocalDef(t.tRef); ok {
			return []loc{{path: an.Path, span: d.Span, write: true}}
		}
	case tTmplContext:
		for _, pe := range w.parents(e) {
			if d, ok := pe.an.Exports(t.name); ok {
				return []loc{{path: pe.path, span: d.Span, write: true}}
			}
		}
	case tComponent:
		if cl := w.callableOf(e.app, an, t.name); cl != nil && cl.Path != "" {
			return []loc{{path: cl.Path, span: cl.Span}}
		}
	case tProp:
		if cl := w.callableOf(e.app, an, t.tag.Name); cl != nil && cl.Path != "" {
			return []loc{w.propDefinition(cl, t.name)}
		}
	case tTemplate:
		if te := w.templateEntry(e.app, t.name); te != nil {
			return []loc{{path: te.path}}
		}
	case tEndpoint:
		if e.app != nil {
			if r := w.endpoints(e.app)[t.name]; r != nil {
				return []loc{{path: filepath.Join(e.app.appRoot, filepath.FromSlash(r.File))}}
			}
			if e.app.rt != nil {
				if c := e.app.rt.Registry.Component(t.name); c != nil {
					return []loc{{path: filepath.Join(e.app.appRoot, filepath.FromSlash(c.File))}}
				}
			}
		}
	case tBlock:
		for _, pe := range w.parents(e) {
			for _, b := range pe.an.Blocks {
				if b.Name == t.name {
					return []loc{{path: pe.path, span: b.NameSpan}}
				}
			}
		}
	case tAttr:
		return w.attrDefinitions(an, t)
	}
	return nil
}

// propDefinition returns where a component reads a prop: the first
// props.NAME of its template or its render parameter; the file's start
// when neither is found.
func (w *workspace) propDefinition(cl *semantic.Callable, name string) loc {
	if cl.Macro != nil {
		for _, a := range cl.Macro.Args {
			if a.Name == name {
				return loc{path: cl.Path, span: a.Loc}
			}
		}
		return loc{path: cl.Path, span: cl.Span}
	}
	if a := w.analysisOfPath(cl.Path); a != nil {
		if a.File.Python != nil {
			found := source.Span{}
			python.Inspect(a.File.Python, func(n python.Node) bool {
				if arg, ok := n.(*python.Arg); ok && arg.Arg == name && !found.IsValid() {
					found = arg.Loc
				}
				return !found.IsValid()
			})
			if found.IsValid() {
				return loc{path: cl.Path, span: found}
			}
		}
		if t := a.File.Template; t != nil {
			found := source.Span{}
			template.Inspect(t, func(n template.Node) bool {
				if g, ok := n.(*template.Getattr); ok && g.Attr == name && !found.IsValid() {
					if v, ok := g.Node.(*template.Name); ok && (v.Name == "props" || v.Name == "kwargs") {
						found = g.AttrSpan
					}
				}
				return !found.IsValid()
			})
			if found.IsValid() {
				return loc{path: cl.Path, span: found}
			}
		}
	}
	return loc{path: cl.Path}
}

// analysisOfPath returns the analysis of an indexed file; s.mu is held.
func (w *workspace) analysisOfPath(path string) *semantic.Analysis {
	a := w.appOf(path)
	if a == nil {
		if e, ok := w.loose[path]; ok {
			return w.analysis(e)
		}
		return nil
	}
	rel, ok := a.rel(path)
	if !ok {
		return nil
	}
	if e := a.files[rel]; e != nil {
		return w.analysis(e)
	}
	return nil
}

// parentEntry is a template a file extends, with its analysis.
type parentEntry struct {
	path string
	an   *semantic.Analysis
}

// parents returns the chain of templates e extends, nearest first; s.mu
// is held.
func (w *workspace) parents(e *fileEntry) []parentEntry {
	return w.parentsOf(e.app, w.analysis(e))
}

// parentsOf returns the templates that the file an of app ai extends,
// nearest first; s.mu is held.
func (w *workspace) parentsOf(ai *appIndex, an *semantic.Analysis) []parentEntry {
	var out []parentEntry
	seen := map[string]bool{}
	for an.Extends != "" && !seen[an.Extends] {
		seen[an.Extends] = true
		pe := w.templateEntry(ai, an.Extends)
		if pe == nil {
			break
		}
		an = w.analysis(pe)
		out = append(out, parentEntry{pe.path, an})
	}
	return out
}

// pyDefinitions returns the definition of a Python name: its first
// binding in its scope, followed into the app module it is imported from.
func (w *workspace) pyDefinitions(an *semantic.Analysis, t target) []loc {
	res := an.Res.Resolution
	owner := res.Owner(t.pyRef.Scope, t.name)
	for _, r := range res.Refs {
		if r.Name != t.name || !r.Def || res.Owner(r.Scope, r.Name) != owner {
			continue
		}
		if owner == res.Module {
			if l, ok := w.importedDefinition(an, t.name); ok {
				return []loc{l}
			}
		}
		return []loc{{path: an.Path, span: r.Span, write: true}}
	}
	return nil
}

// importedDefinition follows `from M import name` to name's definition in
// the app module M.
func (w *workspace) importedDefinition(an *semantic.Analysis, name string) (loc, bool) {
	imp, ok := an.PyStmtDefining(name).(*python.ImportFrom)
	if !ok {
		return loc{}, false
	}
	for _, al := range imp.Names {
		local := al.Asname
		if local == "" {
			local = al.Name
		}
		if local != name {
			continue
		}
		if mod := w.appModule(an, imp.Module, imp.Level); mod != nil {
			if d, ok := mod.PyDef(al.Name); ok {
				return loc{path: mod.Path, span: d.Span, write: true}, true
			}
		}
		if mod := w.appModule(an, joinModule(imp.Module, al.Name), imp.Level); mod != nil {
			return loc{path: mod.Path}, true
		}
	}
	return loc{}, false
}

// attrDefinitions returns the definition of an attribute of an app class
// or module.
func (w *workspace) attrDefinitions(an *semantic.Analysis, t target) []loc {
	var bt *typ
	if t.pyBase != nil {
		bt = w.inferPy(an, t.pyBase, 0)
	} else {
		bt = w.inferTmpl(an, t.tmplBase, 0)
	}
	if bt == nil {
		return nil
	}
	if bt.module != nil && bt.name == "module" {
		if d, ok := bt.module.PyDef(t.name); ok {
			return []loc{{path: bt.module.Path, span: d.Span, write: true}}
		}
	}
	if bt.class != nil {
		for _, s := range bt.class.def.Body {
			switch s := s.(type) {
			case *python.AnnAssign:
				if v, ok := s.Target.(*python.Name); ok && v.ID == t.name {
					return []loc{{path: bt.class.an.Path, span: v.Loc, write: true}}
				}
			case *python.Assign:
				for _, tg := range s.Targets {
					if v, ok := tg.(*python.Name); ok && v.ID == t.name {
						return []loc{{path: bt.class.an.Path, span: v.Loc, write: true}}
					}
				}
			case *python.FunctionDef:
				if s.Name == t.name {
					return []loc{{path: bt.class.an.Path, span: s.NameLoc, write: true}}
				}
			}
		}
	}
	return nil
}

func spansIn(path string, spans []source.Span, write bool) []loc {
	out := make([]loc, len(spans))
	for i, s := range spans {
		out[i] = loc{path: path, span: s, write: write}
	}
	return out
}

// lspLocations converts locs, in order; s.mu is held.
func (w *workspace) lspLocations(locs []loc) []protocol.Location {
	out := []protocol.Location{}
	srcs := map[string]*source.File{}
	for _, l := range locs {
		f, ok := srcs[l.path]
		if !ok {
			f = w.sourceOf(l.path)
			srcs[l.path] = f
		}
		out = append(out, protocol.Location{URI: protocol.DocumentURI(pathURI(l.path)), Range: lspRange(f, l.span)})
	}
	return out
}

type referenceParams struct {
	positionParams
	Context struct {
		IncludeDeclaration bool `json:"includeDeclaration"`
	} `json:"context"`
}

func (s *Server) references(ctx context.Context, raw json.RawMessage) (any, error) {
	var p referenceParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		t := s.ws.targetAt(an, off)
		locs := s.ws.references(ctx, e, an, t)
		if !p.Context.IncludeDeclaration {
			defs := map[loc]bool{}
			for _, d := range s.ws.definitions(e, an, t) {
				defs[d] = true
			}
			kept := locs[:0]
			for _, l := range locs {
				if !defs[loc{path: l.path, span: l.span, write: true}] && !defs[loc{path: l.path, span: l.span}] {
					kept = append(kept, l)
				}
			}
			locs = kept
		}
		return s.ws.lspLocations(locs), nil
	})
}

// references returns every occurrence of a target, definitions included,
// sorted by file and position; s.mu is held.
func (w *workspace) references(ctx context.Context, e *fileEntry, an *semantic.Analysis, t target) []loc {
	var out []loc
	switch t.kind {
	case tPyName:
		if l, ok := w.importedDefinition(an, t.name); ok {
			// A name imported from an app module: its references in
			// the app.
			if mod := w.analysisOfPath(l.path); mod != nil {
				if r, ok := mod.PyRefAt(int(l.span.Start.Offset)); ok {
					out = w.pyReferences(mod, r.Name, r)
					break
				}
			}
		}
		out = w.pyReferences(an, t.name, t.pyRef)
	case tPageVar:
		out = pageVarRefs(an, t.name)
		out = append(out, w.layoutPageVarRefs(e, an, t.name)...)
	case tTmplLocal:
		if t.tRef.Var != 0 && !t.tRef.Export {
			for _, r := range an.VarRefs(t.tRef.Var) {
				if r.Export {
					out = append(out, contextRefLocs(an, r.Name)...)
					break
				}
				if !r.Implicit {
					out = append(out, loc{path: an.Path, span: r.Span, write: r.Store})
				}
			}
		} else {
			out = contextRefLocs(an, t.name)
		}
	case tTmplContext:
		out = contextRefLocs(an, t.name)
	case tComponent:
		out = w.componentRefs(ctx, e, an, t.name)
	case tFilter, tTest, tTemplate, tEndpoint:
		out = w.appWideRefs(ctx, e, t)
	case tBlock:
		out = w.blockRefs(ctx, e, t.name)
	case tAttr:
		if t.pyBase == nil {
			out = w.attrRefsInTemplate(an, t)
		}
	}
	sortLocs(out)
	return dedupLocs(out)
}

// blockRefs returns the definitions of a block across its extends chain:
// in the furthest template of e's chain that defines the block, and in
// every file of the app whose chain reaches that template (the
// templates overriding the block and those it overrides), with the
// self.NAME() calls that render it; s.mu is held.
func (w *workspace) blockRefs(ctx context.Context, e *fileEntry, name string) []loc {
	top := e.path
	for _, pe := range w.parents(e) {
		if definesBlock(pe.an, name) {
			top = pe.path
		}
	}
	var out []loc
	for _, an := range w.appAnalyses(e) {
		if ctx.Err() != nil {
			break
		}
		if an.Path != top && !w.extendsPath(e.app, an, top) {
			continue
		}
		for _, b := range an.Blocks {
			if b.Name == name {
				out = append(out, loc{path: an.Path, span: b.NameSpan, write: true})
			}
		}
		if an.File.Template == nil {
			continue
		}
		template.Inspect(an.File.Template, func(n template.Node) bool {
			if g, ok := n.(*template.Getattr); ok && g.Attr == name {
				if v, ok := g.Node.(*template.Name); ok && v.Name == "self" {
					out = append(out, loc{path: an.Path, span: g.AttrSpan})
				}
			}
			return true
		})
	}
	return out
}

// definesBlock reports whether a template defines a block.
func definesBlock(an *semantic.Analysis, name string) bool {
	for _, b := range an.Blocks {
		if b.Name == name {
			return true
		}
	}
	return false
}

// extendsPath reports whether the file an extends the file at path,
// directly or through other templates; s.mu is held.
func (w *workspace) extendsPath(ai *appIndex, an *semantic.Analysis, path string) bool {
	for _, pe := range w.parentsOf(ai, an) {
		if pe.path == path {
			return true
		}
	}
	return false
}

// pyReferences returns the occurrences of a Python name in its scope; for
// a module-level name of an app module, also its imports by other app
// files and their uses.
func (w *workspace) pyReferences(an *semantic.Analysis, name string, ref pycompile.Ref) []loc {
	res := an.Res.Resolution
	owner := res.Owner(ref.Scope, name)
	var out []loc
	for _, r := range res.Refs {
		if r.Name == name && res.Owner(r.Scope, r.Name) == owner {
			out = append(out, loc{path: an.Path, span: r.Span, write: r.Def})
		}
	}
	if owner != res.Module || an.Role != page.RoleModule {
		return out
	}
	ai := w.appOf(an.Path)
	if ai == nil {
		return out
	}
	for _, e := range ai.files {
		if e.path == an.Path {
			continue
		}
		other := w.analysis(e)
		if other.File.Python == nil {
			continue
		}
		for _, s := range other.File.Python.Body {
			imp, ok := s.(*python.ImportFrom)
			if !ok || w.appModule(other, imp.Module, imp.Level) != an {
				continue
			}
			for _, al := range imp.Names {
				if al.Name != name {
					continue
				}
				out = append(out, loc{path: other.Path, span: al.NameLoc})
				if al.Asname == "" {
					ores := other.Res.Resolution
					for _, r := range ores.Refs {
						if r.Name == name && ores.Owner(r.Scope, r.Name) == ores.Module && r.Span != al.NameLoc {
							out = append(out, loc{path: other.Path, span: r.Span, write: r.Def})
						}
					}
				}
			}
		}
	}
	return out
}

// pageVarRefs returns the occurrences of a page variable in its page:
// page.NAME in Python and in the template, the template variable, the
// YAML key.
func pageVarRefs(an *semantic.Analysis, name string) []loc {
	var out []loc
	for _, at := range an.PageAttrs {
		if at.Attr == name {
			out = append(out, loc{path: an.Path, span: at.AttrLoc, write: at.Ctx == python.Store})
		}
	}
	if v := an.PageVar(name); v != nil && v.YAML != nil {
		out = append(out, spansIn(an.Path, v.Defs, true)...)
	}
	for _, r := range an.TmplRefs {
		if r.Name == name && r.Var == 0 && !r.Store && !r.Implicit {
			if _, shadowed := an.Exports(name); !shadowed {
				out = append(out, loc{path: an.Path, span: r.Span})
			}
		}
	}
	if t := an.File.Template; t != nil {
		template.Inspect(t, func(n template.Node) bool {
			if g, ok := n.(*template.Getattr); ok && g.Attr == name {
				if v, ok := g.Node.(*template.Name); ok && v.Name == "page" {
					out = append(out, loc{path: an.Path, span: g.AttrSpan})
				}
			}
			return true
		})
	}
	return out
}

// layoutPageVarRefs returns the uses of a page variable in the templates
// the page extends, where they are certainly the page's: of the pages
// that render the template (semantic.Extenders), the page is the only one
// that sets the name, and no template between sets it; s.mu is held.
func (w *workspace) layoutPageVarRefs(e *fileEntry, an *semantic.Analysis, name string) []loc {
	if e.app == nil || an.Role != page.RolePage {
		return nil
	}
	var out []loc
	for _, pe := range w.parents(e) {
		pages, templates, ok := semantic.Extenders(w.view(e.app), pe.an.Rel)
		if !ok || !onlySetter(an, name, pages, templates) {
			break
		}
		if _, shadowed := pe.an.Exports(name); shadowed {
			break
		}
		out = append(out, pageVarRefs(pe.an, name)...)
	}
	return out
}

// onlySetter reports whether an is the only one of pages to set a page
// variable, and none of templates sets the name at its top level.
func onlySetter(an *semantic.Analysis, name string, pages, templates []*semantic.Analysis) bool {
	for _, p := range pages {
		if p.Path == an.Path {
			continue
		}
		if _, exported := p.Exports(name); p.PageVar(name) != nil || exported || p.PassesPage() {
			return false
		}
	}
	for _, t := range templates {
		if _, exported := t.Exports(name); exported {
			return false
		}
	}
	return true
}

// contextRefLocs returns the occurrences of a context name in a template.
func contextRefLocs(an *semantic.Analysis, name string) []loc {
	var out []loc
	for _, r := range an.ContextRefs(name) {
		out = append(out, loc{path: an.Path, span: r.Span, write: r.Store})
	}
	return out
}

// componentRefs returns the definition and the tags of a component or
// macro across the app (a macro of the file: within the file).
func (w *workspace) componentRefs(ctx context.Context, e *fileEntry, an *semantic.Analysis, name string) []loc {
	cl := w.callableOf(e.app, an, name)
	if cl == nil {
		return tagLocs(an, name)
	}
	var out []loc
	if cl.Span.IsValid() {
		out = append(out, loc{path: cl.Path, span: cl.Span, write: true})
	}
	if cl.Kind == "macro" {
		out = append(out, tagLocs(an, name)...)
		for _, r := range an.TmplRefs {
			if r.Name == name && !r.Store && !r.Implicit {
				out = append(out, loc{path: an.Path, span: r.Span})
			}
		}
		return out
	}
	for _, other := range w.appAnalyses(e) {
		if ctx.Err() != nil {
			break
		}
		local := false
		for _, m := range other.Macros {
			if m.Name == name {
				local = true
			}
		}
		if !local {
			out = append(out, tagLocs(other, name)...)
		}
	}
	return out
}

// tagLocs returns the name spans of the tags of a component in a file.
func tagLocs(an *semantic.Analysis, name string) []loc {
	var out []loc
	for _, tag := range an.Components {
		if tag.Name != name {
			continue
		}
		out = append(out, loc{path: an.Path, span: tag.NameSpan})
		if tag.Close != nil && tag.Close.Name == name {
			out = append(out, loc{path: an.Path, span: tag.Close.NameSpan})
		}
	}
	return out
}

// appAnalyses returns the analyses of every file of e's app (e alone
// outside an app); s.mu is held.
func (w *workspace) appAnalyses(e *fileEntry) []*semantic.Analysis {
	if e.app == nil {
		return []*semantic.Analysis{w.analysis(e)}
	}
	rels := make([]string, 0, len(e.app.files))
	for rel := range e.app.files {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	out := make([]*semantic.Analysis, 0, len(rels))
	for _, rel := range rels {
		out = append(out, w.analysis(e.app.files[rel]))
	}
	return out
}

// appWideRefs returns the uses of a filter, test, template name or
// endpoint across the app.
func (w *workspace) appWideRefs(ctx context.Context, e *fileEntry, t target) []loc {
	var out []loc
	var want *fileEntry
	if t.kind == tTemplate {
		want = w.templateEntry(e.app, t.name)
	}
	for _, an := range w.appAnalyses(e) {
		if ctx.Err() != nil {
			break
		}
		switch t.kind {
		case tTemplate:
			for _, r := range an.Templates {
				if r.Name == t.name || (want != nil && w.templateEntry(e.app, r.Name) == want) {
					out = append(out, loc{path: an.Path, span: r.Span})
				}
			}
		case tEndpoint:
			for _, r := range an.Endpoints {
				if r.Name == t.name {
					out = append(out, loc{path: an.Path, span: r.Span})
				}
			}
		case tFilter, tTest:
			if an.File.Template == nil {
				continue
			}
			template.Inspect(an.File.Template, func(n template.Node) bool {
				switch n := n.(type) {
				case *template.Filter:
					if t.kind == tFilter && n.Name == t.name {
						out = append(out, loc{path: an.Path, span: n.NameSpan})
					}
				case *template.Test:
					if t.kind == tTest && n.Name == t.name {
						out = append(out, loc{path: an.Path, span: n.NameSpan})
					}
				}
				return true
			})
		}
	}
	return out
}

// attrRefsInTemplate returns the accesses of the same attribute on
// expressions of the same inferred type in the template.
func (w *workspace) attrRefsInTemplate(an *semantic.Analysis, t target) []loc {
	bt := w.inferTmpl(an, t.tmplBase, 0)
	if bt == nil {
		return []loc{{path: an.Path, span: t.span}}
	}
	var out []loc
	template.Inspect(an.File.Template, func(n template.Node) bool {
		if g, ok := n.(*template.Getattr); ok && g.Attr == t.name {
			if ot := w.inferTmpl(an, g.Node, 0); ot != nil && ot.String() == bt.String() {
				out = append(out, loc{path: an.Path, span: g.AttrSpan})
			}
		}
		return true
	})
	return out
}

func sortLocs(locs []loc) {
	sort.SliceStable(locs, func(i, j int) bool {
		if locs[i].path != locs[j].path {
			return locs[i].path < locs[j].path
		}
		return locs[i].span.Start.Offset < locs[j].span.Start.Offset
	})
}

func dedupLocs(locs []loc) []loc {
	out := locs[:0]
	for i, l := range locs {
		if i > 0 && l.path == locs[i-1].path && l.span == locs[i-1].span {
			if l.write {
				out[len(out)-1].write = true
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

func (s *Server) documentHighlight(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		t := s.ws.targetAt(an, off)
		if t.kind == tNone {
			return []protocol.DocumentHighlight{}, nil
		}
		var locs []loc
		if t.kind == tTag {
			for _, tg := range stmtTags(t.node) {
				if tg != nil {
					locs = append(locs, loc{path: an.Path, span: tg.Keyword})
				}
			}
		} else {
			locs = s.ws.references(ctx, e, an, t)
		}
		out := []protocol.DocumentHighlight{}
		for _, l := range locs {
			if l.path != an.Path || !l.span.IsValid() {
				continue
			}
			kind := protocol.DocumentHighlightKindRead
			if l.write {
				kind = protocol.DocumentHighlightKindWrite
			}
			if t.kind == tTag {
				kind = protocol.DocumentHighlightKindText
			}
			out = append(out, protocol.DocumentHighlight{Range: lspRange(an.Src, l.span), Kind: kind})
		}
		return out, nil
	})
}

// renameErr is the error of a rename that cannot be done.
func renameErr(format string, args ...any) error {
	return jsonrpc2.Errorf(jsonrpc2.InvalidRequest, format, args...)
}

// renamable reports whether a target can be renamed, and why not.
func renamable(t target) error {
	switch t.kind {
	case tPyName, tPageVar, tTmplLocal, tComponent, tBlock, tTemplate, tEndpoint:
		return nil
	case tNone:
		return renameErr("there is nothing to rename here")
	case tTmplContext:
		return renameErr("%s is not defined in this app (a global or a name the runtime provides); it cannot be renamed", t.name)
	}
	return renameErr("hfls cannot rename %s: only Python names, page variables, template variables, blocks, components, template names and endpoints can be renamed", t.name)
}

func (s *Server) prepareRename(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	_, an, off, ok := s.at(p.TextDocument.URI, p.Position)
	if !ok {
		return nil, nil
	}
	defer s.mu.Unlock()
	t := s.ws.targetAt(an, off)
	if err := renamable(t); err != nil {
		return nil, err
	}
	if t.kind == tPyName && t.pyRef.Scope != nil && an.Res.Resolution.Owner(t.pyRef.Scope, t.name) == an.Res.Resolution.Module {
		if _, defined := an.PyDef(t.name); !defined {
			return nil, renameErr("%s is a builtin or a name the runtime injects; it cannot be renamed", t.name)
		}
	}
	return map[string]any{"range": lspRange(an.Src, t.span), "placeholder": t.name}, nil
}

type renameParams struct {
	positionParams
	NewName string `json:"newName"`
}

// workspaceEdit is LSP's WorkspaceEdit with document changes that may
// rename files (protocol v0.12.0 has text edits only).
type workspaceEdit struct {
	Changes         map[string][]protocol.TextEdit `json:"changes,omitempty"`
	DocumentChanges []any                          `json:"documentChanges,omitempty"`
}

type renameFile struct {
	Kind   string `json:"kind"`
	OldURI string `json:"oldUri"`
	NewURI string `json:"newUri"`
}

type createFile struct {
	Kind string `json:"kind"`
	URI  string `json:"uri"`
}

type textDocumentEdit struct {
	TextDocument struct {
		URI     string `json:"uri"`
		Version *int32 `json:"version"`
	} `json:"textDocument"`
	Edits []protocol.TextEdit `json:"edits"`
}

func (s *Server) rename(ctx context.Context, raw json.RawMessage) (any, error) {
	var p renameParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		t := s.ws.targetAt(an, off)
		if err := renamable(t); err != nil {
			return nil, err
		}
		var file *renameFile // the file renamed with the name
		switch t.kind {
		case tTemplate:
			f, err := s.ws.renameTemplateFile(e, t.name, p.NewName)
			if err != nil {
				return nil, err
			}
			file = f
		case tEndpoint:
			f, err := s.ws.renameEndpointFile(e, t.name, p.NewName)
			if err != nil {
				return nil, err
			}
			file = f
		default:
			if !isIdentifier(p.NewName) {
				return nil, renameErr("%q is not a valid name: expected letters, digits and _ not starting with a digit", p.NewName)
			}
		}
		locs := s.ws.references(ctx, e, an, t)
		edits := map[string][]protocol.TextEdit{}
		var order []string
		for _, l := range locs {
			if !l.span.IsValid() {
				continue
			}
			f := s.ws.sourceOf(l.path)
			if f.Text[l.span.Start.Offset:l.span.End.Offset] != t.name {
				continue // a component file's start, a page.NAME's page
			}
			if _, ok := edits[l.path]; !ok {
				order = append(order, l.path)
			}
			edits[l.path] = append(edits[l.path], protocol.TextEdit{Range: lspRange(f, l.span), NewText: p.NewName})
		}
		we := &workspaceEdit{}
		for _, path := range order {
			var tde textDocumentEdit
			tde.TextDocument.URI = pathURI(path)
			if d, ok := s.ws.docs[path]; ok {
				v := d.version
				tde.TextDocument.Version = &v
			}
			tde.Edits = edits[path]
			we.DocumentChanges = append(we.DocumentChanges, tde)
		}
		if file != nil {
			we.DocumentChanges = append(we.DocumentChanges, *file)
		}
		if t.kind == tComponent {
			if cl := s.ws.callableOf(e.app, an, t.name); cl != nil && cl.Kind == "component" && cl.Path != "" {
				base := filepath.Base(cl.Path)
				ext := base[strings.IndexByte(base, '.'):]
				newPath := filepath.Join(filepath.Dir(cl.Path), p.NewName+ext)
				we.DocumentChanges = append(we.DocumentChanges, renameFile{Kind: "rename", OldURI: pathURI(cl.Path), NewURI: pathURI(newPath)})
			}
		}
		return we, nil
	})
}

// renameTemplateFile returns the file rename that renaming the template
// name to newName needs: the file the name loads moves so that newName
// loads it. A template that is not a file of the app (a built-in layout)
// cannot be renamed; s.mu is held.
func (w *workspace) renameTemplateFile(e *fileEntry, name, newName string) (*renameFile, error) {
	if newName == "" || strings.ContainsAny(newName, "\"'\\ \t\n{}%") || strings.HasPrefix(newName, "/") ||
		slices.Contains(strings.Split(newName, "/"), "..") || path.Ext(newName) == "" {
		return nil, renameErr("%q is not a template name: expected a path in the app such as layouts/main.html", newName)
	}
	te := w.templateEntry(e.app, name)
	if te == nil {
		return nil, renameErr("template %q is not a file of the app; it cannot be renamed", name)
	}
	prefix, ok := strings.CutSuffix(te.rel, name)
	if !ok || (prefix != "" && prefix != "templates/") {
		return nil, renameErr("template %q loads %s, whose path does not end with the name; rename the file instead", name, te.rel)
	}
	if _, ok := e.app.files[prefix+newName]; ok {
		return nil, renameErr("%s exists already", prefix+newName)
	}
	return &renameFile{Kind: "rename", OldURI: pathURI(te.path), NewURI: pathURI(filepath.Join(e.app.appRoot, filepath.FromSlash(prefix+newName)))}, nil
}

// renameEndpointFile returns the file rename that renaming a page's
// endpoint needs: an endpoint is the page's path, so the page's file is
// renamed in its folder (the endpoint's prefix, its folders, stays);
// endpoints of components and static cannot be renamed; s.mu is held.
func (w *workspace) renameEndpointFile(e *fileEntry, name, newName string) (*renameFile, error) {
	if e.app == nil {
		return nil, renameErr("endpoint %q is not an endpoint of an app", name)
	}
	r := w.endpoints(e.app)[name]
	if r == nil {
		return nil, renameErr("endpoint %q is not a page's: it cannot be renamed (a component's endpoint is its name)", name)
	}
	pe := e.app.files[r.File]
	if pe == nil {
		return nil, renameErr("endpoint %q: the page %s is not indexed", name, r.File)
	}
	dir, base := path.Split(r.File)
	ext := base[strings.IndexByte(base, '.'):]
	stem := strings.TrimSuffix(base, ext)
	prefix, ok := strings.CutSuffix(name, stem)
	last, ok2 := strings.CutPrefix(newName, prefix)
	if !ok || !ok2 || last == "" || strings.ContainsAny(last, "/\\ .") {
		return nil, renameErr("the endpoint %q is the path of %s: a new endpoint must keep its folders' prefix %q", name, r.File, prefix)
	}
	newRel := dir + last + ext
	if _, exists := e.app.files[newRel]; exists {
		return nil, renameErr("%s exists already", newRel)
	}
	t := routes.Build([]routes.Page{{Rel: newRel, Path: newRel, Text: []byte(pe.text)}}, routes.Options{ReferenceSplit: w.s.settings.ReferenceSplit})
	if len(t.Routes) != 1 || t.Routes[0].Endpoint != newName {
		return nil, renameErr("no file name in %s gives the endpoint %q", dir, newName)
	}
	return &renameFile{Kind: "rename", OldURI: pathURI(pe.path), NewURI: pathURI(filepath.Join(e.app.appRoot, filepath.FromSlash(newRel)))}, nil
}

// isIdentifier reports whether s is a Python identifier (ASCII letters,
// digits and _, or any letter).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 0x7f:
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return !pyKeyword[s]
}

// pyKeyword holds Python's (and Jinja's) reserved words.
var pyKeyword = func() map[string]bool {
	m := map[string]bool{}
	for k := range keywordDocs {
		m[k] = true
	}
	for _, k := range []string{"match", "case", "_", "type"} {
		delete(m, k)
	}
	return m
}()
