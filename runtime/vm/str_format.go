package vm

import (
	"sync"
	"sync/atomic"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// str.format, str.format_map and str.encode.

func init() {
	addStrMethod("format", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		env := &formatEnv{th: th, args: args[:npos], kwnames: kwnames, kwvals: args[npos:]}
		p := parseFormatCached(s)
		r, err := pyfmt.FormatParsed[Value](p.parts, p.err, env)
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Str(r), nil
	})
	addStrMethod("format_map", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("str.format_map", args, kwnames, 1); err != nil {
			return nil, err
		}
		env := &formatEnv{th: th, mapping: args[0]}
		p := parseFormatCached(s)
		r, err := pyfmt.FormatParsed[Value](p.parts, p.err, env)
		if err != nil {
			return nil, fromPyfmt(err)
		}
		return Str(r), nil
	})
	addStrMethod("encode", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		var encoding, errors Value
		if err := th.UnpackArgs("encode", args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		return th.encodeStr(Str(s), encoding, errors)
	})
}

// parsedFormat is a format string parsed by pyfmt.ParseFormatString.
type parsedFormat struct {
	parts []pyfmt.Part
	err   error
}

// formatCache holds the parsed format strings of str.format and format_map
// (programs format with a few literal strings): those of at most
// formatCacheMaxLen bytes, until it has formatCacheMax entries.
var (
	formatCache     sync.Map // string → *parsedFormat
	formatCacheSize atomic.Int64
)

const (
	formatCacheMax    = 4096
	formatCacheMaxLen = 1024
)

func parseFormatCached(s string) *parsedFormat {
	if p, ok := formatCache.Load(s); ok {
		return p.(*parsedFormat)
	}
	parts, err := pyfmt.ParseFormatString(s)
	p := &parsedFormat{parts, err}
	if len(s) <= formatCacheMaxLen && formatCacheSize.Load() < formatCacheMax {
		if _, loaded := formatCache.LoadOrStore(s, p); !loaded {
			formatCacheSize.Add(1)
		}
	}
	return p
}

// formatEnv evaluates the replacement fields of str.format (positional and
// keyword arguments) and str.format_map (a mapping) on VM values.
type formatEnv struct {
	th      *Thread
	args    []Value
	kwnames []string
	kwvals  []Value
	mapping Value // format_map's argument; nil for format
}

// Arg implements pyfmt.FormatEnv.
func (e *formatEnv) Arg(i int) (Value, error) {
	if e.mapping != nil {
		return nil, pyfmt.PositionalFieldsError()
	}
	if i >= len(e.args) {
		return nil, pyfmt.ArgIndexError(i)
	}
	return e.args[i], nil
}

// Kwarg implements pyfmt.FormatEnv.
func (e *formatEnv) Kwarg(name string) (Value, error) {
	if e.mapping != nil {
		return e.th.GetItem(e.mapping, Str(name))
	}
	for i, k := range e.kwnames {
		if k == name {
			return e.kwvals[i], nil
		}
	}
	return nil, NewException(KeyErrorClass, Str(name))
}

// Attr implements pyfmt.FormatEnv. Called from template code, str.format
// follows the template's lookup rules: no attribute starting with an
// underscore, and in a sandbox Jinja's getattr (SandboxedFormatter).
func (e *formatEnv) Attr(v Value, name string) (Value, error) {
	if e.th.inTemplate() && (name != "" && name[0] == '_' || e.th.tctx.Sandboxed()) {
		return e.th.jinjaGetattr(v, name)
	}
	return e.th.GetAttr(v, name)
}

// Item implements pyfmt.FormatEnv.
func (e *formatEnv) Item(v Value, index int, key string) (Value, error) {
	var k Value = Str(key)
	if index >= 0 {
		k = MakeInt(int64(index))
	}
	if e.th.inTemplate() && e.th.tctx.Sandboxed() {
		return e.th.jinjaGetitem(v, k)
	}
	return e.th.GetItem(v, k)
}

// Convert implements pyfmt.FormatEnv.
func (e *formatEnv) Convert(v Value, conversion rune) (Value, error) {
	var s string
	var err error
	switch conversion {
	case 's':
		s, err = e.th.Str(v)
	case 'a':
		s, err = e.th.Repr(v)
		s = pyfmt.EscapeASCII(s)
	default:
		s, err = e.th.Repr(v)
	}
	return Str(s), err
}

// Format implements pyfmt.FormatEnv.
func (e *formatEnv) Format(v Value, spec string) (string, error) {
	if s, ok := v.(Str); ok && spec == "" {
		return string(s), nil
	}
	return e.th.Format(v, spec)
}
