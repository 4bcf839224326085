package vm

import "github.com/hyperflask/hfc/runtime/pyfmt"

// The ASCII case mappings and character classes of bytes.

func init() {
	addBytesNoArgs("lower", func(s string) Value { return Bytes(pyfmt.MapASCII(s, false)) })
	addBytesNoArgs("upper", func(s string) Value { return Bytes(pyfmt.MapASCII(s, true)) })
	addBytesNoArgs("swapcase", func(s string) Value {
		b := []byte(s)
		for i, c := range b {
			if asciiAlpha(c) {
				b[i] = c ^ 0x20
			}
		}
		return Bytes(byteString(b))
	})
	addBytesNoArgs("capitalize", func(s string) Value {
		b := []byte(s)
		for i, c := range b {
			if i == 0 && asciiLower(c) || i > 0 && asciiUpper(c) {
				b[i] = c ^ 0x20
			}
		}
		return Bytes(byteString(b))
	})
	addBytesNoArgs("title", func(s string) Value {
		b := []byte(s)
		prevCased := false
		for i, c := range b {
			switch {
			case asciiLower(c):
				if !prevCased {
					b[i] = c ^ 0x20
				}
				prevCased = true
			case asciiUpper(c):
				if prevCased {
					b[i] = c ^ 0x20
				}
				prevCased = true
			default:
				prevCased = false
			}
		}
		return Bytes(byteString(b))
	})
	addBytesNoArgs("isascii", func(s string) Value { return MakeBool(isASCII(s)) })
	addBytesNoArgs("isalpha", func(s string) Value { return MakeBool(bytesAll(s, asciiAlpha)) })
	addBytesNoArgs("isalnum", func(s string) Value { return MakeBool(bytesAll(s, asciiAlnum)) })
	addBytesNoArgs("isdigit", func(s string) Value { return MakeBool(bytesAll(s, asciiDigit)) })
	addBytesNoArgs("isspace", func(s string) Value {
		return MakeBool(bytesAll(s, func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }))
	})
	addBytesNoArgs("islower", func(s string) Value { return MakeBool(bytesCased(s, asciiLower, asciiUpper)) })
	addBytesNoArgs("isupper", func(s string) Value { return MakeBool(bytesCased(s, asciiUpper, asciiLower)) })
	addBytesNoArgs("istitle", func(s string) Value {
		cased, prevCased := false, false
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case asciiUpper(c):
				if prevCased {
					return False
				}
				prevCased, cased = true, true
			case asciiLower(c):
				if !prevCased {
					return False
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return MakeBool(cased)
	})
}

// bytesAll reports whether s is not empty and all its bytes satisfy pred.
func bytesAll(s string, pred func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !pred(s[i]) {
			return false
		}
	}
	return true
}

// bytesCased is islower (want asciiLower, reject asciiUpper) and isupper.
func bytesCased(s string, want, reject func(byte) bool) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		if reject(s[i]) {
			return false
		}
		cased = cased || want(s[i])
	}
	return cased
}
