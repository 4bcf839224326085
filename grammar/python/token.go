package python

import (
	"fmt"

	"github.com/hyperflask/hfc/grammar/source"
)

// Kind is the kind of a token. The names of the non-keyword kinds are those
// of CPython's token module; keywords have one kind each, named Kw + the
// keyword, so that the parser never compares strings to find one.
type Kind uint8

// Token kinds.
const (
	ERRORTOKEN Kind = iota // a character that starts no token (reported by the scanner)
	ENDMARKER              // end of the region
	NAME                   // identifier, including the soft keywords match, case and _
	NUMBER                 // int, float or imaginary literal
	STRING                 // string or bytes literal of any prefix, f-strings included
	NEWLINE                // end of a logical line
	INDENT                 // the indentation grew
	DEDENT                 // the indentation shrank by one level

	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	LBRACE           // {
	RBRACE           // }
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	EQEQUAL          // ==
	NOTEQUAL         // != (and <>, which the parser rejects)
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=

	KwFalse
	KwNone
	KwTrue
	KwAnd
	KwAs
	KwAssert
	KwAsync
	KwAwait
	KwBreak
	KwClass
	KwContinue
	KwDef
	KwDel
	KwElif
	KwElse
	KwExcept
	KwFinally
	KwFor
	KwFrom
	KwGlobal
	KwIf
	KwImport
	KwIn
	KwIs
	KwLambda
	KwNonlocal
	KwNot
	KwOr
	KwPass
	KwRaise
	KwReturn
	KwTry
	KwWhile
	KwWith
	KwYield

	numKinds
)

var kindNames = [numKinds]string{
	ERRORTOKEN: "ERRORTOKEN",
	ENDMARKER:  "ENDMARKER",
	NAME:       "NAME",
	NUMBER:     "NUMBER",
	STRING:     "STRING",
	NEWLINE:    "NEWLINE",
	INDENT:     "INDENT",
	DEDENT:     "DEDENT",

	LPAR:             "(",
	RPAR:             ")",
	LSQB:             "[",
	RSQB:             "]",
	LBRACE:           "{",
	RBRACE:           "}",
	COLON:            ":",
	COMMA:            ",",
	SEMI:             ";",
	PLUS:             "+",
	MINUS:            "-",
	STAR:             "*",
	SLASH:            "/",
	VBAR:             "|",
	AMPER:            "&",
	LESS:             "<",
	GREATER:          ">",
	EQUAL:            "=",
	DOT:              ".",
	PERCENT:          "%",
	EQEQUAL:          "==",
	NOTEQUAL:         "!=",
	LESSEQUAL:        "<=",
	GREATEREQUAL:     ">=",
	TILDE:            "~",
	CIRCUMFLEX:       "^",
	LEFTSHIFT:        "<<",
	RIGHTSHIFT:       ">>",
	DOUBLESTAR:       "**",
	PLUSEQUAL:        "+=",
	MINEQUAL:         "-=",
	STAREQUAL:        "*=",
	SLASHEQUAL:       "/=",
	PERCENTEQUAL:     "%=",
	AMPEREQUAL:       "&=",
	VBAREQUAL:        "|=",
	CIRCUMFLEXEQUAL:  "^=",
	LEFTSHIFTEQUAL:   "<<=",
	RIGHTSHIFTEQUAL:  ">>=",
	DOUBLESTAREQUAL:  "**=",
	DOUBLESLASH:      "//",
	DOUBLESLASHEQUAL: "//=",
	AT:               "@",
	ATEQUAL:          "@=",
	RARROW:           "->",
	ELLIPSIS:         "...",
	COLONEQUAL:       ":=",

	KwFalse:    "False",
	KwNone:     "None",
	KwTrue:     "True",
	KwAnd:      "and",
	KwAs:       "as",
	KwAssert:   "assert",
	KwAsync:    "async",
	KwAwait:    "await",
	KwBreak:    "break",
	KwClass:    "class",
	KwContinue: "continue",
	KwDef:      "def",
	KwDel:      "del",
	KwElif:     "elif",
	KwElse:     "else",
	KwExcept:   "except",
	KwFinally:  "finally",
	KwFor:      "for",
	KwFrom:     "from",
	KwGlobal:   "global",
	KwIf:       "if",
	KwImport:   "import",
	KwIn:       "in",
	KwIs:       "is",
	KwLambda:   "lambda",
	KwNonlocal: "nonlocal",
	KwNot:      "not",
	KwOr:       "or",
	KwPass:     "pass",
	KwRaise:    "raise",
	KwReturn:   "return",
	KwTry:      "try",
	KwWhile:    "while",
	KwWith:     "with",
	KwYield:    "yield",
}

// String returns CPython's name of a token kind (NAME, NEWLINE, …), the text
// of an operator ("+=") or the keyword ("while").
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// IsKeyword reports whether k is a (hard) keyword.
func (k Kind) IsKeyword() bool { return k >= KwFalse && k < numKinds }

// IsOperator reports whether k is an operator or delimiter.
func (k Kind) IsOperator() bool { return k >= LPAR && k <= COLONEQUAL }

// keywordKind returns the kind of the keyword w, or NAME.
func keywordKind(w string) Kind {
	if len(w) < 2 || len(w) > 8 {
		return NAME
	}
	var k Kind
	switch w[0] {
	case 'F':
		k = KwFalse
	case 'N':
		k = KwNone
	case 'T':
		k = KwTrue
	case 'a':
		switch {
		case len(w) == 2:
			k = KwAs
		case w[1] == 'n':
			k = KwAnd
		case w[1] == 's' && len(w) == 6:
			k = KwAssert
		case w[1] == 's':
			k = KwAsync
		default:
			k = KwAwait
		}
	case 'b':
		k = KwBreak
	case 'c':
		if len(w) == 5 {
			k = KwClass
		} else {
			k = KwContinue
		}
	case 'd':
		if len(w) == 3 && w[2] == 'f' {
			k = KwDef
		} else {
			k = KwDel
		}
	case 'e':
		switch len(w) {
		case 4:
			if w[2] == 'i' {
				k = KwElif
			} else {
				k = KwElse
			}
		default:
			k = KwExcept
		}
	case 'f':
		switch len(w) {
		case 3:
			k = KwFor
		case 4:
			k = KwFrom
		default:
			k = KwFinally
		}
	case 'g':
		k = KwGlobal
	case 'i':
		switch {
		case len(w) == 6:
			k = KwImport
		case w[1] == 'f':
			k = KwIf
		case w[1] == 'n':
			k = KwIn
		default:
			k = KwIs
		}
	case 'l':
		k = KwLambda
	case 'n':
		if len(w) == 3 {
			k = KwNot
		} else {
			k = KwNonlocal
		}
	case 'o':
		k = KwOr
	case 'p':
		k = KwPass
	case 'r':
		if len(w) == 5 {
			k = KwRaise
		} else {
			k = KwReturn
		}
	case 't':
		k = KwTry
	case 'w':
		if len(w) == 5 {
			k = KwWhile
		} else {
			k = KwWith
		}
	case 'y':
		k = KwYield
	default:
		return NAME
	}
	if kindNames[k] != w {
		return NAME
	}
	return k
}

// Keywords returns the hard keywords of Python 3.11: False, None, True,
// then the others in alphabetical order (as CPython's keyword.kwlist).
func Keywords() []string {
	out := make([]string, 0, numKinds-KwFalse)
	for k := KwFalse; k < numKinds; k++ {
		out = append(out, kindNames[k])
	}
	return out
}

// SoftKeywords are the names that are keywords only in some places: match
// and case start a match statement and its cases, _ is the wildcard pattern.
var SoftKeywords = []string{"_", "case", "match"}

// Token is one token. Its span is in file coordinates.
type Token struct {
	Kind Kind
	// Reported is set when the scanner already reported a diagnostic for
	// this token (a bad literal, an unterminated string) or made it up to
	// recover (the NEWLINE that ends a line with a never-closed bracket). The
	// parser reports no second error at such a token.
	Reported bool
	// Depth is the number of brackets open around the token (inside an
	// f-string replacement field, one more, as CPython parses the field
	// as if it were in parentheses).
	Depth uint16
	Span  source.Span
	// Text is the token's source text: the identifier, the number or the
	// whole string literal with its prefix and quotes. It is empty for
	// NEWLINE, INDENT, DEDENT and ENDMARKER.
	Text string
}

// String describes t for messages: "NAME 'x'", "'('", "NEWLINE".
func (t Token) String() string {
	switch t.Kind {
	case NAME, NUMBER, STRING, ERRORTOKEN:
		text := t.Text
		if len(text) > 20 {
			text = text[:17] + "..."
		}
		return fmt.Sprintf("%s '%s'", t.Kind, text)
	case NEWLINE:
		return "end of line"
	case ENDMARKER:
		return "end of input"
	case INDENT:
		return "indent"
	case DEDENT:
		return "dedent"
	}
	if t.Kind.IsKeyword() {
		return fmt.Sprintf("keyword '%s'", t.Kind)
	}
	return "'" + t.Kind.String() + "'"
}

// Comment is a comment, from its '#' to the end of its line (the line break
// is not part of it).
type Comment struct {
	Loc  source.Span
	Text string // including the '#'
}
