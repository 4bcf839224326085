package json

import (
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// encoderOptions are the keyword-only parameters of JSONEncoder() and of
// dumps()/dump() that are passed on to it, in CPython's order.
var encoderOptions = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"}

func newEncoderClass(th *vm.Thread) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("json.encoder"))
	ns.Set("item_separator", vm.Str(", "))
	ns.Set("key_separator", vm.Str(": "))
	c, err := vm.NewClass(th, "JSONEncoder", "JSONEncoder", "json.encoder", nil, ns)
	if err != nil {
		panic(err)
	}
	c.AddMethod("__init__", encoderInit)
	c.AddMethod("default", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("default", args, kwnames, 1); err != nil {
			return nil, err
		}
		return nil, notSerializable(th, args[0])
	})
	c.AddMethod("encode", encoderEncode)
	c.AddMethod("iterencode", encoderIterencode)
	return c
}

// encoderInit is JSONEncoder.__init__(self, *, skipkeys=False,
// ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
// indent=None, separators=None, default=None).
func encoderInit(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	_, kw, _, err := parseKwOnly(th, "JSONEncoder.__init__", append([]vm.Value{self}, args...), kwnames, []string{"self"}, encoderOptions, false)
	if err != nil {
		return nil, err
	}
	for _, a := range []struct {
		name string
		def  vm.Value
	}{
		{"skipkeys", vm.False}, {"ensure_ascii", vm.True}, {"check_circular", vm.True},
		{"allow_nan", vm.True}, {"sort_keys", vm.False}, {"indent", vm.None},
	} {
		if err := th.SetAttr(self, a.name, kw.get(a.name, a.def)); err != nil {
			return nil, err
		}
	}
	if seps := kw.get("separators", vm.None); !vm.Is(seps, vm.None) {
		parts, err := th.ToSlice(seps)
		if err != nil {
			return nil, err
		}
		switch {
		case len(parts) < 2:
			return nil, th.ValueError("not enough values to unpack (expected 2, got %d)", len(parts))
		case len(parts) > 2:
			return nil, th.ValueError("too many values to unpack (expected 2)")
		}
		if err := th.SetAttr(self, "item_separator", parts[0]); err != nil {
			return nil, err
		}
		if err := th.SetAttr(self, "key_separator", parts[1]); err != nil {
			return nil, err
		}
	} else if !vm.Is(kw.get("indent", vm.None), vm.None) {
		if err := th.SetAttr(self, "item_separator", vm.Str(",")); err != nil {
			return nil, err
		}
	}
	if def := kw.get("default", vm.None); !vm.Is(def, vm.None) {
		if err := th.SetAttr(self, "default", def); err != nil {
			return nil, err
		}
	}
	return vm.None, nil
}

// isBaseMethod reports whether v is a JSONEncoder or JSONDecoder method
// bound to an instance (not overridden by a subclass).
func isBaseMethod(v vm.Value, cls *vm.Class, name string) bool {
	bm, ok := v.(*vm.BoundMethod)
	if !ok {
		return false
	}
	m, ok := bm.Func.(*vm.Method)
	return ok && m.Class == cls && m.Name == name
}

// newEncoder reads the options of a JSONEncoder instance.
func newEncoder(th *vm.Thread, self vm.Value, oneShot bool) (*encoder, error) {
	e := &encoder{th: th}
	for _, f := range []struct {
		name string
		dst  *bool
	}{
		{"skipkeys", &e.skipKeys}, {"ensure_ascii", &e.ensureASCII}, {"check_circular", &e.checkCircular},
		{"allow_nan", &e.allowNaN}, {"sort_keys", &e.sortKeys},
	} {
		v, err := th.GetAttr(self, f.name)
		if err != nil {
			return nil, err
		}
		if *f.dst, err = th.Truth(v); err != nil {
			return nil, err
		}
	}
	indent, err := th.GetAttr(self, "indent")
	if err != nil {
		return nil, err
	}
	item, err := th.GetAttr(self, "item_separator")
	if err != nil {
		return nil, err
	}
	key, err := th.GetAttr(self, "key_separator")
	if err != nil {
		return nil, err
	}
	def, err := th.GetAttr(self, "default")
	if err != nil {
		return nil, err
	}
	if !isBaseMethod(def, encoderClass, "default") {
		e.defaultFn = def
	}
	return e, e.configure(indent, item, key, oneShot)
}

// configure sets the indent and separators (and whether CPython would
// use its C encoder: one-shot encoding without indent).
func (e *encoder) configure(indent, item, key vm.Value, oneShot bool) error {
	th := e.th
	switch x := indent.(type) {
	case vm.NoneType:
	case vm.Str:
		s := string(x)
		e.indent = &s
	case vm.Int, vm.Bool:
		n, _ := vm.AsInt64(x)
		if n < 0 {
			n = 0
		}
		if err := checkRepeat(th, n); err != nil {
			return err
		}
		s := strings.Repeat(" ", int(n))
		e.indent = &s
	default:
		return th.TypeError("can't multiply sequence by non-int of type '%s'", indent.Type().Name)
	}
	e.oneShot = oneShot && e.indent == nil
	seps := []struct {
		v   vm.Value
		dst *string
		arg int // the argument of C's make_encoder()
	}{{key, &e.keySep, 5}, {item, &e.itemSep, 6}}
	if !e.oneShot {
		// _make_iterencode first uses the item separator (in item + newline).
		seps[0], seps[1] = seps[1], seps[0]
	}
	for _, sep := range seps {
		s, ok := sep.v.(vm.Str)
		if !ok {
			if e.oneShot {
				return th.TypeError("make_encoder() argument %d must be str, not %s", sep.arg, sep.v.Type().Name)
			}
			return th.TypeError("unsupported operand type(s) for +: '%s' and 'str'", sep.v.Type().Name)
		}
		*sep.dst = string(s)
	}
	return nil
}

// checkRepeat bounds the indent string (' ' * indent).
func checkRepeat(th *vm.Thread, n int64) error {
	if n > 1<<24 {
		return th.Raise(vm.MemoryErrorClass, "")
	}
	return nil
}

// encoderEncode is JSONEncoder.encode(o).
func encoderEncode(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("encode", args, kwnames, 1); err != nil {
		return nil, err
	}
	o := args[0]
	if s, ok := o.(vm.Str); ok {
		ascii, err := th.GetAttr(self, "ensure_ascii")
		if err != nil {
			return nil, err
		}
		a, err := th.Truth(ascii)
		if err != nil {
			return nil, err
		}
		return vm.Str(encodeString(string(s), a)), nil
	}
	iter, err := th.GetAttr(self, "iterencode")
	if err != nil {
		return nil, err
	}
	if isBaseMethod(iter, encoderClass, "iterencode") {
		e, err := newEncoder(th, self, true)
		if err != nil {
			return nil, err
		}
		if err := e.encode(o, 0); err != nil {
			return nil, err
		}
		return vm.Str(e.out.String()), nil
	}
	chunks, err := th.CallValue(iter, []vm.Value{o, vm.True}, []string{"_one_shot"})
	if err != nil {
		return nil, err
	}
	return joinChunks(th, chunks)
}

// joinChunks is ”.join(chunks).
func joinChunks(th *vm.Thread, chunks vm.Value) (vm.Value, error) {
	var b strings.Builder
	i := 0
	err := th.ForEach(chunks, func(c vm.Value) error {
		s, ok := c.(vm.Str)
		if !ok {
			return th.TypeError("sequence item %d: expected str instance, %s found", i, c.Type().Name)
		}
		b.WriteString(string(s))
		i++
		return nil
	})
	if err != nil {
		return nil, err
	}
	return vm.Str(b.String()), nil
}

// encoderIterencode is JSONEncoder.iterencode(o, _one_shot=False): an
// iterator over the chunks (computed eagerly), or, one-shot without
// indent, a 1-tuple holding the whole text as from CPython's C encoder.
func encoderIterencode(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	var o vm.Value
	oneShot := vm.False
	if err := th.UnpackArgs("iterencode", args, kwnames, "o", &o, "_one_shot?", &oneShot); err != nil {
		return nil, err
	}
	one, err := th.Truth(oneShot)
	if err != nil {
		return nil, err
	}
	e, err := newEncoder(th, self, one)
	if err != nil {
		return nil, err
	}
	if e.oneShot {
		// CPython's C encoder returns the whole text as one chunk.
		if err := e.encode(o, 0); err != nil {
			return nil, err
		}
		return vm.Tuple{vm.Str(e.out.String())}, nil
	}
	var chunks []vm.Value
	e.emit = func(s string) error {
		chunks = append(chunks, vm.Str(s))
		return nil
	}
	if err := e.encode(o, 0); err != nil {
		return nil, err
	}
	return th.Iter(vm.NewList(chunks))
}

// dumps is json.dumps(obj, *, skipkeys=False, ensure_ascii=True,
// check_circular=True, allow_nan=True, cls=None, indent=None,
// separators=None, default=None, sort_keys=False, **kw).
func dumps(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	pos, kw, extra, err := parseKwOnly(th, "dumps", args, kwnames, []string{"obj"}, append([]string{"cls"}, encoderOptions...), true)
	if err != nil {
		return nil, err
	}
	cls := kw.get("cls", vm.None)
	if vm.Is(cls, vm.None) && len(extra) == 0 {
		e, err := encoderFromArgs(th, kw, true)
		if err != nil {
			return nil, err
		}
		if s, ok := pos[0].(vm.Str); ok {
			return vm.Str(encodeString(string(s), e.ensureASCII)), nil
		}
		if err := e.encode(pos[0], 0); err != nil {
			return nil, err
		}
		return vm.Str(e.out.String()), nil
	}
	enc, err := instantiateEncoder(th, cls, kw, kwnames, extra)
	if err != nil {
		return nil, err
	}
	m, err := th.GetAttr(enc, "encode")
	if err != nil {
		return nil, err
	}
	return th.CallValue(m, []vm.Value{pos[0]}, nil)
}

func instantiateEncoder(th *vm.Thread, cls vm.Value, kw kwargs, kwnames []string, extra kwargs) (vm.Value, error) {
	if vm.Is(cls, vm.None) {
		cls = encoderClass
	}
	full := kwargs{"skipkeys": vm.False, "ensure_ascii": vm.True, "check_circular": vm.True, "allow_nan": vm.True,
		"indent": vm.None, "separators": vm.None, "default": vm.None, "sort_keys": vm.False}
	for k, v := range kw {
		full[k] = v
	}
	order := []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys"}
	return callWithKwargs(th, cls, nil, order, full, extraNames(kwnames, extra), extra)
}

// encoderFromArgs builds the encoder JSONEncoder(**kw) would configure.
func encoderFromArgs(th *vm.Thread, kw kwargs, oneShot bool) (*encoder, error) {
	e := &encoder{th: th}
	for _, f := range []struct {
		name string
		def  bool
		dst  *bool
	}{
		{"skipkeys", false, &e.skipKeys}, {"ensure_ascii", true, &e.ensureASCII}, {"check_circular", true, &e.checkCircular},
		{"allow_nan", true, &e.allowNaN}, {"sort_keys", false, &e.sortKeys},
	} {
		*f.dst = f.def
		if v, ok := kw[f.name]; ok {
			t, err := th.Truth(v)
			if err != nil {
				return nil, err
			}
			*f.dst = t
		}
	}
	indent := kw.get("indent", vm.None)
	var item, key vm.Value = vm.Str(", "), vm.Str(": ")
	if seps := kw.get("separators", vm.None); !vm.Is(seps, vm.None) {
		parts, err := th.ToSlice(seps)
		if err != nil {
			return nil, err
		}
		switch {
		case len(parts) < 2:
			return nil, th.ValueError("not enough values to unpack (expected 2, got %d)", len(parts))
		case len(parts) > 2:
			return nil, th.ValueError("too many values to unpack (expected 2)")
		}
		item, key = parts[0], parts[1]
	} else if !vm.Is(indent, vm.None) {
		item = vm.Str(",")
	}
	if def := kw.get("default", vm.None); !vm.Is(def, vm.None) {
		e.defaultFn = def
	}
	return e, e.configure(indent, item, key, oneShot)
}

// dump is json.dump(obj, fp, ...): the chunks of iterencode written with
// fp.write.
func dump(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	pos, kw, extra, err := parseKwOnly(th, "dump", args, kwnames, []string{"obj", "fp"}, append([]string{"cls"}, encoderOptions...), true)
	if err != nil {
		return nil, err
	}
	cls := kw.get("cls", vm.None)
	var write vm.Value
	writeChunk := func(c vm.Value) error {
		if write == nil {
			w, err := th.GetAttr(pos[1], "write")
			if err != nil {
				return err
			}
			write = w
		}
		_, err := th.CallValue(write, []vm.Value{c}, nil)
		return err
	}
	if vm.Is(cls, vm.None) && len(extra) == 0 {
		e, err := encoderFromArgs(th, kw, false)
		if err != nil {
			return nil, err
		}
		e.emit = func(s string) error { return writeChunk(vm.Str(s)) }
		if err := e.encode(pos[0], 0); err != nil {
			return nil, err
		}
		return vm.None, nil
	}
	enc, err := instantiateEncoder(th, cls, kw, kwnames, extra)
	if err != nil {
		return nil, err
	}
	m, err := th.GetAttr(enc, "iterencode")
	if err != nil {
		return nil, err
	}
	chunks, err := th.CallValue(m, []vm.Value{pos[0]}, nil)
	if err != nil {
		return nil, err
	}
	if err := th.ForEach(chunks, writeChunk); err != nil {
		return nil, err
	}
	return vm.None, nil
}
