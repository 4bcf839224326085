package markdown

import (
	"strconv"
	"strings"
)

// This file ports the tree processors that run after block parsing:
// codehilite's (indented code blocks), prettify (newlines between blocks),
// attr_list's, and the one that restores backslash-escaped characters.

// prettify is PrettifyTreeprocessor.run.
func prettify(root *element) {
	prettifyTree(root)
	root.iter(func(e *element) {
		if e.tag == "br" {
			if isBlank(e.tail) {
				e.setTail("\n")
			} else {
				e.setTail("\n" + e.tail)
			}
		}
	})
	root.iter(func(e *element) {
		if isCodeBlock(e) {
			code := e.children[0]
			if len(code.children) == 0 && code.text != "" {
				code.text = pyRStrip(code.text) + "\n"
				code.textAtomic = true
			}
		}
	})
}

func prettifyTree(e *element) {
	if isBlockLevel(e.tag) && e.tag != "code" && e.tag != "pre" {
		if isBlank(e.text) && len(e.children) > 0 && isBlockLevel(e.children[0].tag) {
			e.setText("\n")
		}
		for _, child := range e.children {
			if isBlockLevel(child.tag) {
				prettifyTree(child)
			}
		}
	}
	if isBlank(e.tail) {
		e.setTail("\n")
	}
}

var reUnescape = mustCompile(stx+`(\d+)`+etx, 0)

// unescapeTree is UnescapeTreeprocessor.run: STX+code point+ETX, left by
// backslash escapes, becomes the character again.
func (c *converter) unescapeTree(root *element) {
	unescape := func(s string) string {
		if !strings.Contains(s, stx) {
			return s
		}
		return reUnescape.sub(c, s, func(m *match) string {
			n, err := strconv.Atoi(m.str(1))
			if err != nil || n > 0x10FFFF {
				panic(abort{errBadEscape})
			}
			return string(rune(n))
		})
	}
	root.iter(func(e *element) {
		if e.text != "" && e.tag != "code" {
			e.setText(unescape(e.text))
		}
		if e.tail != "" {
			e.setTail(unescape(e.tail))
		}
		for i := range e.attrs {
			e.attrs[i].value = unescape(e.attrs[i].value)
		}
	})
}

// Attribute lists: the attr_list extension.
const attrBase = `\{\:?[ ]*([^\}\n ][^\}\n]*)[ ]*\}`

var (
	reAttrHeader = mustCompile(`[ ]+`+attrBase+`[ ]*$`, 0)
	reAttrBlock  = mustCompile(`\n[ ]*`+attrBase+`[ ]*$`, 0)
	reAttrInline = mustCompile(`^`+attrBase, 0)
	reAttrName   = mustCompile(`[^A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff`+
		`\u0370-\u037d\u037f-\u1fff\u200c-\u200d`+
		`\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff`+
		`\uf900-\ufdcf\ufdf0-\ufffd`+
		`\:\-\.0-9\u00b7\u0300-\u036f\u203f-\u2040]+`, 0)
	reAttrScan = mustCompile(`([^ =]+=".*?")|([^ =]+='.*?')|([^ =]+=[^ =]+)|([^ =]+)|( )`, 0)
)

func isHeader(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// getAttrs is attr_list's get_attrs: its re.Scanner splits the list into
// key/value pairs, "." for a class and "id" for "#name".
func (c *converter) getAttrs(s string) []attr {
	var out []attr
	pos := 0
	for {
		m := reAttrScan.match(c, s, pos)
		if m == nil || m.end(0) == pos {
			return out
		}
		t := m.str(0)
		switch {
		case m.start(1) >= 0:
			k, v, _ := strings.Cut(t, "=")
			out = append(out, attr{k, strings.Trim(v, `"`)})
		case m.start(2) >= 0:
			k, v, _ := strings.Cut(t, "=")
			out = append(out, attr{k, strings.Trim(v, `'`)})
		case m.start(3) >= 0:
			k, v, _ := strings.Cut(t, "=")
			out = append(out, attr{k, v})
		case m.start(4) >= 0:
			switch {
			case strings.HasPrefix(t, "."):
				out = append(out, attr{".", t[1:]})
			case strings.HasPrefix(t, "#"):
				out = append(out, attr{"id", t[1:]})
			default:
				out = append(out, attr{t, t})
			}
		}
		pos = m.end(0)
	}
}

// assignAttrs is AttrListTreeprocessor.assign_attrs.
func (c *converter) assignAttrs(e *element, list string) {
	for _, a := range c.getAttrs(list) {
		if a.key == "." {
			if cls := e.get("class"); cls != "" {
				e.set("class", cls+" "+a.value)
			} else {
				e.set("class", a.value)
			}
		} else {
			e.set(reAttrName.sub(c, a.key, func(*match) string { return "_" }), a.value)
		}
	}
}

// attrList is AttrListTreeprocessor.run.
func (c *converter) attrList(root *element) {
	root.iter(func(e *element) {
		if !isBlockLevel(e.tag) {
			if e.tail != "" {
				if m := reAttrInline.match(c, e.tail, 0); m != nil {
					c.assignAttrs(e, m.str(1))
					e.setTail(e.tail[m.end(0):])
				}
			}
			return
		}
		re := reAttrBlock
		if isHeader(e.tag) || e.tag == "dt" || e.tag == "td" || e.tag == "th" {
			re = reAttrHeader
		}
		// fromTail assigns the list found at the end of t's tail.
		fromTail := func(t *element, header bool) {
			if m := re.search(c, t.tail, 0); m != nil {
				c.assignAttrs(e, m.str(1))
				t.setTail(t.tail[:m.start(0)])
				if header {
					t.setTail(pyRStrip(strings.TrimRight(t.tail, "#")))
				}
			}
		}
		fromText := func(header bool) {
			if m := re.search(c, e.text, 0); m != nil {
				c.assignAttrs(e, m.str(1))
				e.setText(e.text[:m.start(0)])
				if header {
					e.setText(pyRStrip(strings.TrimRight(e.text, "#")))
				}
			}
		}
		switch {
		case len(e.children) > 0 && e.tag == "li":
			pos := -1
			for i, child := range e.children {
				if isList(child) {
					pos = i
					break
				}
			}
			switch {
			case pos < 0 && e.last().tail != "":
				fromTail(e.last(), false)
			case pos > 0 && e.children[pos-1].tail != "":
				fromTail(e.children[pos-1], false)
			case e.text != "":
				fromText(false)
			}
		case len(e.children) > 0 && e.last().tail != "":
			fromTail(e.last(), isHeader(e.tag))
		case e.text != "":
			fromText(isHeader(e.tag))
		}
	})
}
