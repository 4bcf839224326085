package markdown

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// This file ports Python-Markdown's inline patterns and its InlineProcessor
// tree processor. Patterns run in priority order over the whole text of an
// element: each match is replaced by a placeholder for the element it
// builds, so a later pattern never sees what an earlier one consumed. This
// ordering (code spans, then escapes, links, autolinks, raw HTML, entities,
// and emphasis last) decides every conflict, unlike CommonMark's
// left-to-right delimiter algorithm.

const (
	stx                   = "\x02"
	etx                   = "\x03"
	inlinePlaceholderPfx  = stx + "klzzwxh:"
	ampSubstitute         = stx + "amp" + etx
	escapedBackslashToken = stx + "92" + etx
)

var reInlinePlaceholder = mustCompile(stx+`klzzwxh:([0-9]+)`+etx, 0)

// inlineNode is what a pattern produces: an element, or a string to put
// back into the text (Python-Markdown stashes both).
type inlineNode struct {
	el *element
	s  string
}

// inlinePattern is one of Python-Markdown's InlineProcessors.
type inlinePattern struct {
	// need lists characters of which every match contains one: a text
	// without them is not searched.
	need string
	re   *regex
	// handle returns the node for a match and the span it replaces; ok is
	// false when the match is rejected (start is None in Python), and node
	// nil when the span is kept as text (node is None).
	handle func(c *converter, m *match, data string) (node *inlineNode, start, end int, ok bool)
}

const dotAllUnicode = pyre.DotAll | pyre.Unicode

// inlinePatterns are the patterns of build_inlinepatterns in priority order,
// and inlinePatternsNL2BR the same followed by nl2br's.
var inlinePatterns, inlinePatternsNL2BR = buildInlinePatterns()

func buildInlinePatterns() (plain, nl2br []*inlinePattern) {
	ps := []*inlinePattern{
		{"`", mustCompile("(?:(?<!\\\\)((?:\\\\{2})+)(?=`+)|(?<!\\\\)(`+)(.+?)(?<!`)\\2(?!`))", dotAllUnicode), handleBacktick},
		{"\\", mustCompile(`\\(.)`, dotAllUnicode), handleEscape},
		{"[", mustCompile(`(?<!\!)\[`, dotAllUnicode), handleReference(false, false)},
		{"[", mustCompile(`(?<!\!)\[`, dotAllUnicode), handleLink(false)},
		{"!", mustCompile(`\!\[`, dotAllUnicode), handleLink(true)},
		{"!", mustCompile(`\!\[`, dotAllUnicode), handleReference(true, false)},
		{"[", mustCompile(`(?<!\!)\[`, dotAllUnicode), handleReference(false, true)},
		{"!", mustCompile(`\!\[`, dotAllUnicode), handleReference(true, true)},
		{"<", mustCompile(`<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)>`, dotAllUnicode), handleAutolink},
		{"<", mustCompile(`<([^<> !]+@[^@<> ]+)>`, dotAllUnicode), handleAutomail},
		{"\n", mustCompile(`  \n`, dotAllUnicode), handleSubstituteTag("br")},
		{"<", mustCompile(`(<(\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>)`, dotAllUnicode), handleHTML},
		{"&", mustCompile(`(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)`, dotAllUnicode), handleHTML},
		{"*_", mustCompile(`((^|\s)(\*|_)(\s|$))`, dotAllUnicode), handleSimpleText},
		{"*", reAsterisk, handleEmStrong(asteriskPatterns, reAsterisk)},
		{"_", reUnderscore, handleEmStrong(underscorePatterns, reUnderscore)},
	}
	nl := &inlinePattern{"\n", mustCompile(`\n`, dotAllUnicode), handleSubstituteTag("br")}
	return ps, append(ps[:len(ps):len(ps)], nl)
}

func handleBacktick(_ *converter, m *match, _ string) (*inlineNode, int, int, bool) {
	if code, ok := m.group(3); ok && code != "" {
		el := newElement("code")
		el.text = codeEscape(pyStrip(code))
		el.textAtomic = true
		return &inlineNode{el: el}, m.start(0), m.end(0), true
	}
	return &inlineNode{s: strings.ReplaceAll(m.str(1), `\\`, escapedBackslashToken)}, m.start(0), m.end(0), true
}

// escapedChars is Markdown.ESCAPED_CHARS.
const escapedChars = "\\`*_{}[]()>#+-.!"

func handleEscape(_ *converter, m *match, _ string) (*inlineNode, int, int, bool) {
	ch := m.str(1)
	if len(ch) == 1 && strings.Contains(escapedChars, ch) {
		return &inlineNode{s: stx + strconv.Itoa(int(ch[0])) + etx}, m.start(0), m.end(0), true
	}
	return nil, m.start(0), m.end(0), true
}

func handleSubstituteTag(tag string) func(*converter, *match, string) (*inlineNode, int, int, bool) {
	return func(_ *converter, m *match, _ string) (*inlineNode, int, int, bool) {
		return &inlineNode{el: newElement(tag)}, m.start(0), m.end(0), true
	}
}

func handleSimpleText(_ *converter, m *match, _ string) (*inlineNode, int, int, bool) {
	return &inlineNode{s: m.str(1)}, m.start(0), m.end(0), true
}

func handleHTML(c *converter, m *match, _ string) (*inlineNode, int, int, bool) {
	raw := c.unescapeHTML(m.str(1))
	return &inlineNode{s: c.stash.store(raw)}, m.start(0), m.end(0), true
}

func handleAutolink(c *converter, m *match, _ string) (*inlineNode, int, int, bool) {
	el := newElement("a")
	el.set("href", c.unescape(m.str(1)))
	el.text = m.str(1)
	el.textAtomic = true
	return &inlineNode{el: el}, m.start(0), m.end(0), true
}

func handleAutomail(c *converter, m *match, _ string) (*inlineNode, int, int, bool) {
	el := newElement("a")
	email := strings.TrimPrefix(c.unescape(m.str(1)), "mailto:")
	var text, href strings.Builder
	for _, r := range email {
		if name, ok := codepoint2name[r]; ok {
			text.WriteString(ampSubstitute + name + ";")
		} else {
			fmt.Fprintf(&text, "%s#%d;", ampSubstitute, r)
		}
	}
	for _, r := range "mailto:" + email {
		fmt.Fprintf(&href, "%s#%d;", ampSubstitute, r)
	}
	el.text = text.String()
	el.textAtomic = true
	el.set("href", href.String())
	return &inlineNode{el: el}, m.start(0), m.end(0), true
}

// linkText is LinkInlineProcessor.getText: the text up to the matching
// "]", nested brackets included.
func linkText(data string, index int) (string, int, bool) {
	depth := 1
	start := index
	for pos := index; pos < len(data); pos++ {
		switch data[pos] {
		case ']':
			depth--
		case '[':
			depth++
		}
		index++
		if depth == 0 {
			return data[start : index-1], index, true
		}
	}
	return data[start:index], index, false
}

var (
	reLinkHref  = mustCompile(`\(\s*(?:(<[^<>]*>)\s*(?:('[^']*'|"[^"]*")\s*)?\))?`, dotAllUnicode)
	reTitleWS   = mustCompile(`\s`, 0)
	reRefID     = mustCompile(`\s?\[([^\]]*)\]`, dotAllUnicode)
	reNewlineWS = mustCompile(`\s+`, pyre.Multiline)
)

// linkDest is LinkInlineProcessor.getLink: the destination and optional
// title between the parentheses after the link text, with Python-Markdown's
// bracket and quote counting.
func (c *converter) linkDest(data string, index int) (href string, title string, hasTitle bool, end int, ok bool) {
	m := reLinkHref.match(c, data, index)
	if m == nil {
		return "", "", false, index, false
	}
	if g1 := m.str(1); g1 != "" {
		href = pyStrip(g1[1 : len(g1)-1])
		if g2, ok2 := m.group(2); ok2 && g2 != "" {
			title, hasTitle = g2[1:len(g2)-1], true
		}
		index = m.end(0)
		ok = true
	} else {
		bracketCount, backtrackCount := 1, 1
		startIndex := m.end(0)
		index = startIndex
		lastBracket := -1
		var quote, altQuote, last byte
		startQuote, exitQuote := -1, -1
		startAltQuote, exitAltQuote := -1, -1
		ignoreMatches := false
	scan:
		for pos := index; pos < len(data); pos++ {
			ch := data[pos]
			switch {
			case ch == '(':
				if !ignoreMatches {
					bracketCount++
				} else if backtrackCount > 0 {
					backtrackCount--
				}
			case ch == ')':
				if (exitQuote != -1 && quote == last) || (exitAltQuote != -1 && altQuote == last) {
					bracketCount = 0
				} else if !ignoreMatches {
					bracketCount--
				} else if backtrackCount > 0 {
					backtrackCount--
					if backtrackCount == 0 {
						lastBracket = index + 1
					}
				}
			case ch == '\'' || ch == '"':
				switch {
				case quote == 0:
					ignoreMatches = true
					backtrackCount = bracketCount
					bracketCount = 1
					startQuote = index + 1
					quote = ch
				case ch != quote && altQuote == 0:
					startAltQuote = index + 1
					altQuote = ch
				case ch == quote:
					exitQuote = index + 1
				case altQuote != 0 && ch == altQuote:
					exitAltQuote = index + 1
				}
			}
			index++
			if bracketCount == 0 {
				switch {
				case exitQuote >= 0 && quote == last:
					href = data[startIndex : startQuote-1]
					title, hasTitle = data[startQuote:exitQuote-1], true
				case exitAltQuote >= 0 && altQuote == last:
					href = data[startIndex : startAltQuote-1]
					title, hasTitle = data[startAltQuote:exitAltQuote-1], true
				default:
					href = data[startIndex : index-1]
				}
				break scan
			}
			if ch != ' ' {
				last = ch
			}
		}
		if bracketCount != 0 && backtrackCount == 0 {
			// lastBracket may still be -1: Python then slices from the end.
			href = data[startIndex:max(startIndex, pyIndex(data, lastBracket-1))]
			index = lastBracket
			bracketCount = 0
		}
		ok = bracketCount == 0
	}
	if hasTitle {
		title = reTitleWS.sub(c, dequote(c.unescape(pyStrip(title))), func(*match) string { return " " })
	}
	href = pyStrip(c.unescape(href))
	return href, title, hasTitle, index, ok
}

// dequote removes matching quotes around s.
func dequote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	if s == `"` || s == "'" {
		return ""
	}
	return s
}

func handleLink(image bool) func(*converter, *match, string) (*inlineNode, int, int, bool) {
	return func(c *converter, m *match, data string) (*inlineNode, int, int, bool) {
		text, index, ok := linkText(data, m.end(0))
		if !ok {
			return nil, 0, 0, false
		}
		href, title, hasTitle, index, ok := c.linkDest(data, index)
		if !ok {
			return nil, 0, 0, false
		}
		var el *element
		if image {
			el = newElement("img")
			el.set("src", href)
			if hasTitle {
				el.set("title", title)
			}
			el.set("alt", c.unescape(text))
		} else {
			el = newElement("a")
			el.text = text
			el.set("href", href)
			if hasTitle {
				el.set("title", title)
			}
		}
		return &inlineNode{el: el}, m.start(0), index, true
	}
}

func handleReference(image, short bool) func(*converter, *match, string) (*inlineNode, int, int, bool) {
	return func(c *converter, m *match, data string) (*inlineNode, int, int, bool) {
		text, index, ok := linkText(data, m.end(0))
		if !ok {
			return nil, 0, 0, false
		}
		var id string
		end := index
		if short {
			id = pyLower(text)
		} else {
			rm := reRefID.match(c, data, index)
			if rm == nil {
				return nil, 0, 0, false
			}
			id = pyLower(rm.str(1))
			end = rm.end(0)
			if id == "" {
				id = pyLower(text)
			}
		}
		id = reNewlineWS.sub(c, id, func(*match) string { return " " })
		ref, found := c.refs[id]
		if !found {
			return nil, m.start(0), end, true
		}
		var el *element
		if image {
			el = newElement("img")
			el.set("src", ref.href)
			if ref.title != "" {
				el.set("title", ref.title)
			}
			el.set("alt", c.unescape(text))
		} else {
			el = newElement("a")
			el.set("href", ref.href)
			if ref.title != "" {
				el.set("title", ref.title)
			}
			el.text = text
		}
		return &inlineNode{el: el}, m.start(0), end, true
	}
}

// emStrongItem is one of the emphasis processors' patterns: builder is
// "single", "double" or "double2", tags the element names.
type emStrongItem struct {
	re      *regex
	builder string
	tags    [2]string
}

var (
	asteriskPatterns = []emStrongItem{
		{mustCompile(`(\*)\1{2}(.+?)\1(.*?)\1{2}`, dotAllUnicode), "double", [2]string{"strong", "em"}},
		{mustCompile(`(\*)\1{2}(.+?)\1{2}(.*?)\1`, dotAllUnicode), "double", [2]string{"em", "strong"}},
		{mustCompile(`(\*)\1(?!\1)([^*]+?)\1(?!\1)(.+?)\1{3}`, dotAllUnicode), "double2", [2]string{"strong", "em"}},
		{mustCompile(`(\*{2})(.+?)\1`, dotAllUnicode), "single", [2]string{"strong"}},
		{mustCompile(`(\*)([^\*]+)\1`, dotAllUnicode), "single", [2]string{"em"}},
	}
	underscorePatterns = []emStrongItem{
		{mustCompile(`(_)\1{2}(.+?)\1(.*?)\1{2}`, dotAllUnicode), "double", [2]string{"strong", "em"}},
		{mustCompile(`(_)\1{2}(.+?)\1{2}(.*?)\1`, dotAllUnicode), "double", [2]string{"em", "strong"}},
		{mustCompile(`(?<!\w)(\_)\1(?!\1)(.+?)(?<!\w)\1(?!\1)(.+?)\1{3}(?!\w)`, dotAllUnicode), "double2", [2]string{"strong", "em"}},
		{mustCompile(`(?<!\w)(_{2})(?!_)(.+?)(?<!_)\1(?!\w)`, dotAllUnicode), "single", [2]string{"strong"}},
		{mustCompile(`(?<!\w)(_)(?!_)(.+?)(?<!_)\1(?!\w)`, dotAllUnicode), "single", [2]string{"em"}},
	}
	reAsterisk   = mustCompile(`\*`, dotAllUnicode)
	reUnderscore = mustCompile(`_`, dotAllUnicode)
)

// emStrong is AsteriskProcessor / UnderscoreProcessor.
type emStrong struct {
	c        *converter
	patterns []emStrongItem
	start    *regex
}

func handleEmStrong(patterns []emStrongItem, start *regex) func(*converter, *match, string) (*inlineNode, int, int, bool) {
	return func(c *converter, m *match, data string) (*inlineNode, int, int, bool) {
		p := emStrong{c: c, patterns: patterns, start: start}
		for i, item := range patterns {
			if m1 := item.re.match(c, data, m.start(0)); m1 != nil {
				return &inlineNode{el: p.build(m1, item, i)}, m1.start(0), m1.end(0), true
			}
		}
		return nil, 0, 0, false
	}
}

func (p emStrong) build(m *match, item emStrongItem, idx int) *element {
	switch item.builder {
	case "double2":
		el1, el2 := newElement(item.tags[0]), newElement(item.tags[1])
		p.parseSub(m.str(2), el1, nil, idx)
		el1.children = append(el1.children, el2)
		p.parseSub(m.str(3), el2, nil, idx)
		return el1
	case "double":
		el1, el2 := newElement(item.tags[0]), newElement(item.tags[1])
		p.parseSub(m.str(2), el2, nil, idx)
		el1.children = append(el1.children, el2)
		p.parseSub(m.str(3), el1, el2, idx)
		return el1
	}
	el := newElement(item.tags[0])
	p.parseSub(m.str(2), el, nil, idx)
	return el
}

// parseSub is AsteriskProcessor.parse_sub_patterns: it looks for nested
// emphasis of the patterns after idx.
func (p emStrong) parseSub(data string, parent, last *element, idx int) {
	setText := func(text string) {
		if text == "" {
			return
		}
		if last != nil {
			last.setTail(text)
		} else {
			parent.setText(text)
		}
	}
	offset, pos := 0, 0
	for pos < len(data) {
		if p.start.match(p.c, data, pos) != nil {
			matched := false
			for i, item := range p.patterns {
				if i <= idx {
					continue
				}
				if m := item.re.match(p.c, data, pos); m != nil {
					setText(data[offset:m.start(0)])
					el := p.build(m, item, i)
					parent.children = append(parent.children, el)
					last = el
					offset, pos = m.end(0), m.end(0)
					matched = true
				}
			}
			if !matched {
				_, n := utf8.DecodeRuneInString(data[pos:])
				pos += n
			}
		} else {
			_, n := utf8.DecodeRuneInString(data[pos:])
			pos += n
		}
	}
	setText(data[offset:])
}

// unescape is Pattern.unescape: inline placeholders become the text of
// what they stand for.
func (c *converter) unescape(text string) string {
	if !strings.Contains(text, inlinePlaceholderPfx) {
		return text
	}
	return reInlinePlaceholder.sub(c, text, func(m *match) string {
		n, ok := c.stashed[m.str(1)]
		if !ok {
			return ""
		}
		if n.el == nil {
			return n.s
		}
		return string(n.el.itertext(nil))
	})
}

// unescapeHTML is HtmlInlineProcessor.unescape: inline placeholders become
// the serialized HTML of what they stand for.
func (c *converter) unescapeHTML(text string) string {
	if !strings.Contains(text, inlinePlaceholderPfx) {
		return text
	}
	return reInlinePlaceholder.sub(c, text, func(m *match) string {
		n, ok := c.stashed[m.str(1)]
		if !ok {
			return ""
		}
		if n.el == nil {
			// The serializer fails on a string; Python-Markdown then
			// returns it after a backslash.
			return `\` + n.s
		}
		return c.serialize(n.el)
	})
}

// inlineProcessor is the InlineProcessor tree processor.
type inlineProcessor struct {
	c        *converter
	patterns []*inlinePattern
}

// stashNode stashes a node and returns its placeholder.
func (ip *inlineProcessor) stashNode(n *inlineNode) string {
	id := fmt.Sprintf("%04d", len(ip.c.stashed))
	ip.c.stashed[id] = n
	return inlinePlaceholderPfx + id + etx
}

// handleInline applies the patterns from patternIndex on to data and
// returns it with placeholders.
func (ip *inlineProcessor) handleInline(data string, atomic bool, patternIndex int) string {
	if atomic {
		return data
	}
	startIndex := 0
	for patternIndex < len(ip.patterns) {
		var matched bool
		data, matched, startIndex = ip.applyPattern(ip.patterns[patternIndex], data, patternIndex, startIndex)
		if !matched {
			patternIndex++
		}
	}
	return data
}

// applyPattern is InlineProcessor.__applyPattern.
func (ip *inlineProcessor) applyPattern(pat *inlinePattern, data string, patternIndex, startIndex int) (string, bool, int) {
	c := ip.c
	if !strings.ContainsAny(data[startIndex:], pat.need) {
		return data, false, 0
	}
	subj := c.subject(data)
	sc, err := pat.re.p.Scanner(subj.in, subj.cp(startIndex), subj.in.Len(), c.stepBudget())
	if err != nil {
		panic(abort{err})
	}
	var node *inlineNode
	var start, end int
	found := false
	for {
		pm, err := sc.Search()
		if err != nil {
			panic(abort{err})
		}
		if pm == nil {
			break
		}
		var ok bool
		node, start, end, ok = pat.handle(c, subj.wrap(pm, pat.re.p.Groups()), data)
		if ok {
			found = true
			break
		}
	}
	if !found {
		return data, false, 0
	}
	if node == nil {
		return data, true, end
	}
	if el := node.el; el != nil && !el.textAtomic {
		children := append([]*element{el}, el.children...)
		for _, child := range children {
			if child.text != "" {
				child.text = ip.handleInline(child.text, child.textAtomic, patternIndex+1)
			}
			if child.tail != "" {
				child.tail = ip.handleInline(child.tail, child.tailAtomic, patternIndex)
			}
		}
	}
	return data[:start] + ip.stashNode(node) + data[pyIndex(data, end):], true, 0
}

// pyIndex converts a Python index into s to a byte offset: an index from
// the end when negative (in code points), else a byte offset already.
func pyIndex(s string, i int) int {
	if i >= 0 {
		return min(i, len(s))
	}
	j := len(s)
	for ; i < 0 && j > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
	}
	return j
}

// processPlaceholders is InlineProcessor.__processPlaceholders: it turns a
// string with placeholders back into text and elements. isText tells
// whether data was parent's text (else its tail).
func (ip *inlineProcessor) processPlaceholders(data string, atomic bool, parent *element, isText bool) []*element {
	var result []*element
	link := func(text string, atomic bool) {
		if text == "" {
			return
		}
		switch {
		case len(result) > 0:
			r := result[len(result)-1]
			if r.tail != "" {
				r.setTail(r.tail + text)
			} else {
				r.tail, r.tailAtomic = text, atomic
			}
		case !isText:
			if parent.tail != "" {
				parent.setTail(parent.tail + text)
			} else {
				parent.tail, parent.tailAtomic = text, atomic
			}
		default:
			if parent.text != "" {
				parent.setText(parent.text + text)
			} else {
				parent.text, parent.textAtomic = text, atomic
			}
		}
	}
	startIndex := 0
	for data != "" {
		index := strings.Index(data[startIndex:], inlinePlaceholderPfx)
		if index < 0 {
			link(data[startIndex:], atomic)
			break
		}
		index += startIndex
		var id string
		phEnd := index + 1
		if m := reInlinePlaceholder.search(ip.c, data, index); m != nil {
			id, phEnd = m.str(1), m.end(0)
		}
		node, ok := ip.c.stashed[id]
		if !ok {
			end := index + len(inlinePlaceholderPfx)
			link(data[startIndex:end], false)
			startIndex = end
			continue
		}
		if index > 0 {
			link(data[startIndex:index], false)
		}
		if node.el == nil {
			link(node.s, false)
			startIndex = phEnd
			continue
		}
		el := node.el
		for _, child := range append([]*element{el}, el.children...) {
			if child.tail != "" && !isBlank(child.tail) {
				ip.processElementText(el, child, false)
			}
			if child.text != "" && !isBlank(child.text) {
				ip.processElementText(child, child, true)
			}
		}
		startIndex = phEnd
		result = append(result, el)
	}
	return result
}

// processElementText is InlineProcessor.__processElementText.
func (ip *inlineProcessor) processElementText(node, sub *element, isText bool) {
	var text string
	var atomic bool
	if isText {
		text, atomic = sub.text, sub.textAtomic
		sub.setText("")
	} else {
		text, atomic = sub.tail, sub.tailAtomic
		sub.setTail("")
	}
	res := ip.processPlaceholders(text, atomic, sub, isText)
	pos := 0
	if !isText && node != sub {
		pos = node.index(sub) + 1
	}
	for i := len(res) - 1; i >= 0; i-- {
		node.insert(pos, res[i])
	}
}

// run applies the inline patterns to the whole tree.
func (ip *inlineProcessor) run(root *element) {
	stack := []*element{root}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		type queued struct {
			el  *element
			lst []*element
		}
		var queue []queued
		// The children are read by index: elements inserted after the
		// current one are visited too, as in Python.
		for i := 0; i < len(cur.children); i++ {
			child := cur.children[i]
			if child.text != "" && !child.textAtomic {
				text := child.text
				child.setText("")
				lst := ip.processPlaceholders(ip.handleInline(text, false, 0), false, child, true)
				stack = append(stack, lst...)
				queue = append(queue, queued{child, lst})
			}
			if child.tail != "" {
				atomic := child.tailAtomic
				tail := ip.handleInline(child.tail, atomic, 0)
				dummy := newElement("d")
				child.setTail("")
				res := ip.processPlaceholders(tail, atomic, dummy, false)
				if dummy.tail != "" {
					child.tail, child.tailAtomic = dummy.tail, dummy.tailAtomic
				}
				pos := cur.index(child) + 1
				for j := len(res) - 1; j >= 0; j-- {
					cur.insert(pos, res[j])
				}
			}
			if len(child.children) > 0 {
				stack = append(stack, child)
			}
		}
		for _, q := range queue {
			for i, el := range q.lst {
				q.el.insert(i, el)
			}
		}
	}
}
