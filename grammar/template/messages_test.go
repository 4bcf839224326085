package template

import (
	"strings"
	"testing"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// The first error carries Jinja's message (TestJinjaInvalid checks it
// against Jinja itself); our explanation is in the hint.
func TestMessageAndHint(t *testing.T) {
	tests := []struct {
		src       string
		code      diag.Code
		message   string
		hint      string // a part of the hint
		line, col int
	}{
		{"{% for x in y %}{% if a %}\n{% endfor %}", diag.TmplUnclosedBlock,
			"Encountered unknown tag 'endfor'. You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'.",
			"unclosed {% if %} started at 1:17", 2, 4},
		{"{% if a %}\nbody", diag.TmplUnclosedBlock,
			"Unexpected end of template. Jinja was looking for the following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'.",
			"add {% endif %} where the block ends", 1, 11},
		{"{% fro x in y %}", diag.TmplUnknownTag, "Encountered unknown tag 'fro'.", "did you mean 'for'?", 1, 4},
		{"{% endfor %}", diag.TmplStrayEndTag, "Encountered unknown tag 'endfor'.", "no {% for %} block is open here", 1, 4},
		{"é{{ a $ }}", diag.TmplUnexpectedChar, "unexpected char '$' at 6", "", 1, 8}, // Jinja counts characters, Col bytes
		{"{{ 'abc }}", diag.TmplUnexpectedChar, `unexpected char "'" at 3`, "the string is not closed", 1, 4},
		{"{% if x }}y{% endif %}", diag.TmplWrongCloser, "unexpected '}'", "expected '%}' to end the statement block, got '}}'", 1, 9},
		{"{{ f(a }}", diag.TmplUnclosedBracket, "unexpected '}', expected ')'", "'(' was never closed", 1, 8},
		{"{% block a %}{% endblock b %}", diag.TmplEndblockName, "expected token 'end of statement block', got 'b'", "{% endblock b %} closes {% block a %}", 1, 26},
		{"{{ a {{ b }}", diag.TmplTagNotClosed, "expected token 'end of print statement', got '{'", "the print statement is not closed", 1, 6},
		{"{{ a + {{ b }}", diag.TmplTagNotClosed, "expected token ':', got '}'", "the print statement is not closed", 1, 13},
		{"{% block r required %}x{% endblock %}", diag.TmplRequiredBlockBody, "Required blocks can only contain comments or whitespace", "filled by a child template", 1, 36},
	}
	for _, tt := range tests {
		f := source.NewFile("t", tt.src)
		_, diags := Parse(f, 0, len(tt.src), Options{})
		var first *diag.Diagnostic
		for i := range diags {
			if diags[i].Severity == diag.Error {
				first = &diags[i]
				break
			}
		}
		switch {
		case first == nil:
			t.Errorf("%q: no error", tt.src)
		case first.Code != tt.code || first.Message != tt.message || !strings.Contains(first.Hint, tt.hint) ||
			int(first.Range.Start.Line) != tt.line || int(first.Range.Start.Col) != tt.col:
			t.Errorf("%q:\n got %s %q at %d:%d, hint %q\nwant %s %q at %d:%d, hint with %q", tt.src,
				first.Code, first.Message, first.Range.Start.Line, first.Range.Start.Col, first.Hint,
				tt.code, tt.message, tt.line, tt.col, tt.hint)
		}
	}
}

// Jinja accepts a {# or {% raw %} that ends the template (its lexer finds
// nothing left to lex): a warning, not an error. One followed by text is an
// error.
func TestOpenAtEnd(t *testing.T) {
	tests := []struct {
		src  string
		code diag.Code
	}{
		{"a{#", diag.TmplOpenAtEnd},
		{"a{#-", diag.TmplOpenAtEnd},
		{"a{# ", diag.TmplUnclosedComment},
		{"a{% raw %}", diag.TmplOpenAtEnd},
		{"a{% raw -%}  \n", diag.TmplOpenAtEnd},
		{"a{% raw %} ", diag.TmplUnclosedRaw},
	}
	for _, tt := range tests {
		f := source.NewFile("t", tt.src)
		_, diags := Parse(f, 0, len(tt.src), Options{})
		if len(diags) != 1 || diags[0].Code != tt.code {
			t.Errorf("%q: want one %s, got %v", tt.src, tt.code, diags)
		}
	}
}

func TestIsAssertion(t *testing.T) {
	src := `{% from "m" import _private %}`
	f := source.NewFile("t", src)
	_, diags := Parse(f, 0, len(src), Options{})
	if len(diags) != 1 || !IsAssertion(diags[0]) {
		t.Errorf("want one assertion error, got %v", diags)
	}
	src = `{% from "m" import x y %}`
	f = source.NewFile("t", src)
	if _, diags := Parse(f, 0, len(src), Options{}); len(diags) == 0 || IsAssertion(diags[0]) {
		t.Errorf("want a syntax error, got %v", diags)
	}
}
