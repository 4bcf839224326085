package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatInt returns format(x, spec) for an int.
func FormatInt(x int64, spec string) (string, error) {
	return formatInt(intValue{small: x}, spec, "int")
}

// FormatBigInt returns format(x, spec) for an int of any size.
func FormatBigInt(x *big.Int, spec string) (string, error) {
	if x.IsInt64() {
		return formatInt(intValue{small: x.Int64()}, spec, "int")
	}
	return formatInt(intValue{big: x}, spec, "int")
}

// FormatBool returns format(b, spec): str(b) for an empty spec, else b
// formatted as the int 0 or 1 (with 'bool' in error messages).
func FormatBool(b bool, spec string) (string, error) {
	if spec == "" {
		if b {
			return "True", nil
		}
		return "False", nil
	}
	var v int64
	if b {
		v = 1
	}
	return formatInt(intValue{small: v}, spec, "bool")
}

// FormatFloat returns format(f, spec) for a float.
func FormatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(f), nil
	}
	sp, err := ParseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return FormatFloatSpec(f, sp)
}

// FormatFloatSpec is FormatFloat with a specification parsed by ParseSpec
// from a non-empty spec (an empty spec formats as repr, not as a Spec).
func FormatFloatSpec(f float64, sp Spec) (string, error) {
	r := sp.resolve(0, '>')
	switch r.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return r.float(f)
	}
	return "", unknownCode(r.Type, "float")
}

// FormatStr returns format(s, spec) for a str.
func FormatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := ParseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	return FormatStrSpec(s, sp)
}

// FormatStrSpec is FormatStr with a specification parsed by ParseSpec.
func FormatStrSpec(s string, sp Spec) (string, error) {
	if sp.Grouping != 0 && sp.Type == 0 {
		return "", checkGrouping(sp.Grouping, 's')
	}
	r := sp.resolve('s', '<')
	if r.Type != 's' {
		return "", unknownCode(r.Type, "str")
	}
	switch {
	case r.Sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case r.Sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case r.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case r.Alternate:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case r.align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	n := utf8.RuneCountInString(s)
	if r.Precision >= 0 && n > r.Precision {
		s = truncateRunes(s, r.Precision)
		n = r.Precision
	}
	return r.pad(s, n)
}

// FormatObject returns format(x, spec) for an object whose class has no
// __format__ of its own (object.__format__): str(x) for an empty spec, else
// TypeError. str is str(x) and typeName the name of x's class.
func FormatObject(typeName, str, spec string) (string, error) {
	if spec != "" {
		return "", errorf(TypeError, "unsupported format string passed to %s.__format__", typeName)
	}
	return str, nil
}

func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// intValue is an int held as an int64 when big is nil.
type intValue struct {
	small int64
	big   *big.Int
}

func (v intValue) text(base int) (string, error) {
	if v.big == nil {
		return strconv.FormatInt(v.small, base), nil
	}
	if base == 10 {
		return IntToString(v.big)
	}
	return v.big.Text(base), nil
}

func (v intValue) float() (float64, error) {
	if v.big == nil {
		return float64(v.small), nil
	}
	return IntToFloat(v.big)
}

func formatInt(v intValue, spec, typeName string) (string, error) {
	if spec == "" {
		return v.text(10)
	}
	sp, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	return formatIntSpec(v, sp, typeName)
}

// FormatIntSpec is FormatInt with a specification parsed by ParseSpec from
// a non-empty spec (an empty spec formats as str, not as a Spec).
func FormatIntSpec(x int64, sp Spec) (string, error) {
	return formatIntSpec(intValue{small: x}, sp, "int")
}

// AppendIntSpec appends FormatIntSpec(x, sp) to dst. A decimal int with at
// most a width, an ASCII fill and an alignment is written without
// building a string (the common "{i:>6}").
func AppendIntSpec(dst []byte, x int64, sp Spec) ([]byte, error) {
	if (sp.Type == 'd' || sp.Type == 0) && sp.Grouping == 0 && (sp.Sign == 0 || sp.Sign == '-') &&
		sp.Precision < 0 && !sp.NoNegZero && !sp.ZeroPad && sp.Fill < utf8.RuneSelf && sp.Align != '=' && sp.Width <= 64 {
		var buf [20]byte
		d := strconv.AppendInt(buf[:0], x, 10)
		var left, right int
		if pad := sp.Width - len(d); pad > 0 {
			switch sp.Align {
			case '<':
				right = pad
			case '^':
				left = pad / 2
				right = pad - left
			default:
				left = pad
			}
		}
		fill := byte(' ')
		if sp.Fill != 0 {
			fill = byte(sp.Fill)
		}
		for ; left > 0; left-- {
			dst = append(dst, fill)
		}
		dst = append(dst, d...)
		for ; right > 0; right-- {
			dst = append(dst, fill)
		}
		return dst, nil
	}
	s, err := FormatIntSpec(x, sp)
	return append(dst, s...), err
}

func formatIntSpec(v intValue, sp Spec, typeName string) (string, error) {
	r := sp.resolve('d', '>')
	switch r.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return r.int(v)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := v.float()
		if err != nil {
			return "", err
		}
		return r.float(f)
	}
	return "", unknownCode(r.Type, typeName)
}

// int is CPython's format_long_internal.
func (r *resolved) int(v intValue) (string, error) {
	switch {
	case r.Precision != -1:
		return "", valueError("Precision not allowed in integer format specifier")
	case r.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if r.Type == 'c' {
		switch {
		case r.Sign != 0:
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		case r.Alternate:
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		case v.big != nil:
			return "", errorf(OverflowError, "Python int too large to convert to C long")
		case v.small < 0 || v.small > utf8.MaxRune:
			return "", errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		return r.layout(number{remainder: string(rune(v.small))})
	}
	base, prefix := 10, ""
	switch r.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	s, err := v.text(base)
	if err != nil {
		return "", err
	}
	n := number{digits: s}
	if base == 10 {
		n.whole = s
	}
	if s[0] == '-' {
		n.neg, n.digits = true, s[1:]
	}
	if r.Alternate {
		n.prefix = prefix
	}
	if r.Type == 'X' {
		n.digits = strings.ToUpper(n.digits)
	}
	return r.layout(n)
}

// float is CPython's format_float_internal.
func (r *resolved) float(f float64) (string, error) {
	if r.Precision > math.MaxInt32 {
		return "", valueError("precision too big")
	}
	var flags floatFlags
	if r.Alternate {
		flags |= flagAlt
	}
	if r.NoNegZero {
		flags |= flagNoNeg0
	}
	typ := byte(r.Type)
	defaultPrecision := 6
	switch typ {
	case 0:
		flags |= flagAddDot0
		typ = 'r'
		defaultPrecision = 0
	case 'n':
		typ = 'g'
	}
	pct := typ == '%'
	if pct {
		typ = 'f'
		f *= 100
	}
	prec := r.Precision
	if prec < 0 {
		prec = defaultPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	if tooLong(typ, prec, flags) {
		return "", errMemory()
	}
	s, _ := doubleToString(f, typ, prec, flags)
	if pct {
		s += "%"
	}
	n := splitNumber(s)
	n.whole = s
	return r.layout(n)
}
