// Package grammar holds the syntax of Hyperflask pages: positions and
// diagnostics (source, diag), frontmatter splitting (split), the Python and
// template lexers and parsers (python, template), their formal grammars as
// participle types (python/spec, template/spec), YAML frontmatter (yamlfm)
// and whole page files (page). The test of this package keeps
// docs/grammar.md equal to the formal grammars.
package grammar
