package markdown

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/pyre"
)

// This file ports the fenced_code preprocessor and codehilite's output
// without Pygments: the reference setting is Hyperflask's Python stack with
// Pygments absent, where codehilite falls back to
// <pre class="codehilite"><code class="language-x">.

var reFenced = mustCompile("(?P<fence>^(?:~{3,}|`{3,}))[ ]*"+
	`((\{(?P<attrs>[^\}\n]*)\})|`+
	`(\.?(?P<lang>[\w#.+-]*)[ ]*)?`+
	`(hl_lines=(?P<quot>"|')(?P<hl_lines>.*?)(?P=quot)[ ]*)?)`+
	`\n`+
	`(?P<code>.*?)(?<=\n)`+
	`(?P=fence)[ ]*$`, pyre.Multiline|pyre.DotAll)

// fenced is FencedBlockPreprocessor.run.
func (c *converter) fenced(lines []string) []string {
	text := strings.Join(lines, "\n")
	// No match can start before the previous one: the text there is
	// unchanged and its openings had no closing fence.
	from := 0
	for strings.Contains(text[from:], "```") || strings.Contains(text[from:], "~~~") {
		m := reFenced.search(c, text, from)
		if m == nil {
			break
		}
		from = m.start(0)
		var lang string
		var id string
		var classes []string
		var config []configItem
		if attrs := m.str(4); attrs != "" {
			id, classes, config = c.fenceAttrs(c.getAttrs(attrs))
			if len(classes) > 0 {
				lang, classes = classes[0], classes[1:]
			}
		} else {
			lang = m.str(6)
			if hl := m.str(9); hl != "" {
				config = append(config, configItem{"hl_lines", hlLines(hl)})
			}
		}
		code := m.str(10)
		var out string
		if c.opts.codehilite != nil && c.opts.codehilite.usePygments && configBool(config, "use_pygments", true) {
			h := *c.opts.codehilite
			for _, it := range config {
				h.set(it.key, it.value)
			}
			if len(classes) > 0 {
				h.cssClass = strings.Join(classes, " ") + " " + h.cssClass
			}
			out = h.hilite(code, lang)
		} else {
			var idAttr, langAttr, classAttr, kv string
			if lang != "" {
				langAttr = ` class="` + c.opts.fencedLangPrefix + escapeAttrib(lang) + `"`
			}
			if len(classes) > 0 {
				classAttr = ` class="` + escapeAttrib(strings.Join(classes, " ")) + `"`
			}
			if id != "" {
				idAttr = ` id="` + escapeAttrib(id) + `"`
			}
			if c.opts.attrList && len(config) > 0 && !configBool(config, "use_pygments", false) {
				for _, it := range config {
					if it.key == "use_pygments" {
						continue
					}
					s, ok := it.value.(string)
					if !ok {
						if l, isList := it.value.([]int); isList {
							s = pyIntList(l)
						} else {
							// Python's attribute escaper raises on booleans.
							panic(abort{fmt.Errorf("markdown: cannot serialize %v (option %s of a fenced block)", pyRepr(it.value), it.key)})
						}
					}
					kv += " " + it.key + `="` + escapeAttrib(s) + `"`
				}
			}
			out = "<pre" + idAttr + classAttr + "><code" + langAttr + kv + ">" + escapeCode(code) + "</code></pre>"
		}
		text = text[:m.start(0)] + "\n" + c.stash.store(out) + "\n" + text[m.end(0):]
	}
	return splitLines(text)
}

// configItem is one option given on a fenced block: a string, a bool or
// nil for a boolean option, or the line numbers of hl_lines.
type configItem struct {
	key   string
	value any
}

// configBool is Python's config.get(key, def) tested for truth.
func configBool(config []configItem, key string, def bool) bool {
	for i := len(config) - 1; i >= 0; i-- {
		if config[i].key == key {
			return pyTruth(config[i].value)
		}
	}
	return def
}

// pyTruth is Python's truth test of an option value.
func pyTruth(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case []int:
		return len(v) > 0
	}
	return true
}

// pyRepr prints an option value as Python's repr would.
func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(v)
}

// pyIntList is the str() of a Python list of ints.
func pyIntList(l []int) string {
	parts := make([]string, len(l))
	for i, n := range l {
		parts[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// fenceAttrs is FencedBlockPreprocessor.handle_attrs.
func (c *converter) fenceAttrs(attrs []attr) (id string, classes []string, config []configItem) {
	for _, a := range attrs {
		switch a.key {
		case "id":
			id = a.value
		case ".":
			classes = append(classes, a.value)
		case "hl_lines":
			config = setConfig(config, a.key, hlLines(a.value))
		case "linenums", "guess_lang", "noclasses", "use_pygments":
			config = setConfig(config, a.key, parseBool(a.value))
		default:
			config = setConfig(config, a.key, a.value)
		}
	}
	return id, classes, config
}

// setConfig sets key in an insertion-ordered dict.
func setConfig(config []configItem, key string, v any) []configItem {
	for i := range config {
		if config[i].key == key {
			config[i].value = v
			return config
		}
	}
	return append(config, configItem{key, v})
}

// parseBool is util.parseBoolValue(v, fail_on_errors=False,
// preserve_none=True): true, false, or nil for None and unknown words.
func parseBool(v string) any {
	switch pyLower(v) {
	case "none":
		return nil
	case "true", "yes", "y", "on", "1":
		return true
	case "false", "no", "n", "off", "0":
		return false
	}
	return nil
}

// hlLines is codehilite's parse_hl_lines.
func hlLines(expr string) []int {
	out := []int{}
	for _, f := range strings.FieldsFunc(expr, isPySpace) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return []int{}
		}
		out = append(out, n)
	}
	return out
}

// escapeCode is fenced_code's and codehilite's basic HTML escaping.
func escapeCode(s string) string {
	if !strings.ContainsAny(s, `&<>"`) {
		return s
	}
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// codehilite holds the codehilite settings that its output without
// Pygments depends on.
type codehilite struct {
	// linenums is the option of that name: nil, a bool or a string.
	linenums any
	cssClass string
	// linenos and cssclass, the formatter's own names, win over linenums
	// and css_class when a fenced block sets them.
	linenos, cssclass       any
	hasLinenos, hasCssclass bool
	langPrefix              string
	usePygments             bool
}

// set applies an option given on a fenced block, as CodeHilite's
// constructor reads them.
func (h *codehilite) set(key string, v any) {
	switch key {
	case "linenums":
		h.linenums = v
	case "linenos":
		h.linenos, h.hasLinenos = v, true
	case "css_class":
		h.cssClass = pyRepr(v)
	case "cssclass":
		h.cssclass, h.hasCssclass = v, true
	case "lang_prefix":
		h.langPrefix = pyRepr(v)
	}
}

// hilite is CodeHilite.hilite without Pygments.
func (h *codehilite) hilite(src, lang string) string {
	linenos, cssClass := h.linenums, h.cssClass
	if h.hasLinenos {
		linenos = h.linenos
	}
	if h.hasCssclass {
		cssClass = pyRepr(h.cssclass)
	}
	classes := []string{}
	if lang != "" {
		classes = append(classes, h.langPrefix+lang)
	}
	if pyTruth(linenos) {
		classes = append(classes, "linenums")
	}
	classStr := ""
	if len(classes) > 0 {
		classStr = ` class="` + strings.Join(classes, " ") + `"`
	}
	return `<pre class="` + cssClass + `"><code` + classStr + `>` + escapeCode(strings.Trim(src, "\n")) + "\n</code></pre>\n"
}

var reShebang = mustCompile(`(?:(?:^::+)|(?P<shebang>^[#]!))(?P<path>(?:/\w+)*[/ ])?(?P<lang>[\w#.+-]*)\s*(hl_lines=(?P<quot>"|')(?P<hl_lines>.*?)(?P=quot))?`, 0)

// hiliteCodeBlocks is codehilite's HiliteTreeprocessor: each indented code
// block becomes the highlighter's output, its language taken from a
// ":::lang" or "#!lang" first line (CodeHilite._parseHeader).
func (c *converter) hiliteCodeBlocks(root *element) {
	root.iter(func(e *element) {
		if e.tag != "pre" || len(e.children) != 1 || e.children[0].tag != "code" {
			return
		}
		h := *c.opts.codehilite
		src := strings.NewReplacer("&lt;", "<", "&gt;", ">").Replace(e.children[0].text)
		src = strings.ReplaceAll(src, "&amp;", "&")
		src = strings.Trim(src, "\n")
		lines := splitLines(src)
		lang := ""
		if m := reShebang.search(c, lines[0], 0); m != nil {
			lang = pyLower(m.str(3))
			if m.str(2) == "" {
				lines = lines[1:]
			}
			if h.linenums == nil && m.start(1) >= 0 {
				h.linenums = true
			}
		}
		src = strings.Trim(strings.Join(lines, "\n"), "\n")
		placeholder := c.stash.store(h.hilite(src, lang))
		*e = element{tag: "p", text: placeholder}
	})
}
