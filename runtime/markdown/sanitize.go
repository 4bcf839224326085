package markdown

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// This file ports the HTML sanitizer of Hyperflask's markdown filter,
// {% markdown %} tag and sanitize filter: html-sanitizer's Sanitizer with
// its default settings (Hyperflask's HTML_SANITIZER_CONFIG and
// MARKDOWN_SANITIZER_CONFIG are empty), which runs on lxml. The document is
// tokenized by golang.org/x/net/html and built into a tree with the rules of
// libxml2's HTML parser, which lxml uses; docs/adr/0005-markdown.md lists
// the corners of broken HTML where the trees still differ.

// sanitizeTags are the elements kept (DEFAULT_SETTINGS["tags"]).
var sanitizeTags = map[string]bool{
	"a": true, "h1": true, "h2": true, "h3": true, "strong": true, "em": true, "p": true,
	"ul": true, "ol": true, "li": true, "br": true, "sub": true, "sup": true, "hr": true,
}

// sanitizeAnchorAttrs are the attributes kept on <a>; no other element keeps
// any.
var sanitizeAnchorAttrs = map[string]bool{"href": true, "name": true, "target": true, "title": true, "id": true, "rel": true}

// The elements lxml's Cleaner deletes with their content (kill_tags) or
// replaces by their content (remove_tags).
var (
	cleanerKill   = map[string]bool{"script": true, "style": true, "link": true, "meta": true, "applet": true, "frameset": true, "frame": true, "noframes": true, "base": true}
	cleanerRemove = map[string]bool{"head": true, "html": true, "title": true, "iframe": true, "embed": true, "layer": true, "object": true, "param": true, "blink": true, "marquee": true}
)

// snode is an lxml element: a tag, attributes in document order, text,
// tail, and a parent link for lxml's tree surgery.
type snode struct {
	tag        string
	attrs      []attr
	text, tail string
	parent     *snode
	children   []*snode
}

func (n *snode) get(key string) (string, bool) {
	for _, a := range n.attrs {
		if a.key == key {
			return a.value, true
		}
	}
	return "", false
}

func (n *snode) set(key, value string) {
	for i := range n.attrs {
		if n.attrs[i].key == key {
			n.attrs[i].value = value
			return
		}
	}
	n.attrs = append(n.attrs, attr{key, value})
}

func (n *snode) del(key string) {
	for i := range n.attrs {
		if n.attrs[i].key == key {
			n.attrs = append(n.attrs[:i], n.attrs[i+1:]...)
			return
		}
	}
}

func (n *snode) index() int {
	for i, c := range n.parent.children {
		if c == n {
			return i
		}
	}
	return -1
}

// previous and next are lxml's getprevious and getnext.
func (n *snode) previous() *snode {
	if i := n.index(); i > 0 {
		return n.parent.children[i-1]
	}
	return nil
}

func (n *snode) next() *snode {
	if i := n.index(); i+1 < len(n.parent.children) {
		return n.parent.children[i+1]
	}
	return nil
}

// addText appends s after n's previous sibling, or to the parent's text.
func (n *snode) addText(prev *snode, s string) {
	if prev == nil {
		n.parent.text += s
	} else {
		prev.tail += s
	}
}

// dropTag is lxml's drop_tag: n is replaced by its text and children.
func (n *snode) dropTag() {
	prev := n.previous()
	n.addText(prev, n.text)
	if n.tail != "" {
		if len(n.children) > 0 {
			n.children[len(n.children)-1].tail += n.tail
		} else {
			n.addText(prev, n.tail)
		}
	}
	p, i := n.parent, n.index()
	for _, c := range n.children {
		c.parent = p
	}
	p.children = append(p.children[:i], append(n.children, p.children[i+1:]...)...)
	n.parent, n.children = nil, nil
}

// dropTree is lxml's drop_tree: n and its content go, its tail stays.
func (n *snode) dropTree() {
	n.addText(n.previous(), n.tail)
	p, i := n.parent, n.index()
	p.children = append(p.children[:i], p.children[i+1:]...)
	n.parent = nil
}

// appendChild moves c, with its tail, to the end of n.
func (n *snode) appendChild(c *snode) {
	if c.parent != nil {
		i := c.index()
		c.parent.children = append(c.parent.children[:i], c.parent.children[i+1:]...)
	}
	c.parent = n
	n.children = append(n.children, c)
}

// descendants lists n's descendants in document order.
func (n *snode) descendants(out []*snode) []*snode {
	for _, c := range n.children {
		out = append(out, c)
		out = c.descendants(out)
	}
	return out
}

var (
	reSanWhitespace = mustCompile(`\s+`, 0)
	reListMarker    = mustCompile(`^(\&nbsp;|\&#160;|\s)*(-|\*|&#183;)(\&nbsp;|\&#160;|\s)+`, 0)
	reCSSExpression = mustCompile(`expression\s*\(.*?\)`, pyre.DotAll|pyre.IgnoreCase)
	reCSSImport     = mustCompile(`@\s*import`, pyre.IgnoreCase)
	reCSSComment    = mustCompile(`/\*.*?\*/`, pyre.DotAll)
	reCSSEscape     = mustCompile(`\\([0-9a-fA-F]{1,6})\s?`, 0)
	reJSWhitespace  = mustCompile(`[\s\x00-\x08\x0B\x0C\x0E-\x19]+`, 0)
	reDataImage     = mustCompile(`data:image/(.+);base64,`, pyre.IgnoreCase)
	reBadScheme     = mustCompile(`(javascript|jscript|livescript|vbscript|data|about|mocha):`, pyre.IgnoreCase)
	reUnsafeImage   = mustCompile(`(xml|svg)`, pyre.IgnoreCase)
	reTagContent    = mustCompile(`</?[a-zA-Z]+|\son[a-zA-Z]+\s*=`, pyre.ASCII)
)

// Sanitize cleans HTML as Hyperflask's sanitize filter does (html-sanitizer
// with its default settings): only a, h1-h3, strong, em, p, ul, ol, li, br,
// sub, sup and hr remain, only <a> keeps attributes (href, name, target,
// title, id, rel, with unsafe URLs replaced by "#"), whitespace collapses to
// single spaces, empty elements go and adjacent ones merge, and the result
// is in Unicode normalization form NFKC.
func Sanitize(src string) string {
	src = normalizeOverallWhitespace(strings.ToValidUTF8(src, "\uFFFD"))
	root := parseForSanitizer("<div>" + src + "</div>")

	backlog := root.descendants(nil)
	for len(backlog) > 0 {
		el := backlog[len(backlog)-1]
		backlog = backlog[:len(backlog)-1]
		if sanitizeElement(el) {
			backlog = append(backlog, el)
		}
	}

	// The second Cleaner keeps only the allowed elements.
	unwrapDisallowed(root)
	var b strings.Builder
	for _, c := range root.children {
		writeLXML(&b, c)
	}
	out := escapeLXMLText(root.text) + b.String()
	if root.tail != "" {
		// lxml serializes the wrapping <div> with its tail (blank text
		// after a </div> in the input closed it early), and then
		// html-sanitizer's re.sub(r"</div>$", "") no longer matches.
		out += "</div>" + escapeLXMLText(root.tail)
	}
	return norm.NFKC.String(out)
}

// normalizeOverallWhitespace is html-sanitizer's function of that name.
func normalizeOverallWhitespace(s string) string {
	s = strings.NewReplacer("\n", " ", "&#10;", " ", "&#xa;", " ", "\r", " ", "&#13;", " ", "&#xd;", " ",
		"\u00a0", " ", "&nbsp;", " ", "&#160;", " ", "&#xa0", " ").Replace(s)
	return collapseSpaces(s)
}

// collapseSpaces is re.sub(r"\s+", " ", s).
func collapseSpaces(s string) string {
	return reSanWhitespace.sub(nil, s, func(*match) string { return " " })
}

// sanitizeElement runs one step of html-sanitizer's loop on el and reports
// whether el must be processed again.
func sanitizeElement(el *snode) bool {
	// element_preprocessors
	switch el.tag {
	case "span":
		style, _ := el.get("style")
		if strings.Contains(style, "bold") {
			el.tag = "strong"
		} else if strings.Contains(style, "italic") {
			el.tag = "em"
		}
	case "b":
		el.tag = "strong"
	case "i":
		el.tag = "em"
	case "form":
		el.tag = "p"
	}
	if target, _ := el.get("target"); el.tag == "a" && target == "_blank" {
		if rel, _ := el.get("rel"); !strings.Contains(rel, "noopener") {
			if rel != "" {
				rel += " "
			}
			el.set("rel", rel+"noopener")
		}
	}
	el.text, el.tail = collapseSpaces(el.text), collapseSpaces(el.tail)

	if isBlank(el.text) && el.tag != "hr" && el.tag != "a" && el.tag != "br" && len(el.children) == 0 {
		el.dropTag()
		return false
	}
	if el.tag != "hr" && el.tag != "a" && el.tag != "br" && isBlank(el.text) {
		onlyBr := true
		for _, c := range el.children {
			if c.tag != "br" || !isBlank(c.tail) {
				onlyBr = false
				break
			}
		}
		if onlyBr {
			el.dropTree()
			return false
		}
	}
	switch el.tag {
	case "li", "p":
		for _, c := range append([]*snode(nil), el.children...) {
			if c.tag == "p" {
				if c.text != "" {
					c.text = " " + c.text + " "
				}
				c.dropTag()
			}
		}
		if el.text != "" {
			el.text = reListMarker.sub(nil, el.text, func(*match) string { return "" })
		}
	case "br":
		if nx := el.next(); nx != nil && nx.tag == "br" && isBlank(el.tail) {
			nx.dropTag()
			return false
		}
	}
	if el.text == "" && len(el.children) > 0 && el.children[0].tag == "br" {
		el.children[0].dropTag()
		return true
	}
	if sanitizeTags[el.tag] && el.tag != "a" && el.tag != "p" && el.tag != "li" {
		if nx := el.next(); isBlank(el.tail) && nx != nil && nx.tag == el.tag {
			if nx.text != "" {
				if len(el.children) > 0 {
					last := el.children[len(el.children)-1]
					last.tail = last.tail + " " + nx.text
				} else {
					el.text = el.text + " " + nx.text
				}
			}
			for _, c := range append([]*snode(nil), nx.children...) {
				el.appendChild(c)
			}
			nx.dropTree()
			return true
		}
	}
	kept := el.attrs[:0]
	for _, a := range el.attrs {
		if el.tag == "a" && sanitizeAnchorAttrs[a.key] {
			kept = append(kept, a)
		}
	}
	el.attrs = kept
	if href, ok := el.get("href"); ok {
		el.set("href", sanitizeHref(href))
	}
	el.text, el.tail = collapseSpaces(el.text), collapseSpaces(el.tail)
	return false
}

// sanitizeHref is html-sanitizer's sanitize_href.
func sanitizeHref(href string) string {
	for _, p := range []string{"/", "mailto:", "http:", "https:", "#", "tel:"} {
		if strings.HasPrefix(href, p) {
			return href
		}
	}
	return "#"
}

// unwrapDisallowed replaces every element that is not allowed by its
// content, as the second Cleaner's allow_tags does.
func unwrapDisallowed(n *snode) {
	for _, c := range append([]*snode(nil), n.children...) {
		unwrapDisallowed(c)
		if !sanitizeTags[c.tag] {
			c.dropTag()
		}
	}
}

// parseForSanitizer parses the wrapped document as lxml.html.fromstring
// does and applies the first Cleaner of html-sanitizer: scripts, styles,
// comments and the like deleted, page structure and embedded objects
// unwrapped, on* attributes and javascript: links removed.
func parseForSanitizer(s string) *snode {
	body := buildLibxml2Tree(s)
	root := body
	root.tag = "div"
	// lxml returns the single element parsed, or the body renamed when
	// the markup closed the wrapping <div> early.
	if len(body.children) == 1 && isBlank(body.text) && isBlank(body.children[0].tail) {
		root = body.children[0]
		root.parent = nil
	}
	cleanFirst(root)
	return root
}

// buildLibxml2Tree builds the body of the document as libxml2's HTML parser
// does: a stack of open elements where a start tag closes the elements its
// DTD says it ends (htmlStartClose), an end tag closes the elements above
// its match unless one of them has a higher priority (htmlEndPriority), an
// unmatched end tag is ignored, and there is no HTML5 reconstruction of
// formatting elements. Only script and style hold raw text, which ends at
// an end tag starting with their name, or at once when an end tag follows
// them immediately; their content is not kept (the Cleaner deletes them).
// What follows </body> or </html> is outside the body, so it is not read.
func buildLibxml2Tree(s string) *snode {
	body := &snode{tag: "body"}
	stack := []*snode{body}
	z := html.NewTokenizer(strings.NewReader(libxml2Escapes(s)))
	// contentStart is true where libxml2 checks for an end tag before
	// reading raw text: after the start tag and after each end tag.
	contentStart := false
	for {
		tt := z.Next()
		if top := stack[len(stack)-1].tag; (top == "script" || top == "style") && tt != html.ErrorToken {
			if tt != html.EndTagToken {
				contentStart = false
				continue
			}
			name := libxml2Name(z.Token().Data)
			if !contentStart && !strings.HasPrefix(name, top) {
				continue
			}
			if name == "body" || name == "html" {
				return body
			}
			stack = closeElement(stack, name)
			contentStart = true
			continue
		}
		switch tt {
		case html.ErrorToken:
			return body
		case html.TextToken:
			top := stack[len(stack)-1]
			if n := len(top.children); n > 0 {
				top.children[n-1].tail += string(z.Text())
			} else {
				top.text += string(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			name := libxml2Name(tok.Data)
			z.NextIsNotRawText()
			contentStart = true
			if name == "html" || name == "head" || name == "body" {
				continue // misplaced: libxml2 drops the tag
			}
			for len(stack) > 1 && libxml2StartClose[stack[len(stack)-1].tag+" "+name] {
				stack = stack[:len(stack)-1]
			}
			top := stack[len(stack)-1]
			el := &snode{tag: name, parent: top}
			seen := map[string]bool{}
			for _, a := range tok.Attr {
				if !seen[a.Key] { // libxml2 keeps the first of duplicates
					seen[a.Key] = true
					el.attrs = append(el.attrs, attr{a.Key, a.Val})
				}
			}
			top.children = append(top.children, el)
			if tt == html.StartTagToken && !libxml2Void[name] {
				stack = append(stack, el)
			}
		case html.EndTagToken:
			name := libxml2Name(z.Token().Data)
			if name == "body" || name == "html" {
				return body
			}
			stack = closeElement(stack, name)
		}
	}
}

// libxml2Name is the part of a tag name libxml2 reads: letters, digits and
// ":_.-" (the tokenizer takes more, up to a space, "/" or ">").
func libxml2Name(name string) string {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ':' || c == '_' || c == '.' || c == '-') {
			return name[:i]
		}
	}
	return name
}

// closeElement pops the stack for an end tag (htmlParseEndTag and
// htmlAutoCloseOnClose).
func closeElement(stack []*snode, name string) []*snode {
	priority := endPriority(name)
	for i := len(stack) - 1; i >= 1; i-- {
		if stack[i].tag == name {
			return stack[:i]
		}
		if endPriority(stack[i].tag) > priority {
			return stack
		}
	}
	return stack
}

// endPriority is libxml2's htmlEndPriority: an end tag only closes
// elements of lower or equal priority.
func endPriority(tag string) int {
	switch tag {
	case "div":
		return 150
	case "td", "th":
		return 160
	case "tr":
		return 170
	case "thead", "tbody", "tfoot":
		return 180
	case "table":
		return 190
	case "head", "body":
		return 200
	case "html":
		return 220
	}
	return 100
}

// libxml2Void are the elements libxml2 knows to be empty.
var libxml2Void = map[string]bool{"area": true, "base": true, "basefont": true, "br": true, "col": true,
	"frame": true, "hr": true, "img": true, "input": true, "isindex": true, "link": true, "meta": true, "param": true}

// libxml2StartClose is libxml2's htmlStartClose table: "old new" for each
// open element old that a start tag new closes.
var libxml2StartClose = func() map[string]bool {
	m := map[string]bool{}
	for old, news := range map[string]string{
		"a": "a fieldset table td th", "address": "dd dl dt form li ul", "b": "center p td th", "big": "p",
		"caption": "col colgroup tbody tfoot thead tr", "col": "col colgroup tbody tfoot thead tr",
		"colgroup": "colgroup tbody tfoot thead tr", "dd": "dt", "dir": "dd dl dt form ul", "dl": "form li",
		"dt": "dd dl", "font": "center td th", "form": "form",
		"h1": "fieldset form li p table", "h2": "fieldset form li p table", "h3": "fieldset form li p table",
		"h4": "fieldset form li p table", "h5": "fieldset form li p table", "h6": "fieldset form li p table",
		"head": "a abbr acronym address b bdo big blockquote body br center cite code dd dfn dir div dl dt em " +
			"fieldset font form frameset h1 h2 h3 h4 h5 h6 hr i iframe img kbd li listing map menu ol p pre q s " +
			"samp small span strike strong sub sup table tt u ul var xmp",
		"hr": "form", "i": "center p td th", "legend": "fieldset", "li": "li", "link": "body frameset",
		"listing": "dd dl dt fieldset form li table ul", "menu": "dd dl dt form ul", "ol": "form",
		"option": "optgroup option",
		"p": "address blockquote body caption center col colgroup dd dir div dl dt fieldset form frameset " +
			"h1 h2 h3 h4 h5 h6 head hr li listing menu ol p pre table tbody td tfoot th title tr ul xmp",
		"pre": "dd dl dt fieldset form li table ul", "s": "p", "script": "noscript", "small": "p",
		"span": "td th", "strike": "p", "style": "body frameset", "tbody": "tbody tfoot",
		"td": "tbody td tfoot th tr", "tfoot": "tbody", "th": "tbody td tfoot th tr", "thead": "tbody tfoot",
		"title": "body frameset", "tr": "tbody tfoot tr", "tt": "p", "u": "p td th",
		"ul": "address form menu pre", "xmp": "dd dl dt fieldset form li table ul",
	} {
		for _, n := range strings.Fields(news) {
			m[old+" "+n] = true
		}
	}
	return m
}()

// cleanFirst applies lxml's Cleaner as html-sanitizer first configures it.
func cleanFirst(root *snode) {
	all := append([]*snode{root}, root.descendants(nil)...)
	for _, el := range all {
		if el.tag == "image" {
			el.tag = "img"
		}
		kept := el.attrs[:0]
		for _, a := range el.attrs {
			if !strings.HasPrefix(a.key, "on") {
				kept = append(kept, a)
			}
		}
		el.attrs = kept
		cleanLinksAndStyle(el)
	}
	var kill, remove []*snode
	for _, el := range all[1:] {
		switch {
		case el.tag == "param" && !insideObject(el):
			el.dropTree()
		case cleanerKill[el.tag]:
			kill = append(kill, el)
		case cleanerRemove[el.tag]:
			remove = append(remove, el)
		}
	}
	for i := len(kill) - 1; i >= 0; i-- {
		if kill[i].parent != nil {
			kill[i].dropTree()
		}
	}
	for _, el := range remove {
		if el.parent != nil {
			el.dropTag()
		}
	}
}

func insideObject(n *snode) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p.tag == "applet" || p.tag == "object" {
			return true
		}
	}
	return false
}

// html4Entities are the entity names libxml2's HTML parser knows: HTML
// 4's, those of codepoint2name, and apos.
var html4Entities = func() map[string]bool {
	m := map[string]bool{"apos": true}
	for _, name := range codepoint2name {
		m[name] = true
	}
	return m
}()

// libxml2Escapes rewrites what libxml2's HTML parser reads differently from
// an HTML5 tokenizer: numeric character references (decoded as libxml2
// does), an ampersand that starts no entity libxml2 knows (HTML5 also
// decodes its own entity names, and legacy ones without ";"), "<!" that
// starts neither a comment nor a doctype (a bogus comment for HTML5), and
// "<?" without a target (dropped by libxml2).
func libxml2Escapes(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			if strings.HasPrefix(s[i+1:], "#") {
				r, n := libxml2CharRef(s[i:])
				b.WriteString(s[last:i] + r)
				last = i + n
				i = last - 1
			} else if !startsKnownReference(s[i+1:]) {
				b.WriteString(s[last:i] + "&amp;")
				last = i + 1
			}
		case '<':
			rest := s[i+1:]
			switch {
			case strings.HasPrefix(rest, "!") && !strings.HasPrefix(rest, "!--") &&
				!(len(rest) >= 8 && strings.EqualFold(rest[:8], "!doctype")):
				b.WriteString(s[last:i] + "&lt;")
				last = i + 1
			case strings.HasPrefix(rest, "?") && (len(rest) == 1 || !isASCIILetter(rest[1]) && rest[1] != '_' && rest[1] != ':'):
				// A processing instruction without a target: libxml2
				// skips the "<?".
				b.WriteString(s[last:i])
				last = i + 2
				i++
			}
		}
	}
	return b.String() + s[last:]
}

// libxml2CharRef decodes the numeric character reference at the start of s
// as libxml2 does (htmlParseCharRef): the ";" is optional, and a reference
// to no valid character vanishes. It returns the replacement, escaped for
// the HTML5 tokenizer, and the length of the reference.
func libxml2CharRef(s string) (string, int) {
	i, base := 2, 10
	if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
		i, base = 3, 16
	}
	v := 0
	for ; i < len(s); i++ {
		d := hexDigit(s[i])
		if d < 0 || d >= base {
			break
		}
		v = min(v*base+d, 0x110000)
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	switch {
	case !(v == 0x9 || v == 0xA || v == 0xD || 0x20 <= v && v <= 0xD7FF || 0xE000 <= v && v <= 0xFFFD ||
		0x10000 <= v && v <= 0x10FFFF):
		return "", i
	case v == '&':
		return "&amp;", i
	case v == '<':
		return "&lt;", i
	}
	return string(rune(v)), i
}

// hexDigit returns the value of a hexadecimal digit, or -1.
func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// startsKnownReference reports whether s, after an ampersand, is a known
// entity name and ";".
func startsKnownReference(s string) bool {
	end := 0
	for end < len(s) && ('a' <= s[end] && s[end] <= 'z' || 'A' <= s[end] && s[end] <= 'Z' || end > 0 && '0' <= s[end] && s[end] <= '9') {
		end++
	}
	return end > 0 && end < len(s) && s[end] == ';' && html4Entities[s[:end]]
}

// linkAttrs are the attributes lxml's rewrite_links treats as links.
var linkAttrs = map[string]bool{"action": true, "archive": true, "background": true, "cite": true, "classid": true,
	"codebase": true, "data": true, "href": true, "longdesc": true, "profile": true, "src": true, "usemap": true,
	"dynsrc": true, "lowsrc": true}

// cleanLinksAndStyle is the javascript part of lxml's Cleaner: links are
// stripped and emptied when they use a script scheme, and style attributes
// lose CSS expressions and imports, or go when they look malicious.
func cleanLinksAndStyle(el *snode) {
	for i, a := range el.attrs {
		if !linkAttrs[a.key] {
			continue
		}
		link := pyStrip(a.value)
		if hasJavascriptScheme(reJSWhitespace.sub(nil, unquotePlus(link), func(*match) string { return "" })) {
			link = ""
		}
		el.attrs[i].value = link
	}
	if old, ok := el.get("style"); ok {
		style := reCSSExpression.sub(nil, old, func(*match) string { return "" })
		style = reCSSImport.sub(nil, style, func(*match) string { return "" })
		if hasSneakyJavascript(style) {
			el.del("style")
		} else {
			el.set("style", style)
		}
	}
}

// unquotePlus is urllib.parse.unquote_plus.
func unquotePlus(s string) string {
	s = strings.ReplaceAll(s, "+", " ")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v, _ := url.PathUnescape(s[i : i+3])
			b.WriteString(v)
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return strings.ToValidUTF8(b.String(), "\uFFFD")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// hasJavascriptScheme is lxml's _has_javascript_scheme.
func hasJavascriptScheme(s string) bool {
	safe := 0
	for _, m := range findAll(reDataImage, s) {
		if reUnsafeImage.search(nil, m.str(1), 0) != nil {
			return true
		}
		safe++
	}
	return len(findAll(reBadScheme, s)) > safe
}

// findAll returns the non-overlapping matches of re in s.
func findAll(re *regex, s string) []*match {
	var out []*match
	re.sub(nil, s, func(m *match) string {
		out = append(out, m)
		return ""
	})
	return out
}

// hasSneakyJavascript is Cleaner._has_sneaky_javascript.
func hasSneakyJavascript(style string) bool {
	style = reCSSComment.sub(nil, style, func(*match) string { return "" })
	style = reCSSEscape.sub(nil, style, func(m *match) string {
		n := 0
		for i := 0; i < len(m.str(1)); i++ {
			n = n*16 + hexDigit(m.str(1)[i])
		}
		if n > 0x10FFFF || n >= 0xD800 && n <= 0xDFFF {
			return "\uFFFD"
		}
		return string(rune(n))
	})
	style = strings.ReplaceAll(style, `\`, "")
	style = pyLower(reJSWhitespace.sub(nil, style, func(*match) string { return "" }))
	return hasJavascriptScheme(style) || strings.Contains(style, "expression(") ||
		strings.Contains(style, "@import") || strings.Contains(style, "</noscript") ||
		reTagContent.search(nil, style, 0) != nil
}

// lxmlVoid are the elements libxml2's HTML serializer writes without an end
// tag, among those a sanitized document can hold.
var lxmlVoid = map[string]bool{"br": true, "hr": true}

// writeLXML serializes n as lxml.html.tostring does (libxml2's HTML
// serializer).
func writeLXML(b *strings.Builder, n *snode) {
	b.WriteString("<" + n.tag)
	for _, a := range n.attrs {
		v := escapeLXMLText(a.value)
		if isURIAttr(n.tag, a.key) {
			v = escapeURI(strings.TrimLeft(v, " \t\n\r"))
		}
		b.WriteString(" " + a.key + "=")
		switch {
		case !strings.Contains(v, `"`):
			b.WriteString(`"` + v + `"`)
		case !strings.Contains(v, "'"):
			b.WriteString("'" + v + "'")
		default:
			b.WriteString(`"` + strings.ReplaceAll(v, `"`, "&quot;") + `"`)
		}
	}
	b.WriteString(">")
	if lxmlVoid[n.tag] {
		b.WriteString(escapeLXMLText(n.tail))
		return
	}
	b.WriteString(escapeLXMLText(n.text))
	for _, c := range n.children {
		writeLXML(b, c)
	}
	b.WriteString("</" + n.tag + ">")
	b.WriteString(escapeLXMLText(n.tail))
}

// isURIAttr reports whether libxml2 escapes the attribute as a URI.
func isURIAttr(tag, key string) bool {
	return key == "href" || key == "action" || key == "src" || key == "name" && tag == "a"
}

// escapeLXMLText is libxml2's entity encoding of text and attribute values
// in HTML documents.
func escapeLXMLText(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// escapeURI is libxml2's xmlURIEscapeStr(s, "@/:=?;#%&,+<>"): every byte
// that is neither unreserved nor listed becomes %XX.
func escapeURI(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.!~*'()@/:=?;#%&,+<>", c) >= 0 {
			b.WriteByte(c)
		} else {
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
