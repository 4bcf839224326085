package lsp

import (
	"context"
	"encoding/json"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/grammar/page"
)

// codeLens is LSP's CodeLens.
type codeLens struct {
	Range   protocol.Range   `json:"range"`
	Command protocol.Command `json:"command"`
}

// codeLens shows each page's route above its first line: the methods, the
// URL rule and the endpoint.
func (s *Server) codeLens(ctx context.Context, raw json.RawMessage) (any, error) {
	var p documentParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	e, _, ok := s.doc(p.TextDocument.URI)
	if !ok {
		return nil, nil
	}
	defer s.mu.Unlock()
	out := []codeLens{}
	if e.role != page.RolePage || e.app == nil {
		return out, nil
	}
	r := routeOf(e.app.routeTable(s.ws), e.rel)
	if r == nil {
		return out, nil
	}
	title := strings.Join(r.Methods, ", ") + " " + r.Rule + " · endpoint " + r.Endpoint
	out = append(out, codeLens{Range: protocol.Range{}, Command: protocol.Command{Title: title, Command: ""}})
	return out, nil
}

// inlayHint is LSP 3.17's InlayHint (protocol v0.12.0 predates it).
type inlayHint struct {
	Position    protocol.Position `json:"position"`
	Label       string            `json:"label"`
	Kind        int               `json:"kind"` // 1: a type
	PaddingLeft bool              `json:"paddingLeft,omitempty"`
}

// inlayHint shows the inferred type of each page variable where the
// frontmatter assigns it.
func (s *Server) inlayHint(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		documentParams
		Range protocol.Range `json:"range"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	_, an, ok := s.doc(p.TextDocument.URI)
	if !ok {
		return nil, nil
	}
	defer s.mu.Unlock()
	lo, hi := offsetOf(an.src, p.Range.Start), offsetOf(an.src, p.Range.End)
	out := []inlayHint{}
	for _, v := range an.pageVars {
		if v.value == nil {
			continue
		}
		t := s.ws.pageVarType(an, v, 0)
		if t == nil {
			continue
		}
		for _, d := range v.defs[:1] {
			if d.End.Offset < lo || d.End.Offset > hi {
				continue
			}
			out = append(out, inlayHint{Position: lspPos(an.src, d.End.Offset), Label: ": " + t.String(), Kind: 1})
		}
	}
	return out, nil
}
