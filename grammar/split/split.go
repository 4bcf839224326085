// Package split separates a page file into its frontmatter and its template,
// byte for byte as the Python reference does (reference §1.3), and says so
// when the reference would silently misread the file.
//
// Two modes exist. Intent (the default) accepts what the author obviously
// meant where that is safe: CRLF fences, a byte order mark, trailing
// whitespace after `---`, a closing `---` at the very end of the file, an
// empty frontmatter, and a `---` line inside a Python string. Reference mode
// reproduces the Python stack exactly. Both modes emit the same warnings; each
// hint says what the Python reference does with the file.
package split

import (
	"path"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// Kind classifies a file by its extension (reference §1.1).
type Kind uint8

// File kinds.
const (
	KindJPY      Kind = iota + 1 // .jpy: Python frontmatter + Jinja template
	KindPython                   // .py: the whole file is Python
	KindHTML                     // .html/.htm: YAML frontmatter + template, autoescaped by the reference
	KindMarkdown                 // .md: YAML frontmatter + template, then Markdown
	KindStatic                   // any other extension: YAML frontmatter + template
)

// String returns the kind's name as used in messages.
func (k Kind) String() string {
	switch k {
	case KindJPY:
		return "jpy"
	case KindPython:
		return "python"
	case KindHTML:
		return "html"
	case KindMarkdown:
		return "markdown"
	case KindStatic:
		return "static"
	}
	return "unknown"
}

// KindOf returns the kind of a file from its name: the text after the last
// "." of the base name (reference §1.1).
func KindOf(name string) Kind {
	ext := path.Ext(name)
	switch ext {
	case ".jpy":
		return KindJPY
	case ".py":
		return KindPython
	case ".html", ".htm":
		return KindHTML
	case ".md":
		return KindMarkdown
	}
	return KindStatic
}

// FrontmatterLang returns the language of k's frontmatter: "python" for
// .jpy, "yaml" for the static kinds and "" for .py (which has none).
func (k Kind) FrontmatterLang() string {
	switch k {
	case KindJPY:
		return "python"
	case KindPython:
		return ""
	}
	return "yaml"
}

// Options control a split.
type Options struct {
	// Reference reproduces the Python reference byte for byte instead of
	// accepting the documented intent.
	Reference bool
	// Python says that the frontmatter is Python code, so that a `---` line
	// inside a Python string does not close it (intent mode only).
	Python bool
}

// Region is the byte range [Start, End) of a part of the file.
type Region struct {
	Start, End int
}

// Len returns the length of r.
func (r Region) Len() int { return r.End - r.Start }

// Result is the outcome of a split. Offsets are file offsets.
type Result struct {
	// HasFrontmatter is true when the file opens with a fence. The
	// frontmatter may still be empty.
	HasFrontmatter bool
	// Closed is true when a closing fence was found.
	Closed      bool
	Frontmatter Region
	// Template is the template part; it is the whole file when there is no
	// frontmatter and empty (at the end of the file) when the frontmatter is
	// unclosed.
	Template Region
	// OpenFence and CloseFence cover the fence lines including their line
	// breaks (CloseFence is empty when unclosed).
	OpenFence, CloseFence Region
	Diags                 diag.List
}

// FrontmatterText returns the frontmatter text of r in text.
func (r *Result) FrontmatterText(text string) string {
	return text[r.Frontmatter.Start:r.Frontmatter.End]
}

// TemplateText returns the template text of r in text.
func (r *Result) TemplateText(text string) string {
	return text[r.Template.Start:r.Template.End]
}

// HasCode reports whether the frontmatter is present and not empty, the
// reference's condition for running a page's Python (reference §1.3).
func (r *Result) HasCode() bool { return r.HasFrontmatter && r.Frontmatter.Len() > 0 }

// Reference is the reference's own algorithm (jinjapy's extract_frontmatter):
// it returns the frontmatter (ok=false when absent) and the template.
func Reference(text string) (frontmatter string, ok bool, template string) {
	if !strings.HasPrefix(text, "---\n") {
		return "", false, text
	}
	e := strings.Index(text[4:], "\n---\n")
	if e < 0 {
		return text[4:], true, ""
	}
	e += 4
	return text[4:e], true, text[e+5:]
}

const bom = "\ufeff"

// fenceLine reports whether the line starting at off is a fence: "---",
// optional spaces or tabs, then a line break or the end of the text. It
// returns the end of the line's content, the end of the line including its
// break, and what was odd about the fence.
func fenceLine(text string, off int) (ok bool, contentEnd, lineEnd int, trailing, crlf bool) {
	if !strings.HasPrefix(text[off:], "---") {
		return false, 0, 0, false, false
	}
	i := off + 3
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	trailing = i > off+3
	contentEnd = i
	switch {
	case i == len(text):
		return true, contentEnd, i, trailing, false
	case text[i] == '\n':
		return true, contentEnd, i + 1, trailing, false
	case text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n':
		return true, contentEnd, i + 2, trailing, true
	}
	return false, 0, 0, false, false
}

// Split splits the text of f.
func Split(f *source.File, opts Options) *Result {
	text := f.Text
	r := &Result{}
	b := diag.Builder{File: f.Name}
	span := func(a, z int) source.Span { return f.Span(a, z) }

	// What the reference does, for the hints and for reference mode.
	_, refOK, refTemplate := Reference(text)
	refSummary := func() string {
		switch {
		case !refOK:
			return "sees no frontmatter and renders the whole file as template text (its code never runs)"
		case refTemplate == "" && !strings.Contains(text[4:], "\n---\n"):
			return "reads everything after the first line as frontmatter and renders an empty template"
		default:
			line := strings.Count(text[:len(text)-len(refTemplate)], "\n")
			return "closes the frontmatter at line " + itoa(line)
		}
	}

	// Opening fence, with a possible byte order mark before it.
	start := 0
	if strings.HasPrefix(text, bom) {
		if ok, _, _, _, _ := fenceLine(text, len(bom)); ok {
			start = len(bom)
		}
	}
	ok, _, openEnd, trailing, crlf := fenceLine(text, start)
	if !ok || openEnd == len(text) && !strings.HasSuffix(text[start:openEnd], "\n") {
		// No fence (a lone "---" with nothing after it is text).
		r.Template = Region{0, len(text)}
		r.Diags = b.Diags
		return r
	}
	if start > 0 {
		b.Add(diag.FenceBOM, span(0, len(bom)), "a byte order mark precedes the opening `---`").
			WithHint("the Python reference %s; remove the byte order mark", refSummary())
	}
	if trailing {
		b.Add(diag.FenceTrailing, span(start+3, openEnd), "the opening `---` has trailing whitespace").
			WithHint("the Python reference %s; remove the trailing whitespace", refSummary())
	}
	if crlf {
		b.Add(diag.FenceCRLF, span(start, openEnd), "the opening `---` ends with CRLF").
			WithHint("the Python reference %s; save the file with LF line endings", refSummary())
	}
	r.HasFrontmatter = true
	r.OpenFence = Region{start, openEnd}
	fmStart := openEnd

	// Closing fence: the first later line that is a fence, skipping lines
	// inside a Python string when the frontmatter is Python.
	var scan pyStringScanner
	off := fmStart
	for off <= len(text) {
		if off == len(text) {
			break
		}
		nl := indexBreak(text[off:])
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = off + nl + 1
			if text[off+nl] == '\r' && off+nl+1 < len(text) && text[off+nl+1] == '\n' {
				lineEnd++
			}
		}
		inString := opts.Python && scan.inString()
		if ok, contentEnd, end, trailing, crlf := fenceLine(text, off); ok && end == lineEnd {
			if inString {
				b.Add(diag.FenceInString, span(off, contentEnd), "this `---` line is inside a Python string that starts at %s", f.Pos(scan.stringStart).String()).
					WithHint("the Python reference closes the frontmatter here; if that is what you meant, close the string first")
			} else {
				r.Closed = true
				r.Frontmatter = Region{fmStart, off}
				// The line break before the closing fence belongs to neither part.
				if off > fmStart {
					r.Frontmatter.End = trimBreak(text, fmStart, off)
				}
				r.CloseFence = Region{off, end}
				r.Template = Region{end, len(text)}
				if trailing {
					b.Add(diag.FenceTrailing, span(off+3, contentEnd), "the closing `---` has trailing whitespace").
						WithHint("the Python reference %s; remove the trailing whitespace", refSummary())
				}
				if crlf && !r.hasDiag(b.Diags, diag.FenceCRLF) {
					b.Add(diag.FenceCRLF, span(off, end), "the closing `---` ends with CRLF").
						WithHint("the Python reference %s; save the file with LF line endings", refSummary())
				}
				if end == len(text) && contentEnd == len(text) {
					b.Add(diag.FenceAtEOF, span(off, end), "the closing `---` ends the file without a line break").
						WithHint("the Python reference %s; add a line break after `---`", refSummary())
				}
				if off == fmStart {
					b.Add(diag.FrontmatterEmpty, span(start, end), "the frontmatter is empty").
						WithHint("the Python reference %s; remove both `---` lines or put something between them", refSummary())
				}
				break
			}
		}
		if opts.Python {
			scan.line(text, off, lineEnd)
		}
		off = lineEnd
	}
	if !r.Closed {
		r.Frontmatter = Region{fmStart, len(text)}
		r.Template = Region{len(text), len(text)}
		b.Add(diag.FrontmatterOpen, span(r.OpenFence.Start, r.OpenFence.End), "the frontmatter opened here has no closing `---` line").
			WithHint("everything after line 1 is frontmatter and the template is empty (the Python reference does the same); add a `---` line after the frontmatter")
	}

	if opts.Reference {
		r.reference(text)
	}
	r.Diags = b.Diags
	return r
}

func (r *Result) hasDiag(l diag.List, c diag.Code) bool {
	for _, d := range l {
		if d.Code == c {
			return true
		}
	}
	return false
}

// trimBreak removes the one line break that precedes a closing fence at off.
func trimBreak(text string, start, off int) int {
	if off-1 >= start && text[off-1] == '\n' {
		off--
		if off-1 >= start && text[off-1] == '\r' {
			off--
		}
		return off
	}
	if off-1 >= start && text[off-1] == '\r' {
		return off - 1
	}
	return off
}

// reference replaces the regions of r by the reference's own result.
func (r *Result) reference(text string) {
	*r = Result{Diags: r.Diags}
	if !strings.HasPrefix(text, "---\n") {
		r.Template = Region{0, len(text)}
		return
	}
	r.HasFrontmatter = true
	r.OpenFence = Region{0, 4}
	e := strings.Index(text[4:], "\n---\n")
	if e < 0 {
		r.Frontmatter = Region{4, len(text)}
		r.Template = Region{len(text), len(text)}
		return
	}
	e += 4
	r.Closed = true
	r.Frontmatter = Region{4, e}
	r.CloseFence = Region{e + 1, e + 5}
	r.Template = Region{e + 5, len(text)}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// indexBreak returns the index of the first '\n' or '\r' of s, or -1: as
// strings.IndexAny(s, "\r\n"), but with two byte searches.
func indexBreak(s string) int {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return strings.IndexByte(s, '\r')
	}
	if cr := strings.IndexByte(s[:nl], '\r'); cr >= 0 {
		return cr
	}
	return nl
}
