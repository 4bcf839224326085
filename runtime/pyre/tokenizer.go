package pyre

import "fmt"

// token is one token of a pattern or template: a character, or a backslash
// with the character after it (esc).
type token struct {
	c   rune
	esc bool
}

// String returns the token's text, as CPython's tokenizer holds it.
func (t token) String() string {
	if t.esc {
		return `\` + string(t.c)
	}
	return string(t.c)
}

// width is the number of characters of the token.
func (t token) width() int {
	if t.esc {
		return 2
	}
	return 1
}

// is reports whether the token is the plain character c.
func (t token) is(c rune) bool { return !t.esc && t.c == c }

// syntaxPanic carries a compile error up through the recursive descent
// parser; compile functions recover it.
type syntaxPanic struct{ err *Error }

// tokenizer is CPython's re._parser.Tokenizer: it always holds the next
// token, read ahead, so errors in reading it surface where CPython's do.
type tokenizer struct {
	src     []rune
	isText  bool
	index   int
	next    token
	hasNext bool
}

func newTokenizer(src []rune, isText bool) *tokenizer {
	t := &tokenizer{src: src, isText: isText}
	t.advance()
	return t
}

func (t *tokenizer) advance() {
	i := t.index
	if i >= len(t.src) {
		t.hasNext = false
		return
	}
	c := t.src[i]
	if c == '\\' {
		i++
		if i >= len(t.src) {
			panic(syntaxPanic{t.errorAt("bad escape (end of pattern)", len(t.src)-1)})
		}
		t.next = token{t.src[i], true}
	} else {
		t.next = token{c, false}
	}
	t.index = i + 1
	t.hasNext = true
}

// match consumes the next token if it is the plain character c.
func (t *tokenizer) match(c rune) bool {
	if t.hasNext && t.next.is(c) {
		t.advance()
		return true
	}
	return false
}

// nextIs reports whether the next token is the plain character c.
func (t *tokenizer) nextIs(c rune) bool { return t.hasNext && t.next.is(c) }

// nextIn reports whether the next token is a plain character accepted by f.
func (t *tokenizer) nextIn(f func(rune) bool) bool {
	return t.hasNext && !t.next.esc && f(t.next.c)
}

// get consumes and returns the next token; ok is false at the end.
func (t *tokenizer) get() (tok token, ok bool) {
	tok, ok = t.next, t.hasNext
	t.advance()
	return tok, ok
}

// getWhile consumes up to n plain characters accepted by f (all of them
// when n is negative).
func (t *tokenizer) getWhile(n int, f func(rune) bool) []rune {
	var out []rune
	for ; n != 0 && t.nextIn(f); n-- {
		out = append(out, t.next.c)
		t.advance()
	}
	return out
}

// getUntil consumes tokens up to the plain character term and returns their
// text; what names the thing read in error messages.
func (t *tokenizer) getUntil(term rune, what string) []rune {
	var out []rune
	for {
		tok, ok := t.get()
		if !ok {
			if len(out) == 0 {
				panic(t.error("missing "+what, 0))
			}
			panic(t.error(fmt.Sprintf("missing %c, unterminated name", term), len(out)))
		}
		if tok.is(term) {
			if len(out) == 0 {
				panic(t.error("missing "+what, 1))
			}
			return out
		}
		out = append(out, []rune(tok.String())...)
	}
}

// tell is the position of the next token.
func (t *tokenizer) tell() int {
	if !t.hasNext {
		return t.index
	}
	return t.index - t.next.width()
}

// seek moves back to index and rereads the next token.
func (t *tokenizer) seek(index int) {
	t.index = index
	t.advance()
}

// error makes a re.error at offset characters before the next token.
func (t *tokenizer) error(msg string, offset int) syntaxPanic {
	return syntaxPanic{t.errorAt(msg, t.tell()-offset)}
}

func (t *tokenizer) errorAt(msg string, pos int) *Error {
	if !t.isText {
		msg = asciiBackslashReplace(msg)
	}
	return newError(msg, t.src, pos)
}

// checkGroupName rejects a group name that is not an identifier.
func (t *tokenizer) checkGroupName(name []rune, offset int) {
	if !isIdentifier(name) {
		panic(t.error("bad character in group name "+pyRepr(name), len(name)+offset))
	}
}
