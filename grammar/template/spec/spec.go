// Package tmplspec is the formal grammar of templates (Jinja 3.1 with the
// Hyperflask tags and component tags), written as participle grammar types
// and fed by the hand-written lexer of package template. It is the
// project's executable specification: EBNF prints it, Check runs it, and a
// differential test holds it to the hand parser (which is what the
// compiler, the language server and the CLI use): Check accepts a template
// exactly when template.Parse reports no error, except for these checks,
// which the grammar leaves out because they compare names or look at a
// parsed value rather than at the token sequence:
//
//   - {% call %} must hold a call expression (E3020);
//   - {% endblock name %} must repeat the block's name (E3036);
//   - a required block may only hold whitespace (E3023);
//   - {% from %} may not import names starting with "_" (E3022);
//   - the nesting depth limit (E3026).
//
// Lexical errors (a bad character, an unclosed string, comment, raw block or
// bracket, a bad escape, a tag closed by the wrong delimiter) make the lexer
// adapter return an Invalid token, which no production accepts.
package tmplspec

import (
	"fmt"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/template"
)

var (
	buildOnce sync.Once
	parser    *participle.Parser[Template]
	buildErr  error
)

// grammar builds the participle parser once.
func grammar() (*participle.Parser[Template], error) {
	buildOnce.Do(func() {
		parser, buildErr = participle.Build[Template](
			participle.Lexer(definition{opts: template.Options{Hyperflask: true}}),
			participle.UseLookahead(participle.MaxLookahead),
		)
	})
	return parser, buildErr
}

// EBNF returns the grammar in participle's EBNF notation.
func EBNF() string {
	p, err := grammar()
	if err != nil {
		return "error: " + err.Error()
	}
	return p.String()
}

// Check parses the template part [start, end) of f with the grammar. It
// returns nil when the grammar accepts the template, else the first error
// (with a file position).
func Check(f *source.File, start, end int, opts template.Options) error {
	p, err := grammar()
	if err != nil {
		return err
	}
	peek, err := lexer.Upgrade(newStream(f, start, end, opts))
	if err != nil {
		return err
	}
	if _, err := p.ParseFromLexer(peek); err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	return nil
}
