// Package markdown converts Markdown to HTML exactly as Hyperflask's
// Python stack does: Python-Markdown 3.4 with the extensions Hyperflask
// enables by default (fenced_code, nl2br, attr_list, admonition and
// codehilite, the latter as when Pygments is not installed), the HTML
// sanitizer of its markdown filter, and its nl2br filter.
//
// # Use
//
// Convert renders a .md page (after its Jinja rendering) with the options of
// config PAGES_MARKDOWN_OPTIONS merged with the page's markdown_options:
// OptionsFromMap reads that dictionary and DefaultOptions gives Hyperflask's
// defaults. The markdown template filter and the {% markdown %} tag are
// Sanitize(Convert(text, options)) (the tag strips the result), the sanitize
// filter is Sanitize, and the nl2br filter is NL2BR.
//
// # Design
//
// Python-Markdown's rules cannot be expressed with goldmark's CommonMark
// parsers (docs/adr/0005-markdown.md), so the package ports its pipeline:
// preprocessors (line endings, fenced code, raw HTML blocks found with a
// port of CPython's html.parser), the block processors that split the
// document on blank lines, the inline patterns applied in priority order
// with placeholders, and the tree processors. Python's regular expressions
// run unchanged on runtime/pyre. The finished tree becomes a goldmark AST
// (standard node kinds where they exist) that goldmark's renderer writes
// with a node renderer reproducing Python-Markdown's serializer; the raw HTML
// placeholders are then restored as Python-Markdown's postprocessor does.
//
// The conformance corpus in conformance/markdown holds Python-Markdown's and
// html-sanitizer's outputs, compared byte for byte by the tests.
package markdown
