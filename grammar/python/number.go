package python

import (
	"unicode/utf8"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// number scans a number literal, following CPython 3.11's tokenizer: the
// same literals are accepted and the same errors reported. A bad literal is
// still returned as a NUMBER token (marked Reported) that covers the
// offending characters, so that the parser goes on.
func (s *Scanner) number(start source.Pos) Token {
	bad := false
	fail := func(format string, args ...any) {
		if !bad {
			bad = true
			s.errorf(diag.PyInvalidNumber, source.Span{Start: start, End: s.at(s.pos)}, format, args...)
		}
	}
	c := s.src[s.pos]
	if c == '0' {
		s.pos++
		switch s.peek() | 0x20 {
		case 'x':
			s.pos++
			s.radixDigits(isHexDigit, "hexadecimal", fail)
			s.endOfNumber("hexadecimal", fail)
			return s.numberToken(start, bad)
		case 'o':
			s.pos++
			s.radixDigits(func(c byte) bool { return c >= '0' && c <= '7' }, "octal", fail)
			s.endOfNumber("octal", fail)
			return s.numberToken(start, bad)
		case 'b':
			s.pos++
			s.radixDigits(func(c byte) bool { return c == '0' || c == '1' }, "binary", fail)
			s.endOfNumber("binary", fail)
			return s.numberToken(start, bad)
		}
		// "0", "00", "0_0", or a float or imaginary with leading zeros.
		for {
			if s.peek() == '_' {
				s.pos++
				if !isDigit(s.peek()) {
					fail("invalid decimal literal")
					break
				}
			}
			if s.peek() != '0' {
				break
			}
			s.pos++
		}
		zerosEnd := s.pos
		nonzero := false
		if isDigit(s.peek()) {
			nonzero = true
			s.decimalTail(fail)
		}
		switch s.peek() {
		case '.':
			s.pos++
			s.fraction(start, fail)
		case 'e', 'E':
			s.exponent(start, fail)
		case 'j', 'J':
			s.pos++
			s.endOfNumber("imaginary", fail)
		default:
			if nonzero && !bad {
				bad = true
				d := s.errorf(diag.PyInvalidNumber, source.Span{Start: start, End: s.at(zerosEnd)},
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				d.WithHint("write %s, or 0o%s for an octal number", trimZeros(s.src[start.Offset:s.pos]), trimZeros(s.src[start.Offset:s.pos]))
			}
			s.endOfNumber("decimal", fail)
		}
		return s.numberToken(start, bad)
	}
	if c != '.' {
		s.decimalTail(fail)
		if s.peek() != '.' {
			switch s.peek() {
			case 'e', 'E':
				s.exponent(start, fail)
			case 'j', 'J':
				s.pos++
				s.endOfNumber("imaginary", fail)
			default:
				s.endOfNumber("decimal", fail)
			}
			return s.numberToken(start, bad)
		}
	}
	s.pos++ // '.'
	s.fraction(start, fail)
	return s.numberToken(start, bad)
}

func trimZeros(s string) string {
	i := 0
	for i < len(s)-1 && (s[i] == '0' || s[i] == '_') {
		i++
	}
	return s[i:]
}

func (s *Scanner) peek() byte {
	if s.pos < s.end {
		return s.src[s.pos]
	}
	return 0
}

func (s *Scanner) numberToken(start source.Pos, bad bool) Token {
	return Token{Kind: NUMBER, Span: s.spanFrom(start), Text: s.src[start.Offset:s.pos], Reported: bad}
}

// radixDigits scans the digits after 0x, 0o or 0b.
func (s *Scanner) radixDigits(ok func(byte) bool, kind string, fail func(string, ...any)) {
	for {
		if s.peek() == '_' {
			s.pos++
		}
		if !ok(s.peek()) {
			if kind != "hexadecimal" && isDigit(s.peek()) {
				s.pos++
				fail("invalid digit '%c' in %s literal", s.src[s.pos-1], kind)
			} else {
				s.skipNameChars()
				fail("invalid %s literal", kind)
			}
			s.skipNameChars()
			return
		}
		for ok(s.peek()) {
			s.pos++
		}
		if s.peek() != '_' {
			break
		}
	}
	if kind != "hexadecimal" && isDigit(s.peek()) {
		s.pos++
		fail("invalid digit '%c' in %s literal", s.src[s.pos-1], kind)
		s.skipNameChars()
	}
}

// decimalTail scans digits with single underscores between them.
func (s *Scanner) decimalTail(fail func(string, ...any)) {
	for {
		for isDigit(s.peek()) {
			s.pos++
		}
		if s.peek() != '_' {
			return
		}
		s.pos++
		if !isDigit(s.peek()) {
			s.skipNameChars()
			fail("invalid decimal literal")
			return
		}
	}
}

// fraction scans what follows the '.' of a float.
func (s *Scanner) fraction(start source.Pos, fail func(string, ...any)) {
	if isDigit(s.peek()) {
		s.decimalTail(fail)
	}
	switch s.peek() {
	case 'e', 'E':
		s.exponent(start, fail)
	case 'j', 'J':
		s.pos++
		s.endOfNumber("imaginary", fail)
	default:
		s.endOfNumber("decimal", fail)
	}
}

// exponent scans an exponent, s.pos being at the 'e'. An 'e' followed by no
// digit is not part of the number ("1else" is 1 followed by else).
func (s *Scanner) exponent(start source.Pos, fail func(string, ...any)) {
	e := s.pos
	s.pos++
	switch c := s.peek(); {
	case c == '+' || c == '-':
		s.pos++
		if !isDigit(s.peek()) {
			s.skipNameChars()
			fail("invalid decimal literal")
			return
		}
	case !isDigit(c):
		s.pos = e
		s.endOfNumber("decimal", fail)
		return
	}
	s.decimalTail(fail)
	if c := s.peek(); c == 'j' || c == 'J' {
		s.pos++
		s.endOfNumber("imaginary", fail)
		return
	}
	s.endOfNumber("decimal", fail)
}

// endOfNumber checks what follows a number, as CPython's
// verify_end_of_number: a keyword that may follow a number in valid code
// (and, else, for, if, in, is, not, or) gets a warning, any other letter
// makes the literal invalid.
func (s *Scanner) endOfNumber(kind string, fail func(string, ...any)) {
	if s.pos >= s.end {
		return
	}
	rest := s.src[s.pos:s.end]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && rest[:len(kw)] == kw {
			at := s.at(s.pos)
			s.errorf(diag.PyNumberThenKeyword, source.Span{Start: at, End: s.at(s.pos + len(kw))}, "invalid %s literal", kind).
				WithHint("put a space between the number and '%s'", kw)
			return
		}
	}
	c := s.src[s.pos]
	if isASCIILetter(c) || isDigit(c) || c == '_' || c >= utf8.RuneSelf {
		s.skipNameChars()
		fail("invalid %s literal", kind)
	}
}

// skipNameChars consumes identifier characters glued to a bad number.
func (s *Scanner) skipNameChars() {
	for s.pos < s.end {
		c := s.src[s.pos]
		if isASCIILetter(c) || isDigit(c) || c == '_' || c == '.' {
			s.pos++
			continue
		}
		if c >= utf8.RuneSelf {
			// Any non-ASCII character may continue a name for CPython's
			// tokenizer, which reports the literal, not the character.
			_, n := utf8.DecodeRuneInString(s.src[s.pos:s.end])
			s.pos += n
			continue
		}
		return
	}
}
