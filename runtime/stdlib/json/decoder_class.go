package json

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/vm"
)

// decoderOptions are the keyword-only parameters of JSONDecoder().
var decoderOptions = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"}

// defaultParseConstant stands for _CONSTANTS.__getitem__, the default
// parse_constant of a JSONDecoder.
var defaultParseConstant = vm.NewBuiltin("__getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("__getitem__", args, kwnames, 1); err != nil {
		return nil, err
	}
	d := &decoder{th: th}
	if s, ok := args[0].(vm.Str); ok {
		switch s {
		case "NaN", "Infinity", "-Infinity":
			v, _, err := d.constant(string(s), 0)
			return v, err
		}
	}
	return nil, vm.NewException(vm.KeyErrorClass, args[0])
})

func newDecoderClass(th *vm.Thread) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("json.decoder"))
	c, err := vm.NewClass(th, "JSONDecoder", "JSONDecoder", "json.decoder", nil, ns)
	if err != nil {
		panic(err)
	}
	c.AddMethod("__init__", decoderInit)
	c.AddMethod("decode", decoderDecode)
	c.AddMethod("raw_decode", decoderRawDecode)
	return c
}

// decoderInit is JSONDecoder.__init__(self, *, object_hook=None,
// parse_float=None, parse_int=None, parse_constant=None, strict=True,
// object_pairs_hook=None).
func decoderInit(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	_, kw, _, err := parseKwOnly(th, "JSONDecoder.__init__", append([]vm.Value{self}, args...), kwnames, []string{"self"}, decoderOptions, false)
	if err != nil {
		return nil, err
	}
	or := func(name string, def vm.Value) (vm.Value, error) {
		v := kw.get(name, vm.None)
		t, err := th.Truth(v)
		if err != nil || !t {
			return def, err
		}
		return v, nil
	}
	set := []struct {
		name string
		def  vm.Value
	}{
		{"object_hook", nil}, {"parse_float", vm.FloatClass}, {"parse_int", vm.IntClass},
		{"parse_constant", defaultParseConstant}, {"strict", nil}, {"object_pairs_hook", nil},
	}
	for _, a := range set {
		var v vm.Value
		switch a.def {
		case nil:
			v = kw.get(a.name, vm.None)
			if a.name == "strict" {
				v = kw.get(a.name, vm.True)
			}
		default:
			if v, err = or(a.name, a.def); err != nil {
				return nil, err
			}
		}
		if err := th.SetAttr(self, a.name, v); err != nil {
			return nil, err
		}
	}
	if err := th.SetAttr(self, "memo", vm.NewDict(0)); err != nil {
		return nil, err
	}
	return vm.None, nil
}

// newDecoder reads the options of a JSONDecoder instance.
func newDecoder(th *vm.Thread, self vm.Value, s string) (*decoder, error) {
	d := &decoder{th: th, s: s, maxDepth: depthLimit(th)}
	get := func(name string) (vm.Value, error) { return th.GetAttr(self, name) }
	strict, err := get("strict")
	if err != nil {
		return nil, err
	}
	if d.strict, err = th.Truth(strict); err != nil {
		return nil, err
	}
	hooks := []struct {
		name string
		def  vm.Value
		dst  *vm.Value
	}{
		{"object_hook", vm.None, &d.objectHook}, {"object_pairs_hook", vm.None, &d.pairsHook},
		{"parse_float", vm.FloatClass, &d.parseFloat}, {"parse_int", vm.IntClass, &d.parseInt},
		{"parse_constant", defaultParseConstant, &d.parseConstant},
	}
	for _, h := range hooks {
		v, err := get(h.name)
		if err != nil {
			return nil, err
		}
		if !vm.Is(v, h.def) && !vm.Is(v, vm.None) {
			*h.dst = v
		}
	}
	return d, nil
}

// depthLimit is how deep documents may nest before RecursionError: what
// remains of the thread's recursion limit.
func depthLimit(th *vm.Thread) int {
	limit := th.MaxDepth
	if limit <= 0 {
		limit = 1000
	}
	for fr := th.Frame(); fr != nil; fr = fr.Back {
		limit--
	}
	return limit
}

func decodeArg(th *vm.Thread, v vm.Value) (string, error) {
	s, ok := v.(vm.Str)
	if !ok {
		if _, isBytes := v.(vm.Bytes); isBytes {
			return "", th.TypeError("cannot use a string pattern on a bytes-like object")
		}
		return "", th.TypeError("expected string or bytes-like object, got '%s'", v.Type().Name)
	}
	return string(s), nil
}

// decoderDecode is JSONDecoder.decode(s).
func decoderDecode(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var sv vm.Value
	if err := th.UnpackArgs("decode", args, kwnames, "s", &sv); err != nil {
		return nil, err
	}
	s, err := decodeArg(th, sv)
	if err != nil {
		return nil, err
	}
	raw, err := th.GetAttr(self, "raw_decode")
	if err != nil {
		return nil, err
	}
	d, err := newDecoder(th, self, s)
	if err != nil {
		return nil, err
	}
	if isBaseMethod(raw, decoderClass, "raw_decode") {
		return d.decode()
	}
	r, err := th.CallValue(raw, []vm.Value{sv}, nil)
	if err != nil {
		return nil, err
	}
	t, err := th.ToTuple(r)
	if err != nil {
		return nil, err
	}
	if len(t) != 2 {
		return nil, th.ValueError("not enough values to unpack (expected 2, got %d)", len(t))
	}
	end, err := th.Index(t[1])
	if err != nil {
		return nil, err
	}
	off := d.skipWS(byteOffset(s, int(end)))
	if off != len(s) {
		return nil, d.fail("Extra data", off)
	}
	return t[0], nil
}

// decoderRawDecode is JSONDecoder.raw_decode(s, idx=0): the value that
// starts at idx and the index after it.
func decoderRawDecode(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var sv vm.Value
	var idxv vm.Value = vm.MakeInt(0)
	if err := th.UnpackArgs("raw_decode", args, kwnames, "s", &sv, "idx?", &idxv); err != nil {
		return nil, err
	}
	s, err := decodeArg(th, sv)
	if err != nil {
		return nil, err
	}
	idx, err := th.Index(idxv)
	if err != nil {
		return nil, err
	}
	if idx < 0 {
		return nil, th.ValueError("idx cannot be negative")
	}
	d, err := newDecoder(th, self, s)
	if err != nil {
		return nil, err
	}
	v, end, err := d.rawDecode(byteOffset(s, int(idx)))
	if err != nil {
		return nil, err
	}
	return vm.Tuple{v, vm.MakeInt(int64(charIndex(s, end)))}, nil
}

// loads is json.loads(s, *, cls=None, object_hook=None, parse_float=None,
// parse_int=None, parse_constant=None, object_pairs_hook=None, **kw).
func loads(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	pos, kw, extra, err := parseKwOnly(th, "loads", args, kwnames, []string{"s"}, []string{"cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}, true)
	if err != nil {
		return nil, err
	}
	return loadsValue(th, pos[0], kw, kwnames, extra)
}

func loadsValue(th *vm.Thread, sv vm.Value, kw kwargs, kwnames []string, extra kwargs) (vm.Value, error) {
	var s string
	switch x := sv.(type) {
	case vm.Str:
		s = string(x)
		if strings.HasPrefix(s, "\ufeff") {
			return nil, newDecodeError(th, "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
		}
	case vm.Bytes:
		dec, err := decodeBytes(th, string(x))
		if err != nil {
			return nil, err
		}
		s = dec
	default:
		return nil, th.TypeError("the JSON object must be str, bytes or bytearray, not %s", sv.Type().Name)
	}
	cls := kw.get("cls", vm.None)
	hooks := false
	for _, n := range []string{"object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"} {
		if !vm.Is(kw.get(n, vm.None), vm.None) {
			hooks = true
		}
	}
	if vm.Is(cls, vm.None) && !hooks && len(extra) == 0 {
		d := &decoder{th: th, s: s, strict: true, maxDepth: depthLimit(th)}
		return d.decode()
	}
	if vm.Is(cls, vm.None) {
		cls = decoderClass
	}
	pass := kwargs{}
	for _, n := range []string{"object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"} {
		if v := kw.get(n, vm.None); !vm.Is(v, vm.None) {
			pass[n] = v
		}
	}
	var passNames []string
	for _, n := range []string{"object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"} {
		if _, ok := pass[n]; ok {
			passNames = append(passNames, n)
		}
	}
	dec, err := callWithKwargs(th, cls, nil, extraNames(kwnames, extra), extra, passNames, pass)
	if err != nil {
		return nil, err
	}
	m, err := th.GetAttr(dec, "decode")
	if err != nil {
		return nil, err
	}
	if _, ok := sv.(vm.Bytes); ok {
		sv = vm.Str(s)
	}
	return th.CallValue(m, []vm.Value{sv}, nil)
}

// load is json.load(fp, ...): loads(fp.read(), ...).
func load(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	pos, kw, extra, err := parseKwOnly(th, "load", args, kwnames, []string{"fp"}, []string{"cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}, true)
	if err != nil {
		return nil, err
	}
	read, err := th.GetAttr(pos[0], "read")
	if err != nil {
		return nil, err
	}
	text, err := th.CallValue(read, nil, nil)
	if err != nil {
		return nil, err
	}
	return loadsValue(th, text, kw, kwnames, extra)
}

// decodeBytes is json.detect_encoding followed by bytes.decode(encoding,
// 'surrogatepass').
func decodeBytes(th *vm.Thread, b string) (string, error) {
	switch {
	case strings.HasPrefix(b, "\x00\x00\xfe\xff"):
		return decodeUTF32(th, b[4:], true)
	case strings.HasPrefix(b, "\xff\xfe\x00\x00"):
		return decodeUTF32(th, b[4:], false)
	case strings.HasPrefix(b, "\xfe\xff"):
		return decodeUTF16(th, b[2:], true)
	case strings.HasPrefix(b, "\xff\xfe"):
		return decodeUTF16(th, b[2:], false)
	case strings.HasPrefix(b, "\xef\xbb\xbf"):
		return decodeUTF8(th, b[3:], "utf-8-sig", 3)
	}
	if len(b) >= 4 {
		if b[0] == 0 {
			if b[1] != 0 {
				return decodeUTF16(th, b, true)
			}
			return decodeUTF32(th, b, true)
		}
		if b[1] == 0 {
			if b[2] != 0 || b[3] != 0 {
				return decodeUTF16(th, b, false)
			}
			return decodeUTF32(th, b, false)
		}
	} else if len(b) == 2 {
		if b[0] == 0 {
			return decodeUTF16(th, b, true)
		}
		if b[1] == 0 {
			return decodeUTF16(th, b, false)
		}
	}
	return decodeUTF8(th, b, "utf-8", 0)
}

func decodeUTF8(th *vm.Thread, b, codec string, skip int) (string, error) {
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := decodeWTF8(b[i:])
		if r != utf8.RuneError || n > 1 {
			sb.WriteString(b[i : i+n])
			i += n
			continue
		}
		c := b[i]
		need := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 2
		case c >= 0xe0 && c <= 0xef:
			need = 3
		case c >= 0xf0 && c <= 0xf4:
			need = 4
		}
		if need == 0 {
			return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode byte 0x%02x in position %d: invalid start byte", codec, c, i+skip)
		}
		if len(b)-i < need && utf8.FullRuneInString(b[i:]+strings.Repeat("\x80", need)) {
			valid := true
			for j := i + 1; j < len(b); j++ {
				if b[j]&0xc0 != 0x80 {
					valid = false
				}
			}
			if valid {
				if len(b)-i == 1 {
					return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode byte 0x%02x in position %d: unexpected end of data", codec, c, i+skip)
				}
				return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode bytes in position %d-%d: unexpected end of data", codec, i+skip, len(b)-1+skip)
			}
		}
		return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode byte 0x%02x in position %d: invalid continuation byte", codec, c, i+skip)
	}
	return sb.String(), nil
}

func decodeUTF16(th *vm.Thread, b string, bigEndian bool) (string, error) {
	codec := "utf-16-le"
	if bigEndian {
		codec = "utf-16-be"
	}
	if len(b)%2 != 0 {
		return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode byte 0x%02x in position %d: truncated data", codec, b[len(b)-1], len(b)-1)
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		hi, lo := b[2*i], b[2*i+1]
		if !bigEndian {
			hi, lo = lo, hi
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	var sb strings.Builder
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		if utf16.IsSurrogate(u) && u < 0xdc00 && i+1 < len(units) {
			if r := utf16.DecodeRune(u, rune(units[i+1])); r != utf8.RuneError {
				sb.WriteRune(r)
				i++
				continue
			}
		}
		appendWTF8(&sb, u)
	}
	return sb.String(), nil
}

func decodeUTF32(th *vm.Thread, b string, bigEndian bool) (string, error) {
	codec := "utf-32-le"
	if bigEndian {
		codec = "utf-32-be"
	}
	if len(b)%4 != 0 {
		return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode bytes in position %d-%d: truncated data", codec, len(b)/4*4, len(b)-1)
	}
	var sb strings.Builder
	for i := 0; i < len(b); i += 4 {
		var r rune
		if bigEndian {
			r = rune(b[i])<<24 | rune(b[i+1])<<16 | rune(b[i+2])<<8 | rune(b[i+3])
		} else {
			r = rune(b[i+3])<<24 | rune(b[i+2])<<16 | rune(b[i+1])<<8 | rune(b[i])
		}
		if r < 0 || r > 0x10ffff {
			return "", th.Raise(vm.UnicodeDecodeErrorClass, "'%s' codec can't decode bytes in position %d-%d: code point not in range(0x110000)", codec, i, i+3)
		}
		appendWTF8(&sb, r)
	}
	return sb.String(), nil
}

// newDecodeError makes a JSONDecodeError(msg, doc, pos) (pos counts code
// points).
func newDecodeError(th *vm.Thread, msg, doc string, pos int) *vm.Exception {
	e := vm.NewException(DecodeErrorClass)
	fillDecodeError(th, e, vm.Str(msg), doc, pos)
	return e
}

// fillDecodeError sets the message and the attributes msg, doc, pos,
// lineno and colno.
func fillDecodeError(th *vm.Thread, e *vm.Exception, msg vm.Value, doc string, pos int) {
	off := byteOffset(doc, pos)
	before := doc[:off]
	lineno := strings.Count(before, "\n") + 1
	colno := pos + 1
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		colno = pos - charIndex(doc, nl)
	}
	ms, _ := th.Str(msg)
	e.Args = vm.Tuple{vm.Str(fmt.Sprintf("%s: line %d column %d (char %d)", ms, lineno, colno, pos))}
	for _, a := range []struct {
		name string
		v    vm.Value
	}{
		{"msg", msg}, {"doc", vm.Str(doc)}, {"pos", vm.MakeInt(int64(pos))},
		{"lineno", vm.MakeInt(int64(lineno))}, {"colno", vm.MakeInt(int64(colno))},
	} {
		_ = th.SetAttr(e, a.name, a.v)
	}
}

// decodeErrorInit is JSONDecodeError.__init__(self, msg, doc, pos).
func decodeErrorInit(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var msg, doc, pos vm.Value
	if err := th.UnpackArgs("JSONDecodeError", args, kwnames, "msg", &msg, "doc", &doc, "pos", &pos); err != nil {
		return nil, err
	}
	ds, ok := doc.(vm.Str)
	if !ok {
		return nil, th.TypeError("descriptor 'count' for 'str' objects doesn't apply to a '%s' object", doc.Type().Name)
	}
	p, err := th.Index(pos)
	if err != nil {
		return nil, th.TypeError("slice indices must be integers or None or have an __index__ method")
	}
	e, ok := self.(*vm.Exception)
	if !ok {
		return nil, th.TypeError("JSONDecodeError.__init__ needs an exception instance")
	}
	fillDecodeError(th, e, msg, string(ds), int(p))
	return vm.None, nil
}
