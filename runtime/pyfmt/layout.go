package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// number is a formatted number split the way CPython's calc_number_widths
// sees it: sign, prefix ("0x"), integer digits (which get grouped and
// zero-padded), an optional decimal point and the rest (fraction, exponent,
// '%', or all of "inf"/"nan").
type number struct {
	neg       bool
	prefix    string
	digits    string
	decimal   bool
	remainder string
	// whole, when set, is the number as one ASCII string ("-1234.5"), which
	// layout returns unchanged when it adds nothing to it.
	whole string
}

// splitNumber splits a formatted float such as "-1234.5e+07" into its parts.
func splitNumber(s string) number {
	var n number
	if s != "" && s[0] == '-' {
		n.neg = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	n.digits, s = s[:i], s[i:]
	if s != "" && s[0] == '.' {
		n.decimal = true
		s = s[1:]
	}
	n.remainder = s
	return n
}

// layout renders n with the sign, grouping, fill and alignment of sp, as
// CPython's calc_number_widths and fill_number.
func (sp *resolved) layout(n number) (string, error) {
	if sp.Width > maxResultLen {
		return "", errMemory()
	}
	if n.whole != "" && (sp.Sign == 0 || sp.Sign == '-') && sp.Grouping == 0 && sp.Width <= len(n.whole) {
		return n.whole, nil
	}
	var sign byte
	switch {
	case sp.Sign == '+' && n.neg:
		sign = '-'
	case sp.Sign == '+':
		sign = '+'
	case sp.Sign == ' ' && n.neg:
		sign = '-'
	case sp.Sign == ' ':
		sign = ' '
	case n.neg:
		sign = '-'
	}
	nonDigits := len(n.prefix) + utf8.RuneCountInString(n.remainder)
	if sign != 0 {
		nonDigits++
	}
	if n.decimal {
		nonDigits++
	}
	minWidth := 0
	if sp.fill == '0' && sp.align == '=' {
		minWidth = sp.Width - nonDigits
	}
	grouped := ""
	if n.digits != "" {
		sep, size := sp.separator()
		grouped = groupDigits(n.digits, minWidth, sep, size)
	}
	var left, inner, right int
	if pad := sp.Width - nonDigits - len(grouped); pad > 0 {
		switch sp.align {
		case '<':
			right = pad
		case '^':
			left = pad / 2
			right = pad - left
		case '=':
			inner = pad
		default:
			left = pad
		}
	}
	var b strings.Builder
	b.Grow(nonDigits + len(grouped) + (left+inner+right)*utf8.RuneLen(sp.fill))
	writeFill(&b, sp.fill, left)
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(n.prefix)
	writeFill(&b, sp.fill, inner)
	b.WriteString(grouped)
	if n.decimal {
		b.WriteByte('.')
	}
	b.WriteString(n.remainder)
	writeFill(&b, sp.fill, right)
	return b.String(), nil
}

// separator returns the grouping separator and group size of sp: ',' or
// '_' every 3 digits, '_' every 4 digits for b, o, x and X, or none.
func (sp *resolved) separator() (sep byte, size int) {
	switch sp.Grouping {
	case ',':
		return ',', 3
	case '_':
		switch sp.Type {
		case 'b', 'o', 'x', 'X':
			return '_', 4
		}
		return '_', 3
	}
	return 0, 0
}

// groupDigits inserts sep between groups of size digits counted from the
// right and pads on the left with zeros (and separators) to minWidth
// characters, as CPython's _PyUnicode_InsertThousandsGrouping. A size of 0
// means no grouping.
func groupDigits(digits string, minWidth int, sep byte, size int) string {
	if size == 0 {
		if pad := minWidth - len(digits); pad > 0 {
			return strings.Repeat("0", pad) + digits
		}
		return digits
	}
	// Chunks are produced right to left into rev, then reversed.
	rev := make([]byte, 0, len(digits)+len(digits)/size+max(minWidth, 0)+1)
	remaining, pos := len(digits), len(digits)
	minWidth = max(minWidth, 0)
	useSep := false
	for {
		l := min(size, max(remaining, minWidth, 1))
		chars := max(0, min(remaining, l))
		zeros := max(0, l-remaining)
		if useSep {
			rev = append(rev, sep)
		}
		for i := 1; i <= chars; i++ {
			rev = append(rev, digits[pos-i])
		}
		for i := 0; i < zeros; i++ {
			rev = append(rev, '0')
		}
		pos -= chars
		useSep = true
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return string(rev)
}

func writeFill(b *strings.Builder, fill rune, n int) {
	if fill < utf8.RuneSelf {
		for ; n > 0; n-- {
			b.WriteByte(byte(fill))
		}
		return
	}
	for ; n > 0; n-- {
		b.WriteRune(fill)
	}
}

// pad aligns s (of length runes) in sp.Width with sp's fill, for strings.
func (sp *resolved) pad(s string, length int) (string, error) {
	if sp.Width > maxResultLen {
		return "", errMemory()
	}
	total := max(sp.Width, length)
	var left int
	switch sp.align {
	case '>':
		left = total - length
	case '^':
		left = (total - length) / 2
	}
	right := total - length - left
	if left == 0 && right == 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) + (left+right)*utf8.RuneLen(sp.fill))
	writeFill(&b, sp.fill, left)
	b.WriteString(s)
	writeFill(&b, sp.fill, right)
	return b.String(), nil
}
