package lsp

import (
	"context"
	"encoding/json"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/semantic"
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
	e, _, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	out := []codeLens{}
	if e.role != page.RolePage || e.app == nil {
		return out, nil
	}
	r := semantic.RouteOf(e.app.routeTable(s.ws), e.rel)
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
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	lo, hi := offsetOf(an.Src, p.Range.Start), offsetOf(an.Src, p.Range.End)
	out := []inlayHint{}
	for _, v := range an.PageVars {
		if v.Value == nil {
			continue
		}
		t := s.ws.pageVarType(an, v, 0)
		if t == nil {
			continue
		}
		for _, d := range v.Defs[:1] {
			if int(d.End.Offset) < lo || int(d.End.Offset) > hi {
				continue
			}
			out = append(out, inlayHint{Position: lspPos(an.Src, int(d.End.Offset)), Label: ": " + t.String(), Kind: 1})
		}
	}
	return out, nil
}

// routeCommand is the command that answers where a file is served (the
// VS Code extension's route commands use it; vscode-extension/README.md).
const routeCommand = "hfc.route"

// routeAnswer is the answer to hfc.route for a served file.
type routeAnswer struct {
	Rule     string   `json:"rule"`
	Endpoint string   `json:"endpoint"`
	Methods  []string `json:"methods,omitempty"`
	File     string   `json:"file"`
}

// notServed is the answer to hfc.route for a file that is not served.
type notServed struct {
	Rule   *string `json:"rule"`
	Reason string  `json:"reason"`
}

func (s *Server) executeCommand(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		Command   string            `json:"command"`
		Arguments []json.RawMessage `json:"arguments"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	if p.Command != routeCommand {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "unknown command %q; expected %s", p.Command, routeCommand)
	}
	var uri string
	if len(p.Arguments) != 1 || json.Unmarshal(p.Arguments[0], &uri) != nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s takes one argument, a document's URI", routeCommand)
	}
	e, _, ok := s.doc(uri)
	if !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%s: %q is not a file URI", routeCommand, uri)
	}
	defer s.mu.Unlock()
	if e.app == nil {
		return notServed{Reason: "the file is not part of a Hyperflask app (no config.yml, pages/ or app/ above it)"}, nil
	}
	switch e.role {
	case page.RolePage:
		if r := semantic.RouteOf(e.app.routeTable(s.ws), e.rel); r != nil {
			return routeAnswer{Rule: r.Rule, Endpoint: r.Endpoint, Methods: r.Methods, File: e.rel}, nil
		}
		return notServed{Reason: "the page is not served: it is a partial, a hidden file, or its path is not a valid URL rule (see its diagnostics)"}, nil
	case page.RoleComponent:
		if e.app.rt != nil {
			for _, c := range e.app.rt.Registry.Components() {
				if c.File == e.rel && c.Route() != "" {
					return routeAnswer{Rule: c.Route(), Endpoint: c.Name, Methods: c.Methods, File: e.rel}, nil
				}
			}
		}
		return notServed{Reason: "the component has no route: its Python code defines no method function (get, post, …)"}, nil
	}
	return notServed{Reason: "only the files of pages/ and the components with method functions are served"}, nil
}
