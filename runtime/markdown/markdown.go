package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// MaxSteps bounds the regular-expression work of one conversion. Python-
// Markdown's patterns backtrack; on hostile input their cost can grow
// faster than the input, and a conversion that needs more steps fails with
// ErrTooComplex instead of hanging.
const MaxSteps = 200_000_000

// ErrTooComplex is returned when a document needs more than MaxSteps
// matching steps.
var ErrTooComplex = errors.New("markdown: document too complex to convert")

// errBadEscape reports an escape placeholder that names no character.
var errBadEscape = errors.New("markdown: invalid escape placeholder")

// converter holds the state of one conversion, as a Python-Markdown
// instance does between reset() calls.
type converter struct {
	opts     *settings
	budget   *pyre.Budget
	stash    htmlStash
	stashed  map[string]*inlineNode // the inline processor's stashed nodes
	refs     map[string]reference
	renderer renderer.Renderer
	subj     *subject // the last text prepared for matching
}

// Convert converts Markdown to HTML exactly as Python-Markdown 3.4 does
// with the extensions of opts (codehilite as when Pygments is not
// installed). It fails for unknown extensions or settings, for the inputs
// on which Python-Markdown raises, and for documents past MaxSteps.
func Convert(src string, opts Options) (out string, err error) {
	s, err := opts.resolve()
	if err != nil {
		return "", err
	}
	if isBlank(src) {
		return "", nil
	}
	c := &converter{
		opts:     s,
		budget:   &pyre.Budget{MaxSteps: MaxSteps},
		stashed:  map[string]*inlineNode{},
		refs:     map[string]reference{},
		renderer: newRenderer(s.html),
	}
	defer func() {
		if r := recover(); r != nil {
			a, ok := r.(abort)
			if !ok {
				panic(r)
			}
			if errors.Is(a.err, pyre.ErrStepLimit) || errors.Is(a.err, pyre.ErrStackLimit) {
				a.err = ErrTooComplex
			}
			out, err = "", a.err
		}
	}()
	return c.convert(strings.ToValidUTF8(src, "\uFFFD")), nil
}

var reBlankLineSpaces = mustCompile(`(?<=\n) +\n`, 0)

// convert is Markdown.convert.
func (c *converter) convert(src string) string {
	// Preprocessors: normalize_whitespace, fenced_code_block, html_block.
	src = strings.NewReplacer(stx, "", etx, "").Replace(src)
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n") + "\n\n"
	src = expandTabs(src, c.opts.tab)
	src = reBlankLineSpaces.sub(c, src, func(*match) string { return "\n" })
	lines := splitLines(src)
	if c.opts.fencedCode {
		lines = c.fenced(lines)
	}
	lines = c.extractHTML(lines)

	root := newElement("div")
	c.newBlockParser().parseChunk(root, strings.Join(lines, "\n"))

	// Tree processors: hilite, inline, prettify, attr_list, unescape.
	if c.opts.codehilite != nil {
		c.hiliteCodeBlocks(root)
	}
	ip := &inlineProcessor{c: c, patterns: inlinePatterns}
	if c.opts.nl2br {
		ip.patterns = inlinePatternsNL2BR
	}
	ip.run(root)
	prettify(root)
	if c.opts.attrList {
		c.attrList(root)
	}
	c.unescapeTree(root)

	doc := ast.NewDocument()
	appendChildren(doc, root)
	var b bytes.Buffer
	if err := c.renderer.Render(&b, nil, doc); err != nil {
		panic(abort{err})
	}
	out := pyStrip(b.String())

	// Postprocessors: raw_html, amp_substitute.
	out = c.restoreRawHTML(out)
	out = strings.ReplaceAll(out, ampSubstitute, "&")
	return pyStrip(out)
}

// newBlockParser builds the block parser with its processors in priority
// order.
func (c *converter) newBlockParser() *blockParser {
	p := &blockParser{c: c, re: blockRegexesFor(c.opts.tab)}
	if c.opts.admonition {
		p.processors = append(p.processors, &admonitionProc{p: p})
	}
	p.processors = append(p.processors,
		emptyProc{p}, listIndentProc{p}, codeProc{p}, hashHeaderProc{p}, setextProc{p},
		&hrProc{p: p}, listProc{p, true}, listProc{p, false}, quoteProc{p},
		referenceProc{p}, paragraphProc{p})
	return p
}

// String describes the settings, for test failure messages.
func (o Options) String() string {
	return fmt.Sprintf("extensions=%v configs=%v format=%q tab=%d", o.Extensions, o.ExtensionConfigs, o.OutputFormat, o.TabLength)
}
