package docsite

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Block is a fenced code block of a document: a code sample. Its info
// string is the language, then optional key=value attributes:
//
//	```jpy file=pages/index.jpy
//
// names the file of the sample app the block is (docs tests build the app
// and serve it); `app=NAME` puts it in another app of the same document;
// `output=URL` makes the block the expected body of GET URL on that app.
type Block struct {
	Lang  string
	Attrs map[string]string
	Text  string
	// Line is the 1-based line of the block's opening fence.
	Line int
}

// CodeBlocks returns the fenced code blocks of a document, in order.
func CodeBlocks(src []byte) []Block {
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var out []Block
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fc, ok := n.(*ast.FencedCodeBlock)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		b := Block{Attrs: map[string]string{}}
		if fc.Info != nil {
			fields := strings.Fields(string(fc.Info.Segment.Value(src)))
			if len(fields) > 0 {
				b.Lang = fields[0]
			}
			for _, f := range fields[1:] {
				k, v, _ := strings.Cut(f, "=")
				b.Attrs[k] = strings.Trim(v, `"`)
			}
		}
		var sb strings.Builder
		lines := fc.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			sb.Write(seg.Value(src))
		}
		b.Text = sb.String()
		// Pos is the fence's offset (goldmark sets it on block nodes);
		// the line is the number of newlines before it, plus one.
		if pos := fc.Pos(); pos >= 0 && pos <= len(src) {
			b.Line = strings.Count(string(src[:pos]), "\n") + 1
		}
		out = append(out, b)
		return ast.WalkSkipChildren, nil
	})
	return out
}

// Links returns the destinations of a document's links, in order.
func Links(src []byte) []string {
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			out = append(out, string(l.Destination))
		}
		return ast.WalkContinue, nil
	})
	return out
}
