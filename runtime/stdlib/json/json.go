// Package json is Python's json module for the hfc VM: dumps, dump, loads,
// load, JSONEncoder, JSONDecoder and JSONDecodeError, with CPython 3.11's
// output, error messages and error positions. JSONEncoder and JSONDecoder
// are classes that Python code may subclass (overriding default, encode,
// decode …), as in CPython where they are written in Python.
package json

import (
	"sync"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	loader.RegisterGoModule("json", func() *vm.Module { return classes().json })
	loader.RegisterGoModule("json.decoder", func() *vm.Module { return classes().decoder })
	loader.RegisterGoModule("json.encoder", func() *vm.Module { return classes().encoder })
}

// modules holds the json package and its submodules, built once so that
// json.decoder.JSONDecodeError is json.JSONDecodeError.
type modules struct {
	json, decoder, encoder *vm.Module
}

var (
	built     *modules
	buildOnce sync.Once
)

// DecodeErrorClass is json.JSONDecodeError, a subclass of ValueError.
var DecodeErrorClass = vm.NewGoExceptionClass("JSONDecodeError", "json.decoder", vm.ValueErrorClass)

var (
	encoderClass *vm.Class
	decoderClass *vm.Class
)

func classes() *modules {
	buildOnce.Do(build)
	return built
}

func build() {
	th := vm.NewThread(nil)
	encoderClass = newEncoderClass(th)
	decoderClass = newDecoderClass(th)
	DecodeErrorClass.AddMethod("__init__", decodeErrorInit)

	b := func(name string, fn vm.BuiltinFunc) *vm.Builtin {
		f := vm.NewBuiltin(name, fn)
		f.Module = "json"
		return f
	}
	dec := vm.NewGoModule("json.decoder", map[string]vm.Value{
		"JSONDecoder":     decoderClass,
		"JSONDecodeError": DecodeErrorClass,
	})
	enc := vm.NewGoModule("json.encoder", map[string]vm.Value{
		"JSONEncoder": encoderClass,
		"encode_basestring": b("encode_basestring", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return basestring(th, "encode_basestring", args, kwnames, false)
		}),
		"encode_basestring_ascii": b("encode_basestring_ascii", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return basestring(th, "encode_basestring_ascii", args, kwnames, true)
		}),
	})
	js := vm.NewGoModule("json", map[string]vm.Value{
		"dumps":           b("dumps", dumps),
		"dump":            b("dump", dump),
		"loads":           b("loads", loads),
		"load":            b("load", load),
		"JSONEncoder":     encoderClass,
		"JSONDecoder":     decoderClass,
		"JSONDecodeError": DecodeErrorClass,
		"decoder":         dec,
		"encoder":         enc,
		"__all__": vm.NewList([]vm.Value{vm.Str("dump"), vm.Str("dumps"), vm.Str("load"), vm.Str("loads"),
			vm.Str("JSONDecoder"), vm.Str("JSONDecodeError"), vm.Str("JSONEncoder")}),
	})
	built = &modules{json: js, decoder: dec, encoder: enc}
}

func basestring(th *vm.Thread, name string, args []vm.Value, kwnames []string, ascii bool) (vm.Value, error) {
	if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("first argument must be a string, not %s", args[0].Type().Name)
	}
	return vm.Str(encodeString(string(s), ascii)), nil
}

// kwargs collects keyword arguments by name.
type kwargs map[string]vm.Value

// parseKwOnly checks a call of a function with the positional parameters
// posNames
// and keyword-only ones: it returns the positional arguments and the
// keyword arguments, those not in known going to **kw when rest is true.
func parseKwOnly(th *vm.Thread, fname string, args []vm.Value, kwnames []string, posNames []string, known []string, rest bool) ([]vm.Value, kwargs, kwargs, error) {
	n := len(args) - len(kwnames)
	npos := len(posNames)
	if n != npos {
		if n < npos {
			missing := posNames[n:]
			quoted := make([]string, len(missing))
			for i, m := range missing {
				quoted[i] = "'" + m + "'"
			}
			list := quoted[0]
			if len(quoted) == 2 {
				list = quoted[0] + " and " + quoted[1]
			}
			return nil, nil, nil, th.TypeError("%s() missing %d required positional argument%s: %s", fname, npos-n, plural(npos-n), list)
		}
		return nil, nil, nil, th.TypeError("%s() takes %d positional argument%s but %d were given", fname, npos, plural(npos), n)
	}
	kw := kwargs{}
	extra := kwargs{}
	for i, name := range kwnames {
		v := args[n+i]
		isKnown := false
		for _, k := range known {
			if k == name {
				isKnown = true
				break
			}
		}
		switch {
		case isKnown:
			kw[name] = v
		case rest:
			extra[name] = v
		default:
			return nil, nil, nil, th.TypeError("%s() got an unexpected keyword argument '%s'", fname, name)
		}
	}
	return args[:n], kw, extra, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// get returns a keyword argument or its default.
func (k kwargs) get(name string, def vm.Value) vm.Value {
	if v, ok := k[name]; ok {
		return v
	}
	return def
}

// callWithKwargs calls f(*args, **kw) with kw in a stable order.
func callWithKwargs(th *vm.Thread, f vm.Value, args []vm.Value, order []string, kw kwargs, extra []string, extraKw kwargs) (vm.Value, error) {
	all := append([]vm.Value(nil), args...)
	var names []string
	for _, n := range order {
		if v, ok := kw[n]; ok {
			all = append(all, v)
			names = append(names, n)
		}
	}
	for _, n := range extra {
		all = append(all, extraKw[n])
		names = append(names, n)
	}
	return th.CallValue(f, all, names)
}

// extraNames returns the names of the extra keyword arguments in call order.
func extraNames(kwnames []string, extra kwargs) []string {
	var out []string
	for _, n := range kwnames {
		if _, ok := extra[n]; ok {
			out = append(out, n)
		}
	}
	return out
}

// Loads decodes a JSON document as json.loads(s) does with no hooks: objects
// become dicts in document order, numbers ints or floats.
func Loads(th *vm.Thread, s string) (vm.Value, error) {
	d := &decoder{th: th, s: s, strict: true, maxDepth: 200}
	return d.decode()
}
