package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/runtime/loader"
)

// codeAction is LSP's CodeAction with our workspaceEdit.
type codeAction struct {
	Title       string          `json:"title"`
	Kind        string          `json:"kind"`
	Diagnostics []lspDiagnostic `json:"diagnostics,omitempty"`
	IsPreferred bool            `json:"isPreferred,omitempty"`
	Edit        *workspaceEdit  `json:"edit"`
}

func (s *Server) codeAction(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		documentParams
		Range protocol.Range `json:"range"`
	}
	e, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	lo, hi := offsetOf(an.Src, p.Range.Start), offsetOf(an.Src, p.Range.End)
	out := []codeAction{}
	for _, d := range s.ws.diagnostics(e) {
		if int(d.Range.End.Offset) < lo || int(d.Range.Start.Offset) > hi {
			continue
		}
		ld := s.toLSPDiags(an.Src, diag.List{d})
		for i, f := range d.Fixes {
			out = append(out, codeAction{Title: f.Title, Kind: "quickfix", Diagnostics: ld, IsPreferred: i == 0 && len(d.Fixes) == 1, Edit: s.ws.editOf(f.Edits)})
		}
		switch d.Code {
		case diag.UnknownComponent:
			if a := s.ws.createComponentAction(e, an, d); a != nil {
				a.Diagnostics = ld
				out = append(out, *a)
			}
		case diag.UndefinedName:
			for _, a := range s.ws.importActions(e, an, d) {
				a.Diagnostics = ld
				out = append(out, a)
			}
		}
	}
	out = append(out, s.ws.refactorActions(e, an, lo, hi)...)
	return out, nil
}

// editOf turns diagnostic edits into a workspace edit; s.mu is held.
func (w *workspace) editOf(edits []diag.Edit) *workspaceEdit {
	byFile := map[string][]protocol.TextEdit{}
	var order []string
	for _, ed := range edits {
		f := w.sourceOf(ed.File)
		if _, ok := byFile[ed.File]; !ok {
			order = append(order, ed.File)
		}
		byFile[ed.File] = append(byFile[ed.File], protocol.TextEdit{Range: lspRange(f, ed.Range), NewText: ed.NewText})
	}
	we := &workspaceEdit{}
	for _, path := range order {
		var tde textDocumentEdit
		tde.TextDocument.URI = pathURI(path)
		if d, ok := w.docs[path]; ok {
			v := d.version
			tde.TextDocument.Version = &v
		}
		tde.Edits = byFile[path]
		we.DocumentChanges = append(we.DocumentChanges, tde)
	}
	return we
}

// createComponentAction creates components/NAME.html for a tag naming no
// component, with a template that reads the props the tag gives.
func (w *workspace) createComponentAction(e *fileEntry, an *semantic.Analysis, d diag.Diagnostic) *codeAction {
	if e.app == nil {
		return nil
	}
	name := an.Src.Text[d.Range.Start.Offset:d.Range.End.Offset]
	for _, tag := range an.Components {
		if tag.NameSpan != d.Range {
			continue
		}
		path := filepath.Join(e.app.appRoot, "components", name+".html")
		var b strings.Builder
		b.WriteString("<div>")
		for _, k := range tag.Kwargs {
			b.WriteString("{{ props." + k.Key + " }}")
		}
		if !tag.Inline {
			b.WriteString("{{ children() if children }}")
		}
		b.WriteString("</div>\n")
		var tde textDocumentEdit
		tde.TextDocument.URI = pathURI(path)
		tde.Edits = []protocol.TextEdit{{NewText: b.String()}}
		return &codeAction{
			Title: "Create component components/" + name + ".html",
			Kind:  "quickfix",
			Edit:  &workspaceEdit{DocumentChanges: []any{createFile{Kind: "create", URI: pathURI(path)}, tde}},
		}
	}
	return nil
}

// importActions add an import for a Python name that nothing defines: a
// module of hfc's standard library, or a name defined by a module of the
// app.
func (w *workspace) importActions(e *fileEntry, an *semantic.Analysis, d diag.Diagnostic) []codeAction {
	name := an.Src.Text[d.Range.Start.Offset:d.Range.End.Offset]
	var lines []string
	if _, ok := loader.GoModuleMembers(name); ok {
		lines = append(lines, "import "+name)
	}
	if e.app != nil {
		var mods []string
		for rel, other := range e.app.files {
			if other.role != page.RoleModule {
				continue
			}
			oan := w.analysis(other)
			if _, ok := oan.PyDef(name); ok {
				mods = append(mods, moduleName(e.app, rel))
			}
		}
		sort.Strings(mods)
		for _, m := range mods {
			lines = append(lines, "from "+m+" import "+name)
		}
	}
	var out []codeAction
	at := importInsertion(an)
	for _, line := range lines {
		ed := diag.Edit{File: an.Path, Range: an.Src.Span(at, at), NewText: line + "\n"}
		out = append(out, codeAction{Title: "Add \"" + line + "\"", Kind: "quickfix", Edit: w.editOf([]diag.Edit{ed})})
	}
	return out
}

// moduleName is the dotted name pages import an app module by: the app
// package's name first when the app lives in <project>/app.
func moduleName(ai *appIndex, rel string) string {
	m := strings.TrimSuffix(strings.TrimSuffix(rel, ".py"), "/__init__")
	m = strings.ReplaceAll(m, "/", ".")
	if ai.appRoot != ai.root {
		m = filepath.Base(ai.appRoot) + "." + m
	}
	return m
}

// importInsertion returns where a new import goes: after the last import
// at the top of the Python code, else at its start.
func importInsertion(an *semantic.Analysis) int {
	mod := an.File.Python
	at := 0
	if sp := an.File.Split; sp != nil {
		at = sp.Frontmatter.Start
	}
	if mod == nil {
		return at
	}
	for _, s := range mod.Body {
		switch s.(type) {
		case *python.Import, *python.ImportFrom:
			at = an.Src.LineStart(int(s.Span().End.Line + 1))
		default:
			if es, ok := s.(*python.ExprStmt); ok && at == 0 {
				if _, doc := es.Value.(*python.Constant); doc {
					at = an.Src.LineStart(int(s.Span().End.Line + 1))
					continue
				}
			}
			return at
		}
	}
	return at
}

// refactorActions offers to turn a module variable of a page's
// frontmatter into a page variable, at any of its occurrences.
func (w *workspace) refactorActions(e *fileEntry, an *semantic.Analysis, lo, hi int) []codeAction {
	if e.role != page.RolePage || !an.InPython(lo) {
		return nil
	}
	r, ok := an.PyRefAt(lo)
	if !ok || an.Res.Resolution.Owner(r.Scope, r.Name) != an.Res.Resolution.Module {
		return nil
	}
	if _, defined := an.PyDef(r.Name); !defined {
		return nil
	}
	edits := semantic.ToPageAttrEdits(an, r.Name)
	if edits == nil {
		return nil
	}
	return []codeAction{{Title: "Turn " + r.Name + " into page." + r.Name, Kind: "refactor.rewrite", Edit: w.editOf(edits)}}
}
