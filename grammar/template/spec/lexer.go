package tmplspec

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

// Token types of the grammar: the kinds of template.Lex, plus SigParen (the
// "(" written right after a component name, which opens a caller signature)
// and Invalid (anything the lexer reported an error about).
var symbols = map[string]lexer.TokenType{
	"EOF":                lexer.EOF,
	"Invalid":            -2,
	"Data":               -3,
	"Comment":            -4,
	"RawBegin":           -5,
	"RawEnd":             -6,
	"VariableBegin":      -7,
	"VariableEnd":        -8,
	"BlockBegin":         -9,
	"BlockEnd":           -10,
	"ComponentBegin":     -11,
	"ComponentEnd":       -12,
	"ComponentSelfClose": -13,
	"ComponentClose":     -14,
	"Name":               -15,
	"Integer":            -16,
	"Float":              -17,
	"String":             -18,
	"Operator":           -19,
	"SigParen":           -20,
}

var kindTypes = map[template.Kind]string{
	template.TokEOF: "EOF", template.TokInvalid: "Invalid", template.TokData: "Data", template.TokComment: "Comment",
	template.TokRawBegin: "RawBegin", template.TokRawEnd: "RawEnd",
	template.TokVariableBegin: "VariableBegin", template.TokVariableEnd: "VariableEnd",
	template.TokBlockBegin: "BlockBegin", template.TokBlockEnd: "BlockEnd",
	template.TokComponentBegin: "ComponentBegin", template.TokComponentEnd: "ComponentEnd",
	template.TokComponentSelfClose: "ComponentSelfClose", template.TokComponentClose: "ComponentClose",
	template.TokName: "Name", template.TokInteger: "Integer", template.TokFloat: "Float", template.TokString: "String",
}

// invalidValue is the value of Invalid tokens: no literal of the grammar
// matches it.
const invalidValue = "\x00invalid"

// definition is the participle lexer.Definition: template.Lex behind
// participle's interface.
type definition struct{ opts template.Options }

// Symbols implements lexer.Definition.
func (definition) Symbols() map[string]lexer.TokenType { return symbols }

// Lex implements lexer.Definition: it reads the whole template and lexes it.
func (d definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	f := source.NewFile(filename, string(data))
	return newStream(f, 0, len(f.Text), d.opts), nil
}

// stream adapts the tokens of template.Lex to participle's lexer.Lexer.
type stream struct {
	f    *source.File
	toks []template.Token
	i    int
	opts template.Options
}

func newStream(f *source.File, start, end int, opts template.Options) *stream {
	toks, _ := template.Lex(f, start, end, opts)
	return &stream{f: f, toks: toks, opts: opts}
}

// Next implements lexer.Lexer.
func (s *stream) Next() (lexer.Token, error) {
	if s.i >= len(s.toks) {
		return lexer.EOFToken(lexer.Position{}), nil
	}
	i := s.i
	t := s.toks[i]
	s.i++
	p := s.f.Pos(t.Start)
	pos := lexer.Position{Filename: s.f.Name, Offset: int(p.Offset), Line: int(p.Line), Column: int(p.Col)}
	typ, value := s.classify(i, t)
	return lexer.Token{Type: symbols[typ], Value: value, Pos: pos}, nil
}

// classify returns the token type and value of toks[i]. Delimiters get a
// fixed value whatever their whitespace control; what the lexer reported,
// a string with a bad escape and a tag name that the options disable are
// Invalid.
func (s *stream) classify(i int, t template.Token) (string, string) {
	text := s.f.Text[t.Start:t.End]
	if t.Flags&(template.Bad|template.TagLexErr) != 0 {
		return "Invalid", invalidValue
	}
	switch t.Kind {
	case template.TokVariableBegin:
		return "VariableBegin", "{{"
	case template.TokVariableEnd:
		return "VariableEnd", "}}"
	case template.TokBlockBegin:
		return "BlockBegin", "{%"
	case template.TokBlockEnd:
		return "BlockEnd", "%}"
	case template.TokString:
		if _, err := template.DecodeString(text); err != nil {
			return "Invalid", invalidValue
		}
	case template.TokName:
		if i > 0 && s.toks[i-1].Kind == template.TokBlockBegin && !s.tagEnabled(text) {
			return "Invalid", invalidValue
		}
	case template.TokLParen:
		if i >= 2 && s.toks[i-2].Kind == template.TokComponentBegin && s.toks[i-1].End == t.Start {
			return "SigParen", "sig("
		}
	}
	if t.Kind.IsOperator() {
		return "Operator", text
	}
	return kindTypes[t.Kind], text
}

// tagEnabled reports whether the options allow the tag name.
func (s *stream) tagEnabled(name string) bool {
	switch name {
	case "do":
		return s.opts.Do
	case "break", "continue":
		return s.opts.LoopControls
	case "use_layout", "suspense", "fallback", "endsuspense", "markdown", "endmarkdown", "form":
		return s.opts.Hyperflask
	}
	return true
}
