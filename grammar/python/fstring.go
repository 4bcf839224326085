package python

import (
	"github.com/hyperflask/hfc/grammar/diag"
)

// F-strings follow CPython 3.11, where the tokenizer sees an f-string as a
// plain string and the parser splits it: literal text with {{ and }}
// escapes, and replacement fields {expr=!c:spec} whose expression is parsed
// as if it were in parentheses. 3.11 rules: the expression may not contain
// a backslash, a comment or the enclosing quote (which would end the
// string), and format specs nest one level. The expression is parsed by a
// sub-parser over the same file, so every node inside has file positions.
//
// Spans (which differ from CPython 3.11, where every part of an f-string
// gets the span of the whole string): a literal part covers its source
// text, a FormattedValue covers its field from '{' to '}', a format spec
// covers the text between ':' and '}'.

const maxFStringParens = 200 // CPython's MAXLEVEL for brackets in a field

// fstring parses the body f.Text[i:end] of the f-string piece pc into b.
// At level 0 it parses the whole body; in a format spec (level > 0) it
// stops at the '}' that ends the spec and returns its offset.
func (p *parser) fstring(b *fstringBuilder, pc strPiece, i, end, level int) int {
	src := p.f.Text
	for i < end {
		litStart := i
		j := i
		doubled := false
	literal:
		for j < end {
			c := src[j]
			j++
			if !pc.raw && c == '\\' && j < end {
				c = src[j]
				j++
				if c == 'N' {
					if j < end && src[j] == '{' {
						for j < end && src[j] != '}' {
							j++
						}
						if j < end {
							j++
						}
					}
					continue
				}
				if c == '{' {
					p.report(diag.PyInvalidEscapeWarn, p.f.Span(j-2, j), "invalid escape sequence '\\{'").
						WithHint("write {{ for a literal brace")
				}
			}
			if c == '{' || c == '}' {
				if level == 0 {
					if j < end && src[j] == c {
						doubled = true
						break literal
					}
					if c == '}' {
						p.fail(diag.PyFString, p.f.Span(j-1, j), "f-string: single '}' is not allowed").
							WithHint("write }} for a literal brace")
						b.literal(p.decode(src[litStart:j-1], litStart, pc.raw, false, pc.tok), p.f.Span(litStart, j-1))
						litStart = j
						continue
					}
				}
				j--
				break
			}
		}
		if j > litStart {
			b.literal(p.decode(src[litStart:j], litStart, pc.raw, false, pc.tok), p.f.Span(litStart, j))
		}
		i = j
		if doubled {
			i++ // the second brace
			continue
		}
		if i >= end {
			break
		}
		if src[i] == '}' {
			return i // the end of a format spec
		}
		i = p.field(b, pc, i, end, level)
	}
	return i
}

// field parses the replacement field that starts with the '{' at open and
// returns the offset after its '}' (or end after an error).
func (p *parser) field(b *fstringBuilder, pc strPiece, open, end, level int) int {
	src := p.f.Text
	fail := func(from, to int, format string, args ...any) int {
		p.fail(diag.PyFString, p.f.Span(from, to), format, args...)
		return end
	}
	if level >= 2 {
		return fail(open, open+1, "f-string: expressions nested too deeply")
	}
	exprStart := open + 1
	var quote byte
	triple := false
	var stack []byte
	i := exprStart
scan:
	for ; i < end; i++ {
		c := src[i]
		if c == '\\' {
			return fail(i, i+1, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if i+2 < end && src[i+1] == c && src[i+2] == c {
					i += 2
					quote = 0
				}
			}
			continue
		}
		switch {
		case c == '\'' || c == '"':
			triple = i+2 < end && src[i+1] == c && src[i+2] == c
			if triple {
				i += 2
			}
			quote = c
		case c == '[' || c == '{' || c == '(':
			if len(stack) >= maxFStringParens {
				return fail(i, i+1, "f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
		case c == '#':
			return fail(i, i+1, "f-string expression part cannot include '#'")
		case len(stack) == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>'):
			if i+1 < end && src[i+1] == '=' && (c == '!' || c == '=' || c == '<' || c == '>') {
				i++
				continue
			}
			if c == '<' || c == '>' {
				// Alone, they do not end the expression.
				continue
			}
			break scan
		case c == ']' || c == '}' || c == ')':
			if len(stack) == 0 {
				return fail(i, i+1, "f-string: unmatched '%c'", c)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o != openerOf(c) {
				return fail(i, i+1, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, o)
			}
		}
	}
	exprEnd := i
	if quote != 0 {
		return fail(exprStart, exprEnd, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		return fail(exprStart, exprEnd, "f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if i >= end {
		return fail(open, end, "f-string: expecting '}'")
	}
	empty := true
	for k := exprStart; k < exprEnd; k++ {
		if c := src[k]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			empty = false
			break
		}
	}
	if empty {
		if c := src[exprEnd]; c == '!' || c == ':' || c == '=' {
			return fail(open, exprEnd+1, "f-string: expression required before '%c'", c)
		}
		return fail(open, exprEnd+1, "f-string: empty expression not allowed")
	}
	value := p.fieldExpr(open, exprStart, exprEnd)

	fv := &FormattedValue{Value: value, Conversion: ConvNone}
	selfDoc := false
	if src[i] == '=' {
		i++
		for i < end && isSpace(src[i]) {
			i++
		}
		selfDoc = true
		b.literal(normalizeNewlines(src[exprStart:i]), p.f.Span(exprStart, i))
	}
	if i < end && src[i] == '!' {
		i++
		if i >= end {
			return fail(open, end, "f-string: expecting '}'")
		}
		conv := src[i]
		i++
		if conv != 's' && conv != 'r' && conv != 'a' {
			return fail(i-2, i, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = int(conv)
	}
	if i >= end {
		return fail(open, end, "f-string: expecting '}'")
	}
	if src[i] == ':' {
		i++
		if i >= end {
			return fail(open, end, "f-string: expecting '}'")
		}
		spec := &fstringBuilder{p: p, kind: b.kind}
		specStart := i
		i = p.fstring(spec, pc, i, end, level+1)
		fv.FormatSpec = &JoinedStr{Loc: p.f.Span(specStart, i), Values: spec.finish()}
	}
	if i >= end || src[i] != '}' {
		return fail(open, i, "f-string: expecting '}'")
	}
	i++
	if selfDoc && fv.FormatSpec == nil && fv.Conversion == ConvNone {
		fv.Conversion = ConvRepr
	}
	fv.Loc = p.f.Span(open, i)
	b.expr(fv)
	return i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// fieldExpr parses the expression f.Text[start:end] of a replacement field
// whose '{' is at open, as CPython does: as if written in parentheses.
func (p *parser) fieldExpr(open, start, end int) Expr {
	sub := &parser{f: p.f, msgPrefix: "f-string: ", nodes: p.nodes}
	sub.sc.init(p.f, start, end)
	sub.sc.nested = true
	// CPython's tokenizer knows nothing of f-strings: its errors in a
	// replacement field have no "f-string: " prefix, the parser's have.
	sub.depth = p.depth
	sub.stmtErr = p.stmtErr
	sub.start()
	e := sub.parenBody(p.f.Pos(open), ENDMARKER)
	if sub.t.Kind != ENDMARKER {
		sub.unexpected("in the replacement field")
	}
	for i, list := range []diag.List{sub.sc.diags.Diags, sub.errs} {
		for _, d := range list {
			if i == 0 {
				const where = "in an f-string replacement field (CPython's tokenizer reports it without the \"f-string: \" prefix)"
				if d.Hint == "" {
					d.Hint = where
				} else {
					d.Hint = where + "; " + d.Hint
				}
			}
			p.errs = append(p.errs, d)
			p.errStmts = append(p.errStmts, p.stmtStart)
			p.errReach = append(p.errReach, reachPoint{int(p.t.Span.End.Offset), int(p.t.Span.Start.Line)})
		}
	}
	p.failures += sub.failures + len(sub.sc.diags.Diags)
	p.stmtErr = p.stmtErr || sub.stmtErr || len(sub.sc.diags.Diags) > 0
	return e
}
