// Package bundles finds the <script bundle> and <style bundle> blocks of a
// Hyperflask template (flask-assets-pipeline's inline assets): their
// contents are not part of the page but files of the app's asset bundles,
// and a compiler outputs a call include_asset(ID) in place of each block
// (see Expand), which asks the page to load the bundle built from it.
//
// A block is the text between an open tag written exactly as the reference
// matches it — <script bundle>, <script bundle="NAME">, and the same for
// style, with optional spaces inside the brackets — and the next close
// tag. Its content is static: a Jinja construct inside ({{ }}, {% %},
// {# #}, a component tag) is an error (diag.BundleJinja), as is a block
// without its close tag (diag.BundleUnclosed).
//
// A block's ID names what include_asset loads: NAME for a named block
// (every block naming it goes into one bundle, after the files config
// assets_bundles lists under NAME), else "inline/" followed by a hash of the
// kind and content, so that the ID depends on the text alone and the same
// block in two files is one bundle.
package bundles

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// Kind is a block's language.
type Kind uint8

// Block kinds.
const (
	Script Kind = iota // <script bundle>: JavaScript
	Style              // <style bundle>: CSS
)

// Ext returns the file extension of the kind's bundles (".js", ".css").
func (k Kind) Ext() string {
	if k == Style {
		return ".css"
	}
	return ".js"
}

// String returns the tag name.
func (k Kind) String() string {
	if k == Style {
		return "style"
	}
	return "script"
}

// Block is one <script bundle> or <style bundle> block of a template.
type Block struct {
	Kind Kind
	// Bundle is NAME of bundle="NAME"; "" for an anonymous block.
	Bundle string
	// Content is the source text between the tags, as the file holds it.
	Content string
	// Open and Close are the tags; ContentSpan the text between them.
	Open, Close, ContentSpan source.Span
}

// ID returns the name include_asset receives for the block (see the
// package documentation).
func (b *Block) ID() string {
	if b.Bundle != "" {
		return b.Bundle
	}
	return InlineID(b.Kind, b.Content)
}

// InlineID returns the ID of an anonymous block of a kind with a content.
func InlineID(k Kind, content string) string {
	sum := sha256.Sum256([]byte(k.String() + "\x00" + content))
	return "inline/" + hex.EncodeToString(sum[:6]) + k.Ext()
}

var (
	openRe = regexp.MustCompile(`<\s*(script|style)\s+bundle(?:="([^"]+)")?\s*>`)
	// closeRe matches the close tag of each kind.
	closeRe = [...]*regexp.Regexp{
		Script: regexp.MustCompile(`</\s*script\s*>`),
		Style:  regexp.MustCompile(`</\s*style\s*>`),
	}
	// jinjaRe finds what starts a Jinja construct or a component tag.
	jinjaRe = regexp.MustCompile(`\{\{|\{%|\{#|</?\{`)
)

// Find returns the blocks of a parsed template, in source order, and the
// errors of blocks that are not static or not closed.
func Find(f *source.File, t *template.Template) ([]Block, diag.List) {
	var blocks []Block
	b := diag.Builder{File: f.Name}
	template.Walk(visitFunc(func(n template.Node) {
		if d, ok := n.(*template.TemplateData); ok {
			blocks = append(blocks, scan(f, t, d, &b)...)
		}
	}), t)
	return blocks, b.Diags
}

// Expand returns, for each TemplateData node of t that holds valid blocks,
// the expressions a compiler outputs in its place: the text before each
// block (with the whitespace control Jinja applied), include_asset(ID), and
// the text after the last block. It returns the blocks and the errors of
// Find too; t is not modified. The calls print nothing: include_asset
// returns an empty string.
func Expand(f *source.File, t *template.Template) (map[*template.TemplateData][]template.Expr, []Block, diag.List) {
	parts := map[*template.TemplateData][]template.Expr{}
	var all []Block
	b := diag.Builder{File: f.Name}
	template.Walk(visitFunc(func(n template.Node) {
		if d, ok := n.(*template.TemplateData); ok {
			if blocks := scan(f, t, d, &b); len(blocks) > 0 {
				all = append(all, blocks...)
				parts[d] = split(d, blocks)
			}
		}
	}), t)
	return parts, all, b.Diags
}

// scan finds the blocks that open in one TemplateData node; a block must
// close in the same node (its text is then static), else it is reported.
func scan(f *source.File, t *template.Template, d *template.TemplateData, b *diag.Builder) []Block {
	start, end := d.Loc.Start.Offset, d.Loc.End.Offset
	text := f.Text[start:end]
	if !strings.Contains(text, "bundle") {
		return nil
	}
	var blocks []Block
	pos := 0
	for pos < len(text) {
		m := openRe.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		kind := Script
		if text[pos+m[2]:pos+m[3]] == "style" {
			kind = Style
		}
		bundle := ""
		if m[4] >= 0 {
			bundle = text[pos+m[4] : pos+m[5]]
		}
		openStart, openEnd := int(start)+pos+m[0], int(start)+pos+m[1]
		open := f.Span(openStart, openEnd)
		c := closeRe[kind].FindStringIndex(text[pos+m[1]:])
		if c == nil {
			reportOpen(f, t, b, kind, open, int(end))
			return blocks
		}
		closeStart, closeEnd := openEnd+c[0], openEnd+c[1]
		content := f.Text[openEnd:closeStart]
		if j := jinjaRe.FindStringIndex(content); j != nil {
			reportJinja(f, b, kind, open, openEnd+j[0], content[j[0]:])
		} else {
			blocks = append(blocks, Block{
				Kind: kind, Bundle: bundle, Content: content,
				Open: open, Close: f.Span(closeStart, closeEnd), ContentSpan: f.Span(openEnd, closeStart),
			})
		}
		pos = closeEnd - int(start)
	}
	return blocks
}

// reportOpen reports a block whose close tag is not in its text node:
// either a Jinja construct ends the node before the close tag, or the
// template has no close tag.
func reportOpen(f *source.File, t *template.Template, b *diag.Builder, kind Kind, open source.Span, from int) {
	limit := t.Loc.End.Offset
	rest := f.Text[from:limit]
	if closeRe[kind].FindStringIndex(rest) == nil {
		b.Add(diag.BundleUnclosed, open, "<%s bundle> opened on line %d is never closed; expected </%s>", kind, open.Start.Line, kind).
			WithHint("a bundled %s ends at its close tag in the same template", kind)
		return
	}
	at := from + len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
	if j := jinjaRe.FindStringIndex(f.Text[at:limit]); j != nil {
		at += j[0]
	}
	reportJinja(f, b, kind, open, at, f.Text[at:limit])
}

// reportJinja reports a Jinja construct at offset at inside a block.
func reportJinja(f *source.File, b *diag.Builder, kind Kind, open source.Span, at int, rest string) {
	what := "a Jinja construct"
	switch {
	case strings.HasPrefix(rest, "{{"):
		what = "a Jinja expression {{ … }}"
	case strings.HasPrefix(rest, "{%"):
		what = "a Jinja tag {% … %}"
	case strings.HasPrefix(rest, "{#"):
		what = "a Jinja comment {# … #}"
	case strings.HasPrefix(rest, "<{"), strings.HasPrefix(rest, "</{"):
		what = "a component tag"
	}
	end := at + 2
	if end > len(f.Text) {
		end = len(f.Text)
	}
	pos := f.Pos(at)
	b.Add(diag.BundleJinja, f.Span(at, end), "%s on line %d inside the <%s bundle> opened on line %d; a bundled %s is a static file, built once for every page", what, pos.Line, kind, open.Start.Line, kind).
		WithHint("pass values from the template through data- attributes (or a plain <%s> without bundle) and read them from the %s", kind, kind).
		WithRelated(f.Name, open, "the <%s bundle> opens here", kind)
}

// split cuts a TemplateData node around its blocks: the text before each
// block, include_asset(ID), and the text after the last one. The blocks'
// tags are found again in Data (Jinja's text after whitespace control and
// newline normalisation), where they are in the same order.
func split(d *template.TemplateData, blocks []Block) []template.Expr {
	var out []template.Expr
	data := d.Data
	pos := 0
	for i := range blocks {
		bl := &blocks[i]
		m := openRe.FindStringIndex(data[pos:])
		if m == nil {
			break
		}
		c := closeRe[bl.Kind].FindStringIndex(data[pos+m[1]:])
		if c == nil {
			break
		}
		if m[0] > 0 {
			out = append(out, &template.TemplateData{Base: template.Base{Loc: d.Loc}, Data: data[pos : pos+m[0]]})
		}
		span := source.Cover(bl.Open, bl.Close)
		out = append(out, &template.Call{
			Base: template.Base{Loc: span},
			Node: &template.Name{Base: template.Base{Loc: bl.Open}, Name: "include_asset", Ctx: "load"},
			Args: []template.Expr{&template.Const{Base: template.Base{Loc: bl.Open}, Kind: template.ConstString, Value: bl.ID()}},
		})
		pos += m[1] + c[1]
	}
	if pos < len(data) {
		out = append(out, &template.TemplateData{Base: template.Base{Loc: d.Loc}, Data: data[pos:]})
	}
	return out
}

type visitFunc func(template.Node)

func (v visitFunc) Visit(n template.Node) template.Visitor {
	if n != nil {
		v(n)
	}
	return v
}
