package lsp

import (
	"context"
	"encoding/json"
	"sort"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// Semantic token types and modifiers, in the legend's order.
const (
	stNamespace = iota
	stClass
	stFunction
	stVariable
	stParameter
	stProperty
	stKeyword
	stString
	stNumber
	stOperator
	stComment
	stMacro
)

const (
	smDeclaration = 1 << iota
	smDefaultLibrary
	smReadonly
)

// semanticLegend is the legend of the semantic tokens the server sends.
var semanticLegend = protocol.SemanticTokensLegend{
	TokenTypes:     []protocol.SemanticTokenTypes{"namespace", "class", "function", "variable", "parameter", "property", "keyword", "string", "number", "operator", "comment", "macro"},
	TokenModifiers: []protocol.SemanticTokenModifiers{"declaration", "defaultLibrary", "readonly"},
}

// semToken is one token before encoding: a byte range of the file.
type semToken struct {
	start, end int
	typ, mods  int
}

func (s *Server) semanticTokensFull(ctx context.Context, raw json.RawMessage) (any, error) {
	var p documentParams
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	return map[string]any{"data": encodeTokens(an.Src, s.ws.semanticTokens(an), 0, len(an.Src.Text))}, nil
}

func (s *Server) semanticTokensRange(ctx context.Context, raw json.RawMessage) (any, error) {
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
	return map[string]any{"data": encodeTokens(an.Src, s.ws.semanticTokens(an), lo, hi)}, nil
}

// semanticTokens classifies the tokens of a file: its Python part (from
// the Python lexer and the resolver's names) and its template part (from
// the template lexer, the tree and the compiler's symbols); s.mu is held.
func (w *workspace) semanticTokens(an *semantic.Analysis) []semToken {
	var out []semToken
	if an.File.Python != nil {
		out = append(out, w.pyTokens(an)...)
	}
	if an.File.Template != nil {
		out = append(out, w.tmplTokens(an)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// pyTokens classifies the Python part.
func (w *workspace) pyTokens(an *semantic.Analysis) []semToken {
	start, end := 0, len(an.Src.Text)
	if sp := an.File.Split; sp != nil {
		start, end = sp.Frontmatter.Start, sp.Frontmatter.End
	}
	toks, comments, _ := python.Lex(an.Src, start, end)
	attrs := map[int]*python.Attribute{}
	defs := map[int]int{} // name start → token type of its definition
	python.Inspect(an.File.Python, func(n python.Node) bool {
		switch n := n.(type) {
		case *python.Attribute:
			attrs[int(n.AttrLoc.Start.Offset)] = n
		case *python.FunctionDef:
			defs[int(n.NameLoc.Start.Offset)] = stFunction
		case *python.ClassDef:
			defs[int(n.NameLoc.Start.Offset)] = stClass
		case *python.Arg:
			defs[int(n.Loc.Start.Offset)] = stParameter
		}
		return true
	})
	res := an.Res.Resolution
	refs := map[int]int{}
	if res != nil {
		for i, r := range res.Refs {
			refs[int(r.Span.Start.Offset)] = i
		}
	}
	var out []semToken
	for _, c := range comments {
		out = append(out, semToken{int(c.Loc.Start.Offset), int(c.Loc.End.Offset), stComment, 0})
	}
	for _, t := range toks {
		s, e := t.Span.Start.Offset, t.Span.End.Offset
		switch {
		case t.Kind.IsKeyword():
			out = append(out, semToken{int(s), int(e), stKeyword, 0})
		case t.Kind == python.STRING:
			out = append(out, semToken{int(s), int(e), stString, 0})
		case t.Kind == python.NUMBER:
			out = append(out, semToken{int(s), int(e), stNumber, 0})
		case t.Kind == python.NAME:
			if at, ok := attrs[int(s)]; ok {
				mods := 0
				if at.Ctx == python.Store {
					mods = smDeclaration
				}
				out = append(out, semToken{int(s), int(e), stProperty, mods})
				continue
			}
			if typ, ok := defs[int(s)]; ok {
				out = append(out, semToken{int(s), int(e), typ, smDeclaration})
				continue
			}
			i, ok := refs[int(s)]
			if !ok {
				continue
			}
			r := res.Refs[i]
			typ, mods := stVariable, 0
			if r.Def {
				mods = smDeclaration
			}
			owner := res.Owner(r.Scope, r.Name)
			if owner == res.Module {
				if stmt := an.PyStmtDefining(r.Name); stmt != nil {
					switch stmt.(type) {
					case *python.FunctionDef:
						typ = stFunction
					case *python.ClassDef:
						typ = stClass
					case *python.Import, *python.ImportFrom:
						if mt := w.inferPyName(an, r.Name, 0); mt != nil && mt.name == "module" {
							typ = stNamespace
						}
					}
				} else if _, builtin := builtinDocs[r.Name]; builtin {
					typ, mods = stFunction, smDefaultLibrary
				} else {
					mods = smDefaultLibrary
				}
			} else {
				for _, p := range owner.Params {
					if p == r.Name {
						typ = stParameter
					}
				}
			}
			out = append(out, semToken{int(s), int(e), typ, mods})
		}
	}
	return out
}

// tmplKeywords are the names a tag uses as keywords.
var tmplKeywords = map[string]bool{
	"in": true, "is": true, "not": true, "and": true, "or": true, "if": true, "else": true, "recursive": true,
	"with": true, "without": true, "context": true, "as": true, "import": true, "ignore": true, "missing": true,
	"scoped": true, "required": true, "true": true, "false": true, "none": true, "True": true, "False": true, "None": true,
}

// tmplTokens classifies the template part.
func (w *workspace) tmplTokens(an *semantic.Analysis) []semToken {
	t := an.File.Template
	toks, _ := template.Lex(an.Src, int(t.Loc.Start.Offset), int(t.Loc.End.Offset), template.Options{Hyperflask: an.Role != page.RoleFile})
	names := map[int]semToken{}
	template.Inspect(t, func(n template.Node) bool {
		switch n := n.(type) {
		case *template.Filter:
			names[int(n.NameSpan.Start.Offset)] = semToken{typ: stFunction}
		case *template.Test:
			names[int(n.NameSpan.Start.Offset)] = semToken{typ: stFunction}
		case *template.Getattr:
			names[int(n.AttrSpan.Start.Offset)] = semToken{typ: stProperty}
		case *template.Block:
			names[int(n.NameSpan.Start.Offset)] = semToken{typ: stNamespace, mods: smDeclaration}
		case *template.Macro:
			names[int(n.NameSpan.Start.Offset)] = semToken{typ: stFunction, mods: smDeclaration}
		case *template.ComponentTag:
			names[int(n.NameSpan.Start.Offset)] = semToken{typ: stClass}
			for _, k := range n.Kwargs {
				names[int(k.KeySpan.Start.Offset)] = semToken{typ: stProperty}
			}
		case *template.Keyword:
			if n.KeySpan.IsValid() {
				if _, set := names[int(n.KeySpan.Start.Offset)]; !set {
					names[int(n.KeySpan.Start.Offset)] = semToken{typ: stParameter}
				}
			}
		}
		return true
	})
	for _, r := range an.TmplRefs {
		if r.Implicit {
			continue
		}
		typ, mods := stVariable, 0
		if r.Store {
			mods = smDeclaration
		}
		if r.Var == 0 {
			if _, ok := an.Exports(r.Name); !ok && an.PageVar(r.Name) == nil {
				mods |= smDefaultLibrary
			}
		}
		if _, set := names[int(r.Span.Start.Offset)]; !set {
			names[int(r.Span.Start.Offset)] = semToken{typ: typ, mods: mods}
		}
	}
	var out []semToken
	for _, c := range t.Comments {
		out = append(out, semToken{int(c.Loc.Start.Offset), int(c.Loc.End.Offset), stComment, 0})
	}
	text := an.Src.Text
	prev := template.TokData
	for _, tok := range toks {
		s, e := tok.Start, tok.End
		switch tok.Kind {
		case template.TokVariableBegin, template.TokVariableEnd, template.TokBlockBegin, template.TokBlockEnd,
			template.TokComponentBegin, template.TokComponentEnd, template.TokComponentSelfClose:
			out = append(out, semToken{s, e, stMacro, 0})
		case template.TokComponentClose:
			out = append(out, semToken{s, e, stClass, 0})
		case template.TokRawBegin, template.TokRawEnd:
			out = append(out, semToken{s, e, stKeyword, 0})
		case template.TokString:
			out = append(out, semToken{s, e, stString, 0})
		case template.TokInteger, template.TokFloat:
			out = append(out, semToken{s, e, stNumber, 0})
		case template.TokName:
			word := text[s:e]
			switch {
			case prev == template.TokBlockBegin:
				out = append(out, semToken{s, e, stKeyword, 0})
			case func() bool { _, ok := names[s]; return ok }():
				n := names[s]
				out = append(out, semToken{s, e, n.typ, n.mods})
			case tmplKeywords[word]:
				out = append(out, semToken{s, e, stKeyword, 0})
			}
		}
		if tok.Kind != template.TokData {
			prev = tok.Kind
		}
	}
	return out
}

// encodeTokens encodes the tokens inside [lo, hi] as LSP's relative
// integers, splitting tokens that span lines.
func encodeTokens(f *source.File, toks []semToken, lo, hi int) []uint32 {
	out := []uint32{}
	var lastLine, lastChar uint32
	emit := func(start, end int, typ, mods int) {
		if end <= start {
			return
		}
		p := lspPos(f, start)
		length := uint32(utf16Len(f.Text[start:end]))
		dl := p.Line - lastLine
		dc := p.Character
		if dl == 0 {
			dc -= lastChar
		}
		out = append(out, dl, dc, length, uint32(typ), uint32(mods))
		lastLine, lastChar = p.Line, p.Character
	}
	lastEnd := -1
	for _, t := range toks {
		if t.end < lo || t.start > hi || t.start < lastEnd {
			continue
		}
		lastEnd = t.end
		// One token per line.
		start := t.start
		for start < t.end {
			line := f.Pos(start).Line
			lineEnd := f.LineStart(int(line)) + len(f.LineText(int(line)))
			end := min(t.end, lineEnd)
			emit(start, end, t.typ, t.mods)
			next := f.LineStart(int(line + 1))
			if next <= start {
				break
			}
			start = next
		}
	}
	return out
}
