// Package python lexes and parses Python 3.11 source: the frontmatter of a
// .jpy page or a whole .py file. It parses the full syntax, so that later
// stages can reject what they do not support by name rather than as a
// syntax error.
//
// Entry points:
//
//   - Parse(f, start, end, mode) parses f.Text[start:end] into a *Module.
//   - ParseExpr(f, start, end) parses one expression (debugger, editor).
//   - NewScanner and Lex turn a region into tokens (syntax highlighting).
//   - Walk and Inspect traverse a tree in source order.
//
// Positions are file positions (source.Pos: byte offset, 1-based line,
// 1-based byte column): a region that starts on line 2 of a page gives
// nodes on line 2. The tree mirrors CPython's ast module (see ast.go for
// the few differences); testdata/cpython holds programs whose trees, spans
// included, are compared with CPython 3.11's ast.parse.
//
// Errors never stop the parse. The scanner reports a problem once and goes
// on (an unterminated string ends at its line, an unclosed bracket is
// closed at the next line that starts with a statement keyword or at the
// end). The parser reports at most one syntax error per simple statement or
// compound statement header, as CPython would report the first, and
// resumes at the next statement; it keeps every statement that parsed and,
// in a broken one, the parts that did (missing parts are BadExpr, BadStmt
// or BadPattern nodes, a missing name is ""). Errors that follow from a
// scanner error in the same statement are not reported. Messages follow
// CPython's wording, with what was found and expected where CPython only
// says "invalid syntax". Diagnostic codes are E2001–E2026, W2001–W2002
// (grammar/diag/codes_python.go).
//
// Choices:
//
//   - Identifiers are Unicode letters, digits, marks and connector
//     punctuation as in PEP 3131, without NFKC normalisation: "ﬁ" is not
//     the same name as "fi" here, as it is in CPython.
//   - "\N{name}" escapes accept every name CPython 3.11 accepts (Unicode
//     14.0 names and aliases, any case): unicode_names.z is generated from
//     CPython's unicodedata by gen_unicode_names.py.
//   - F-strings follow 3.11 (no backslash, comment or enclosing quote in a
//     replacement field). The expressions in replacement fields have exact
//     file positions; the literal parts and FormattedValue nodes get their
//     own spans, where CPython 3.11 gives them the whole string's.
//   - Line breaks in string literals ("\r\n", "\r") decode as "\n", as
//     CPython translates them on input.
//   - More than 200 open brackets or 99 indentation levels are reported
//     as in CPython (and parsing goes on); more than 1000 levels of
//     sub-expressions abandon the statement, so that no input can overflow
//     the stack.
//   - Checks that CPython makes after parsing (names, "return outside
//     function", "'await' outside async function", duplicate arguments,
//     f-string patterns, …) belong to the compiler, not to this package.
package python
