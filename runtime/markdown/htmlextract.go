package markdown

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// This file ports Python-Markdown's HtmlBlockPreprocessor: its HTMLExtractor
// subclasses CPython 3.11's html.parser.HTMLParser (with Python-Markdown's
// monkeypatches), and which HTML counts as a raw block depends on the
// parser's exact tokenisation and position bookkeeping, quirks included.
// The regular expressions are html.parser's and _markupbase's.

var (
	hpInterestingNormal = mustCompile(`[&<]`, 0)
	hpEntityRef         = mustCompile(`&([a-zA-Z][-.a-zA-Z0-9]*);`, 0) // patched: needs ';'
	hpCharRef           = mustCompile(`&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]`, 0)
	hpPIClose           = mustCompile(`\?>`, 0) // patched
	hpCommentClose      = mustCompile(`--\s*>`, 0)
	hpTagFind           = mustCompile(`([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*`, 0)
	hpAttrFind          = mustCompile(`((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*`, 0)
	hpLocateStartTagEnd = mustCompile(`
  <[a-zA-Z][^`+"`"+`\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^`+"`"+`\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'
          |"[^"]*"
          |(?!['"])[^`+"`"+`>\s]*
         )
         (?:\s*,)*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
`, pyre.Verbose)
	hpEndEndTag          = mustCompile(`>`, 0)
	hpEndTagFind         = mustCompile(`</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>`, 0)
	hpDeclName           = mustCompile(`[a-zA-Z][-_.a-zA-Z0-9]*\s*`, 0)
	hpMarkedSectionClose = mustCompile(`]\s*]\s*>`, 0)
	hpBlankLine          = mustCompile(`^([ ]*\n){2}`, 0)
)

// maxCommentRestarts bounds the restarts of the raw HTML extractor.
const maxCommentRestarts = 20

// htmlExtractor is Python-Markdown's HTMLExtractor on top of a port of
// html.parser.HTMLParser (convert_charrefs=False).
type htmlExtractor struct {
	c       *converter
	rawdata string
	// lineno and offset are _markupbase's position; offset counts code
	// points, as in Python. After a second pass on left-over data they no
	// longer describe a position in rawdata, and Python-Markdown's position
	// arithmetic then reads other text: pos reproduces it in code points.
	lineno, offset int
	// nl caches the newline positions of rawdata for line_offset.
	nl []int

	cdataElem   string
	interesting *regex
	starttag    string

	inraw, intail         bool
	overrideCommentUpdate bool
	// restarts counts the returns to the start of rawdata that follow an
	// unclosed comment (see updatepos).
	restarts int
	stack    []string
	cache    []string
	cleandoc []string
}

// extractHTML runs the raw HTML preprocessor on the source lines.
func (c *converter) extractHTML(lines []string) []string {
	p := &htmlExtractor{c: c, lineno: 1, interesting: hpInterestingNormal}
	p.rawdata = strings.Join(lines, "\n")
	p.goahead(false)
	p.close()
	return splitLines(strings.Join(p.cleandoc, ""))
}

func (p *htmlExtractor) setRawdata(s string) {
	p.rawdata = s
	p.nl = nil
}

// close is HTMLExtractor.close.
func (p *htmlExtractor) close() {
	p.goahead(true)
	if len(p.rawdata) > 0 {
		p.handleData(p.rawdata)
	}
	if len(p.cache) > 0 {
		p.cleandoc = append(p.cleandoc, p.c.stash.store(strings.Join(p.cache, "")))
		p.cache = nil
	}
}

// lineOffset is HTMLExtractor.line_offset: the index in rawdata of the
// start of line lineno.
func (p *htmlExtractor) lineOffset() int {
	if p.lineno > 1 && strings.Contains(p.rawdata, "\n") {
		if p.nl == nil {
			for i := 0; i < len(p.rawdata); i++ {
				if p.rawdata[i] == '\n' {
					p.nl = append(p.nl, i)
				}
			}
		}
		if p.lineno-1 <= len(p.nl) {
			return p.nl[p.lineno-2] + 1
		}
		return strings.LastIndexByte(p.rawdata, '\n')
	}
	return 0
}

// pos returns the byte index in rawdata of Python's
// line_offset + offset + n, all counted in code points; past the end of
// rawdata it returns len(rawdata) plus the code points left over.
func (p *htmlExtractor) pos(n int) int {
	i := p.lineOffset()
	for left := p.offset + n; left > 0; left-- {
		if i >= len(p.rawdata) {
			return i + left
		}
		_, size := utf8.DecodeRuneInString(p.rawdata[i:])
		i += size
	}
	return i
}

// slice is Python's rawdata[i:j] with clamping.
func (p *htmlExtractor) slice(i, j int) string {
	n := len(p.rawdata)
	i, j = min(max(i, 0), n), min(max(j, 0), n)
	if i >= j {
		return ""
	}
	return p.rawdata[i:j]
}

// atLineStart reports whether the current position is at the start of a
// line, allowing up to three spaces of indent.
func (p *htmlExtractor) atLineStart() bool {
	if p.offset == 0 {
		return true
	}
	if p.offset > 3 {
		return false
	}
	lo := p.lineOffset()
	return isBlank(p.slice(lo, p.pos(0)))
}

// updatepos is _markupbase.ParserBase.updatepos with HTMLExtractor's
// override for unclosed comments.
func (p *htmlExtractor) updatepos(i, j int) int {
	if p.overrideCommentUpdate {
		// Python-Markdown resumes parsing at index 1 of rawdata, which is
		// right only for a comment at the start of the document; elsewhere
		// it parses the text again, and can loop for ever. Past a few
		// restarts the conversion fails instead.
		p.overrideCommentUpdate = false
		i, j = 0, 1
		if p.restarts++; p.restarts > maxCommentRestarts {
			panic(abort{ErrTooComplex})
		}
	}
	if i >= j {
		return j
	}
	seg := p.slice(i, j)
	if n := strings.Count(seg, "\n"); n > 0 {
		p.lineno += n
		pos := i + strings.LastIndexByte(seg, '\n')
		p.offset = utf8.RuneCountInString(p.slice(pos+1, j))
	} else {
		p.offset += utf8.RuneCountInString(seg)
	}
	return j
}

// goahead is HTMLParser.goahead with convert_charrefs off.
func (p *htmlExtractor) goahead(end bool) {
	rawdata := p.rawdata
	i, n := 0, len(rawdata)
	for i < n {
		j := -1
		if p.interesting == hpInterestingNormal {
			if k := strings.IndexAny(rawdata[i:], "&<"); k >= 0 {
				j = i + k
			}
		} else if m := p.interesting.search(p.c, rawdata, i); m != nil {
			j = m.start(0)
		}
		if j < 0 {
			if p.cdataElem != "" {
				break
			}
			j = n
		}
		if i < j {
			p.handleData(rawdata[i:j])
		}
		i = p.updatepos(i, j)
		if i == n {
			break
		}
		if strings.HasPrefix(rawdata[i:], "<") {
			var k int
			switch {
			case i+1 < n && isASCIILetter(rawdata[i+1]):
				k = p.parseStarttag(i)
			case strings.HasPrefix(rawdata[i:], "</"):
				k = p.parseEndtag(i)
			case strings.HasPrefix(rawdata[i:], "<!--"):
				k = p.parseComment(i)
			case strings.HasPrefix(rawdata[i:], "<?"):
				k = p.parsePI(i)
			case strings.HasPrefix(rawdata[i:], "<!"):
				k = p.parseHTMLDeclaration(i)
			case i+1 < n:
				p.handleData("<")
				k = i + 1
			default:
				goto done
			}
			if k < 0 {
				if !end {
					goto done
				}
				k = strings.IndexByte(rawdata[i+1:], '>')
				if k < 0 {
					k = strings.IndexByte(rawdata[i+1:], '<')
					if k < 0 {
						k = i + 1
					} else {
						k += i + 1
					}
				} else {
					k += i + 1 + 1
				}
				p.handleData(rawdata[i:k])
			}
			i = p.updatepos(i, k)
		} else if strings.HasPrefix(rawdata[i:], "&#") {
			if m := hpCharRef.match(p.c, rawdata, i); m != nil {
				// The match ends with the character after the number.
				_, size := utf8.DecodeLastRuneInString(rawdata[:m.end(0)])
				name := rawdata[m.start(0)+2 : m.end(0)-size]
				p.handleEmptyTag("&#"+name+";", false)
				k := m.end(0)
				if rawdata[k-1] != ';' {
					k -= size
				}
				i = p.updatepos(i, k)
				continue
			}
			if strings.Contains(rawdata[i:], ";") {
				p.handleData(rawdata[i : i+2])
				i = p.updatepos(i, i+2)
			}
			break
		} else if strings.HasPrefix(rawdata[i:], "&") {
			if m := hpEntityRef.match(p.c, rawdata, i); m != nil {
				p.handleEmptyTag("&"+m.str(1)+";", false)
				i = p.updatepos(i, m.end(0))
				continue
			}
			// html.parser's "incomplete" is patched to the entity pattern,
			// which has just failed.
			if i+1 < n {
				p.handleData("&")
				i = p.updatepos(i, i+1)
			} else {
				break
			}
		}
	}
done:
	if end && i < n && p.cdataElem == "" {
		p.handleData(rawdata[i:n])
		i = p.updatepos(i, n)
	}
	p.setRawdata(rawdata[i:])
}

// checkForWholeStartTag is HTMLParser.check_for_whole_start_tag.
func (p *htmlExtractor) checkForWholeStartTag(i int) int {
	rawdata := p.rawdata
	m := hpLocateStartTagEnd.match(p.c, rawdata, i)
	j := m.end(0)
	next := p.slice(j, j+1)
	switch {
	case next == ">":
		return j + 1
	case next == "/":
		if strings.HasPrefix(rawdata[j:], "/>") {
			return j + 2
		}
		return -1
	case next == "":
		return -1
	case strings.Contains("abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ", next):
		return -1
	}
	if j > i {
		return j
	}
	return i + 1
}

// parseStarttag is HTMLExtractor.parse_starttag.
func (p *htmlExtractor) parseStarttag(i int) int {
	p.starttag = ""
	endpos := p.checkForWholeStartTag(i)
	if endpos < 0 {
		p.handleData(p.rawdata[i : i+1])
		return i + 1
	}
	rawdata := p.rawdata
	p.starttag = rawdata[i:endpos]
	m := hpTagFind.match(p.c, rawdata, i+1)
	k := m.end(0)
	tag := pyLower(m.str(1))
	for k < endpos {
		am := hpAttrFind.match(p.c, rawdata, k)
		if am == nil {
			break
		}
		k = am.end(0)
	}
	end := pyStrip(p.slice(k, endpos))
	if end != ">" && end != "/>" {
		p.handleData(rawdata[i:endpos])
		return endpos
	}
	if strings.HasSuffix(end, "/>") {
		p.handleStartendtag(tag)
	} else {
		if tag == "script" || tag == "style" {
			p.setCdataMode(tag)
		}
		p.handleStarttag(tag)
	}
	return endpos
}

// hpCDATAEnd is the interesting pattern of set_cdata_mode for each element
// with raw text content.
var hpCDATAEnd = map[string]*regex{
	"script": mustCompile(`</\s*script\s*>`, pyre.IgnoreCase),
	"style":  mustCompile(`</\s*style\s*>`, pyre.IgnoreCase),
}

func (p *htmlExtractor) setCdataMode(elem string) {
	p.cdataElem = elem
	p.interesting = hpCDATAEnd[elem]
}

func (p *htmlExtractor) clearCdataMode() {
	p.interesting = hpInterestingNormal
	p.cdataElem = ""
}

// parseEndtag is HTMLParser.parse_endtag.
func (p *htmlExtractor) parseEndtag(i int) int {
	rawdata := p.rawdata
	m := hpEndEndTag.search(p.c, rawdata, i+1)
	if m == nil {
		return -1
	}
	gtpos := m.end(0)
	em := hpEndTagFind.match(p.c, rawdata, i)
	if em == nil {
		if p.cdataElem != "" {
			p.handleData(rawdata[i:gtpos])
			return gtpos
		}
		nm := hpTagFind.match(p.c, rawdata, i+2)
		if nm == nil {
			if p.slice(i, i+3) == "</>" {
				return i + 3
			}
			return p.parseBogusComment(i)
		}
		tagname := pyLower(nm.str(1))
		gtpos = strings.IndexByte(rawdata[nm.end(0):], '>')
		if gtpos >= 0 {
			gtpos += nm.end(0)
		}
		p.handleEndtag(tagname)
		return gtpos + 1
	}
	elem := pyLower(em.str(1))
	if p.cdataElem != "" && elem != p.cdataElem {
		p.handleData(rawdata[i:gtpos])
		return gtpos
	}
	p.handleEndtag(elem)
	p.clearCdataMode()
	return gtpos
}

// parseComment is _markupbase.ParserBase.parse_comment.
func (p *htmlExtractor) parseComment(i int) int {
	m := hpCommentClose.search(p.c, p.rawdata, i+4)
	if m == nil {
		return -1
	}
	p.handleComment(p.rawdata[i+4 : m.start(0)])
	return m.end(0)
}

// parsePI is HTMLExtractor.parse_pi.
func (p *htmlExtractor) parsePI(i int) int {
	if p.atLineStart() || p.intail {
		m := hpPIClose.search(p.c, p.rawdata, i+2)
		if m == nil {
			return -1
		}
		p.handleEmptyTag("<?"+p.rawdata[i+2:m.start(0)]+"?>", true)
		return m.end(0)
	}
	p.handleData("<?")
	return i + 2
}

// parseHTMLDeclaration is HTMLExtractor.parse_html_declaration.
func (p *htmlExtractor) parseHTMLDeclaration(i int) int {
	if !(p.atLineStart() || p.intail) {
		p.handleData("<!")
		return i + 2
	}
	rawdata := p.rawdata
	if p.slice(i, i+3) == "<![" && p.slice(i, i+9) != "<![CDATA[" {
		result := p.parseBogusComment(i)
		if result == -1 {
			p.handleData(p.slice(i, i+1))
			return i + 1
		}
		return result
	}
	switch {
	case p.slice(i, i+4) == "<!--":
		return p.parseComment(i)
	case p.slice(i, i+3) == "<![":
		return p.parseMarkedSection(i)
	case pyLower(p.slice(i, i+9)) == "<!doctype":
		gtpos := strings.IndexByte(rawdata[i+9:], '>')
		if gtpos == -1 {
			return -1
		}
		gtpos += i + 9
		p.handleEmptyTag("<!"+rawdata[i+2:gtpos]+">", true)
		return gtpos + 1
	}
	return p.parseBogusComment(i)
}

// parseBogusComment is HTMLExtractor.parse_bogus_comment (report=0).
func (p *htmlExtractor) parseBogusComment(i int) int {
	pos := strings.IndexByte(p.rawdata[min(i+2, len(p.rawdata)):], '>')
	if pos == -1 {
		return -1
	}
	pos += min(i+2, len(p.rawdata)) + 1
	p.handleEmptyTag(p.rawdata[i:pos], false)
	return pos
}

// parseMarkedSection is _markupbase.ParserBase.parse_marked_section, only
// reached for "<![CDATA[".
func (p *htmlExtractor) parseMarkedSection(i int) int {
	m := hpDeclName.match(p.c, p.rawdata, i+3)
	if m == nil || m.end(0) == len(p.rawdata) {
		return -1
	}
	cm := hpMarkedSectionClose.search(p.c, p.rawdata, i+3)
	if cm == nil {
		return -1
	}
	data := p.rawdata[i+3 : cm.start(0)]
	end := "]>"
	if strings.HasPrefix(data, "CDATA[") {
		end = "]]>"
	}
	p.handleEmptyTag("<!["+data+end, true)
	return cm.end(0)
}

// endtagText is HTMLExtractor.get_endtag_text.
func (p *htmlExtractor) endtagText(tag string) string {
	start := p.pos(0)
	if start <= len(p.rawdata) {
		if m := hpEndEndTag.search(p.c, p.rawdata, start); m != nil {
			return p.rawdata[start:m.end(0)]
		}
	}
	return "</" + tag + ">"
}

// handleStarttag is HTMLExtractor.handle_starttag.
func (p *htmlExtractor) handleStarttag(tag string) {
	if tag == "hr" {
		p.handleStartendtag(tag)
		return
	}
	if isBlockLevel(tag) && (p.intail || (p.atLineStart() && !p.inraw)) {
		p.inraw = true
		p.cleandoc = append(p.cleandoc, "\n")
	}
	text := p.starttag
	if p.inraw {
		p.stack = append(p.stack, tag)
		p.cache = append(p.cache, text)
	} else {
		p.cleandoc = append(p.cleandoc, text)
		if tag == "script" || tag == "style" {
			p.clearCdataMode()
		}
	}
}

// handleEndtag is HTMLExtractor.handle_endtag.
func (p *htmlExtractor) handleEndtag(tag string) {
	text := p.endtagText(tag)
	if !p.inraw {
		p.cleandoc = append(p.cleandoc, text)
		return
	}
	p.cache = append(p.cache, text)
	for i := range p.stack {
		if p.stack[i] == tag {
			for len(p.stack) > 0 {
				top := p.stack[len(p.stack)-1]
				p.stack = p.stack[:len(p.stack)-1]
				if top == tag {
					break
				}
			}
			break
		}
	}
	if len(p.stack) == 0 {
		rest := p.pos(utf8.RuneCountInString(text))
		if hpBlankLine.match(p.c, p.slice(rest, len(p.rawdata)), 0) != nil {
			p.cache = append(p.cache, "\n")
		} else {
			p.intail = true
		}
		p.inraw = false
		p.cleandoc = append(p.cleandoc, p.c.stash.store(strings.Join(p.cache, "")), "\n\n")
		p.cache = nil
	}
}

// handleData is HTMLExtractor.handle_data.
func (p *htmlExtractor) handleData(data string) {
	if p.intail && strings.Contains(data, "\n") {
		p.intail = false
	}
	if p.inraw {
		p.cache = append(p.cache, data)
	} else {
		p.cleandoc = append(p.cleandoc, data)
	}
}

// handleEmptyTag is HTMLExtractor.handle_empty_tag.
func (p *htmlExtractor) handleEmptyTag(data string, isBlock bool) {
	switch {
	case p.inraw || p.intail:
		p.cache = append(p.cache, data)
	case p.atLineStart() && isBlock:
		rest := p.pos(utf8.RuneCountInString(data))
		if hpBlankLine.match(p.c, p.slice(rest, len(p.rawdata)), 0) != nil {
			data += "\n"
		} else {
			p.intail = true
		}
		item := ""
		if len(p.cleandoc) > 0 {
			item = p.cleandoc[len(p.cleandoc)-1]
		}
		if !strings.HasSuffix(item, "\n\n") && strings.HasSuffix(item, "\n") {
			p.cleandoc = append(p.cleandoc, "\n")
		}
		p.cleandoc = append(p.cleandoc, p.c.stash.store(data), "\n\n")
	default:
		p.cleandoc = append(p.cleandoc, data)
	}
}

// handleStartendtag is HTMLExtractor.handle_startendtag.
func (p *htmlExtractor) handleStartendtag(tag string) {
	p.handleEmptyTag(p.starttag, isBlockLevel(tag))
}

// handleComment is HTMLExtractor.handle_comment.
func (p *htmlExtractor) handleComment(data string) {
	i := p.pos(utf8.RuneCountInString(data) + 4)
	if p.slice(i, i+3) != "-->" {
		p.handleData("<")
		p.overrideCommentUpdate = true
		return
	}
	p.handleEmptyTag("<!--"+data+"-->", true)
}

// isBlockLevel is Markdown.is_block_level.
func isBlockLevel(tag string) bool {
	_, ok := blockLevelElements[strings.TrimRight(pyLower(tag), "/")]
	return ok
}

// blockLevelElements is Markdown.block_level_elements.
var blockLevelElements = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, t := range strings.Fields(`address article aside blockquote details div dl
		fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol
		p pre section table ul canvas colgroup dd body dt group iframe li legend math map noscript
		output object option progress script style summary tbody td textarea tfoot th thead tr video`) {
		m[t] = struct{}{}
	}
	return m
}()

// htmlStash is Python-Markdown's HtmlStash: raw HTML kept out of the
// Markdown processing and put back by the raw HTML postprocessor.
type htmlStash struct {
	blocks []string
}

// store saves html and returns its placeholder.
func (s *htmlStash) store(html string) string {
	s.blocks = append(s.blocks, html)
	return htmlPlaceholder(len(s.blocks) - 1)
}

// htmlPlaceholder is util.HTML_PLACEHOLDER % i.
func htmlPlaceholder(i int) string {
	return "\x02wzxhzdk:" + strconv.Itoa(i) + "\x03"
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
