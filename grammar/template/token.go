package template

import "strings"

// Kind is the kind of a token.
type Kind uint8

// Token kinds. The delimiter kinds cover the delimiter and its whitespace
// control sign ("{{-", "-%}"), never the whitespace that a sign strips.
const (
	TokEOF     Kind = iota // end of the template
	TokInvalid             // text the lexer rejected (already reported)

	TokData          // template text, after whitespace control
	TokComment       // a whole {# … #}
	TokRawBegin      // a whole {% raw %} tag
	TokRawEnd        // a whole {% endraw %} tag
	TokVariableBegin // {{
	TokVariableEnd   // }}
	TokBlockBegin    // {%
	TokBlockEnd      // %}

	TokComponentBegin     // <{ (Hyperflask); the component name follows as a TokName
	TokComponentEnd       // }> closing the open tag of a block component
	TokComponentSelfClose // }/> closing an inline component
	TokComponentClose     // a whole close tag </{ name }>

	TokName
	TokInteger
	TokFloat
	TokString

	TokAdd       // +
	TokSub       // -
	TokDiv       // /
	TokFloorDiv  // //
	TokMul       // *
	TokMod       // %
	TokPow       // **
	TokTilde     // ~
	TokLBracket  // [
	TokRBracket  // ]
	TokLParen    // (
	TokRParen    // )
	TokLBrace    // {
	TokRBrace    // }
	TokEq        // ==
	TokNe        // !=
	TokGt        // >
	TokGtEq      // >=
	TokLt        // <
	TokLtEq      // <=
	TokAssign    // =
	TokDot       // .
	TokColon     // :
	TokPipe      // |
	TokComma     // ,
	TokSemicolon // ;

	numKinds
)

// kindNames are Jinja's token type names (lexer.TOKEN_*), used by the
// participle adapter and in debugging output.
var kindNames = [numKinds]string{
	TokEOF: "eof", TokInvalid: "invalid",
	TokData: "data", TokComment: "comment", TokRawBegin: "raw_begin", TokRawEnd: "raw_end",
	TokVariableBegin: "variable_begin", TokVariableEnd: "variable_end",
	TokBlockBegin: "block_begin", TokBlockEnd: "block_end",
	TokComponentBegin: "component_begin", TokComponentEnd: "component_end",
	TokComponentSelfClose: "component_self_close", TokComponentClose: "component_close",
	TokName: "name", TokInteger: "integer", TokFloat: "float", TokString: "string",
	TokAdd: "add", TokSub: "sub", TokDiv: "div", TokFloorDiv: "floordiv", TokMul: "mul", TokMod: "mod",
	TokPow: "pow", TokTilde: "tilde", TokLBracket: "lbracket", TokRBracket: "rbracket",
	TokLParen: "lparen", TokRParen: "rparen", TokLBrace: "lbrace", TokRBrace: "rbrace",
	TokEq: "eq", TokNe: "ne", TokGt: "gt", TokGtEq: "gteq", TokLt: "lt", TokLtEq: "lteq",
	TokAssign: "assign", TokDot: "dot", TokColon: "colon", TokPipe: "pipe", TokComma: "comma",
	TokSemicolon: "semicolon",
}

// TokString returns Jinja's name of the token type ("name", "lparen", …).
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "kind(?)"
}

// operatorText maps operator kinds to their text.
var operatorText = [numKinds]string{
	TokAdd: "+", TokSub: "-", TokDiv: "/", TokFloorDiv: "//", TokMul: "*", TokMod: "%", TokPow: "**",
	TokTilde: "~", TokLBracket: "[", TokRBracket: "]", TokLParen: "(", TokRParen: ")",
	TokLBrace: "{", TokRBrace: "}", TokEq: "==", TokNe: "!=", TokGt: ">", TokGtEq: ">=", TokLt: "<",
	TokLtEq: "<=", TokAssign: "=", TokDot: ".", TokColon: ":", TokPipe: "|", TokComma: ",",
	TokSemicolon: ";",
}

// IsOperator reports whether k is an operator or punctuation token.
func (k Kind) IsOperator() bool { return k >= TokAdd && k <= TokSemicolon }

// Describe returns how Jinja names a token of kind k in messages
// (lexer._describe_token_type): the operator itself, or "end of print
// statement", "end of template", ….
func (k Kind) Describe() string {
	if k.IsOperator() {
		return operatorText[k]
	}
	switch k {
	case TokEOF:
		return "end of template"
	case TokData:
		return "template data / text"
	case TokComment:
		return "comment"
	case TokVariableBegin:
		return "begin of print statement"
	case TokVariableEnd:
		return "end of print statement"
	case TokBlockBegin:
		return "begin of statement block"
	case TokBlockEnd:
		return "end of statement block"
	case TokComponentBegin:
		return "begin of component tag"
	case TokComponentEnd, TokComponentSelfClose:
		return "end of component tag"
	case TokComponentClose:
		return "component close tag"
	case TokRawBegin:
		return "begin of raw block"
	case TokRawEnd:
		return "end of raw block"
	case TokInvalid:
		return "invalid text"
	}
	return k.String()
}

// Flags carry details of a token.
type Flags uint8

// Token flags.
const (
	// SignMinus and SignPlus record a whitespace control sign on a
	// delimiter: "{{-", "{%+", "-%}", "+%}".
	SignMinus Flags = 1 << iota
	SignPlus
	// Bad marks a token that the lexer reported an error about: the token
	// was synthesised or stands for text that does not lex.
	Bad
	// TagLexErr is set on the opening delimiter of a tag (and on a
	// TokComponentBegin) when the lexer reported an error inside the tag or
	// ended it before the next tag (see Unclosed).
	TagLexErr
	// Unclosed marks the empty end token that the lexer makes up where a
	// {{ or {% tag is not closed before the next tag starts. Jinja's lexer
	// goes on into the next tag, so the parser meets a '{' there: the
	// parser reports the tag with Jinja's message.
	Unclosed
)

// Token is one token. Start and End are byte offsets into the file; for TokData
// they delimit the text that Jinja outputs (before newline normalisation).
type Token struct {
	Kind  Kind
	Flags Flags
	Start int
	End   int
}

// Text returns the source text of t.
func (t Token) Text(src string) string { return src[t.Start:t.End] }

// describe returns how Jinja names the token in messages
// (lexer.describe_token): a name is its own text. An end token that Jinja
// does not read as an end (see jinjaOperator) is the operator Jinja reads.
func (t Token) describe(src string) string {
	if t.Kind == TokName {
		return src[t.Start:t.End]
	}
	if t.jinjaOperator(src) {
		if t.Flags&Unclosed != 0 {
			return "{"
		}
		return "}"
	}
	return t.Kind.Describe()
}

// jinjaOperator reports whether t is an end token that Jinja reads as an
// operator: the empty end of a tag not closed before the next tag (Jinja
// reads the next tag's '{'), or a '}' that ends a tag where Jinja does not
// take it as the end (a wrong closer or a bracket still open).
func (t Token) jinjaOperator(src string) bool {
	if t.Kind != TokVariableEnd && t.Kind != TokBlockEnd {
		return false
	}
	return t.Flags&Unclosed != 0 || t.Flags&Bad != 0 && t.End > t.Start && src[t.Start] == '}'
}

// normalizeNewlines replaces "\r\n" and "\r" by "\n", as Jinja's lexer does
// with template data and string literals.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
