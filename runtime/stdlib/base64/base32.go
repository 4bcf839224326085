package base64

import (
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/stdlib/binascii"
	"github.com/hyperflask/hfc/runtime/vm"
)

const (
	b32alphabet    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b32hexAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
	b85alphabet    = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
)

// b32encode is base64._b32encode.
func b32encode(alphabet, s string) vm.Value {
	leftover := len(s) % 5
	if leftover != 0 {
		s += strings.Repeat("\x00", 5-leftover)
	}
	out := make([]byte, 0, len(s)/5*8)
	for i := 0; i < len(s); i += 5 {
		var c uint64
		for j := 0; j < 5; j++ {
			c = c<<8 | uint64(s[i+j])
		}
		for shift := 35; shift >= 0; shift -= 5 {
			out = append(out, alphabet[(c>>uint(shift))&31])
		}
	}
	pad := map[int]int{1: 6, 2: 4, 3: 3, 4: 1}[leftover]
	for i := len(out) - pad; i < len(out); i++ {
		out[i] = '='
	}
	return vm.Bytes(out)
}

// b32decodeFn is b32decode(s, casefold=False, map01=None) and
// b32hexdecode(s, casefold=False).
func b32decodeFn(name, alphabet string, withMap01 bool) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var v vm.Value
		casefold, map01 := vm.False, vm.None
		var err error
		if withMap01 {
			err = th.UnpackArgs(name, args, kwnames, "s", &v, "casefold?", &casefold, "map01?", &map01)
		} else {
			err = th.UnpackArgs(name, args, kwnames, "s", &v, "casefold?", &casefold)
		}
		if err != nil {
			return nil, err
		}
		s, err := binascii.AsciiData(th, v)
		if err != nil {
			return nil, err
		}
		if len(s)%8 != 0 {
			return nil, binascii.Fail("Incorrect padding")
		}
		if !vm.Is(map01, vm.None) {
			m, err := binascii.AsciiData(th, map01)
			if err != nil {
				return nil, err
			}
			if len(m) != 1 {
				r, err := th.Repr(vm.Bytes(m))
				if err != nil {
					return nil, err
				}
				return nil, vm.NewException(vm.AssertionErrorClass, vm.Str(r))
			}
			s = translate(s, "01", "O"+m)
		}
		if fold, err := th.Truth(casefold); err != nil {
			return nil, err
		} else if fold {
			s = strings.ToUpper(s)
		}
		return b32decode(alphabet, s)
	}
}

// b32decode is base64._b32decode after the argument handling.
func b32decode(alphabet, s string) (vm.Value, error) {
	l := len(s)
	s = strings.TrimRight(s, "=")
	padchars := l - len(s)
	var decoded []byte
	var acc uint64
	for i := 0; i < len(s); i += 8 {
		acc = 0
		for _, c := range []byte(s[i:min(i+8, len(s))]) {
			d := strings.IndexByte(alphabet, c)
			if d < 0 {
				return nil, binascii.Fail("Non-base32 digit found")
			}
			acc = acc<<5 + uint64(d)
		}
		var buf [8]byte
		binary.BigEndian.PutUint64(buf[:], acc)
		decoded = append(decoded, buf[3:]...)
	}
	switch padchars {
	case 0, 1, 3, 4, 6:
	default:
		return nil, binascii.Fail("Incorrect padding")
	}
	if l%8 != 0 {
		return nil, binascii.Fail("Incorrect padding")
	}
	if padchars > 0 && len(decoded) > 0 {
		acc <<= uint(5 * padchars)
		var buf [8]byte
		binary.BigEndian.PutUint64(buf[:], acc)
		leftover := (43 - 5*padchars) / 8
		decoded = append(decoded[:len(decoded)-5], buf[3:3+leftover]...)
	}
	return vm.Bytes(decoded), nil
}

func b16encode(th *vm.Thread, s string) (vm.Value, error) {
	return vm.Bytes(strings.ToUpper(hex.EncodeToString([]byte(s)))), nil
}

// b16decode is b16decode(s, casefold=False).
func b16decode(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var v vm.Value
	casefold := vm.False
	if err := th.UnpackArgs("b16decode", args, kwnames, "s", &v, "casefold?", &casefold); err != nil {
		return nil, err
	}
	s, err := binascii.AsciiData(th, v)
	if err != nil {
		return nil, err
	}
	if fold, err := th.Truth(casefold); err != nil {
		return nil, err
	} else if fold {
		s = strings.ToUpper(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			return nil, binascii.Fail("Non-base16 digit found")
		}
	}
	return binascii.Unhexlify(s)
}

// b85encodeFn is b85encode(b, pad=False).
func b85encodeFn(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var v vm.Value
	padV := vm.False
	if err := th.UnpackArgs("b85encode", args, kwnames, "b", &v, "pad?", &padV); err != nil {
		return nil, err
	}
	b, ok := v.(vm.Bytes)
	if !ok {
		return nil, th.TypeError("memoryview: a bytes-like object is required, not '%s'", v.Type().Name)
	}
	s := string(b)
	pad, err := th.Truth(padV)
	if err != nil {
		return nil, err
	}
	padding := (4 - len(s)%4) % 4
	s += strings.Repeat("\x00", padding)
	out := make([]byte, 0, len(s)/4*5)
	for i := 0; i < len(s); i += 4 {
		word := binary.BigEndian.Uint32([]byte(s[i : i+4]))
		var chunk [5]byte
		for j := 4; j >= 0; j-- {
			chunk[j] = b85alphabet[word%85]
			word /= 85
		}
		out = append(out, chunk[:]...)
	}
	if padding > 0 && !pad {
		out = out[:len(out)-padding]
	}
	return vm.Bytes(out), nil
}

// b85decode is base64.b85decode.
func b85decode(th *vm.Thread, s string) (vm.Value, error) {
	padding := (5 - len(s)%5) % 5
	s += strings.Repeat("~", padding)
	out := make([]byte, 0, len(s)/5*4)
	for i := 0; i < len(s); i += 5 {
		var acc uint64
		for j := 0; j < 5; j++ {
			d := strings.IndexByte(b85alphabet, s[i+j])
			if d < 0 {
				return nil, th.ValueError("bad base85 character at position %s", strconv.Itoa(i+j))
			}
			acc = acc*85 + uint64(d)
		}
		if acc > 0xffffffff {
			return nil, th.ValueError("base85 overflow in hunk starting at byte %d", i)
		}
		var buf [4]byte
		binary.BigEndian.PutUint32(buf[:], uint32(acc))
		out = append(out, buf[:]...)
	}
	return vm.Bytes(out[:len(out)-padding]), nil
}
