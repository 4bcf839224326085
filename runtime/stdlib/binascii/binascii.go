// Package binascii is the part of Python's binascii module that base64
// builds on, for the hfc VM: Error, hexlify/unhexlify, a2b_base64 and
// b2a_base64 (with CPython 3.11's error messages), and crc32.
package binascii

import (
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"strconv"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "binascii"

var (
	// ErrorClass is binascii.Error.
	ErrorClass = vm.NewGoClass("Error", module, vm.ValueErrorClass, nil)
	// IncompleteClass is binascii.Incomplete.
	IncompleteClass = vm.NewGoClass("Incomplete", module, vm.ExceptionClass, nil)
)

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"Error":      ErrorClass,
			"Incomplete": IncompleteClass,
			"hexlify":    vm.NewBuiltin("hexlify", hexlify),
			"b2a_hex":    vm.NewBuiltin("b2a_hex", hexlify),
			"unhexlify":  vm.NewBuiltin("unhexlify", unhexlify),
			"a2b_hex":    vm.NewBuiltin("a2b_hex", unhexlify),
			"a2b_base64": vm.NewBuiltin("a2b_base64", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				var data vm.Value
				strict := vm.False
				if err := th.UnpackArgs("a2b_base64", args, kwnames, "data", &data, "$strict_mode?", &strict); err != nil {
					return nil, err
				}
				b, err := AsciiData(th, data)
				if err != nil {
					return nil, err
				}
				s, err := th.Truth(strict)
				if err != nil {
					return nil, err
				}
				return A2BBase64(th, b, s)
			}),
			"b2a_base64": vm.NewBuiltin("b2a_base64", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				var data vm.Value
				newline := vm.True
				if err := th.UnpackArgs("b2a_base64", args, kwnames, "data", &data, "$newline?", &newline); err != nil {
					return nil, err
				}
				b, err := BytesArg(th, data)
				if err != nil {
					return nil, err
				}
				s := base64.StdEncoding.EncodeToString([]byte(b))
				if nl, err := th.Truth(newline); err != nil {
					return nil, err
				} else if nl {
					s += "\n"
				}
				return vm.Bytes(s), nil
			}),
			"crc32": vm.NewBuiltin("crc32", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.PositionalArgs("crc32", args, kwnames, 1, 2); err != nil {
					return nil, err
				}
				b, err := BytesArg(th, args[0])
				if err != nil {
					return nil, err
				}
				var crc uint32
				if len(args) == 2 {
					n, ok := vm.AsInt64(args[1])
					if !ok {
						return nil, th.TypeError("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
					}
					crc = uint32(n)
				}
				return vm.MakeInt(int64(crc32.Update(crc, crc32.IEEETable, []byte(b)))), nil
			}),
		})
	})
}

// Fail returns a binascii.Error with message msg.
func Fail(msg string) error { return vm.NewException(ErrorClass, vm.Str(msg)) }

// BytesArg reads a bytes-like argument.
func BytesArg(th *vm.Thread, v vm.Value) (string, error) {
	if b, ok := v.(vm.Bytes); ok {
		return string(b), nil
	}
	return "", th.TypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

// AsciiData reads the argument of a decoding function: bytes, or a str
// of ASCII characters.
func AsciiData(th *vm.Thread, v vm.Value) (string, error) {
	switch x := v.(type) {
	case vm.Bytes:
		return string(x), nil
	case vm.Str:
		for i := 0; i < len(x); i++ {
			if x[i] >= 0x80 {
				return "", th.ValueError("string argument should contain only ASCII characters")
			}
		}
		return string(x), nil
	}
	return "", th.TypeError("argument should be a bytes-like object or ASCII string, not '%s'", v.Type().Name)
}

func hexlify(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var data vm.Value
	if err := th.UnpackArgs("hexlify", args, kwnames, "data", &data); err != nil {
		return nil, err
	}
	b, err := BytesArg(th, data)
	if err != nil {
		return nil, err
	}
	return vm.Bytes(hex.EncodeToString([]byte(b))), nil
}

func unhexlify(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var data vm.Value
	if err := th.UnpackArgs("unhexlify", args, kwnames, "hexstr", &data); err != nil {
		return nil, err
	}
	s, err := AsciiData(th, data)
	if err != nil {
		return nil, err
	}
	return Unhexlify(s)
}

// Unhexlify is binascii.unhexlify.
func Unhexlify(s string) (vm.Value, error) {
	if len(s)%2 != 0 {
		return nil, Fail("Odd-length string")
	}
	out, err := hex.DecodeString(s)
	if err != nil {
		return nil, Fail("Non-hexadecimal digit found")
	}
	return vm.Bytes(out), nil
}

const b64alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < len(b64alphabet); i++ {
		t[b64alphabet[i]] = byte(i)
	}
	return
}()

// A2BBase64 is binascii.a2b_base64 of CPython 3.11: in the default mode
// characters outside the alphabet are skipped and decoding stops at the
// padding; strict mode rejects them, and data after the padding.
func A2BBase64(th *vm.Thread, s string, strict bool) (vm.Value, error) {
	if strict && len(s) > 0 && s[0] == '=' {
		return nil, Fail("Leading padding not allowed")
	}
	out := make([]byte, 0, (len(s)+3)/4*3)
	quad, pads := 0, 0
	var left byte
	padding := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			padding = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(s) {
						return nil, Fail("Excess data after padding")
					}
					return vm.Bytes(out), nil
				}
			}
			continue
		}
		v := b64value[c]
		if v == 0xff {
			if strict {
				return nil, Fail("Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return nil, Fail("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	switch quad {
	case 0:
		return vm.Bytes(out), nil
	case 1:
		return nil, Fail("Invalid base64-encoded string: number of data characters (" + strconv.Itoa(len(out)/3*4+1) + ") cannot be 1 more than a multiple of 4")
	}
	return nil, Fail("Incorrect padding")
}
