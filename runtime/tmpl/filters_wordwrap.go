package tmpl

import (
	"strings"
	"unicode/utf8"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The wordwrap filter and the part of Python's textwrap.TextWrapper it uses
// (expand_tabs and replace_whitespace off, drop_whitespace on, no indents,
// no max_lines).

// wordsepRe and wordsepSimpleRe are TextWrapper.wordsep_re and
// wordsep_simple_re of CPython 3.11, verbatim.
var (
	wordsepRe       = mustCompile("\n        ( # any whitespace\n          [\\\t\\\n\\\u000b\\\f\\\r\\ ]+\n        | # em-dash between words\n          (?<=[\\w!\"\\'&.,?]) -{2,} (?=\\w)\n        | # word, possibly hyphenated\n          [^\\\t\\\n\\\u000b\\\f\\\r\\ ]+? (?:\n            # hyphenated word\n              -(?: (?<=[^\\d\\W]{2}-) | (?<=[^\\d\\W]-[^\\d\\W]-))\n              (?= [^\\d\\W] -? [^\\d\\W])\n            | # end of word\n              (?=[\\\t\\\n\\\u000b\\\f\\\r\\ ]|\\Z)\n            | # em-dash\n              (?<=[\\w!\"\\'&.,?]) (?=-{2,}\\w)\n            )\n        )", pyre.Verbose|pyre.Unicode)
	wordsepSimpleRe = mustCompile("([\\\t\\\n\\\u000b\\\f\\\r\\ ]+)", pyre.Unicode)
)

func mustCompile(pattern string, flags pyre.Flags) *pyre.Pattern {
	p, err := pyre.Compile(pattern, flags)
	if err != nil {
		panic(err)
	}
	return p
}

// wordwrap is do_wordwrap.
func wordwrap(th *vm.Thread, c *call) (vm.Value, error) {
	s := c.args[0]
	w := textWrapper{width: c.arg(1, vm.MakeInt(79))}
	var err error
	if w.breakLongWords, err = th.Truth(c.arg(2, vm.True)); err != nil {
		return nil, err
	}
	wrapstring := c.arg(3, vm.None)
	if isNone(wrapstring) {
		wrapstring = vm.Str("\n")
	}
	hyphens := c.arg(4, vm.True)
	w.splitOnHyphens = vm.Is(hyphens, vm.True)
	if w.breakOnHyphens, err = th.Truth(hyphens); err != nil {
		return nil, err
	}
	lines, err := splitLines(th, s)
	if err != nil {
		return nil, err
	}
	paragraphs := make([]vm.Value, len(lines))
	for i, line := range lines {
		wrapped, err := w.wrap(th, strOf(line))
		if err != nil {
			return nil, err
		}
		items := make([]vm.Value, len(wrapped))
		for j, l := range wrapped {
			items[j] = vm.Str(l)
		}
		if paragraphs[i], err = joinStr(th, wrapstring, items); err != nil {
			return nil, err
		}
	}
	return joinStr(th, wrapstring, paragraphs)
}

// textWrapper holds the options of a TextWrapper.
type textWrapper struct {
	width          vm.Value
	breakLongWords bool
	splitOnHyphens bool // break_on_hyphens is True: _split uses wordsep_re
	breakOnHyphens bool // break_on_hyphens is true: _handle_long_word looks for hyphens
}

// chunk is a piece of text and its length in code points.
type chunk struct {
	s string
	n int
}

func newChunk(s string) chunk { return chunk{s, utf8.RuneCountInString(s)} }

// isBlank is chunk.strip() == ”.
func (c chunk) isBlank() bool {
	for _, r := range c.s {
		if !pyfmt.IsSpace(r) {
			return false
		}
	}
	return true
}

// wrap is TextWrapper.wrap(text).
func (w *textWrapper) wrap(th *vm.Thread, text string) ([]string, error) {
	re := wordsepSimpleRe
	if w.splitOnHyphens {
		re = wordsepRe
	}
	in := pyre.NewInput(text)
	spans, err := re.Split(in, 0, nil)
	if err != nil {
		return nil, th.ValueError("%s", err.Error())
	}
	var chunks []chunk
	for _, sp := range spans {
		if sp[0] >= 0 && sp[1] > sp[0] {
			chunks = append(chunks, newChunk(in.Slice(sp[0], sp[1])))
		}
	}
	return w.wrapChunks(th, chunks)
}

// wrapChunks is TextWrapper._wrap_chunks; width is an int, or a float
// (then the widths compare as floats, as in Python).
func (w *textWrapper) wrapChunks(th *vm.Thread, chunks []chunk) ([]string, error) {
	var width float64
	switch x := w.width.(type) {
	case vm.Float:
		width = float64(x)
	default:
		if _, isInt := vm.AsInt64(x); !isInt {
			if _, err := th.Compare(bytecode.CmpLE, x, vm.MakeInt(0)); err != nil {
				return nil, err
			}
		}
		n, err := intArg(th, x)
		if err != nil {
			return nil, err
		}
		width = float64(n)
	}
	if width <= 0 {
		r, err := th.Repr(w.width)
		if err != nil {
			return nil, err
		}
		return nil, th.ValueError("invalid width %s (must be > 0)", r)
	}
	var lines []string
	// chunks is consumed from the front (Python reverses it and pops).
	for len(chunks) > 0 {
		var cur []chunk
		curLen := 0
		if chunks[0].isBlank() && len(lines) > 0 {
			chunks = chunks[1:]
		}
		for len(chunks) > 0 {
			l := chunks[0].n
			if float64(curLen+l) <= width {
				cur = append(cur, chunks[0])
				chunks = chunks[1:]
				curLen += l
			} else {
				break
			}
		}
		if len(chunks) > 0 && float64(chunks[0].n) > width {
			var err error
			if cur, chunks, err = w.handleLongWord(th, chunks, cur, curLen, width); err != nil {
				return nil, err
			}
			curLen = 0
			for _, c := range cur {
				curLen += c.n
			}
		}
		if len(cur) > 0 && cur[len(cur)-1].isBlank() {
			curLen -= cur[len(cur)-1].n
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			var b strings.Builder
			for _, c := range cur {
				b.WriteString(c.s)
			}
			lines = append(lines, b.String())
		}
	}
	return lines, nil
}

// handleLongWord is TextWrapper._handle_long_word.
func (w *textWrapper) handleLongWord(th *vm.Thread, chunks, cur []chunk, curLen int, width float64) ([]chunk, []chunk, error) {
	spaceLeft := 1.0
	if width >= 1 {
		spaceLeft = width - float64(curLen)
	}
	if w.breakLongWords {
		if _, isFloat := w.width.(vm.Float); isFloat && width >= 1 {
			return nil, nil, th.TypeError("slice indices must be integers or None or have an __index__ method")
		}
		end := int(spaceLeft)
		word := []rune(chunks[0].s)
		if w.breakOnHyphens && len(word) > end {
			hyphen := -1
			for i := min(end, len(word)) - 1; i >= 0; i-- {
				if word[i] == '-' {
					hyphen = i
					break
				}
			}
			if hyphen > 0 {
				for _, r := range word[:hyphen] {
					if r != '-' {
						end = hyphen + 1
						break
					}
				}
			}
		}
		end = min(end, len(word))
		cur = append(cur, chunk{string(word[:end]), end})
		chunks[0] = chunk{string(word[end:]), len(word) - end}
		return cur, chunks, nil
	}
	if len(cur) == 0 {
		cur = append(cur, chunks[0])
		chunks = chunks[1:]
	}
	return cur, chunks, nil
}
