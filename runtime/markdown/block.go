package markdown

import (
	"fmt"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// This file ports Python-Markdown's BlockParser and block processors. The
// document is split on blank lines into blocks; each block is offered to the
// processors in priority order, and a processor may consume it, split it,
// or push text back for the next round. Python-Markdown's list, code and
// paragraph rules follow from this, which is why they differ from
// CommonMark's line-by-line model.

// blockProcessor is one of Python-Markdown's BlockProcessors.
type blockProcessor interface {
	test(parent *element, block string) bool
	// run consumes blocks[0]; it returns false when the block was given
	// back to the next processor (ReferenceProcessor).
	run(parent *element, blocks *[]string) bool
}

// blockRegexes are the patterns that depend on tab_length.
type blockRegexes struct {
	listIndent                 *regex
	olist, ulist, child, indnt *regex
}

var (
	blockRegexesMu    sync.Mutex
	blockRegexesByTab = map[int]*blockRegexes{}
)

// blockRegexesFor returns the patterns for a tab length, compiling them on
// first use.
func blockRegexesFor(tab int) *blockRegexes {
	blockRegexesMu.Lock()
	defer blockRegexesMu.Unlock()
	re, ok := blockRegexesByTab[tab]
	if !ok {
		re = newBlockRegexes(tab)
		blockRegexesByTab[tab] = re
	}
	return re
}

func newBlockRegexes(tab int) *blockRegexes {
	return &blockRegexes{
		listIndent: mustCompile(fmt.Sprintf(`^(([ ]{%d})+)`, tab), 0),
		olist:      mustCompile(fmt.Sprintf(`^[ ]{0,%d}\d+\.[ ]+(.*)`, tab-1), 0),
		ulist:      mustCompile(fmt.Sprintf(`^[ ]{0,%d}[*+-][ ]+(.*)`, tab-1), 0),
		child:      mustCompile(fmt.Sprintf(`^[ ]{0,%d}((\d+\.)|[*+-])[ ]+(.*)`, tab-1), 0),
		indnt:      mustCompile(fmt.Sprintf(`^[ ]{%d,%d}((\d+\.)|[*+-])[ ]+.*`, tab, tab*2-1), 0),
	}
}

var (
	reBlockquote = mustCompile(`(^|\n)[ ]{0,3}>[ ]?(.*)`, 0)
	reHashHeader = mustCompile(`(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\])*?)#*(?:\n|$)`, 0)
	reSetext     = mustCompile(`^.*?\n[=-]+[ ]*(\n|$)`, pyre.Multiline)
	reHR         = mustCompile(`^[ ]{0,3}(?=(?P<atomicgroup>(-+[ ]{0,2}){3,}|(_+[ ]{0,2}){3,}|(\*+[ ]{0,2}){3,}))(?P=atomicgroup)[ ]*$`, pyre.Multiline)
	reReference  = mustCompile(`^[ ]{0,3}\[([^\[\]]*)\]:[ ]*\n?[ ]*([^\s]+)[ ]*(?:\n[ ]*)?((["\'])(.*)\4[ ]*|\((.*)\)[ ]*)?$`, pyre.Multiline)
	reAdmonition = mustCompile(`(?:^|\n)!!! ?([\w\-]+(?: +[\w\-]+)*)(?: +"(.*?)")? *(?:\n|$)`, 0)
	reSpaces     = mustCompile(`  +`, 0)
)

// Python-Markdown stops treating ">" as a blockquote when fewer than 100
// frames are left below the interpreter's recursion limit (1000). The block
// parser counts the frames its Python counterpart would use (parseChunk,
// parseBlocks, each processor's run and ListIndentProcessor.create_item)
// above the 4 of a top-level markdown.markdown() call (module, markdown,
// convert, parseDocument), plus the test method and nearing_recursion_limit,
// whose depth count includes itself.
const (
	pyRecursionLimit = 1000
	pyCallerFrames   = 4
)

// blockParser is Python-Markdown's BlockParser.
type blockParser struct {
	c          *converter
	processors []blockProcessor
	state      []string
	frames     int // the Python frames of the current call chain
	re         *blockRegexes
}

func (p *blockParser) setState(s string) { p.state = append(p.state, s) }
func (p *blockParser) resetState()       { p.state = p.state[:len(p.state)-1] }
func (p *blockParser) isState(s string) bool {
	return len(p.state) > 0 && p.state[len(p.state)-1] == s
}

// parseChunk splits text on blank lines and parses the blocks into parent.
func (p *blockParser) parseChunk(parent *element, text string) {
	p.frames++
	p.parseBlocks(parent, strings.Split(text, "\n\n"))
	p.frames--
}

// parseBlocks runs the processors until every block is consumed.
func (p *blockParser) parseBlocks(parent *element, blocks []string) {
	p.frames++
	for len(blocks) > 0 {
		for _, proc := range p.processors {
			if proc.test(parent, blocks[0]) {
				p.frames++
				done := proc.run(parent, &blocks)
				p.frames--
				if done {
					break
				}
			}
		}
	}
	p.frames--
}

// pop removes and returns the first block.
func pop(blocks *[]string) string {
	b := (*blocks)[0]
	*blocks = (*blocks)[1:]
	return b
}

// unshift inserts a block at the front.
func unshift(blocks *[]string, b string) {
	*blocks = append([]string{b}, *blocks...)
}

// detab removes one level of indent from the leading lines of text that
// have it (or are blank) and returns them and the rest.
func detab(text string, length int) (string, string) {
	indent := strings.Repeat(" ", length)
	lines := splitLines(text)
	var out []string
	for _, line := range lines {
		if strings.HasPrefix(line, indent) {
			out = append(out, line[length:])
		} else if isBlank(line) {
			out = append(out, "")
		} else {
			break
		}
	}
	return strings.Join(out, "\n"), strings.Join(lines[len(out):], "\n")
}

// looseDetab removes level indents from every line that has them.
func looseDetab(text string, length, level int) string {
	indent := strings.Repeat(" ", length*level)
	lines := splitLines(text)
	for i, line := range lines {
		if strings.HasPrefix(line, indent) {
			lines[i] = line[len(indent):]
		}
	}
	return strings.Join(lines, "\n")
}

func isList(e *element) bool { return e != nil && (e.tag == "ul" || e.tag == "ol") }

func isCodeBlock(e *element) bool {
	return e != nil && e.tag == "pre" && len(e.children) > 0 && e.children[0].tag == "code"
}

// emptyProc is EmptyBlockProcessor.
type emptyProc struct{ p *blockParser }

func (b emptyProc) test(_ *element, block string) bool {
	return block == "" || block[0] == '\n'
}

func (b emptyProc) run(parent *element, blocks *[]string) bool {
	block := pop(blocks)
	filler := "\n\n"
	if block != "" {
		filler = "\n"
		if rest := block[1:]; rest != "" {
			unshift(blocks, rest)
		}
	}
	if s := parent.last(); isCodeBlock(s) {
		s.children[0].text += filler
		s.children[0].textAtomic = true
	}
	return true
}

// listIndentProc is ListIndentProcessor.
type listIndentProc struct{ p *blockParser }

func (b listIndentProc) test(parent *element, block string) bool {
	return strings.HasPrefix(block, strings.Repeat(" ", b.p.c.opts.tab)) && !b.p.isState("detabbed") &&
		(parent.tag == "li" || isList(parent.last()))
}

func (b listIndentProc) run(parent *element, blocks *[]string) bool {
	p := b.p
	block := pop(blocks)
	level, sibling := b.level(parent, block)
	block = looseDetab(block, p.c.opts.tab, level)
	p.setState("detabbed")
	switch {
	case parent.tag == "li":
		if l := parent.last(); isList(l) {
			p.parseBlocks(l, []string{block})
		} else {
			p.parseBlocks(parent, []string{block})
		}
	case sibling.tag == "li":
		p.parseBlocks(sibling, []string{block})
	case len(sibling.children) > 0 && sibling.last().tag == "li":
		li := sibling.last()
		if li.text != "" {
			para := newElement("p")
			para.text = li.text
			li.setText("")
			li.insert(0, para)
		}
		p.parseChunk(li, block)
	default:
		// ListIndentProcessor.create_item: one more Python frame.
		li := subElement(sibling, "li")
		p.frames++
		p.parseBlocks(li, []string{block})
		p.frames--
	}
	p.resetState()
	return true
}

// level is ListIndentProcessor.get_level.
func (b listIndentProc) level(parent *element, block string) (int, *element) {
	indent := 0
	if m := b.p.re.listIndent.match(b.p.c, block, 0); m != nil {
		indent = len(m.str(1)) / b.p.c.opts.tab
	}
	level := 0
	if b.p.isState("list") {
		level = 1
	}
	for indent > level {
		child := parent.last()
		if child != nil && (isList(child) || child.tag == "li") {
			if isList(child) {
				level++
			}
			parent = child
		} else {
			break
		}
	}
	return level, parent
}

// codeProc is CodeBlockProcessor.
type codeProc struct{ p *blockParser }

func (b codeProc) test(_ *element, block string) bool {
	return strings.HasPrefix(block, strings.Repeat(" ", b.p.c.opts.tab))
}

func (b codeProc) run(parent *element, blocks *[]string) bool {
	sibling := parent.last()
	block := pop(blocks)
	var rest string
	if isCodeBlock(sibling) {
		code := sibling.children[0]
		block, rest = detab(block, b.p.c.opts.tab)
		code.text = code.text + "\n" + codeEscape(pyRStrip(block)) + "\n"
		code.textAtomic = true
	} else {
		pre := subElement(parent, "pre")
		code := subElement(pre, "code")
		block, rest = detab(block, b.p.c.opts.tab)
		code.text = codeEscape(pyRStrip(block)) + "\n"
		code.textAtomic = true
	}
	if rest != "" {
		unshift(blocks, rest)
	}
	return true
}

// codeEscape is util.code_escape.
func codeEscape(s string) string {
	if strings.ContainsAny(s, "&<>") {
		s = strings.ReplaceAll(s, "&", "&amp;")
		s = strings.ReplaceAll(s, "<", "&lt;")
		s = strings.ReplaceAll(s, ">", "&gt;")
	}
	return s
}

// quoteProc is BlockQuoteProcessor.
type quoteProc struct{ p *blockParser }

func (b quoteProc) test(_ *element, block string) bool {
	return strings.Contains(block, ">") && reBlockquote.search(b.p.c, block, 0) != nil &&
		pyRecursionLimit-(pyCallerFrames+b.p.frames+2) >= 100
}

func (b quoteProc) run(parent *element, blocks *[]string) bool {
	p := b.p
	block := pop(blocks)
	if m := reBlockquote.search(p.c, block, 0); m != nil {
		before := block[:m.start(0)]
		p.parseBlocks(parent, []string{before})
		lines := splitLines(block[m.start(0):])
		for i, line := range lines {
			lines[i] = b.clean(line)
		}
		block = strings.Join(lines, "\n")
	}
	quote := parent.last()
	if quote == nil || quote.tag != "blockquote" {
		quote = subElement(parent, "blockquote")
	}
	p.setState("blockquote")
	p.parseChunk(quote, block)
	p.resetState()
	return true
}

func (b quoteProc) clean(line string) string {
	m := reBlockquote.match(b.p.c, line, 0)
	switch {
	case pyStrip(line) == ">":
		return ""
	case m != nil:
		return m.str(2)
	}
	return line
}

// listProc is OListProcessor (ordered) and UListProcessor.
type listProc struct {
	p       *blockParser
	ordered bool
}

func (b listProc) test(_ *element, block string) bool {
	re := b.p.re.ulist
	if b.ordered {
		re = b.p.re.olist
	}
	return re.match(b.p.c, block, 0) != nil
}

func (b listProc) run(parent *element, blocks *[]string) bool {
	p := b.p
	items := b.items(pop(blocks))
	sibling := parent.last()
	var lst *element
	switch {
	case isList(sibling):
		lst = sibling
		li := lst.last()
		if li.text != "" {
			para := newElement("p")
			para.text = li.text
			li.setText("")
			li.insert(0, para)
		}
		if lch := li.last(); lch != nil && lch.tail != "" {
			para := subElement(li, "p")
			para.text = pyLStrip(lch.tail)
			lch.setTail("")
		}
		li = subElement(lst, "li")
		p.setState("looselist")
		first := items[0]
		items = items[1:]
		p.parseBlocks(li, []string{first})
		p.resetState()
	case isList(parent):
		lst = parent
	default:
		tag := "ul"
		if b.ordered {
			tag = "ol"
		}
		lst = subElement(parent, tag)
	}
	p.setState("list")
	indent := strings.Repeat(" ", p.c.opts.tab)
	for _, item := range items {
		if strings.HasPrefix(item, indent) {
			p.parseBlocks(lst.last(), []string{item})
		} else {
			li := subElement(lst, "li")
			p.parseBlocks(li, []string{item})
		}
	}
	p.resetState()
	return true
}

// items is OListProcessor.get_items.
func (b listProc) items(block string) []string {
	c := b.p.c
	indent := strings.Repeat(" ", c.opts.tab)
	var items []string
	for _, line := range splitLines(block) {
		if m := b.p.re.child.match(c, line, 0); m != nil {
			items = append(items, m.str(3))
		} else if b.p.re.indnt.match(c, line, 0) != nil {
			if strings.HasPrefix(items[len(items)-1], indent) {
				items[len(items)-1] += "\n" + line
			} else {
				items = append(items, line)
			}
		} else {
			items[len(items)-1] += "\n" + line
		}
	}
	return items
}

// hashHeaderProc is HashHeaderProcessor.
type hashHeaderProc struct{ p *blockParser }

func (b hashHeaderProc) test(_ *element, block string) bool {
	return strings.Contains(block, "#") && reHashHeader.search(b.p.c, block, 0) != nil
}

func (b hashHeaderProc) run(parent *element, blocks *[]string) bool {
	block := pop(blocks)
	m := reHashHeader.search(b.p.c, block, 0)
	before, after := block[:m.start(0)], block[m.end(0):]
	if before != "" {
		b.p.parseBlocks(parent, []string{before})
	}
	h := subElement(parent, fmt.Sprintf("h%d", len(m.str(1))))
	h.text = pyStrip(m.str(2))
	if after != "" {
		unshift(blocks, after)
	}
	return true
}

// setextProc is SetextHeaderProcessor.
type setextProc struct{ p *blockParser }

func (b setextProc) test(_ *element, block string) bool {
	return reSetext.match(b.p.c, block, 0) != nil
}

func (b setextProc) run(parent *element, blocks *[]string) bool {
	lines := splitLines(pop(blocks))
	tag := "h2"
	if strings.HasPrefix(lines[1], "=") {
		tag = "h1"
	}
	h := subElement(parent, tag)
	h.text = pyStrip(lines[0])
	if len(lines) > 2 {
		unshift(blocks, strings.Join(lines[2:], "\n"))
	}
	return true
}

// hrProc is HRProcessor; like it, test keeps its match for run.
type hrProc struct {
	p *blockParser
	m *match
}

func (b *hrProc) test(_ *element, block string) bool {
	b.m = nil
	if strings.ContainsAny(block, "-_*") {
		b.m = reHR.search(b.p.c, block, 0)
	}
	return b.m != nil
}

func (b *hrProc) run(parent *element, blocks *[]string) bool {
	block := pop(blocks)
	m := b.m
	if pre := strings.TrimRight(block[:m.start(0)], "\n"); pre != "" {
		b.p.parseBlocks(parent, []string{pre})
	}
	subElement(parent, "hr")
	if post := strings.TrimLeft(block[m.end(0):], "\n"); post != "" {
		unshift(blocks, post)
	}
	return true
}

// referenceProc is ReferenceProcessor.
type referenceProc struct{ p *blockParser }

func (b referenceProc) test(*element, string) bool { return true }

func (b referenceProc) run(_ *element, blocks *[]string) bool {
	c := b.p.c
	block := pop(blocks)
	var m *match
	if strings.Contains(block, "]:") {
		m = reReference.search(c, block, 0)
	}
	if m == nil {
		unshift(blocks, block)
		return false
	}
	id := pyLower(pyStrip(m.str(1)))
	link := strings.TrimRight(strings.TrimLeft(m.str(2), "<"), ">")
	title := m.str(5)
	if title == "" {
		title = m.str(6)
	}
	c.refs[id] = reference{link, title}
	if !isBlank(block[m.end(0):]) {
		unshift(blocks, strings.TrimLeft(block[m.end(0):], "\n"))
	}
	if !isBlank(block[:m.start(0)]) {
		unshift(blocks, strings.TrimRight(block[:m.start(0)], "\n"))
	}
	return true
}

// reference is a link reference definition: its URL and title ("" for
// none; an empty title is not rendered either).
type reference struct {
	href, title string
}

// paragraphProc is ParagraphProcessor.
type paragraphProc struct{ p *blockParser }

func (b paragraphProc) test(*element, string) bool { return true }

func (b paragraphProc) run(parent *element, blocks *[]string) bool {
	block := pop(blocks)
	if isBlank(block) {
		return true
	}
	if b.p.isState("list") {
		if sibling := parent.last(); sibling != nil {
			if sibling.tail != "" {
				sibling.setTail(sibling.tail + "\n" + block)
			} else {
				sibling.setTail("\n" + block)
			}
		} else if parent.text != "" {
			parent.setText(parent.text + "\n" + block)
		} else {
			parent.setText(pyLStrip(block))
		}
		return true
	}
	p := subElement(parent, "p")
	p.text = pyLStrip(block)
	return true
}

// admonitionProc is the admonition extension's AdmonitionProcessor.
type admonitionProc struct {
	p *blockParser
	// currentSibling and contentIndent carry state from test to run, as
	// the Python processor does.
	currentSibling *element
	contentIndent  int
}

// parseContent is AdmonitionProcessor.parse_content.
func (b *admonitionProc) parseContent(parent *element, block string) (*element, string, string) {
	tab := b.p.c.opts.tab
	old := block
	rest := ""
	if b.currentSibling != nil {
		sibling := b.currentSibling
		block, rest = detab(block, b.contentIndent)
		b.currentSibling = nil
		b.contentIndent = 0
		return sibling, block, rest
	}
	sibling := parent.last()
	if sibling == nil || !strings.Contains(sibling.get("class"), "admonition") {
		sibling = nil
	} else {
		// Python tests elements for truth: an element is true when it
		// has children.
		lastChild := sibling.last()
		indent := 0
		for lastChild != nil && len(lastChild.children) > 0 {
			if len(sibling.children) > 0 && strings.HasPrefix(block, strings.Repeat(" ", tab*2)) &&
				(lastChild.tag == "ul" || lastChild.tag == "ol" || lastChild.tag == "dl") {
				sibling = lastChild.last()
				if sibling != nil && len(sibling.children) > 0 {
					lastChild = sibling.last()
				} else {
					lastChild = nil
				}
				block = block[tab:]
				indent += tab
			} else {
				lastChild = nil
			}
		}
		if !strings.HasPrefix(block, strings.Repeat(" ", tab)) {
			sibling = nil
		}
		if sibling != nil {
			indent += tab
			block, rest = detab(old, indent)
			b.currentSibling = sibling
			b.contentIndent = indent
		}
	}
	return sibling, block, rest
}

func (b *admonitionProc) test(parent *element, block string) bool {
	if strings.Contains(block, "!!!") && reAdmonition.search(b.p.c, block, 0) != nil {
		return true
	}
	s, _, _ := b.parseContent(parent, block)
	return s != nil
}

func (b *admonitionProc) run(parent *element, blocks *[]string) bool {
	c := b.p.c
	block := pop(blocks)
	var rest string
	var sibling *element
	m := reAdmonition.search(c, block, 0)
	if m != nil {
		if m.start(0) > 0 {
			b.p.parseBlocks(parent, []string{block[:m.start(0)]})
		}
		block, rest = detab(block[m.end(0):], c.opts.tab)
	} else {
		sibling, block, rest = b.parseContent(parent, block)
	}
	var div *element
	if m != nil {
		class := reSpaces.sub(c, pyLower(m.str(1)), func(*match) string { return " " })
		title, hasTitle := m.group(2)
		if !hasTitle {
			title = pyCapitalize(strings.SplitN(class, " ", 2)[0])
		}
		div = subElement(parent, "div")
		div.set("class", "admonition "+class)
		if title != "" {
			p := subElement(div, "p")
			p.text = title
			p.set("class", "admonition-title")
		}
	} else {
		if (sibling.tag == "li" || sibling.tag == "dd") && sibling.text != "" {
			text := sibling.text
			sibling.setText("")
			p := subElement(sibling, "p")
			p.text = text
		}
		div = sibling
	}
	b.p.parseChunk(div, block)
	if rest != "" {
		unshift(blocks, rest)
	}
	return true
}
