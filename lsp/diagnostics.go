package lsp

import (
	"context"
	"os"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// lspDiagnostic is a diagnostic as LSP sends it.
type lspDiagnostic struct {
	Range              protocol.Range                          `json:"range"`
	Severity           protocol.DiagnosticSeverity             `json:"severity"`
	Code               string                                  `json:"code"`
	Source             string                                  `json:"source"`
	Message            string                                  `json:"message"`
	RelatedInformation []protocol.DiagnosticRelatedInformation `json:"relatedInformation,omitempty"`
}

// diagnostics returns every diagnostic of an entry: the check's (what `hfc
// check` prints) and the server's semantic ones; s.mu is held.
func (w *workspace) diagnostics(e *fileEntry) diag.List {
	res := w.result(e)
	gen := 0
	if e.app != nil {
		e.app.routeTable(w) // rebuilt first when pages changed
		gen = e.app.semGen
	}
	if e.extrasGen != gen || e.extrasGen < 0 {
		e.extras = w.semanticDiags(e)
		e.extrasGen = gen
	}
	out := make(diag.List, 0, len(res.Diags)+len(e.extras))
	out = append(out, res.Diags...)
	out = append(out, e.extras...)
	out.Sort()
	return out
}

// publish checks an entry and sends its diagnostics.
func (s *Server) publish(ctx context.Context, e *fileEntry) {
	s.mu.Lock()
	if s.state == stateShutdown || e.detached {
		s.mu.Unlock()
		return
	}
	list := s.ws.diagnostics(e)
	var version int32
	open := false
	if d, ok := s.ws.docs[e.path]; ok {
		version, open = d.version, true
	}
	src := e.an.Src
	if len(list) == 0 && !e.published && !open {
		s.mu.Unlock()
		return
	}
	e.published = len(list) > 0
	out := s.toLSPDiags(src, list)
	s.notifyMu.Lock()
	s.mu.Unlock()
	s.notifyDiagnostics(ctx, e.path, out, versionPtr(version, open))
	s.notifyMu.Unlock()
}

// publishAll publishes the diagnostics of every indexed file and open
// document.
func (s *Server) publishAll(ctx context.Context) {
	s.mu.Lock()
	var entries []*fileEntry
	for _, a := range s.ws.apps {
		for _, e := range a.files {
			entries = append(entries, e)
		}
	}
	for _, e := range s.ws.loose {
		entries = append(entries, e)
	}
	s.mu.Unlock()
	for _, e := range entries {
		s.publish(ctx, e)
	}
}

func versionPtr(v int32, ok bool) *int32 {
	if !ok {
		return nil
	}
	return &v
}

// notifyDiagnostics sends textDocument/publishDiagnostics.
func (s *Server) notifyDiagnostics(ctx context.Context, path string, list []lspDiagnostic, version *int32) {
	if list == nil {
		list = []lspDiagnostic{}
	}
	params := struct {
		URI         string          `json:"uri"`
		Version     *int32          `json:"version,omitempty"`
		Diagnostics []lspDiagnostic `json:"diagnostics"`
	}{pathURI(path), version, list}
	if err := s.conn.Notify(ctx, "textDocument/publishDiagnostics", params); err != nil {
		s.log.Printf("publishDiagnostics: %v", err)
	}
}

// toLSPDiags converts diagnostics of the file src; s.mu is held (related
// locations in other files are converted with their text).
func (s *Server) toLSPDiags(src *source.File, list diag.List) []lspDiagnostic {
	out := make([]lspDiagnostic, 0, len(list))
	for _, d := range list {
		msg := d.Message
		if d.Hint != "" {
			msg += "\n" + d.Hint
		}
		ld := lspDiagnostic{
			Range:    lspRange(src, d.Range),
			Severity: protocol.DiagnosticSeverity(d.Severity),
			Code:     string(d.Code),
			Source:   "hfc",
			Message:  msg,
		}
		for _, r := range d.Related {
			f := src
			if r.File != "" && r.File != src.Name {
				f = s.ws.sourceOf(r.File)
			}
			ld.RelatedInformation = append(ld.RelatedInformation, protocol.DiagnosticRelatedInformation{
				Location: protocol.Location{URI: protocol.DocumentURI(pathURI(r.File)), Range: lspRange(f, r.Range)},
				Message:  r.Message,
			})
		}
		out = append(out, ld)
	}
	return out
}

// sourceOf returns the text of a file as the server knows it (an open
// document, the last check, or the disk); s.mu is held.
func (w *workspace) sourceOf(path string) *source.File {
	if d, ok := w.docs[path]; ok {
		return source.NewFile(path, d.text)
	}
	if a := w.appOf(path); a != nil {
		if rel, ok := a.rel(path); ok {
			if e := a.files[rel]; e != nil && e.an != nil {
				return e.an.Src
			}
		}
	}
	b, _ := os.ReadFile(path)
	return source.NewFile(path, string(b))
}
