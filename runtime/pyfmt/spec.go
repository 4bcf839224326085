package pyfmt

import (
	"math"
	"unicode/utf8"
)

// Spec is a parsed format specification:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
// Fields that were not given hold their zero value (-1 for Width and
// Precision); the defaults that depend on the formatted type are applied by
// the Format functions.
type Spec struct {
	Fill      rune // the fill character given before an align, or 0
	Align     rune // '<', '>', '=', '^', or 0
	Sign      rune // '+', '-', ' ', or 0
	NoNegZero bool // 'z': a negative zero result loses its sign (floats only)
	Alternate bool // '#'
	ZeroPad   bool // '0' before the width, when no fill was given
	Width     int  // -1 when not given
	Grouping  rune // ',' or '_', or 0
	Precision int  // -1 when not given
	Type      rune // the presentation type, or 0
}

// maxSsize is PY_SSIZE_T_MAX, the bound of widths and precisions.
const maxSsize = math.MaxInt64

// ParseSpec parses a format specification for an object of the named type
// (the name appears only in the message of an invalid specifier). It reports
// the errors of CPython's parser but one: a ',' or '_' with no type is an
// error for a str only, which FormatStr reports. The errors that depend on
// the formatted type come from the Format functions.
func ParseSpec(spec, typeName string) (Spec, error) {
	r := specRunes(spec, &[16]rune{})
	s := Spec{Width: -1, Precision: -1}
	pos, end := 0, len(r)
	if end >= 2 && isAlign(r[1]) {
		s.Fill, s.Align = r[0], r[1]
		pos = 2
	} else if end >= 1 && isAlign(r[0]) {
		s.Align = r[0]
		pos = 1
	}
	if pos < end && (r[pos] == '+' || r[pos] == '-' || r[pos] == ' ') {
		s.Sign = r[pos]
		pos++
	}
	if pos < end && r[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < end && r[pos] == '#' {
		s.Alternate = true
		pos++
	}
	if s.Fill == 0 && pos < end && r[pos] == '0' {
		s.ZeroPad = true
		pos++
	}
	var err error
	var n int
	if s.Width, n, err = specInteger(r, &pos); err != nil {
		return Spec{}, err
	} else if n == 0 {
		s.Width = -1
	}
	if pos < end && r[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < end && r[pos] == '_' {
		if s.Grouping != 0 {
			return Spec{}, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < end && r[pos] == ',' && s.Grouping == '_' {
		return Spec{}, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < end && r[pos] == '.' {
		pos++
		if s.Precision, n, err = specInteger(r, &pos); err != nil {
			return Spec{}, err
		} else if n == 0 {
			return Spec{}, valueError("Format specifier missing precision")
		}
	}
	if end-pos > 1 {
		return Spec{}, errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		s.Type = r[pos]
	}
	if s.Grouping != 0 && s.Type != 0 {
		if err := checkGrouping(s.Grouping, s.Type); err != nil {
			return Spec{}, err
		}
	}
	return s, nil
}

// specRunes returns the code points of spec, in buf when spec is short
// ASCII (the common case: no decoding and no allocation).
func specRunes(spec string, buf *[16]rune) []rune {
	if len(spec) > len(buf) {
		return []rune(spec)
	}
	for i := 0; i < len(spec); i++ {
		if spec[i] >= utf8.RuneSelf {
			return []rune(spec)
		}
		buf[i] = rune(spec[i])
	}
	return buf[:len(spec)]
}

func isAlign(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// specInteger reads decimal digits (any Unicode decimal digit, as CPython)
// at *pos, returning the value and how many digits it read.
func specInteger(r []rune, pos *int) (value, n int, err error) {
	for ; *pos < len(r); *pos++ {
		d := decimalValue(r[*pos])
		if d < 0 {
			break
		}
		if value > (maxSsize-d)/10 {
			return 0, 0, valueError("Too many decimal digits in format string")
		}
		value = value*10 + d
		n++
	}
	return value, n, nil
}

// checkGrouping rejects a thousands separator for a presentation type that
// has none ('_' is allowed with b, o, x and X, grouping by four).
func checkGrouping(grouping, typ rune) error {
	switch typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		return nil
	case 'b', 'o', 'x', 'X':
		if grouping == '_' {
			return nil
		}
	}
	return errorf(ValueError, "Cannot specify '%c' with %s.", grouping, quoteCode(typ))
}

// quoteCode renders a presentation type in an error message: 'c' for
// printable ASCII, '\xNN' otherwise, as CPython.
func quoteCode(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	return "'" + hexEscape(c) + "'"
}

func hexEscape(c rune) string {
	const hex = "0123456789abcdef"
	b := []byte{'\\', 'x'}
	started := false
	for shift := 28; shift >= 0; shift -= 4 {
		d := (c >> shift) & 0xf
		if d != 0 || started || shift == 0 {
			started = true
			b = append(b, hex[d])
		}
	}
	return string(b)
}

// resolved is a Spec with the defaults of the formatted type applied.
type resolved struct {
	Spec
	fill  rune
	align rune
}

// resolve applies the default type and alignment of the formatted type, and
// turns '0' into the fill and '=' alignment as CPython does.
func (s Spec) resolve(defaultType, defaultAlign rune) resolved {
	r := resolved{Spec: s, fill: ' ', align: defaultAlign}
	if s.Type == 0 {
		r.Type = defaultType
	}
	if s.Align != 0 {
		r.align = s.Align
	}
	if s.Fill != 0 {
		r.fill = s.Fill
	}
	if s.ZeroPad {
		r.fill = '0'
		if s.Align == 0 && defaultAlign == '>' {
			r.align = '='
		}
	}
	return r
}

func unknownCode(typ rune, typeName string) error {
	return errorf(ValueError, "Unknown format code %s for object of type '%s'", quoteCode(typ), typeName)
}
