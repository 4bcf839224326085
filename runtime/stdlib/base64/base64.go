// Package base64 is Python's base64 module for the hfc VM: Base64 (standard
// and URL-safe, with validate), Base32 (and its extended hex alphabet),
// Base16 and Base85, and encodebytes/decodebytes, following CPython 3.11's
// base64.py and binascii.
package base64

import (
	"encoding/base64"
	"strings"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/binascii"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "base64"

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"b64encode":          vm.NewBuiltin("b64encode", b64encode),
			"b64decode":          vm.NewBuiltin("b64decode", b64decode),
			"standard_b64encode": vm.NewBuiltin("standard_b64encode", oneArg("standard_b64encode", "s", stdEncode)),
			"standard_b64decode": vm.NewBuiltin("standard_b64decode", oneArgDecode("standard_b64decode", "s", stdDecode)),
			"urlsafe_b64encode":  vm.NewBuiltin("urlsafe_b64encode", oneArg("urlsafe_b64encode", "s", urlEncode)),
			"urlsafe_b64decode":  vm.NewBuiltin("urlsafe_b64decode", oneArgDecode("urlsafe_b64decode", "s", urlDecode)),
			"b32encode":          vm.NewBuiltin("b32encode", oneArg("b32encode", "s", func(th *vm.Thread, s string) (vm.Value, error) { return b32encode(b32alphabet, s), nil })),
			"b32decode":          vm.NewBuiltin("b32decode", b32decodeFn("b32decode", b32alphabet, true)),
			"b32hexencode":       vm.NewBuiltin("b32hexencode", oneArg("b32hexencode", "s", func(th *vm.Thread, s string) (vm.Value, error) { return b32encode(b32hexAlphabet, s), nil })),
			"b32hexdecode":       vm.NewBuiltin("b32hexdecode", b32decodeFn("b32hexdecode", b32hexAlphabet, false)),
			"b16encode":          vm.NewBuiltin("b16encode", oneArg("b16encode", "s", b16encode)),
			"b16decode":          vm.NewBuiltin("b16decode", b16decode),
			"b85encode":          vm.NewBuiltin("b85encode", b85encodeFn),
			"b85decode":          vm.NewBuiltin("b85decode", oneArgDecode("b85decode", "b", b85decode)),
			"encodebytes":        vm.NewBuiltin("encodebytes", oneArg("encodebytes", "s", encodebytes)),
			"decodebytes":        vm.NewBuiltin("decodebytes", oneArg("decodebytes", "s", func(th *vm.Thread, s string) (vm.Value, error) { return binascii.A2BBase64(th, s, false) })),
		})
	})
}

// oneArg makes a function of one bytes-like argument.
func oneArg(name, arg string, f func(th *vm.Thread, s string) (vm.Value, error)) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var v vm.Value
		if err := th.UnpackArgs(name, args, kwnames, arg, &v); err != nil {
			return nil, err
		}
		b, ok := v.(vm.Bytes)
		if !ok {
			// The functions written in Python in CPython reject other
			// types through memoryview().
			switch name {
			case "encodebytes", "decodebytes":
				return nil, th.TypeError("expected bytes-like object, not %s", v.Type().Name)
			case "b32encode", "b32hexencode":
				return nil, th.TypeError("memoryview: a bytes-like object is required, not '%s'", v.Type().Name)
			}
			return nil, th.TypeError("a bytes-like object is required, not '%s'", v.Type().Name)
		}
		return f(th, string(b))
	}
}

// oneArgDecode makes a function of one bytes or ASCII str argument.
func oneArgDecode(name, arg string, f func(th *vm.Thread, s string) (vm.Value, error)) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var v vm.Value
		if err := th.UnpackArgs(name, args, kwnames, arg, &v); err != nil {
			return nil, err
		}
		s, err := binascii.AsciiData(th, v)
		if err != nil {
			return nil, err
		}
		return f(th, s)
	}
}

// altchars reads the two replacement characters for + and /.
func altchars(th *vm.Thread, v vm.Value, decode bool) (string, error) {
	var s string
	var err error
	if decode {
		s, err = binascii.AsciiData(th, v)
	} else {
		s, err = binascii.BytesArg(th, v)
	}
	if err != nil {
		return "", err
	}
	if len(s) != 2 {
		r, err := th.Repr(vm.Bytes(s))
		if err != nil {
			return "", err
		}
		return "", vm.NewException(vm.AssertionErrorClass, vm.Str(r))
	}
	return s, nil
}

// translate replaces the bytes of from by those of to.
func translate(s, from, to string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune(from, r); i >= 0 {
			return rune(to[i])
		}
		return r
	}, s)
}

func b64encode(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var v vm.Value
	alt := vm.None
	if err := th.UnpackArgs("b64encode", args, kwnames, "s", &v, "altchars?", &alt); err != nil {
		return nil, err
	}
	s, err := binascii.BytesArg(th, v)
	if err != nil {
		return nil, err
	}
	out := base64.StdEncoding.EncodeToString([]byte(s))
	if !vm.Is(alt, vm.None) {
		a, err := altchars(th, alt, false)
		if err != nil {
			return nil, err
		}
		out = translate(out, "+/", a)
	}
	return vm.Bytes(out), nil
}

func b64decode(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	var v vm.Value
	alt, validate := vm.None, vm.False
	if err := th.UnpackArgs("b64decode", args, kwnames, "s", &v, "altchars?", &alt, "validate?", &validate); err != nil {
		return nil, err
	}
	s, err := binascii.AsciiData(th, v)
	if err != nil {
		return nil, err
	}
	if !vm.Is(alt, vm.None) {
		a, err := altchars(th, alt, true)
		if err != nil {
			return nil, err
		}
		s = translate(s, a, "+/")
	}
	strict, err := th.Truth(validate)
	if err != nil {
		return nil, err
	}
	return binascii.A2BBase64(th, s, strict)
}

func stdEncode(th *vm.Thread, s string) (vm.Value, error) {
	return vm.Bytes(base64.StdEncoding.EncodeToString([]byte(s))), nil
}

func stdDecode(th *vm.Thread, s string) (vm.Value, error) { return binascii.A2BBase64(th, s, false) }

func urlEncode(th *vm.Thread, s string) (vm.Value, error) {
	return vm.Bytes(base64.URLEncoding.EncodeToString([]byte(s))), nil
}

func urlDecode(th *vm.Thread, s string) (vm.Value, error) {
	return binascii.A2BBase64(th, translate(s, "-_", "+/"), false)
}

// encodebytes is Base64 in lines of 76 characters, each ending with a
// newline.
func encodebytes(th *vm.Thread, s string) (vm.Value, error) {
	var b strings.Builder
	for i := 0; i < len(s); i += 57 {
		end := min(i+57, len(s))
		b.WriteString(base64.StdEncoding.EncodeToString([]byte(s[i:end])))
		b.WriteByte('\n')
	}
	return vm.Bytes(b.String()), nil
}
