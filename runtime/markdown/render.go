package markdown

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// The finished element tree becomes a goldmark AST, which goldmark's
// renderer writes with the node renderer below. The renderer reproduces
// Python-Markdown's serializer (ElementTree's HTML serializer as
// Python-Markdown patches it): attributes in lexical order, its escaping
// rules, and "<br />"-style empty elements in XHTML.

// kindElement is the kind of htmlElement.
var kindElement = ast.NewNodeKind("PyMarkdownElement")

// htmlElement is an HTML element that has no goldmark node kind: the <pre> and
// <code> of a code block, an admonition's <div>, a <br>.
type htmlElement struct {
	ast.BaseBlock
	// Tag is the element name.
	Tag string
}

// Kind implements ast.Node.
func (n *htmlElement) Kind() ast.NodeKind { return kindElement }

// Type implements ast.Node: block-level HTML elements are blocks.
func (n *htmlElement) Type() ast.NodeType {
	if isBlockLevel(n.Tag) {
		return ast.TypeBlock
	}
	return ast.TypeInline
}

// Dump implements ast.Node.
func (n *htmlElement) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Tag": n.Tag}, nil)
}

// toAST converts an element and its descendants, with their texts and
// tails, to goldmark nodes.
func toAST(e *element) ast.Node {
	var n ast.Node
	switch e.tag {
	case "p":
		n = ast.NewParagraph()
	case "h1", "h2", "h3", "h4", "h5", "h6":
		n = ast.NewHeading(int(e.tag[1] - '0'))
	case "ul":
		n = ast.NewList('*')
	case "ol":
		n = ast.NewList('.')
	case "li":
		n = ast.NewListItem(0)
	case "blockquote":
		n = ast.NewBlockquote()
	case "hr":
		n = ast.NewThematicBreak()
	case "em":
		n = ast.NewEmphasis(1)
	case "strong":
		n = ast.NewEmphasis(2)
	case "a":
		l := ast.NewLink()
		l.Destination, l.Title = []byte(e.get("href")), []byte(e.get("title"))
		n = l
	case "img":
		l := ast.NewLink()
		l.Destination, l.Title = []byte(e.get("src")), []byte(e.get("title"))
		n = ast.NewImage(l)
	case "code":
		n = ast.NewCodeSpan()
	default:
		n = &htmlElement{Tag: e.tag}
	}
	for _, a := range e.attrs {
		n.SetAttributeString(a.key, []byte(a.value))
	}
	appendChildren(n, e)
	return n
}

// appendChildren appends e's text, children and their tails to n.
func appendChildren(n ast.Node, e *element) {
	if e.text != "" {
		n.AppendChild(n, ast.NewString([]byte(e.text)))
	}
	for _, child := range e.children {
		n.AppendChild(n, toAST(child))
		if child.tail != "" {
			n.AppendChild(n, ast.NewString([]byte(child.tail)))
		}
	}
}

// tagOf returns the HTML element name of a node made by toAST.
func tagOf(n ast.Node) string {
	switch n := n.(type) {
	case *htmlElement:
		return n.Tag
	case *ast.Paragraph:
		return "p"
	case *ast.Heading:
		return fmt.Sprintf("h%d", n.Level)
	case *ast.List:
		if n.IsOrdered() {
			return "ol"
		}
		return "ul"
	case *ast.ListItem:
		return "li"
	case *ast.Blockquote:
		return "blockquote"
	case *ast.ThematicBreak:
		return "hr"
	case *ast.Emphasis:
		if n.Level == 2 {
			return "strong"
		}
		return "em"
	case *ast.Link:
		return "a"
	case *ast.Image:
		return "img"
	case *ast.CodeSpan:
		return "code"
	}
	panic(fmt.Sprintf("markdown: no element for node kind %v", n.Kind()))
}

// htmlEmpty is the serializer's HTML_EMPTY: elements without end tag.
var htmlEmpty = map[string]bool{
	"area": true, "base": true, "basefont": true, "br": true, "col": true, "frame": true, "hr": true,
	"img": true, "input": true, "isindex": true, "link": true, "meta": true, "param": true,
}

// nodeRenderer writes the nodes as Python-Markdown's serializer does.
type nodeRenderer struct {
	html bool // output_format "html"
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	for _, k := range []ast.NodeKind{kindElement, ast.KindParagraph, ast.KindHeading, ast.KindList,
		ast.KindListItem, ast.KindBlockquote, ast.KindThematicBreak, ast.KindEmphasis, ast.KindLink,
		ast.KindImage, ast.KindCodeSpan} {
		reg.Register(k, r.renderElement)
	}
	reg.Register(ast.KindString, r.renderString)
}

func (r *nodeRenderer) renderString(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(escapeCDATA(string(n.(*ast.String).Value)))
	}
	return ast.WalkContinue, nil
}

func (r *nodeRenderer) renderElement(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	tag := tagOf(n)
	if !entering {
		if !htmlEmpty[tag] {
			_, _ = w.WriteString("</" + tag + ">")
		}
		return ast.WalkContinue, nil
	}
	_ = w.WriteByte('<')
	_, _ = w.WriteString(tag)
	attrs := n.Attributes()
	slices.SortFunc(attrs, func(a, b ast.Attribute) int { return bytes.Compare(a.Name, b.Name) })
	for _, a := range attrs {
		v := escapeAttrib(string(a.Value.([]byte)))
		if r.html && string(a.Name) == v {
			_, _ = w.WriteString(" " + v)
		} else {
			_, _ = w.WriteString(" " + string(a.Name) + `="` + v + `"`)
		}
	}
	if !r.html && htmlEmpty[tag] {
		_, _ = w.WriteString(" />")
		return ast.WalkSkipChildren, nil
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

// reAmp is the serializer's RE_AMP: an ampersand that does not start a
// character reference.
var reAmp = mustCompile(`&(?!(?:\#[0-9]+|\#x[0-9a-f]+|[0-9a-z]+);)`, pyre.IgnoreCase)

// escapeCDATA is the serializer's _escape_cdata.
func escapeCDATA(s string) string {
	if strings.Contains(s, "&") {
		s = reAmp.sub(nil, s, func(*match) string { return "&amp;" })
	}
	if strings.ContainsAny(s, "<>") {
		s = strings.ReplaceAll(s, "<", "&lt;")
		s = strings.ReplaceAll(s, ">", "&gt;")
	}
	return s
}

// escapeAttrib is the serializer's _escape_attrib_html.
func escapeAttrib(s string) string {
	s = escapeCDATA(s)
	return strings.ReplaceAll(s, `"`, "&quot;")
}

// serialize is Python-Markdown's serializer applied to one element (with
// its tail), as raw inline HTML needs for what it contains.
func (c *converter) serialize(e *element) string {
	var b bytes.Buffer
	if err := c.renderer.Render(&b, nil, toAST(e)); err != nil {
		panic(abort{err})
	}
	b.WriteString(escapeCDATA(e.tail))
	return b.String()
}

// newRenderer returns goldmark's renderer with the Python-Markdown node
// renderer.
func newRenderer(html bool) renderer.Renderer {
	return renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(&nodeRenderer{html: html}, 100)))
}

var (
	reRawPlaceholder = mustCompile(`<p>`+stx+`wzxhzdk:([0-9]+)`+etx+`</p>|`+stx+`wzxhzdk:([0-9]+)`+etx, 0)
	reBlockLevelHTML = mustCompile(`^\<\/?([^ >]+)`, 0)
)

// restoreRawHTML is RawHtmlPostprocessor: the placeholders of stashed HTML
// become the HTML again, without the <p> around a lone block-level
// placeholder, until nothing changes.
func (c *converter) restoreRawHTML(text string) string {
	if len(c.stash.blocks) == 0 {
		return text
	}
	blockLevel := make([]bool, len(c.stash.blocks))
	for i, html := range c.stash.blocks {
		if m := reBlockLevelHTML.match(c, html, 0); m != nil {
			name := m.str(1)
			blockLevel[i] = strings.ContainsRune("!?@%", rune(name[0])) || isBlockLevel(name)
		}
	}
	for {
		out := reRawPlaceholder.sub(c, text, func(m *match) string {
			if id, ok := m.group(1); ok {
				i, found := c.stashIndex(id)
				switch {
				case found && blockLevel[i]:
					return c.stash.blocks[i]
				case found:
					return "<p>" + c.stash.blocks[i] + "</p>"
				}
				return m.str(0)
			}
			if i, found := c.stashIndex(m.str(2)); found {
				return c.stash.blocks[i]
			}
			return m.str(0)
		})
		if out == text {
			return out
		}
		text = out
	}
}

// stashIndex returns the stash index a placeholder's number names, as the
// postprocessor's dictionary of placeholders finds it.
func (c *converter) stashIndex(id string) (int, bool) {
	n := 0
	for _, ch := range id {
		n = n*10 + int(ch-'0')
		if n >= len(c.stash.blocks) {
			return 0, false
		}
	}
	return n, htmlPlaceholder(n) == stx+"wzxhzdk:"+id+etx
}
