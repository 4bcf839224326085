package template

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// escapeError is a bad escape in a string literal: offsets are relative to
// the literal (quotes included).
type escapeError struct {
	start, end int
	msg, hint  string
}

// decodeString returns the value of a string literal token (with its
// quotes) as Jinja computes it: newlines normalised, then
// .encode("ascii", "backslashreplace").decode("unicode-escape"). So the
// Python escapes work (\n, \t, \xhh, \uhhhh, \Uhhhhhhhh, octal, \<newline>),
// an unknown escape keeps its backslash, and a backslash before a non-ASCII
// character yields the backslash and that character's \x, \u or \U form as
// text. On a bad escape it returns the value decoded so far and the error
// (the first one; Jinja stops there).
func decodeString(lit string) (string, *escapeError) {
	body := lit[1 : len(lit)-1]
	if strings.IndexByte(body, '\\') < 0 {
		return normalizeNewlines(body), nil
	}
	var b strings.Builder
	b.Grow(len(body))
	var firstErr *escapeError
	fail := func(start, end int, msg, hint string) {
		if firstErr == nil {
			firstErr = &escapeError{start: start + 1, end: end + 1, msg: msg, hint: hint}
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < len(body) && body[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			b.WriteByte('\\')
			break
		}
		c = body[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(body[i:])
			b.WriteByte('\\')
			b.WriteString(backslashReplace(r))
			i += n
			continue
		}
		i++
		switch c {
		case '\n':
		case '\r':
			if i < len(body) && body[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			b.WriteRune(rune(v))
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v, ok := hexValue(body[i:], n)
			if !ok {
				names := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}
				end := i
				for end < len(body) && end-i < n && isHexDigit(body[end]) {
					end++
				}
				fail(start, end, "truncated "+names[c]+" escape", "write exactly "+strconv.Itoa(n)+" hexadecimal digits after \\"+string(c))
				i = end
				continue
			}
			i += n
			if v > utf8.MaxRune {
				fail(start, i, "illegal Unicode character", "code points go up to \\U0010ffff")
				continue
			}
			b.WriteRune(rune(v))
		case 'N':
			end := i
			if end < len(body) && body[end] == '{' {
				if k := strings.IndexByte(body[end:], '}'); k > 1 {
					end += k + 1
					fail(start, end, `\N{...} escapes (Unicode character names) are not supported`,
						`write the character itself, or its \uXXXX escape`)
					i = end
					continue
				}
			}
			fail(start, i, `malformed \N character escape`, `write \N{NAME}, or the character itself`)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), firstErr
}

// backslashReplace is Python's "backslashreplace" form of r without its
// backslash: x.., u.... or U.........
func backslashReplace(r rune) string {
	h := strconv.FormatInt(int64(r), 16)
	switch {
	case r < 0x100:
		return "x" + strings.Repeat("0", 2-len(h)) + h
	case r < 0x10000:
		return "u" + strings.Repeat("0", 4-len(h)) + h
	}
	return "U" + strings.Repeat("0", 8-len(h)) + h
}

func hexValue(s string, n int) (int, bool) {
	if len(s) < n {
		return 0, false
	}
	v := 0
	for i := 0; i < n; i++ {
		c := s[i]
		var d int
		switch {
		case isDigit(c):
			d = int(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return 0, false
		}
		v = v*16 + d
	}
	return v, true
}

// DecodeString returns the value of a string literal (quotes included) as
// Jinja computes it, or an error for a bad escape.
func DecodeString(lit string) (string, error) {
	if len(lit) < 2 {
		return "", errors.New("not a string literal")
	}
	v, err := decodeString(lit)
	if err != nil {
		return v, errors.New(err.msg)
	}
	return v, nil
}

// parseInt returns the value of an integer token (Jinja's
// int(value.replace("_", ""), 0)).
func parseInt(lit string) Int {
	if len(lit) < 19 && (lit[0] != '0' || len(lit) == 1) && strings.IndexByte(lit, '_') < 0 && isDecimal(lit) {
		return Int(lit)
	}
	s := strings.ReplaceAll(lit, "_", "")
	base := 10
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, s = 16, s[2:]
		case 'o':
			base, s = 8, s[2:]
		case 'b':
			base, s = 2, s[2:]
		}
	}
	if base == 10 && len(s) < 19 {
		v, _ := strconv.ParseInt(s, 10, 64)
		return Int(strconv.FormatInt(v, 10))
	}
	v, ok := new(big.Int).SetString(s, base)
	if !ok {
		return "0"
	}
	return Int(v.String())
}

func isDecimal(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// parseFloat returns the value of a float token (Jinja's
// literal_eval(value.replace("_", ""))); too large a literal is infinite, as
// in Python.
func parseFloat(lit string) Float {
	v, _ := strconv.ParseFloat(strings.ReplaceAll(lit, "_", ""), 64)
	return Float(v)
}
