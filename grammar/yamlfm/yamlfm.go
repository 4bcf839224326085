// Package yamlfm parses the YAML frontmatter of static pages (.html, .md and
// other templates, reference §1.5) and maps every YAML position to the file.
//
// The reference loads the frontmatter with PyYAML's safe loader on every
// request and merges the resulting mapping into the template context; a
// frontmatter that is present but not a mapping (a list, a scalar, or only
// whitespace and comments) makes every request fail with a 500. Here it is an
// error at check time.
package yamlfm

import (
	"errors"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// Doc is a parsed YAML frontmatter.
type Doc struct {
	// Body is the document's root node (nil when the text holds no node).
	Body ast.Node
	// Keys are the top-level keys in order of appearance, with their spans;
	// a key that appears twice is listed twice (the later value wins).
	Keys  []Key
	file  *source.File
	start int // file offset of the frontmatter's first byte
}

// Key is one top-level key of the mapping.
type Key struct {
	Name  string
	Span  source.Span
	Value ast.Node
}

// Parse parses f.Text[start:end] as YAML. The region starts at the beginning
// of a line (the line after the opening `---`).
func Parse(f *source.File, start, end int) (*Doc, diag.List) {
	b := diag.Builder{File: f.Name}
	doc := &Doc{file: f, start: start}
	text := f.Text[start:end]
	file, err := parser.ParseBytes([]byte(text), 0, parser.AllowDuplicateMapKey())
	if err != nil {
		var se *yaml.SyntaxError
		rng := f.Span(start, end)
		msg := err.Error()
		if errors.As(err, &se) {
			msg = se.Message
			if se.Token != nil {
				rng = doc.tokenSpan(se.Token)
			}
		}
		b.Add(diag.YAMLSyntax, rng, "invalid YAML frontmatter: %s", msg).
			WithHint("the frontmatter of a static page is YAML; the Python reference fails every request to this page with a 500")
		return doc, b.Diags
	}
	if len(file.Docs) > 1 {
		b.Add(diag.YAMLSyntax, f.Span(start, end), "the frontmatter holds %d YAML documents; expected one mapping", len(file.Docs))
	}
	if len(file.Docs) > 0 {
		doc.Body = file.Docs[0].Body
	}
	switch body := doc.Body.(type) {
	case *ast.MappingNode:
		doc.collect(body.Values)
	case *ast.MappingValueNode:
		doc.collect([]*ast.MappingValueNode{body})
	default:
		found := "nothing but whitespace and comments"
		rng := f.Span(start, end)
		if body != nil {
			found = "a " + strings.ToLower(body.Type().String())
			rng = doc.nodeSpan(body)
		}
		b.Add(diag.YAMLNotMapping, rng, "the YAML frontmatter is %s; expected a mapping of keys to values", found).
			WithHint("the Python reference answers every request to this page with a 500; write `key: value` lines, or remove the frontmatter")
	}
	return doc, b.Diags
}

func (d *Doc) collect(values []*ast.MappingValueNode) {
	for _, mv := range values {
		d.Keys = append(d.Keys, Key{Name: mv.Key.String(), Span: d.nodeSpan(mv.Key), Value: mv.Value})
	}
}

// offset converts a YAML position (1-based line and column within the
// frontmatter) to a file offset.
func (d *Doc) offset(p *token.Position) int {
	if p == nil {
		return d.start
	}
	startLine := d.file.Pos(d.start).Line
	pos := d.file.PosAt(int(startLine)+p.Line-1, p.Column)
	if int(pos.Offset) < d.start {
		return d.start
	}
	return int(pos.Offset)
}

func (d *Doc) tokenSpan(t *token.Token) source.Span {
	from := d.offset(t.Position)
	to := from + len(t.Origin)
	if o := strings.TrimSpace(t.Origin); o != "" {
		to = from + len(o)
	}
	if to > len(d.file.Text) {
		to = len(d.file.Text)
	}
	return d.file.Span(from, to)
}

// Span returns the file span of a node of the document.
func (d *Doc) Span(n ast.Node) source.Span { return d.nodeSpan(n) }

func (d *Doc) nodeSpan(n ast.Node) source.Span {
	tok := n.GetToken()
	if tok == nil {
		return d.file.Span(d.start, d.start)
	}
	from := d.offset(tok.Position)
	to := from + len(strings.TrimSpace(n.String()))
	if nl := strings.IndexAny(d.file.Text[from:min(to, len(d.file.Text))], "\r\n"); nl >= 0 {
		to = from + nl
	}
	if to > len(d.file.Text) {
		to = len(d.file.Text)
	}
	return d.file.Span(from, to)
}
