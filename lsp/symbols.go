package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// documentParams are the parameters of the requests on a whole document.
type documentParams struct {
	TextDocument struct {
		URI string `json:"uri"`
	} `json:"textDocument"`
}

// documentURI names the document of a request's params.
func (p *documentParams) documentURI() string { return p.TextDocument.URI }

// docRequest decodes the params of a request about a document into p
// (documentParams or a struct that embeds it) and returns the document
// with s.mu held, as doc does; ok is false, with nothing held, when the
// params do not decode (err) or hfls has no such document.
func (s *Server) docRequest(raw json.RawMessage, p interface{ documentURI() string }) (*fileEntry, *semantic.Analysis, bool, error) {
	if err := decode(raw, p); err != nil {
		return nil, nil, false, err
	}
	e, an, ok := s.doc(p.documentURI())
	return e, an, ok, nil
}

// doc locates a document; it locks s.mu (the caller unlocks) when ok.
func (s *Server) doc(uri string) (*fileEntry, *semantic.Analysis, bool) {
	path, ok := uriPath(uri)
	if !ok {
		return nil, nil, false
	}
	e := s.ws.entryFor(path)
	s.mu.Lock()
	return e, s.ws.analysis(e), true
}

// documentSymbol is LSP's DocumentSymbol.
type documentSymbol struct {
	Name           string              `json:"name"`
	Detail         string              `json:"detail,omitempty"`
	Kind           protocol.SymbolKind `json:"kind"`
	Range          protocol.Range      `json:"range"`
	SelectionRange protocol.Range      `json:"selectionRange"`
	Children       []documentSymbol    `json:"children,omitempty"`
}

func (s *Server) documentSymbol(ctx context.Context, raw json.RawMessage) (any, error) {
	var p documentParams
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	syms := []documentSymbol{}
	if an.File.Python != nil {
		syms = append(syms, pySymbols(an, an.File.Python.Body)...)
	}
	for _, v := range an.PageVars {
		syms = append(syms, documentSymbol{Name: v.Name, Detail: "page variable", Kind: protocol.SymbolKindField,
			Range: lspRange(an.Src, v.Defs[0]), SelectionRange: lspRange(an.Src, v.Defs[0])})
	}
	if t := an.File.Template; t != nil {
		syms = append(syms, tmplSymbols(an, t.Body)...)
	}
	sort.SliceStable(syms, func(i, j int) bool {
		a, b := syms[i].Range.Start, syms[j].Range.Start
		return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
	})
	return syms, nil
}

// pySymbols lists the functions, classes and module variables of a body.
func pySymbols(an *semantic.Analysis, body []python.Stmt) []documentSymbol {
	var out []documentSymbol
	for _, st := range body {
		switch n := st.(type) {
		case *python.FunctionDef:
			out = append(out, documentSymbol{Name: n.Name, Detail: "(" + argsText(an, n.Args) + ")", Kind: protocol.SymbolKindFunction,
				Range: lspRange(an.Src, n.Loc), SelectionRange: lspRange(an.Src, n.NameLoc), Children: pySymbols(an, n.Body)})
		case *python.ClassDef:
			out = append(out, documentSymbol{Name: n.Name, Kind: protocol.SymbolKindClass,
				Range: lspRange(an.Src, n.Loc), SelectionRange: lspRange(an.Src, n.NameLoc), Children: pySymbols(an, n.Body)})
		case *python.Assign:
			for _, t := range n.Targets {
				if v, ok := t.(*python.Name); ok {
					out = append(out, documentSymbol{Name: v.ID, Kind: protocol.SymbolKindVariable,
						Range: lspRange(an.Src, n.Loc), SelectionRange: lspRange(an.Src, v.Loc)})
				}
			}
		case *python.AnnAssign:
			if v, ok := n.Target.(*python.Name); ok {
				out = append(out, documentSymbol{Name: v.ID, Detail: exprText(an, n.Annotation), Kind: protocol.SymbolKindVariable,
					Range: lspRange(an.Src, n.Loc), SelectionRange: lspRange(an.Src, v.Loc)})
			}
		}
	}
	return out
}

// tmplSymbols lists the blocks and macros of a template body, nested.
func tmplSymbols(an *semantic.Analysis, body []template.Stmt) []documentSymbol {
	var out []documentSymbol
	for _, st := range body {
		switch n := st.(type) {
		case *template.Block:
			out = append(out, documentSymbol{Name: n.Name, Detail: "block", Kind: protocol.SymbolKindNamespace,
				Range: lspRange(an.Src, n.Loc), SelectionRange: lspRange(an.Src, n.NameSpan), Children: tmplSymbols(an, n.Body)})
		case *template.Macro:
			out = append(out, documentSymbol{Name: n.Name, Detail: "macro" + semantic.MacroCallable(n, "", "").Signature(), Kind: protocol.SymbolKindFunction,
				Range: lspRange(an.Src, n.Loc), SelectionRange: lspRange(an.Src, n.NameSpan), Children: tmplSymbols(an, n.Body)})
		default:
			// Blocks and macros nested in other statements.
			template.Inspect(st, func(n template.Node) bool {
				switch n := n.(type) {
				case *template.Block, *template.Macro:
					out = append(out, tmplSymbols(an, []template.Stmt{n.(template.Stmt)})...)
					return false
				}
				return true
			})
		}
	}
	return out
}

// symbolInformation is LSP's SymbolInformation.
type symbolInformation struct {
	Name          string              `json:"name"`
	Kind          protocol.SymbolKind `json:"kind"`
	Location      protocol.Location   `json:"location"`
	ContainerName string              `json:"containerName,omitempty"`
}

func (s *Server) workspaceSymbol(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		Query string `json:"query"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	q := strings.ToLower(p.Query)
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []symbolInformation{}
	roots := make([]string, 0, len(s.ws.apps))
	for r := range s.ws.apps {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, root := range roots {
		ai := s.ws.apps[root]
		app := ""
		if len(roots) > 1 {
			app = filepath.Base(root) + " "
		}
		at := func(rel string) protocol.Location {
			return protocol.Location{URI: protocol.DocumentURI(pathURI(filepath.Join(ai.appRoot, filepath.FromSlash(rel))))}
		}
		for _, r := range ai.routeTable(s.ws).Routes {
			if ctx.Err() != nil {
				return out, nil
			}
			if strings.Contains(strings.ToLower(r.Rule), q) {
				out = append(out, symbolInformation{Name: r.Rule, Kind: protocol.SymbolKindInterface, Location: at(r.File), ContainerName: app + "routes"})
			}
			if strings.Contains(strings.ToLower(r.Endpoint), q) {
				out = append(out, symbolInformation{Name: r.Endpoint, Kind: protocol.SymbolKindEvent, Location: at(r.File), ContainerName: app + "endpoints"})
			}
		}
		if ai.rt != nil {
			for _, c := range ai.rt.Registry.Components() {
				if strings.Contains(strings.ToLower(c.Name), q) {
					out = append(out, symbolInformation{Name: c.Name, Kind: protocol.SymbolKindClass, Location: at(c.File), ContainerName: app + "components"})
				}
			}
			for _, n := range ai.rt.Registry.Names() {
				if ai.rt.Registry.Component(n) != nil || !strings.Contains(strings.ToLower(n), q) {
					continue
				}
				if rel, ok := ai.rt.Registry.DefinedIn(n); ok {
					l := at(rel)
					if e := ai.files[rel]; e != nil {
						an := s.ws.analysis(e)
						for _, m := range an.Macros {
							if m.Name == n {
								l.Range = lspRange(an.Src, m.NameSpan)
							}
						}
					}
					out = append(out, symbolInformation{Name: n, Kind: protocol.SymbolKindFunction, Location: l, ContainerName: app + "macros"})
				}
			}
		}
	}
	return out, nil
}

func (s *Server) foldingRange(ctx context.Context, raw json.RawMessage) (any, error) {
	var p documentParams
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	out := []protocol.FoldingRange{}
	// add folds a span; keepLast keeps its last line (a closing tag or
	// fence) visible.
	add := func(sp source.Span, kind protocol.FoldingRangeKind, keepLast bool) {
		start, end := lspPos(an.Src, int(sp.Start.Offset)), lspPos(an.Src, int(sp.End.Offset))
		if keepLast {
			end.Line--
		}
		if end.Line > start.Line {
			out = append(out, protocol.FoldingRange{StartLine: start.Line, EndLine: end.Line, Kind: kind})
		}
	}
	if sp := an.File.Split; sp != nil && sp.HasFrontmatter {
		add(an.Src.Span(sp.OpenFence.Start, sp.CloseFence.End), protocol.RegionFoldingRange, true)
	}
	if mod := an.File.Python; mod != nil {
		python.Inspect(mod, func(n python.Node) bool {
			switch n := n.(type) {
			case *python.FunctionDef, *python.ClassDef, *python.If, *python.For, *python.While, *python.With, *python.Try:
				add(n.Span(), "", false)
			}
			return true
		})
	}
	if t := an.File.Template; t != nil {
		template.Inspect(t, func(n template.Node) bool {
			if n == nil {
				return false
			}
			if tags := stmtTags(n); len(tags) > 1 && tags[len(tags)-1] != nil {
				add(n.Span(), "", true)
			}
			if c, ok := n.(*template.ComponentTag); ok && c.Close != nil {
				add(c.Loc, "", true)
			}
			return true
		})
		for _, c := range t.Comments {
			add(c.Loc, protocol.CommentFoldingRange, false)
		}
	}
	return out, nil
}

// selectionRange is LSP's SelectionRange.
type selectionRange struct {
	Range  protocol.Range  `json:"range"`
	Parent *selectionRange `json:"parent,omitempty"`
}

func (s *Server) selectionRange(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		documentParams
		Positions []protocol.Position `json:"positions"`
	}
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	out := []*selectionRange{}
	for _, pos := range p.Positions {
		off := offsetOf(an.Src, pos)
		var spans []source.Span
		spans = append(spans, an.Src.Span(0, len(an.Src.Text)))
		if sp := an.File.Split; sp != nil && sp.HasFrontmatter {
			if an.InPython(off) || (off >= sp.Frontmatter.Start && off <= sp.Frontmatter.End) {
				spans = append(spans, an.Src.Span(sp.Frontmatter.Start, sp.Frontmatter.End))
			}
		}
		if an.InPython(off) {
			for _, n := range an.PyPath(off) {
				spans = append(spans, n.Span())
			}
		} else if t := an.File.Template; t != nil && an.InTemplate(off) {
			spans = append(spans, t.Loc)
			for _, n := range an.TmplPath(off) {
				spans = append(spans, n.Span())
			}
		}
		// The name at the position, innermost.
		if t := s.ws.targetAt(an, off); t.kind != tNone {
			spans = append(spans, t.span)
		}
		var cur *selectionRange
		var last source.Span
		for _, sp := range spans {
			if !sp.IsValid() || sp == last || int(sp.Start.Offset) > off || int(sp.End.Offset) < off {
				continue
			}
			if cur != nil && (sp.Start.Offset < last.Start.Offset || sp.End.Offset > last.End.Offset) {
				continue // not inside the outer range
			}
			last = sp
			cur = &selectionRange{Range: lspRange(an.Src, sp), Parent: cur}
		}
		if cur == nil {
			cur = &selectionRange{Range: protocol.Range{Start: pos, End: pos}}
		}
		out = append(out, cur)
	}
	return out, nil
}

// documentLink is LSP's DocumentLink.
type documentLink struct {
	Range   protocol.Range `json:"range"`
	Target  string         `json:"target"`
	Tooltip string         `json:"tooltip,omitempty"`
}

func (s *Server) documentLink(ctx context.Context, raw json.RawMessage) (any, error) {
	var p documentParams
	e, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	out := []documentLink{}
	for _, t := range an.Templates {
		if te := s.ws.templateEntry(e.app, t.Name); te != nil {
			out = append(out, documentLink{Range: lspRange(an.Src, t.Span), Target: pathURI(te.path), Tooltip: te.rel})
		}
	}
	for _, tag := range an.Components {
		cl := s.ws.callableOf(e.app, an, tag.Name)
		if cl == nil || cl.Kind != "component" || cl.Path == "" {
			continue
		}
		out = append(out, documentLink{Range: lspRange(an.Src, tag.NameSpan), Target: pathURI(cl.Path), Tooltip: s.ws.relOf(e, cl.Path)})
	}
	return out, nil
}
