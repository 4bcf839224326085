package vm

// bytes.hex, bytes.fromhex, bytes.translate and bytes.maketrans.

func init() {
	addBytesMethod("hex", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		var sep, perSep Value
		if err := th.UnpackArgs("hex", args, kwnames, "sep?", &sep, "bytes_per_sep?", &perSep); err != nil {
			return nil, err
		}
		group := 1
		if perSep != nil {
			n, err := th.cIntArg(perSep)
			if err != nil {
				return nil, err
			}
			group = n
		}
		var sepChar byte
		if sep != nil {
			c, err := th.hexSep(sep)
			if err != nil {
				return nil, err
			}
			sepChar = c
		}
		return Str(hexWithSep(s, sepChar, group)), nil
	})
	BytesClass.Dict.Set("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) == 0 {
			return nil, th.TypeError("descriptor 'fromhex' of 'bytes' object needs an argument")
		}
		if err := th.ExactArgs("bytes.fromhex", args[1:], kwnames, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, th.TypeError("fromhex() argument must be str, not %s", argTypeName(args[1]))
		}
		return th.bytesFromHex(string(s))
	})})
	addBytesMethod("translate", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		// translate(table, /, delete=b''): table is positional-only.
		if len(args) > 2 {
			return nil, th.TypeError("translate() takes at most 2 arguments (%d given)", len(args))
		}
		if len(args)-len(kwnames) < 1 {
			return nil, th.TypeError("translate() takes at least 1 positional argument (0 given)")
		}
		table := args[0]
		var del Value
		if err := th.UnpackArgs("translate", args[1:], kwnames, "delete?", &del); err != nil {
			return nil, err
		}
		var tbl string
		if !Is(table, None) {
			t, err := th.bytesArg(table)
			if err != nil {
				return nil, err
			}
			if len(t) != 256 {
				return nil, th.ValueError("translation table must be 256 characters long")
			}
			tbl = t
		}
		var drop [256]bool
		if del != nil {
			d, err := th.bytesArg(del)
			if err != nil {
				return nil, err
			}
			for i := 0; i < len(d); i++ {
				drop[d[i]] = true
			}
		}
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if drop[c] {
				continue
			}
			if tbl != "" {
				c = tbl[c]
			}
			b = append(b, c)
		}
		return Bytes(byteString(b)), nil
	})
	BytesClass.Dict.Set("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.positionalArgs("bytes", "maketrans", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		from, err := th.bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		to, err := th.bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		if len(from) != len(to) {
			return nil, th.ValueError("maketrans arguments must have same length")
		}
		var t [256]byte
		for i := range t {
			t[i] = byte(i)
		}
		for i := 0; i < len(from); i++ {
			t[from[i]] = to[i]
		}
		return Bytes(t[:]), nil
	})})
}

// hexSep checks the sep argument of bytes.hex.
func (th *Thread) hexSep(sep Value) (byte, error) {
	n, err := th.Len(sep)
	if err != nil {
		return 0, err
	}
	if n != 1 {
		return 0, th.ValueError("sep must be length 1.")
	}
	switch x := sep.(type) {
	case Str:
		if x[0] >= 0x80 {
			return 0, th.ValueError("sep must be ASCII.")
		}
		return x[0], nil
	case Bytes:
		if x[0] >= 0x80 {
			return 0, th.ValueError("sep must be ASCII.")
		}
		return x[0], nil
	}
	return 0, th.TypeError("sep must be str or bytes.")
}

// hexWithSep is CPython's _Py_strhex_with_sep: the hex digits of s, with
// sep (when not 0) between groups of |group| bytes counted from the right
// (group > 0) or from the left (group < 0).
func hexWithSep(s string, sep byte, group int) string {
	const digits = "0123456789abcdef"
	abs := group
	if abs < 0 {
		abs = -abs
	}
	useSep := sep != 0 && abs != 0 && len(s) > abs
	b := make([]byte, 0, 3*len(s))
	for i := 0; i < len(s); i++ {
		if useSep && i > 0 {
			var boundary bool
			if group < 0 {
				boundary = i%abs == 0
			} else {
				boundary = (len(s)-i)%abs == 0
			}
			if boundary {
				b = append(b, sep)
			}
		}
		b = append(b, digits[s[i]>>4], digits[s[i]&15])
	}
	return byteString(b)
}

// bytesFromHex is bytes.fromhex: pairs of hex digits, with ASCII
// whitespace allowed between pairs.
func (th *Thread) bytesFromHex(s string) (Value, error) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nil, th.ValueError("non-hexadecimal number found in fromhex() arg at position %d", strLen(s[:i]))
		}
	}
	isSpace := func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
	b := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if i >= len(s) {
				break
			}
		}
		top := hexValue(s[i])
		if top < 0 {
			return nil, th.ValueError("non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		i++
		bot := -1
		if i < len(s) {
			bot = hexValue(s[i])
		}
		if bot < 0 {
			return nil, th.ValueError("non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		i++
		b = append(b, byte(top<<4|bot))
	}
	return Bytes(byteString(b)), nil
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
