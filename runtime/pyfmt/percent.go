package pyfmt

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// PercentValue is one value consumed by a conversion of str % args, as the
// VM sees it.
type PercentValue interface {
	// TypeName returns the name of the value's class, for error messages.
	TypeName() string
	// Str returns str(v).
	Str() (string, error)
	// Repr returns repr(v).
	Repr() (string, error)
	// Int reports whether v is an int (bool included) and its value: the
	// int64 when big is nil.
	Int() (small int64, big *big.Int, ok bool)
	// Float reports whether v is a float and its value.
	Float() (float64, bool)
	// Text reports whether v is a str and its value.
	Text() (string, bool)
}

// PercentArgs is the right operand of str % args.
type PercentArgs interface {
	// Len returns the number of items when the operand is a tuple, or -1
	// when the operand is a single value.
	Len() int
	// Item returns tuple item i, or the operand itself when Len is -1.
	Item(i int) PercentValue
	// Mapping reports whether %(key) may look keys up in the operand:
	// CPython's PyMapping_Check (the type has __getitem__) for an operand
	// that is neither a tuple nor a str.
	Mapping() bool
	// Lookup returns operand[key]; its error (KeyError...) is returned by
	// Percent unchanged.
	Lookup(key string) (PercentValue, error)
}

// Percent returns format % args (printf-style formatting), as CPython's
// PyUnicode_Format. Objects other than int, bool, float and str are not
// numbers for %d, %x, %e and %c (no __index__, __int__ or __float__).
func Percent(format string, args PercentArgs) (string, error) {
	p := percent{fmt: []rune(format)}
	return p.run(format, args)
}

func (p *percent) run(format string, args PercentArgs) (string, error) {
	p.arglen, p.args, p.mapping = args.Len(), args, args.Mapping()
	if p.arglen < 0 {
		p.argidx = -2
		p.single = args.Item(0)
	}
	p.out.Grow(len(format) + 16)
	for p.pos < len(p.fmt) {
		if p.fmt[p.pos] != '%' {
			start := p.pos
			for p.pos < len(p.fmt) && p.fmt[p.pos] != '%' {
				p.pos++
			}
			p.writeRunes(p.fmt[start:p.pos])
			continue
		}
		p.pos++
		p.cnt = len(p.fmt) - p.pos
		if err := p.arg(); err != nil {
			return "", err
		}
	}
	if p.argidx < p.arglen && !p.mapping {
		what := "string"
		if p.bytes {
			what = "bytes"
		}
		return "", errorf(TypeError, "not all arguments converted during %s formatting", what)
	}
	return p.out.String(), nil
}

// percent is the state of one Percent call. While a conversion is parsed,
// cnt counts the code points left after pos, and goes negative when the
// format ends too early, as fmtcnt in CPython's unicode_formatter_t; argidx
// and arglen are as there too.
type percent struct {
	fmt     []rune
	pos     int
	cnt     int
	args    PercentArgs
	single  PercentValue // the operand (or the looked-up value) when arglen is -1
	arglen  int
	argidx  int
	mapping bool
	out     strings.Builder
	// bytes selects bytes % args (PercentBytes): fmt and out then hold
	// bytes as the code points U+0000-U+00FF. signed records that the
	// conversion character was read where CPython's bytes formatter reads
	// a signed char (it reports bytes >= 0x80 there with an empty
	// ValueError).
	bytes  bool
	signed bool
}

// Conversion flags.
const (
	fLJust = 1 << iota
	fSign
	fBlank
	fAlt
	fZero
)

// percentArg is one parsed conversion.
type percentArg struct {
	ch    rune
	flags int
	width int
	prec  int
	sign  bool
}

func (p *percent) writeRunes(rs []rune) {
	for _, r := range rs {
		p.out.WriteRune(r)
	}
}

// read returns the code point at pos, or 0 past the end as C's terminator.
func (p *percent) read() rune {
	if p.pos < len(p.fmt) {
		return p.fmt[p.pos]
	}
	return 0
}

func (p *percent) next() (PercentValue, error) {
	if p.argidx < p.arglen {
		i := p.argidx
		p.argidx++
		if p.arglen < 0 {
			return p.single, nil
		}
		return p.args.Item(i), nil
	}
	return nil, errorf(TypeError, "not enough arguments for format string")
}

// arg handles one conversion, the '%' already consumed.
func (p *percent) arg() error {
	if p.read() == '%' {
		p.pos++
		p.cnt--
		p.out.WriteByte('%')
		return nil
	}
	a := percentArg{width: -1, prec: -1}
	if err := p.parse(&a); err != nil {
		return err
	}
	s, done, err := p.convert(&a)
	if err != nil || done {
		return err
	}
	return p.output(&a, s)
}

// parse is CPython's unicode_format_arg_parse.
func (p *percent) parse(a *percentArg) error {
	if p.read() == '(' {
		if !p.mapping {
			return errorf(TypeError, "format requires a mapping")
		}
		p.pos++
		p.cnt--
		start := p.pos
		depth := 1
		for depth > 0 {
			p.cnt--
			if p.cnt < 0 {
				break
			}
			a.ch = p.read()
			if a.ch == ')' {
				depth--
			} else if a.ch == '(' {
				depth++
			}
			p.pos++
		}
		if p.cnt < 0 || depth > 0 {
			return valueError("incomplete format key")
		}
		key := string(p.fmt[start : p.pos-1])
		if p.bytes {
			key = latin1Encode(key)
		}
		v, err := p.args.Lookup(key)
		if err != nil {
			return err
		}
		p.single, p.arglen, p.argidx = v, -1, -2
	}
	for {
		p.cnt--
		if p.cnt < 0 {
			break
		}
		a.ch = p.read()
		p.pos++
		p.signed = true
		flag := 0
		switch a.ch {
		case '-':
			flag = fLJust
		case '+':
			flag = fSign
		case ' ':
			flag = fBlank
		case '#':
			flag = fAlt
		case '0':
			flag = fZero
		case 'z':
			if p.bytes {
				// CPython's bytes formatter takes 'z' for a flag.
				continue
			}
		}
		if flag == 0 {
			break
		}
		a.flags |= flag
	}
	if a.ch == '*' {
		w, err := p.starArg(false)
		if err != nil {
			return err
		}
		a.width = w
		if a.width < 0 {
			a.flags |= fLJust
			a.width = -a.width
		}
		p.advance(a)
	} else if a.ch >= '0' && a.ch <= '9' {
		a.width = int(a.ch - '0')
		for {
			p.cnt--
			if p.cnt < 0 {
				break
			}
			a.ch = p.read()
			p.pos++
			p.signed = false
			if a.ch < '0' || a.ch > '9' {
				break
			}
			d := int(a.ch - '0')
			if a.width > (maxSsize-d)/10 {
				return valueError("width too big")
			}
			a.width = a.width*10 + d
		}
	}
	if a.ch == '.' {
		a.prec = 0
		p.advance(a)
		if a.ch == '*' {
			pr, err := p.starArg(true)
			if err != nil {
				return err
			}
			a.prec = max(pr, 0)
			p.advance(a)
		} else if a.ch >= '0' && a.ch <= '9' {
			a.prec = int(a.ch - '0')
			for {
				p.cnt--
				if p.cnt < 0 {
					break
				}
				a.ch = p.read()
				p.pos++
				p.signed = false
				if a.ch < '0' || a.ch > '9' {
					break
				}
				d := int(a.ch - '0')
				if a.prec > (math.MaxInt32-d)/10 {
					return valueError("precision too big")
				}
				a.prec = a.prec*10 + d
			}
		}
	}
	if p.cnt >= 0 && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
		p.advance(a)
	}
	if p.cnt < 0 {
		return valueError("incomplete format")
	}
	return nil
}

// advance reads the next code point into a.ch, if there is one.
func (p *percent) advance(a *percentArg) {
	p.cnt--
	if p.cnt >= 0 {
		a.ch = p.read()
		p.pos++
		p.signed = true
	}
}

// starArg takes the next argument as a '*' width (ssize_t) or precision (int).
func (p *percent) starArg(precision bool) (int, error) {
	v, err := p.next()
	if err != nil {
		return 0, err
	}
	small, bigv, ok := v.Int()
	if !ok {
		return 0, errorf(TypeError, "* wants int")
	}
	switch {
	case precision && (bigv != nil || small < math.MinInt32 || small > math.MaxInt32):
		return 0, errorf(OverflowError, "Python int too large to convert to C int")
	case bigv != nil:
		return 0, errorf(OverflowError, "Python int too large to convert to C ssize_t")
	case small == math.MinInt64:
		return math.MaxInt64, nil
	}
	return int(small), nil
}

// convert is CPython's unicode_format_arg_format: it returns the converted
// text, or done when the conversion was written directly.
func (p *percent) convert(a *percentArg) (s string, done bool, err error) {
	v, err := p.next()
	if err != nil {
		return "", false, err
	}
	if p.bytes {
		if s, done, handled, err := p.convertBytes(a, v); handled {
			return s, done, err
		}
	}
	switch a.ch {
	case 's':
		if t, ok := v.Text(); ok {
			return t, false, nil
		}
		s, err = v.Str()
		return s, false, err
	case 'r':
		s, err = v.Repr()
		return s, false, err
	case 'a':
		s, err = v.Repr()
		return EscapeASCII(s), false, err
	case 'i', 'd', 'u', 'o', 'x', 'X':
		s, err = percentInt(v, a)
		a.sign = true
		return s, false, err
	case 'e', 'E', 'f', 'F', 'g', 'G':
		s, err = percentFloat(v, a)
		a.sign = true
		return s, false, err
	case 'c':
		c, err := percentChar(v)
		if err != nil {
			return "", false, err
		}
		if a.width == -1 && a.prec == -1 {
			p.out.WriteRune(c)
			return "", true, nil
		}
		return string(c), false, nil
	}
	shown := a.ch
	if p.bytes {
		if a.ch >= 0x80 && p.signed {
			return "", false, &Error{Class: ValueError}
		}
	} else if a.ch < 31 || a.ch > 126 {
		shown = '?'
	}
	return "", false, errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, a.ch, p.pos-1)
}

// percentInt is CPython's mainformatlong and _PyUnicode_FormatLong.
func percentInt(v PercentValue, a *percentArg) (string, error) {
	small, bigv, ok := v.Int()
	if !ok {
		f, isFloat := v.Float()
		if !isFloat || a.ch == 'o' || a.ch == 'x' || a.ch == 'X' {
			what := "a real number"
			if a.ch == 'o' || a.ch == 'x' || a.ch == 'X' {
				what = "an integer"
			}
			return "", errorf(TypeError, "%%%c format: %s is required, not %s", a.ch, what, v.TypeName())
		}
		z, err := FloatToInt(f)
		if err != nil {
			return "", err
		}
		bigv = z
	}
	if a.prec > math.MaxInt32-3 {
		return "", errorf(OverflowError, "precision too large")
	}
	iv := intValue{small: small, big: bigv}
	if bigv != nil && bigv.IsInt64() {
		iv = intValue{small: bigv.Int64()}
	}
	base, prefix := 10, ""
	switch a.ch {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	digits, err := iv.text(base)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if digits[0] == '-' {
		b.WriteByte('-')
		digits = digits[1:]
	}
	if a.flags&fAlt != 0 {
		b.WriteString(prefix)
	}
	if a.prec > len(digits) {
		if a.prec > maxResultLen {
			return "", errMemory()
		}
		b.WriteString(strings.Repeat("0", a.prec-len(digits)))
	}
	b.WriteString(digits)
	if a.ch == 'X' {
		return strings.ToUpper(b.String()), nil
	}
	return b.String(), nil
}

// percentFloat is CPython's formatfloat.
func percentFloat(v PercentValue, a *percentArg) (string, error) {
	f, ok := v.Float()
	if !ok {
		small, bigv, isInt := v.Int()
		if !isInt {
			return "", errorf(TypeError, "must be real number, not %s", v.TypeName())
		}
		var err error
		if f, err = (intValue{small: small, big: bigv}).float(); err != nil {
			return "", err
		}
	}
	prec := a.prec
	if prec < 0 {
		prec = 6
	}
	var flags floatFlags
	if a.flags&fAlt != 0 {
		flags = flagAlt
	}
	if tooLong(byte(a.ch), prec, flags) {
		return "", errMemory()
	}
	s, _ := doubleToString(f, byte(a.ch), prec, flags)
	return s, nil
}

// percentChar is CPython's formatchar.
func percentChar(v PercentValue) (rune, error) {
	if t, ok := v.Text(); ok {
		if r, size := utf8.DecodeRuneInString(t); size > 0 && size == len(t) {
			return r, nil
		}
		return 0, errorf(TypeError, "%%c requires int or char")
	}
	small, bigv, ok := v.Int()
	if !ok {
		return 0, errorf(TypeError, "%%c requires int or char")
	}
	if bigv != nil || small < 0 || small > 0x10ffff {
		return 0, errorf(OverflowError, "%%c arg not in range(0x110000)")
	}
	return rune(small), nil
}

// output is CPython's unicode_format_arg_output: sign, prefix, padding.
func (p *percent) output(a *percentArg, str string) error {
	fill := ' '
	if a.sign && a.flags&fZero != 0 {
		fill = '0'
	}
	rs := []rune(str)
	n := len(rs)
	if (a.width == -1 || a.width <= n) && (a.prec == -1 || a.prec >= n) && a.flags&(fSign|fBlank) == 0 {
		p.out.WriteString(str)
		return nil
	}
	if (a.ch == 's' || a.ch == 'r' || a.ch == 'a' || a.ch == 'b') && a.prec >= 0 && n >= a.prec {
		n = a.prec
	}
	pindex := 0
	var signchar rune
	if a.sign {
		switch c := rs[0]; {
		case c == '-' || c == '+':
			signchar = c
			n--
			pindex++
		case a.flags&fSign != 0:
			signchar = '+'
		case a.flags&fBlank != 0:
			signchar = ' '
		default:
			a.sign = false
		}
	}
	if a.width < n {
		a.width = n
	}
	if a.width > maxResultLen {
		return errMemory()
	}
	if a.sign {
		if fill != ' ' {
			p.out.WriteRune(signchar)
		}
		if a.width > n {
			a.width--
		}
	}
	prefixed := a.flags&fAlt != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o')
	if prefixed {
		if fill != ' ' {
			p.writeRunes(rs[pindex : pindex+2])
			pindex += 2
		}
		a.width = max(a.width-2, 0)
		n -= 2
	}
	if a.width > n && a.flags&fLJust == 0 {
		writeFill(&p.out, fill, a.width-n)
		a.width = n
	}
	if fill == ' ' {
		if a.sign {
			p.out.WriteRune(signchar)
		}
		if prefixed {
			p.writeRunes(rs[pindex : pindex+2])
			pindex += 2
		}
	}
	p.writeRunes(rs[pindex : pindex+n])
	if a.width > n {
		writeFill(&p.out, ' ', a.width-n)
	}
	return nil
}
