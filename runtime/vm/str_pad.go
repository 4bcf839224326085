package vm

import (
	"strings"
	"unicode/utf8"
)

// center, ljust, rjust, zfill and expandtabs of str (the layout helpers
// serve bytes as well).

func init() {
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		addStrMethod(name, func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
			return th.strPadMethod(name, s, args, kwnames)
		})
	}
	addStrMethod("zfill", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("str.zfill", args, kwnames, 1); err != nil {
			return nil, err
		}
		width, err := th.sizeArg(args[0])
		if err != nil {
			return nil, err
		}
		n := strLen(s)
		if n >= width {
			return Str(s), nil
		}
		if err := th.checkAlloc(int64(width - n + len(s))); err != nil {
			return nil, err
		}
		return Str(zfill(s, width-n)), nil
	})
	addStrMethod("expandtabs", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		var tabsize Value = Int(8)
		if err := th.UnpackArgs("expandtabs", args, kwnames, "tabsize?", &tabsize); err != nil {
			return nil, err
		}
		ts, err := th.cIntArg(tabsize)
		if err != nil {
			return nil, err
		}
		r, err := th.expandTabs(s, ts, false)
		if err != nil {
			return nil, err
		}
		return Str(r), nil
	})
}

// fillChar checks the fillchar argument of center, ljust and rjust.
func (th *Thread) fillChar(v Value) (string, error) {
	f, ok := v.(Str)
	if !ok {
		return "", th.TypeError("The fill character must be a unicode character, not %s", v.Type().Name)
	}
	if _, n := utf8.DecodeRuneInString(string(f)); n == 0 || n != len(f) {
		return "", th.TypeError("The fill character must be exactly one character long")
	}
	return string(f), nil
}

func (th *Thread) strPadMethod(name, s string, args []Value, kwnames []string) (Value, error) {
	if err := th.positionalArgs("str", name, args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	width, err := th.sizeArg(args[0])
	if err != nil {
		return nil, err
	}
	fill := " "
	if len(args) == 2 {
		if fill, err = th.fillChar(args[1]); err != nil {
			return nil, err
		}
	}
	n := strLen(s)
	if n >= width {
		return Str(s), nil
	}
	if err := th.checkAlloc(int64(width-n)*int64(len(fill)) + int64(len(s))); err != nil {
		return nil, err
	}
	left, right := padding(name, width-n, width)
	return Str(pad(s, fill, left, right)), nil
}

// padding splits marg fill characters between the left and right sides as
// center, ljust and rjust do (for bytes as well).
func padding(name string, marg, width int) (left, right int) {
	switch name {
	case "ljust":
		return 0, marg
	case "rjust":
		return marg, 0
	}
	left = marg/2 + (marg & width & 1)
	return left, marg - left
}

func pad(s, fill string, left, right int) string {
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(fill))
	for i := 0; i < left; i++ {
		b.WriteString(fill)
	}
	b.WriteString(s)
	for i := 0; i < right; i++ {
		b.WriteString(fill)
	}
	return b.String()
}

// zfill pads s on the left with n zeros, after its sign if it has one.
func zfill(s string, n int) string {
	b := make([]byte, 0, len(s)+n)
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		b = append(b, s[0])
		s = s[1:]
	}
	for i := 0; i < n; i++ {
		b = append(b, '0')
	}
	return byteString(append(b, s...))
}

// expandTabs is str.expandtabs, and bytes.expandtabs with bytesMode
// (where every byte is a column): columns restart after \n and \r.
func (th *Thread) expandTabs(s string, tabsize int, bytesMode bool) (string, error) {
	if strings.IndexByte(s, '\t') < 0 {
		return s, nil
	}
	size, col := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				size += incr
			}
		case c == '\n' || c == '\r':
			col = 0
			size++
		default:
			// A column per code point: count the lead bytes of UTF-8.
			if bytesMode || c < 0x80 || c >= 0xC0 {
				col++
			}
			size++
		}
	}
	if err := th.checkAlloc(int64(size)); err != nil {
		return "", err
	}
	b := make([]byte, 0, size)
	col = 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				for ; incr > 0; incr-- {
					b = append(b, ' ')
				}
			}
		case c == '\n' || c == '\r':
			col = 0
			b = append(b, c)
		default:
			if bytesMode || c < 0x80 || c >= 0xC0 {
				col++
			}
			b = append(b, c)
		}
	}
	return byteString(b), nil
}
