package lsp

import (
	"context"
	"encoding/json"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/compiler/semantic"
	"github.com/hyperflask/hfc/grammar/page"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/template"
)

// Formatting is conservative: it never changes what a page does or
// renders. In Python code it removes trailing whitespace (outside string
// literals), runs of more than two blank lines and blank lines at the end;
// in the template it puts one space inside the delimiters of single-line
// {{ }} and {% %} tags ({{x}} becomes {{ x }}), never touching template
// text, comments or raw blocks. Formatting formatted text changes nothing.

func (s *Server) formatting(ctx context.Context, raw json.RawMessage) (any, error) {
	var p documentParams
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	return formatEdits(an, 0, len(an.Src.Text)), nil
}

func (s *Server) rangeFormatting(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		documentParams
		Range protocol.Range `json:"range"`
	}
	_, an, ok, err := s.docRequest(raw, &p)
	if !ok {
		return nil, err
	}
	defer s.mu.Unlock()
	return formatEdits(an, offsetOf(an.Src, p.Range.Start), offsetOf(an.Src, p.Range.End)), nil
}

// edit is a byte-range replacement.
type edit struct {
	start, end int
	text       string
}

// formatEdits returns the formatting edits inside [lo, hi].
func formatEdits(an *semantic.Analysis, lo, hi int) []protocol.TextEdit {
	var edits []edit
	if an.File.Python != nil && !hasSyntaxErrors(an) {
		edits = append(edits, pyFormat(an)...)
	}
	if an.File.Template != nil {
		edits = append(edits, tmplFormat(an)...)
	}
	out := []protocol.TextEdit{}
	for _, e := range edits {
		if e.start < lo || e.end > hi {
			continue
		}
		out = append(out, protocol.TextEdit{Range: lspRange(an.Src, an.Src.Span(e.start, e.end)), NewText: e.text})
	}
	return out
}

// hasSyntaxErrors reports whether the Python part has syntax errors (then
// it is left alone).
func hasSyntaxErrors(an *semantic.Analysis) bool {
	for _, d := range an.File.Diags {
		if len(d.Code) == 5 && d.Code[1] == '2' && d.Severity == 1 {
			return true
		}
	}
	return false
}

// pyFormat removes trailing whitespace, extra blank lines and blank lines
// at the end of the Python part.
func pyFormat(an *semantic.Analysis) []edit {
	start, end := 0, len(an.Src.Text)
	if sp := an.File.Split; sp != nil {
		start, end = sp.Frontmatter.Start, sp.Frontmatter.End
	}
	toks, _, _ := python.Lex(an.Src, start, end)
	// Lines that end inside a string literal keep their whitespace.
	inString := map[int]bool{}
	for _, t := range toks {
		if t.Kind == python.STRING && t.Span.End.Line > t.Span.Start.Line {
			for l := t.Span.Start.Line; l < t.Span.End.Line; l++ {
				inString[int(l)] = true
			}
		}
	}
	f := an.Src
	var out []edit
	first, last := f.Pos(start).Line, f.Pos(end).Line
	if end > start && f.LineStart(int(last)) == end {
		last-- // the region ends with a line break
	}
	blank := 0
	for l := first; l <= last; l++ {
		text := f.LineText(int(l))
		ls := f.LineStart(int(l))
		if inString[int(l)] {
			blank = 0
			continue
		}
		trimmed := strings.TrimRight(text, " \t")
		if len(trimmed) < len(text) {
			out = append(out, edit{ls + len(trimmed), ls + len(text), ""})
		}
		if trimmed == "" {
			blank++
			if blank > 2 {
				out = append(out, edit{ls, f.LineStart(int(l + 1)), ""})
			}
			continue
		}
		blank = 0
	}
	// Blank lines at the end of the region.
	l := last
	for l >= first && strings.TrimSpace(f.LineText(int(l))) == "" && !inString[int(l)] && l > first {
		l--
	}
	if l < last && l >= first {
		from := f.LineStart(int(l + 1))
		to := f.LineStart(int(last + 1))
		if to > end {
			to = end
		}
		if from < to {
			out = mergeEdits(out, edit{from, to, ""})
		}
	}
	return out
}

// mergeEdits adds e, dropping the edits it covers.
func mergeEdits(list []edit, e edit) []edit {
	out := list[:0]
	for _, x := range list {
		if x.start >= e.start && x.end <= e.end {
			continue
		}
		out = append(out, x)
	}
	return append(out, e)
}

// tmplFormat puts one space inside the delimiters of single-line tags.
func tmplFormat(an *semantic.Analysis) []edit {
	t := an.File.Template
	toks, diags := template.Lex(an.Src, int(t.Loc.Start.Offset), int(t.Loc.End.Offset), template.Options{Hyperflask: an.Role != page.RoleFile})
	if len(diags) > 0 {
		return nil
	}
	text := an.Src.Text
	var out []edit
	space := func(a, b int) {
		if strings.ContainsAny(text[a:b], "\r\n") {
			return
		}
		if text[a:b] != " " {
			out = append(out, edit{a, b, " "})
		}
	}
	for i := 0; i < len(toks); i++ {
		open := toks[i]
		if open.Kind != template.TokVariableBegin && open.Kind != template.TokBlockBegin {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind != template.TokVariableEnd && toks[j].Kind != template.TokBlockEnd {
			j++
		}
		if j >= len(toks) || j == i+1 {
			continue
		}
		closeTok := toks[j]
		if strings.ContainsAny(text[open.Start:closeTok.End], "\r\n") {
			i = j
			continue
		}
		space(open.End, toks[i+1].Start)
		space(toks[j-1].End, closeTok.Start)
		i = j
	}
	return out
}
