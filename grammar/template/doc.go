// Package template lexes and parses templates: Jinja 3.1 (as jinja2's lexer
// and parser do it) and, with Options.Hyperflask, the additions of a
// Hyperflask app — component tags (<{Name …}/>, <{Name …}>…</{…}>) and the
// tags use_layout, suspense/fallback, markdown and form.
//
// The input is a range of a source.File (the template part of a .jpy page
// starts after its frontmatter); every token, node and diagnostic carries
// file positions.
//
// # Lexing
//
// Lex follows jinja2.lexer exactly for the text it keeps: whitespace control
// with "-" and "+" on both sides of {{ }}, {% %} and {# #}, lstrip_blocks
// and trim_blocks (comments and {% raw %} included, as in Jinja),
// keep_trailing_newline (by default one final newline is dropped), "\r\n"
// and "\r" read as "\n", {% raw %}…{% endraw %} with its own whitespace
// rules, and the expression tokens (names with Unicode letters, integers
// with underscores and 0x/0o/0b prefixes, floats, strings with Python
// escapes, the operators ~ // ** | and the rest). A {{ or {% tag ends where
// Jinja ends it: "}}" or "%}" when no bracket is open. Where Jinja would
// fail the lexer recovers (a tag still open when the next tag starts ends
// there; an end delimiter with an unclosed "(" ends the tag) and reports.
//
// Component tags are found in template text only (the Python reference
// rewrites them before Jinja runs, even inside {% raw %} and string
// literals: there they stay text here, with a warning). A block component
// tag and a close tag take part in lstrip_blocks and trim_blocks like the
// {% call %} and {% endcall %} the reference makes of them; an inline tag
// does not, like the {{ }} it becomes.
//
// # Tree
//
// The nodes mirror jinja2.nodes in names and fields (JSON names follow
// Jinja: else_, dyn_args, with_context; see astjson): Template, Output,
// TemplateData, For, If, Macro, CallBlock, FilterBlock, With, Block,
// Extends, Include, Import, FromImport, ExprStmt, Assign, AssignBlock,
// Scope and ScopedEvalContextModifier ({% autoescape %}), Continue, Break;
// Name, NSRef, Const, Tuple, List, Dict, Pair, Keyword, CondExpr, Call,
// Filter, Test, Getitem, Getattr, Slice, Concat, Compare, Operand, the
// binary operators Add, Sub, Mul, Div, FloorDiv, Mod, Pow, And, Or and the
// unary Not, Neg, Pos. Output groups template data, {{ }} expressions and
// inline component tags between two statements, as Jinja's parser does;
// comments and raw tags do not interrupt it (they are listed apart in
// Template.Comments and Template.Raws).
//
// Every node has a span (Base.Loc, from its first to its last token; a
// statement's span runs from its "{%" to the "%}" of its end tag). Besides
// Jinja's fields the nodes keep what an editor needs: each tag's span and
// keyword (Tag, ElseTag, EndTag…), the {{ }} delimiters of an Output
// (Prints), the spans of block, macro, filter, test, attribute and keyword
// names, of "is", of the parentheses of calls, of string contents
// (Const.Strings). TemplateData.Data is exactly the text Jinja outputs, its
// span the source of that text.
//
// Hyperflask nodes: ComponentTag (an Expr in an Output when inline, a Stmt
// with a Body when a block, with the arguments of a call and the caller
// signature of {% call %}), UseLayout (holds the rest of the template in
// Body; see UseLayout.Parts for the lowering), Suspense, Markdown, Form.
//
// # Errors
//
// Parsing never stops: an expression that does not parse becomes a BadExpr
// (covering its text, empty when missing), a tag that is unknown or stray a
// BadTag; partial nodes are kept (x.| gives a Getattr with an empty
// attribute, x| a Filter with an empty name). An error in {{ }} skips to its
// }}, in a tag to its %}, in a component tag to its closer; one error is
// reported per tag. Unclosed blocks are reported where the template ends or
// where an outer block's end tag closes them. Diagnostic codes are E3xxx and
// W3xxx of package diag.
//
// The first error is the one Jinja raises, on Jinja's line, with Jinja's
// exact message (unexpected char '$' at 5, Encountered unknown tag 'endfor'.
// You probably made a nesting mistake. …): the template runtime raises it
// as Jinja's TemplateSyntaxError, or TemplateAssertionError where
// IsAssertion says so. To that end the parser follows Jinja's order of
// discovery: Jinja's lexer runs as its parser reads tokens, so a lexical
// error hides the parser's errors only from where it is. The other errors
// use Jinja's wording for what Jinja would report on its own. The hint
// holds our explanation (the block, where it opened, what to write);
// Hyperflask's own errors have their own wording.
package template
