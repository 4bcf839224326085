package pyspec

import (
	"fmt"
	"io"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/python"
	"github.com/hyperflask/hfc/grammar/source"
)

// Token types of the participle lexer. The grammar names them (Name,
// Newline, …) or matches their text ("if", "(", "match").
const (
	tokName lexer.TokenType = iota + 1
	tokNumber
	tokString
	tokNewline
	tokIndent
	tokDedent
	tokKeyword
	tokOp
)

var symbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Name":    tokName,
	"Number":  tokNumber,
	"String":  tokString,
	"Newline": tokNewline,
	"Indent":  tokIndent,
	"Dedent":  tokDedent,
	"Keyword": tokKeyword,
	"Op":      tokOp,
}

// definition adapts the scanner of grammar/python to participle: the
// specification is written over the very tokens the hand-written parser
// reads (INDENT, DEDENT and NEWLINE included).
type definition struct{}

// Symbols names the token types for the grammar.
func (definition) Symbols() map[string]lexer.TokenType { return symbols }

// Lex lexes a whole file (participle's entry point; Check lexes regions).
func (definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	f := source.NewFile(filename, string(data))
	return newLexer(f, 0, len(f.Text)), nil
}

// tokenLexer turns the scanner's tokens into participle tokens. A token
// for which the scanner reported an error (or an ERRORTOKEN) ends lexing
// with that error: such input is not Python.
type tokenLexer struct {
	f  *source.File
	sc *python.Scanner
}

func newLexer(f *source.File, start, end int) *tokenLexer {
	return &tokenLexer{f: f, sc: python.NewScanner(f, start, end)}
}

// Next returns the next token, or the scanner's error for it.
func (l *tokenLexer) Next() (lexer.Token, error) {
	n := len(l.sc.Diagnostics())
	t := l.sc.Scan()
	pos := lexer.Position{Filename: l.f.Name, Offset: int(t.Span.Start.Offset), Line: int(t.Span.Start.Line), Column: int(t.Span.Start.Col)}
	for _, d := range l.sc.Diagnostics()[n:] {
		if d.Severity == diag.Error {
			return lexer.Token{}, &lexer.Error{Msg: d.Message, Pos: position(l.f, d.Range.Start)}
		}
	}
	out := lexer.Token{Pos: pos, Value: t.Text}
	switch {
	case t.Kind == python.ENDMARKER:
		out.Type = lexer.EOF
	case t.Kind == python.NAME:
		out.Type = tokName
	case t.Kind == python.NUMBER:
		out.Type = tokNumber
	case t.Kind == python.STRING:
		out.Type = tokString
	case t.Kind == python.NEWLINE:
		out.Type, out.Value = tokNewline, ""
	case t.Kind == python.INDENT:
		out.Type = tokIndent
	case t.Kind == python.DEDENT:
		out.Type = tokDedent
	case t.Kind.IsKeyword():
		out.Type = tokKeyword
	case t.Kind.IsOperator():
		out.Type = tokOp
	default:
		return lexer.Token{}, &lexer.Error{Msg: fmt.Sprintf("invalid syntax: unexpected %s", t), Pos: pos}
	}
	return out, nil
}

func position(f *source.File, p source.Pos) lexer.Position {
	return lexer.Position{Filename: f.Name, Offset: int(p.Offset), Line: int(p.Line), Column: int(p.Col)}
}
