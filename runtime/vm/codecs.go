package vm

import (
	"strings"
	"unicode/utf8"
)

// codecName normalises an encoding name as Python's codec lookup does.
func codecName(v Value) (string, bool) {
	if v == nil {
		return "utf-8", true
	}
	s, ok := v.(Str)
	if !ok {
		return "", false
	}
	n := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(string(s)), "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8":
		return "utf-8", true
	case "ascii", "us-ascii", "646":
		return "ascii", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859":
		return "latin-1", true
	}
	return n, true
}

func errorsMode(v Value) string {
	if s, ok := v.(Str); ok {
		return string(s)
	}
	return "strict"
}

// encodeStr is str.encode(encoding, errors) for utf-8, ascii and latin-1.
func (th *Thread) encodeStr(s Str, encoding, errors Value) (Value, error) {
	enc, ok := codecName(encoding)
	if !ok {
		return nil, th.TypeError("encode() argument 'encoding' must be str, not %s", encoding.Type().Name)
	}
	mode := errorsMode(errors)
	switch enc {
	case "utf-8":
		return Bytes(s), nil
	case "ascii", "latin-1":
		limit := rune(0x7f)
		if enc == "latin-1" {
			limit = 0xff
		}
		var b []byte
		i := 0
		for _, r := range string(s) {
			if r <= limit {
				b = append(b, byte(r))
			} else {
				switch mode {
				case "ignore":
				case "replace":
					b = append(b, '?')
				case "xmlcharrefreplace":
					b = append(b, []byte("&#"+itoa(int(r))+";")...)
				case "backslashreplace":
					b = append(b, []byte(escapeRune(r))...)
				default:
					return nil, th.Raise(UnicodeEncodeErrorClass, "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", codecDisplay(enc), escapeRune(r), i, limit+1)
				}
			}
			i++
		}
		return Bytes(b), nil
	}
	return nil, th.Raise(LookupErrorClass, "unknown encoding: %s", enc)
}

func codecDisplay(enc string) string {
	if enc == "latin-1" {
		return "latin-1"
	}
	return enc
}

func escapeRune(r rune) string {
	const hex = "0123456789abcdef"
	switch {
	case r <= 0xff:
		return `\x` + string(hex[r>>4]) + string(hex[r&15])
	case r <= 0xffff:
		return `\u` + string(hex[r>>12&15]) + string(hex[r>>8&15]) + string(hex[r>>4&15]) + string(hex[r&15])
	}
	s := `\U`
	for shift := 28; shift >= 0; shift -= 4 {
		s += string(hex[r>>uint(shift)&15])
	}
	return s
}

// decodeBytes is bytes.decode(encoding, errors) for utf-8, ascii and
// latin-1.
func (th *Thread) decodeBytes(b Bytes, encoding, errors Value) (Value, error) {
	enc, ok := codecName(encoding)
	if !ok {
		return nil, th.TypeError("decode() argument 'encoding' must be str, not %s", encoding.Type().Name)
	}
	mode := errorsMode(errors)
	switch enc {
	case "utf-8":
		if utf8.ValidString(string(b)) {
			return Str(b), nil
		}
		var sb strings.Builder
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRuneInString(string(b[i:]))
			if r == utf8.RuneError && n <= 1 {
				switch mode {
				case "ignore":
				case "replace":
					sb.WriteRune(utf8.RuneError)
				case "backslashreplace":
					sb.WriteString(escapeRune(rune(b[i])))
				default:
					return nil, th.Raise(UnicodeDecodeErrorClass, "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i)
				}
				i++
				continue
			}
			sb.WriteRune(r)
			i += n
		}
		return Str(sb.String()), nil
	case "ascii", "latin-1":
		var sb strings.Builder
		for i := 0; i < len(b); i++ {
			c := b[i]
			if c < 0x80 || enc == "latin-1" {
				sb.WriteRune(rune(c))
				continue
			}
			switch mode {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			default:
				return nil, th.Raise(UnicodeDecodeErrorClass, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
		}
		return Str(sb.String()), nil
	}
	return nil, th.Raise(LookupErrorClass, "unknown encoding: %s", enc)
}
