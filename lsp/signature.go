package lsp

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/template"
)

// signatureInformation and signatureHelp are LSP's, with parameters as
// plain labels.
type signatureInformation struct {
	Label         string                 `json:"label"`
	Documentation string                 `json:"documentation,omitempty"`
	Parameters    []parameterInformation `json:"parameters"`
}

type parameterInformation struct {
	Label string `json:"label"`
}

type signatureHelp struct {
	Signatures      []signatureInformation `json:"signatures"`
	ActiveSignature uint32                 `json:"activeSignature"`
	ActiveParameter uint32                 `json:"activeParameter"`
}

func (s *Server) signatureHelp(ctx context.Context, raw json.RawMessage) (any, error) {
	var p positionParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	return s.atPosition(p.TextDocument.URI, p.Position, func(e *fileEntry, an *semantic.Analysis, off int) (any, error) {
		var sig *signatureInformation
		active := 0
		if an.InPython(off) {
			sig, active = s.ws.pySignature(an, off)
		} else if an.InTemplate(off) {
			sig, active = s.ws.tmplSignature(e, an, off)
		}
		if sig == nil {
			return nil, nil
		}
		if active >= len(sig.Parameters) && len(sig.Parameters) > 0 {
			active = len(sig.Parameters) - 1
		}
		return signatureHelp{Signatures: []signatureInformation{*sig}, ActiveParameter: uint32(active)}, nil
	})
}

// makeSignature builds a signature from a name and parameter labels.
func makeSignature(name string, params []string, doc string) *signatureInformation {
	sig := &signatureInformation{Label: name + "(" + strings.Join(params, ", ") + ")", Documentation: doc, Parameters: []parameterInformation{}}
	for _, p := range params {
		sig.Parameters = append(sig.Parameters, parameterInformation{Label: p})
	}
	return sig
}

// splitParams splits a signature's parameter list "(a, b=1, *c)".
func splitParams(sig string) (string, []string) {
	open := strings.IndexByte(sig, '(')
	if open < 0 || !strings.HasSuffix(sig, ")") {
		return sig, nil
	}
	inner := sig[open+1 : len(sig)-1]
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(inner); i++ {
		switch inner[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(inner[start:i]))
				start = i + 1
			}
		}
	}
	if strings.TrimSpace(inner[start:]) != "" {
		out = append(out, strings.TrimSpace(inner[start:]))
	}
	return sig[:open], out
}

// activeIndex returns the index of the argument at off: the keyword's
// parameter when the argument is a keyword, else the count of arguments
// before off.
func activeIndex(params []string, keyword string, before int) int {
	if keyword != "" {
		for i, p := range params {
			name := strings.TrimLeft(p, "*")
			if j := strings.IndexAny(name, "=:"); j >= 0 {
				name = name[:j]
			}
			if strings.TrimSpace(name) == keyword {
				return i
			}
		}
	}
	return before
}

// tmplSignature finds the call, filter or component tag around off.
func (w *workspace) tmplSignature(e *fileEntry, an *semantic.Analysis, off int) (*signatureInformation, int) {
	path := an.TmplPath(off)
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *template.Call:
			if !n.Parens.IsValid() || off <= int(n.Parens.Start.Offset) || off >= int(n.Parens.End.Offset) {
				continue
			}
			name, ok := n.Node.(*template.Name)
			if !ok {
				continue
			}
			var sig *signatureInformation
			if m := an.MacroCalled(name); m != nil {
				cl := semantic.MacroCallable(m, an.Path, "macro")
				sig = makeSignature(m.Name, cl.ParamLabels(), semantic.MacroDoc(an, m))
			} else if d, ok := builtinDocs[name.Name]; ok && strings.Contains(d.sig, "(") {
				head, params := splitParams(d.sig)
				sig = makeSignature(head, params, d.text)
			} else if name.Name == "url_for" {
				sig = makeSignature("url_for", []string{"endpoint", "**values"}, "The URL of an endpoint: a page's, a component's or static.")
			} else {
				continue
			}
			return sig, activeIndex(sigParams(sig), keywordAt(n.Kwargs, off), argsBefore(n.Args, n.Kwargs, off))
		case *template.Filter:
			if !n.Parens.IsValid() || off <= int(n.Parens.Start.Offset) || off >= int(n.Parens.End.Offset) {
				continue
			}
			d, ok := filterDocs[n.Name]
			if !ok {
				continue
			}
			head, params := splitParams(d.sig)
			sig := makeSignature(head, params, d.text)
			return sig, activeIndex(params, keywordAt(n.Kwargs, off), argsBefore(n.Args, n.Kwargs, off))
		case *template.ComponentTag:
			if off <= int(n.NameSpan.End.Offset) || off > int(n.Open.End.Offset) {
				continue
			}
			cl := w.callableOf(e.app, an, n.Name)
			if cl == nil {
				continue
			}
			sig := makeSignature(n.Name, cl.ParamLabels(), cl.Doc)
			return sig, activeIndex(sigParams(sig), keywordAt(n.Kwargs, off), argsBefore(n.Args, n.Kwargs, off))
		}
	}
	return nil, 0
}

func sigParams(sig *signatureInformation) []string {
	out := make([]string, len(sig.Parameters))
	for i, p := range sig.Parameters {
		out[i] = p.Label
	}
	return out
}

// keywordAt returns the keyword argument whose span holds off.
func keywordAt(kws []*template.Keyword, off int) string {
	for _, k := range kws {
		if semantic.Touches(k.Loc, off) {
			return k.Key
		}
	}
	return ""
}

// argsBefore counts the positional arguments that end before off.
func argsBefore(args []template.Expr, kws []*template.Keyword, off int) int {
	n := 0
	for _, a := range args {
		if int(a.Span().End.Offset) < off {
			n++
		}
	}
	return n
}

// pySignature finds the Python call around off.
func (w *workspace) pySignature(an *semantic.Analysis, off int) (*signatureInformation, int) {
	path := an.PyPath(off)
	for i := len(path) - 1; i >= 0; i-- {
		call, ok := path[i].(*python.Call)
		if !ok || off <= int(call.Func.Span().End.Offset) || off >= int(call.Loc.End.Offset) {
			continue
		}
		var sig *signatureInformation
		switch f := call.Func.(type) {
		case *python.Name:
			if fn, ok := an.PyStmtDefining(f.ID).(*python.FunctionDef); ok {
				_, params := splitParams("(" + argsText(an, fn.Args) + ")")
				sig = makeSignature(f.ID, params, docstring(fn.Body))
			} else if l, ok := w.importedDefinition(an, f.ID); ok {
				if mod := w.analysisOfPath(l.path); mod != nil {
					if fn, ok := mod.PyStmtDefining(f.ID).(*python.FunctionDef); ok {
						_, params := splitParams("(" + argsText(mod, fn.Args) + ")")
						sig = makeSignature(f.ID, params, docstring(fn.Body))
					}
				}
			} else if d, ok := builtinDocs[f.ID]; ok && strings.Contains(d.sig, "(") {
				head, params := splitParams(d.sig)
				sig = makeSignature(head, params, d.text)
			}
		}
		if sig == nil {
			return nil, 0
		}
		kw := ""
		for _, k := range call.Keywords {
			if semantic.Touches(k.Loc, off) {
				kw = k.Arg
			}
		}
		n := 0
		for _, a := range call.Args {
			if int(a.Span().End.Offset) < off {
				n++
			}
		}
		return sig, activeIndex(sigParams(sig), kw, n)
	}
	return nil, 0
}

// docstring returns the docstring of a body.
func docstring(body []python.Stmt) string {
	if len(body) == 0 {
		return ""
	}
	if es, ok := body[0].(*python.ExprStmt); ok {
		if c, ok := es.Value.(*python.Constant); ok {
			if s, ok := c.Value.(python.Str); ok {
				return strings.TrimSpace(string(s))
			}
		}
	}
	return ""
}
