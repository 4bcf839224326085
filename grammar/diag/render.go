package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hyperflask/hfc/grammar/source"
)

// Render writes d for a terminal:
//
//	path:line:col: error[E3001]: message
//	   12 | {% for x in items %}
//	      |    ^^^^^^^^^^^^^^^^
//	      = hint: ...
//	      = related: path:line:col: message
//
// f is the file d points into; when f is nil only the first line is written.
func Render(w io.Writer, d Diagnostic, f *source.File) {
	fmt.Fprintln(w, d.Error())
	if f != nil && int(d.Range.Start.Line) >= 1 && int(d.Range.Start.Line) <= f.LineCount() {
		line := d.Range.Start.Line
		text := f.LineText(int(line))
		num := fmt.Sprint(line)
		pad := strings.Repeat(" ", len(num))
		fmt.Fprintf(w, " %s | %s\n", num, expandTabs(text))
		fmt.Fprintf(w, " %s | %s\n", pad, caret(text, d.Range, f.LineStart(int(line))))
		if d.Hint != "" {
			fmt.Fprintf(w, " %s = hint: %s\n", pad, d.Hint)
		}
		for _, r := range d.Related {
			fmt.Fprintf(w, " %s = %s:%d:%d: %s\n", pad, r.File, r.Range.Start.Line, r.Range.Start.Col, r.Message)
		}
		return
	}
	if d.Hint != "" {
		fmt.Fprintf(w, "   = hint: %s\n", d.Hint)
	}
	for _, r := range d.Related {
		fmt.Fprintf(w, "   = %s:%d:%d: %s\n", r.File, r.Range.Start.Line, r.Range.Start.Col, r.Message)
	}
}

const tabWidth = 4

// expandTabs replaces tabs by spaces so that the caret line, built the same
// way, lines up in any terminal.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// caret builds the underline for rng on a line that starts at lineStart. The
// underline covers the range's part of that line, at least one character.
func caret(text string, rng source.Span, lineStart int) string {
	from := int(rng.Start.Offset) - lineStart
	to := int(rng.End.Offset) - lineStart
	if from < 0 {
		from = 0
	}
	if from > len(text) {
		from = len(text)
	}
	if rng.End.Line != rng.Start.Line || to > len(text) {
		to = len(text)
	}
	width := func(s string) int { return len([]rune(expandTabs(s))) }
	lead := width(text[:from])
	n := width(text[:to]) - lead
	if n < 1 {
		n = 1
	}
	return strings.Repeat(" ", lead) + strings.Repeat("^", n)
}

// jsonPos and jsonDiag fix the field names of the JSON form, which is a
// contract (`hfc check --format json`).
type jsonPos struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Col    int `json:"col"`
}

type jsonRange struct {
	Start jsonPos `json:"start"`
	End   jsonPos `json:"end"`
}

type jsonRelated struct {
	File    string    `json:"file"`
	Range   jsonRange `json:"range"`
	Message string    `json:"message"`
}

type jsonEdit struct {
	File    string    `json:"file"`
	Range   jsonRange `json:"range"`
	NewText string    `json:"newText"`
}

type jsonFix struct {
	Title string     `json:"title"`
	Edits []jsonEdit `json:"edits"`
}

type jsonDiag struct {
	File     string        `json:"file"`
	Range    jsonRange     `json:"range"`
	Severity string        `json:"severity"`
	Code     string        `json:"code"`
	Message  string        `json:"message"`
	Hint     string        `json:"hint,omitempty"`
	Related  []jsonRelated `json:"related,omitempty"`
	Fixes    []jsonFix     `json:"fixes,omitempty"`
}

func toJSONRange(s source.Span) jsonRange {
	return jsonRange{
		Start: jsonPos{int(s.Start.Offset), int(s.Start.Line), int(s.Start.Col)},
		End:   jsonPos{int(s.End.Offset), int(s.End.Line), int(s.End.Col)},
	}
}

// MarshalJSON writes the stable JSON form of d.
func (d Diagnostic) MarshalJSON() ([]byte, error) {
	j := jsonDiag{
		File:     d.File,
		Range:    toJSONRange(d.Range),
		Severity: d.Severity.String(),
		Code:     string(d.Code),
		Message:  d.Message,
		Hint:     d.Hint,
	}
	for _, r := range d.Related {
		j.Related = append(j.Related, jsonRelated{r.File, toJSONRange(r.Range), r.Message})
	}
	for _, f := range d.Fixes {
		jf := jsonFix{Title: f.Title}
		for _, e := range f.Edits {
			jf.Edits = append(jf.Edits, jsonEdit{e.File, toJSONRange(e.Range), e.NewText})
		}
		j.Fixes = append(j.Fixes, jf)
	}
	return json.Marshal(j)
}
