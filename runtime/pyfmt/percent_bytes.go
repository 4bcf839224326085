package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// PercentBytesValue is a value consumed by a conversion of bytes % args.
type PercentBytesValue interface {
	PercentValue
	// Bytes returns the content of a bytes-like object, or the result of
	// the value's __bytes__; ok is false for other values.
	Bytes() (b string, ok bool, err error)
}

// PercentBytes returns format % args for a bytes format, as CPython's
// _PyBytes_FormatEx: format and the result are byte strings, %s and %b take
// bytes-like objects, %r and %a give ascii(), and %c takes an int in
// range(256) or a single byte. The items of args must implement
// PercentBytesValue; %(key) looks up the key as bytes.
func PercentBytes(format string, args PercentArgs) (string, error) {
	p := percent{fmt: []rune(latin1Decode(format)), bytes: true}
	s, err := p.run(format, args)
	return latin1Encode(s), err
}

// convertBytes handles the conversions whose meaning differs for bytes;
// handled is false for the numeric ones, which are shared with str.
func (p *percent) convertBytes(a *percentArg, v PercentValue) (s string, done, handled bool, err error) {
	switch a.ch {
	case 's', 'b':
		b, ok, err := v.(PercentBytesValue).Bytes()
		if err != nil {
			return "", false, true, err
		}
		if !ok {
			return "", false, true, errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.TypeName())
		}
		return latin1Decode(b), false, true, nil
	case 'r', 'a':
		s, err := v.Repr()
		return EscapeASCII(s), false, true, err
	case 'i':
		// Reported as %d, as CPython's bytes formatter does.
		a.ch = 'd'
	case 'e', 'E', 'f', 'F', 'g', 'G':
		if _, ok := v.Float(); !ok {
			if _, _, isInt := v.Int(); !isInt {
				return "", false, true, errorf(TypeError, "float argument required, not %s", v.TypeName())
			}
		}
	case 'c':
		c, err := percentByte(v)
		if err != nil {
			return "", false, true, err
		}
		if a.width == -1 && a.prec == -1 {
			p.out.WriteRune(rune(c))
			return "", true, true, nil
		}
		return string(rune(c)), false, true, nil
	}
	return "", false, false, nil
}

// percentByte is the %c of bytes formatting.
func percentByte(v PercentValue) (byte, error) {
	b, ok, err := v.(PercentBytesValue).Bytes()
	if err != nil {
		return 0, err
	}
	if ok {
		if len(b) == 1 {
			return b[0], nil
		}
	} else if small, bigv, isInt := v.Int(); isInt {
		if bigv != nil || small < 0 || small > 255 {
			return 0, errorf(OverflowError, "%%c arg not in range(256)")
		}
		return byte(small), nil
	}
	return 0, errorf(TypeError, "%%c requires an integer in range(256) or a single byte")
}

// latin1Decode maps each byte of b to the code point of the same value.
func latin1Decode(b string) string {
	for i := 0; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			var sb strings.Builder
			sb.Grow(len(b) + len(b)/2)
			for j := 0; j < len(b); j++ {
				sb.WriteRune(rune(b[j]))
			}
			return sb.String()
		}
	}
	return b
}

// latin1Encode is the inverse of latin1Decode, for text whose code points
// are below U+0100.
func latin1Encode(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				b = append(b, byte(r))
			}
			return string(b)
		}
	}
	return s
}
