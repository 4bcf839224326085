package vm

import (
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/runtime/pyfmt"
)

// str.split, str.rsplit and str.splitlines.

func init() {
	addStrMethod("split", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strSplitMethod("split", s, args, kwnames, false)
	})
	addStrMethod("rsplit", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		return th.strSplitMethod("rsplit", s, args, kwnames, true)
	})
	addStrMethod("splitlines", func(th *Thread, s string, args []Value, kwnames []string) (Value, error) {
		keep, err := th.keependsArg(args, kwnames)
		if err != nil {
			return nil, err
		}
		return NewList(boxStrings(splitLines(s, keep, false))), nil
	})
}

// splitArgs parses (sep=None, maxsplit=-1) of split and rsplit, for str and
// bytes; sep is nil for None.
func (th *Thread) splitArgs(name string, args []Value, kwnames []string) (sep Value, maxsplit int, err error) {
	var sepv, maxv Value = None, Int(-1)
	if err = th.UnpackArgs(name, args, kwnames, "sep?", &sepv, "maxsplit?", &maxv); err != nil {
		return
	}
	if maxsplit, err = th.sizeArg(maxv); err != nil {
		return
	}
	if !Is(sepv, None) {
		sep = sepv
	}
	return
}

func (th *Thread) strSplitMethod(name, s string, args []Value, kwnames []string, reverse bool) (Value, error) {
	sepv, maxsplit, err := th.splitArgs(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	if sepv == nil {
		if reverse {
			return NewList(boxStrings(rsplitSpace(s, maxsplit, false))), nil
		}
		return NewList(boxStrings(splitSpace(s, maxsplit, false))), nil
	}
	sep, ok := sepv.(Str)
	if !ok {
		return nil, th.TypeError("must be str or None, not %s", sepv.Type().Name)
	}
	if sep == "" {
		return nil, th.ValueError("empty separator")
	}
	if reverse {
		return NewList(boxStrings(rsplitSep(s, string(sep), maxsplit))), nil
	}
	return NewList(boxStrings(splitSep(s, string(sep), maxsplit))), nil
}

// keependsArg parses splitlines(keepends=False).
func (th *Thread) keependsArg(args []Value, kwnames []string) (bool, error) {
	var keep Value = False
	if err := th.UnpackArgs("splitlines", args, kwnames, "keepends?", &keep); err != nil {
		return false, err
	}
	n, err := th.cIntArg(keep)
	return n != 0, err
}

// splitSep splits s at each sep, at most maxsplit times when maxsplit >= 0.
func splitSep(s, sep string, maxsplit int) []string {
	n := maxsplit
	if n < 0 || n > len(s) {
		n = strings.Count(s, sep)
	}
	out := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		j := strings.Index(s, sep)
		if j < 0 {
			break
		}
		out = append(out, s[:j])
		s = s[j+len(sep):]
	}
	return append(out, s)
}

// rsplitSep splits s at each sep from the right.
func rsplitSep(s, sep string, maxsplit int) []string {
	n := maxsplit
	if n < 0 || n > len(s) {
		n = strings.Count(s, sep)
	}
	out := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		j := strings.LastIndex(s, sep)
		if j < 0 {
			break
		}
		out = append(out, s[j+len(sep):])
		s = s[:j]
	}
	out = append(out, s)
	reverseStrings(out)
	return out
}

func reverseStrings(v []string) {
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
}

// spaceAt reports whether s has a whitespace character at i and its length;
// asciiOnly selects bytes.split's ASCII whitespace.
func spaceAt(s string, i int, asciiOnly bool) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf || asciiOnly {
		if asciiOnly {
			return c == ' ' || (c >= '\t' && c <= '\r'), 1
		}
		return isSpaceByte(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return pyfmt.IsSpace(r), n
}

// spaceBefore is spaceAt for the character that ends at j.
func spaceBefore(s string, j int, asciiOnly bool) (bool, int) {
	c := s[j-1]
	if c < utf8.RuneSelf || asciiOnly {
		return spaceAt(s, j-1, asciiOnly)
	}
	r, n := utf8.DecodeLastRuneInString(s[:j])
	return pyfmt.IsSpace(r), n
}

// spaceTables are the whitespace of str (with \x1c-\x1f) and of bytes
// among the ASCII characters.
var strSpaceTable, bytesSpaceTable = func() (str, bytes [256]bool) {
	for c := 0; c < 0x80; c++ {
		str[c] = isSpaceByte(byte(c))
		bytes[c] = c == ' ' || c >= '\t' && c <= '\r'
	}
	return
}()

// splitSpace splits s at runs of whitespace, dropping empty items, at most
// maxsplit times; the rest keeps its trailing whitespace. asciiOnly selects
// the whitespace of bytes.
func splitSpace(s string, maxsplit int, asciiOnly bool) []string {
	if asciiOnly {
		return splitSpaceTable(s, maxsplit, &bytesSpaceTable)
	}
	if isASCII(s) {
		return splitSpaceTable(s, maxsplit, &strSpaceTable)
	}
	var out []string
	i := 0
	for maxsplit != 0 {
		for i < len(s) {
			sp, n := spaceAt(s, i, asciiOnly)
			if !sp {
				break
			}
			i += n
		}
		if i == len(s) {
			return out
		}
		j := i
		for j < len(s) {
			sp, n := spaceAt(s, j, asciiOnly)
			if sp {
				break
			}
			j += n
		}
		if j == len(s) {
			return append(out, s[i:])
		}
		out = append(out, s[i:j])
		i = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for i < len(s) {
		sp, n := spaceAt(s, i, asciiOnly)
		if !sp {
			break
		}
		i += n
	}
	if i < len(s) {
		out = append(out, s[i:])
	}
	return out
}

// splitSpaceTable is splitSpace for ASCII whitespace (space says which
// bytes are whitespace).
func splitSpaceTable(s string, maxsplit int, space *[256]bool) []string {
	// Count the words first: one right-sized allocation is cheaper than
	// growing the result.
	words := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := space[s[i]]
		if !sp && !in {
			words++
		}
		in = !sp
	}
	if maxsplit >= 0 && maxsplit < words {
		words = maxsplit + 1
	}
	out := make([]string, 0, words)
	i, n := 0, len(s)
	for maxsplit != 0 {
		for i < n && space[s[i]] {
			i++
		}
		if i == n {
			return out
		}
		j := i + 1
		for j < n && !space[s[j]] {
			j++
		}
		out = append(out, s[i:j])
		if j == n {
			return out
		}
		i = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for i < n && space[s[i]] {
		i++
	}
	if i < n {
		out = append(out, s[i:])
	}
	return out
}

// rsplitSpace is splitSpace from the right.
func rsplitSpace(s string, maxsplit int, asciiOnly bool) []string {
	var out []string
	j := len(s)
	for maxsplit != 0 {
		for j > 0 {
			sp, n := spaceBefore(s, j, asciiOnly)
			if !sp {
				break
			}
			j -= n
		}
		if j == 0 {
			break
		}
		i := j
		for i > 0 {
			sp, n := spaceBefore(s, i, asciiOnly)
			if sp {
				break
			}
			i -= n
		}
		out = append(out, s[i:j])
		j = i
		if i == 0 {
			break
		}
		if maxsplit > 0 {
			maxsplit--
		}
	}
	if maxsplit == 0 {
		for j > 0 {
			sp, n := spaceBefore(s, j, asciiOnly)
			if !sp {
				break
			}
			j -= n
		}
		if j > 0 {
			out = append(out, s[:j])
		}
	}
	reverseStrings(out)
	return out
}

// lineBreakAt returns the length of the line boundary at s[i] (\r\n counts
// as one), or 0. str's boundaries are \n \r \v \f \x1c \x1d \x1e \x85
// \u2028 \u2029; bytes' only \n and \r.
func lineBreakAt(s string, i int, bytesMode bool) int {
	c := s[i]
	switch {
	case c == '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case c == '\n':
		return 1
	case bytesMode:
		return 0
	case c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e):
		return 1
	case c == 0xC2:
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case c == 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// splitLines is str.splitlines (and bytes.splitlines with bytesMode).
func splitLines(s string, keepends, bytesMode bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		n := lineBreakAt(s, i, bytesMode)
		if n == 0 {
			i++
			continue
		}
		end := i
		if keepends {
			end = i + n
		}
		out = append(out, s[start:end])
		i += n
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
