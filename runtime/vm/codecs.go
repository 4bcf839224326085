package vm

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The codecs of str.encode, bytes.decode, str(b, encoding) and
// bytes(s, encoding): utf-8, ascii and latin-1, with the error handlers
// strict, ignore, replace, backslashreplace and (encoding) xmlcharrefreplace,
// and CPython's error messages and error ranges.

// codecName returns the codec of an encoding name as Python's codec lookup
// normalises it (case, '-' and ' ' as '_', aliases), or "" when unknown.
func codecName(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return "utf-8"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
		"ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "ibm819", "iso_ir_100",
		"csisolatin1", "iso_8859_1_1987":
		return "latin-1"
	}
	return ""
}

// codecArgs checks the encoding and errors arguments of method (encode or
// decode) and returns the codec and the error handler.
func (th *Thread) codecArgs(method string, encoding, errors Value) (codec, handler string, err error) {
	codec, handler = "utf-8", "strict"
	if encoding != nil {
		s, ok := encoding.(Str)
		if !ok {
			return "", "", th.TypeError("%s() argument 'encoding' must be str, not %s", method, argTypeName(encoding))
		}
		codec = codecName(string(s))
		if codec == "" {
			return "", "", th.Raise(LookupErrorClass, "unknown encoding: %s", string(s))
		}
	}
	if errors != nil {
		s, ok := errors.(Str)
		if !ok {
			return "", "", th.TypeError("%s() argument 'errors' must be str, not %s", method, argTypeName(errors))
		}
		handler = string(s)
	}
	return codec, handler, nil
}

func (th *Thread) unknownHandler(handler string) error {
	return th.Raise(LookupErrorClass, "unknown error handler name '%s'", handler)
}

// encodeStr is str.encode(encoding, errors).
func (th *Thread) encodeStr(s Str, encoding, errors Value) (Value, error) {
	codec, handler, err := th.codecArgs("encode", encoding, errors)
	if err != nil {
		return nil, err
	}
	if codec == "utf-8" || isASCII(string(s)) {
		return Bytes(s), nil
	}
	limit := rune(0x80)
	if codec == "latin-1" {
		limit = 0x100
	}
	str := string(s)
	b := make([]byte, 0, len(str))
	pos := 0 // code point index of i
	for i := 0; i < len(str); {
		r, n := utf8.DecodeRuneInString(str[i:])
		if r < limit {
			b = append(b, byte(r))
			i += n
			pos++
			continue
		}
		// The run of characters the codec cannot encode.
		end, endPos := i, pos
		for end < len(str) {
			r, n := utf8.DecodeRuneInString(str[end:])
			if r < limit {
				break
			}
			end += n
			endPos++
		}
		for _, r := range str[i:end] {
			switch handler {
			case "ignore":
			case "replace":
				b = append(b, '?')
			case "xmlcharrefreplace":
				b = append(b, "&#"+strconv.Itoa(int(r))+";"...)
			case "backslashreplace":
				b = append(b, escapeRune(r)...)
			case "strict", "surrogateescape", "surrogatepass":
				return nil, th.encodeError(codec, str, pos, endPos, limit)
			default:
				return nil, th.unknownHandler(handler)
			}
		}
		i, pos = end, endPos
	}
	return Bytes(byteString(b)), nil
}

// encodeError is the UnicodeEncodeError for the characters of s at code
// point indexes start to end.
func (th *Thread) encodeError(codec, s string, start, end int, limit rune) error {
	return newUnicodeError(UnicodeEncodeErrorClass, codec, Str(s), start, end, "ordinal not in range("+strconv.Itoa(int(limit))+")")
}

// escapeRune is the backslash escape of r: \xNN, \uNNNN or \UNNNNNNNN.
func escapeRune(r rune) string {
	const hex = "0123456789abcdef"
	var b []byte
	switch {
	case r <= 0xff:
		b = []byte{'\\', 'x', hex[r>>4], hex[r&15]}
	case r <= 0xffff:
		b = []byte{'\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15]}
	default:
		b = []byte{'\\', 'U'}
		for shift := 28; shift >= 0; shift -= 4 {
			b = append(b, hex[r>>uint(shift)&15])
		}
	}
	return string(b)
}

// decodeBytes is bytes.decode(encoding, errors).
func (th *Thread) decodeBytes(b Bytes, encoding, errors Value) (Value, error) {
	codec, handler, err := th.codecArgs("decode", encoding, errors)
	if err != nil {
		return nil, err
	}
	s := string(b)
	switch codec {
	case "latin-1":
		if isASCII(s) {
			return Str(s), nil
		}
		out := make([]byte, 0, len(s)+len(s)/2)
		for i := 0; i < len(s); i++ {
			out = utf8.AppendRune(out, rune(s[i]))
		}
		return Str(byteString(out)), nil
	case "ascii":
		if isASCII(s) {
			return Str(s), nil
		}
	default:
		if utf8.ValidString(s) {
			return Str(s), nil
		}
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		var n int
		var reason string
		if codec == "ascii" {
			if s[i] < utf8.RuneSelf {
				out = append(out, s[i])
				i++
				continue
			}
			n, reason = 1, "ordinal not in range(128)"
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size > 1 {
				out = append(out, s[i:i+size]...)
				i += size
				continue
			}
			n, reason = utf8ErrorLen(s[i:])
		}
		switch handler {
		case "ignore":
		case "replace":
			out = utf8.AppendRune(out, utf8.RuneError)
		case "backslashreplace":
			for _, c := range []byte(s[i : i+n]) {
				out = append(out, escapeRune(rune(c))...)
			}
		case "strict", "surrogateescape", "surrogatepass":
			return nil, newUnicodeError(UnicodeDecodeErrorClass, codec, b, i, i+n, reason)
		default:
			return nil, th.unknownHandler(handler)
		}
		i += n
	}
	return Str(byteString(out)), nil
}

// utf8ErrorLen classifies the invalid UTF-8 sequence at the start of s as
// CPython's decoder does: the number of bytes the error covers and its
// reason.
func utf8ErrorLen(s string) (int, string) {
	const (
		invalidStart = "invalid start byte"
		invalidCont  = "invalid continuation byte"
		unexpected   = "unexpected end of data"
	)
	c := s[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF) // the range of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, invalidStart
	}
	for k := 1; k < need; k++ {
		if k >= len(s) {
			return len(s), unexpected
		}
		b := s[k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			return k, invalidCont
		}
	}
	// Not reached for an invalid sequence.
	return need, invalidCont
}
