// Package pyspec is the formal, executable specification of the Python 3.11
// syntax that grammar/python parses: the grammar written as participle
// types (see grammar.go), over the tokens of grammar/python's scanner.
//
// It is not used to parse pages (the hand-written parser is, being faster
// and recovering from errors): it documents the syntax (EBNF returns the
// grammar as EBNF, which docs/grammar.md shows) and checks the hand-written
// parser, which must accept exactly the inputs Check accepts, apart from
// the checks listed in Excluded.
package pyspec

import (
	"fmt"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/hyperflask/hfc/grammar/source"
)

// Excluded lists the checks that the hand-written parser (like CPython)
// makes and the specification does not: they concern what was parsed, not
// how tokens combine.
var Excluded = []string{
	"assignment, augmented assignment, annotation, del, for, with and walrus targets: which expressions can be targets (CPython: \"cannot assign to …\")",
	"the order of call arguments (\"positional argument follows keyword argument\", \"iterable argument unpacking follows keyword argument unpacking\")",
	"the contents of string literals: escape sequences, non-ASCII bytes, mixing bytes and str",
	"the contents of f-strings: replacement fields are part of the STRING token in Python 3.11 (they became grammar in 3.12)",
	"complex literals in patterns: real part first, imaginary part second",
	"the nesting limits (brackets, indentation levels, sub-expressions)",
}

var (
	buildOnce sync.Once
	parser    *participle.Parser[File]
	buildErr  error
)

func build() (*participle.Parser[File], error) {
	buildOnce.Do(func() {
		parser, buildErr = participle.Build[File](
			participle.Lexer(definition{}),
			participle.UseLookahead(participle.MaxLookahead),
		)
	})
	return parser, buildErr
}

// Check reports whether f.Text[start:end] is a Python 3.11 module by the
// specification: nil, or the first error (a participle error, which holds
// the position).
func Check(f *source.File, start, end int) error {
	p, err := build()
	if err != nil {
		return err
	}
	lex, err := lexer.Upgrade(newLexer(f, start, end))
	if err != nil {
		return err
	}
	_, err = p.ParseFromLexer(lex)
	return err
}

// EBNF returns the grammar in participle's EBNF notation.
func EBNF() string {
	p, err := build()
	if err != nil {
		return fmt.Sprintf("invalid grammar: %v", err)
	}
	return p.String()
}
