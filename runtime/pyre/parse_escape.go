package pyre

import (
	"fmt"
	"strconv"
)

// simpleEscape returns the character of the escapes \a \b \f \n \r \t \v \\.
func simpleEscape(c rune) (rune, bool) {
	switch c {
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	case '\\':
		return '\\', true
	}
	return 0, false
}

// categoryEscape returns the category of \d \D \s \S \w \W.
func categoryEscape(c rune) (category, bool) {
	switch c {
	case 'd':
		return catDigit, true
	case 'D':
		return catNotDigit, true
	case 's':
		return catSpace, true
	case 'S':
		return catNotSpace, true
	case 'w':
		return catWord, true
	case 'W':
		return catNotWord, true
	}
	return 0, false
}

// hexOrNamedEscape handles \x, \u, \U and \N, common to both kinds of
// escapes; ok is false for other escapes.
func (p *parser) hexOrNamedEscape(esc token) (c rune, ok bool) {
	src := p.src
	digits := 0
	switch {
	case esc.c == 'x':
		digits = 2
	case esc.c == 'u' && src.isText:
		digits = 4
	case esc.c == 'U' && src.isText:
		digits = 8
	case esc.c == 'N' && src.isText:
		if !src.match('{') {
			panic(src.error("missing {", 0))
		}
		name := src.getUntil('}', "character name")
		r, found := lookupName(string(name))
		if !found {
			panic(src.error("undefined character name "+pyRepr(name), len(name)+len(`\N{}`)))
		}
		return r, true
	default:
		return 0, false
	}
	hex := src.getWhile(digits, isHexDigit)
	text := esc.String() + string(hex)
	if len(hex) != digits {
		panic(src.error("incomplete escape "+text, 2+len(hex)))
	}
	v, _ := strconv.ParseUint(string(hex), 16, 32)
	if v > 0x10ffff {
		panic(src.error("bad escape "+text, 2+len(hex)))
	}
	return rune(v), true
}

// classEscape parses an escape inside a set (re._parser._class_escape).
func (p *parser) classEscape(esc token) setItem {
	src := p.src
	if c, ok := simpleEscape(esc.c); ok {
		return setItem{kind: sLiteral, lo: c}
	}
	if cat, ok := categoryEscape(esc.c); ok {
		return setItem{kind: sCategory, cat: cat}
	}
	if c, ok := p.hexOrNamedEscape(esc); ok {
		return setItem{kind: sLiteral, lo: c}
	}
	switch {
	case isOctDigit(esc.c):
		digits := append([]rune{esc.c}, src.getWhile(2, isOctDigit)...)
		v, _ := strconv.ParseUint(string(digits), 8, 32)
		if v > 0o377 {
			panic(src.error(fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(digits)), 1+len(digits)))
		}
		return setItem{kind: sLiteral, lo: rune(v)}
	case isDigit(esc.c) || isASCIILetter(esc.c):
		panic(src.error("bad escape "+esc.String(), 2))
	}
	return setItem{kind: sLiteral, lo: esc.c}
}

// escape parses an escape outside a set (re._parser._escape).
func (p *parser) escape(esc token) *node {
	src, st := p.src, p.st
	switch esc.c {
	case 'A':
		return &node{kind: nAt, at: atBeginningString}
	case 'Z':
		return &node{kind: nAt, at: atEndString}
	case 'b':
		return &node{kind: nAt, at: atBoundary}
	case 'B':
		return &node{kind: nAt, at: atNonBoundary}
	}
	if cat, ok := categoryEscape(esc.c); ok {
		return &node{kind: nIn, set: []setItem{{kind: sCategory, cat: cat}}}
	}
	if c, ok := simpleEscape(esc.c); ok {
		return &node{kind: nLiteral, c: c}
	}
	if c, ok := p.hexOrNamedEscape(esc); ok {
		return &node{kind: nLiteral, c: c}
	}
	switch {
	case esc.c == '0':
		digits := append([]rune{'0'}, src.getWhile(2, isOctDigit)...)
		v, _ := strconv.ParseUint(string(digits), 8, 32)
		return &node{kind: nLiteral, c: rune(v)}
	case isDigit(esc.c):
		digits := []rune{esc.c}
		if src.nextIn(isDigit) {
			d, _ := src.get()
			digits = append(digits, d.c)
			if isOctDigit(digits[0]) && isOctDigit(digits[1]) && src.nextIn(isOctDigit) {
				d, _ := src.get()
				digits = append(digits, d.c)
				v, _ := strconv.ParseUint(string(digits), 8, 32)
				if v > 0o377 {
					panic(src.error(fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(digits)), 1+len(digits)))
				}
				return &node{kind: nLiteral, c: rune(v)}
			}
		}
		group, _ := strconv.Atoi(string(digits))
		if group < st.groups() {
			if !st.checkGroup(group) {
				panic(src.error("cannot refer to an open group", 1+len(digits)))
			}
			st.checkLookbehindGroup(group, src)
			return &node{kind: nGroupRef, group: group}
		}
		panic(src.error(fmt.Sprintf("invalid group reference %d", group), len(digits)))
	case isASCIILetter(esc.c):
		panic(src.error("bad escape "+esc.String(), 2))
	}
	return &node{kind: nLiteral, c: esc.c}
}
