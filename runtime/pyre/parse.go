package pyre

import (
	"fmt"
	"strconv"
)

const (
	// maxRepeat is _sre.MAXREPEAT: the "unbounded" repeat count.
	maxRepeat = 1<<32 - 1
	// maxGroups is _sre.MAXGROUPS.
	maxGroups = 1<<30 - 1
)

// parseState is CPython's re._parser.State.
type parseState struct {
	flags      Flags
	groupIndex map[string]int
	groupNames []string // by group number; "" for unnamed groups
	// groupWidths holds the width of each closed group; open[g] is true
	// while group g is being parsed.
	groupWidths      [][2]uint64
	open             []bool
	lookbehindGroups int // -1: not inside a lookbehind
	grouprefPos      map[int]int
	grouprefOrder    []int
}

func newParseState(flags Flags) *parseState {
	return &parseState{
		flags:            flags,
		groupIndex:       map[string]int{},
		groupNames:       []string{""},
		groupWidths:      [][2]uint64{{0, 0}},
		open:             []bool{true},
		lookbehindGroups: -1,
		grouprefPos:      map[int]int{},
	}
}

// groups is the number of groups opened so far, plus one.
func (st *parseState) groups() int { return len(st.groupWidths) }

// openGroup opens a new group; it returns an error message for a redefined
// name.
func (st *parseState) openGroup(name []rune, named bool) (int, string) {
	gid := st.groups()
	st.groupWidths = append(st.groupWidths, [2]uint64{})
	st.open = append(st.open, true)
	st.groupNames = append(st.groupNames, "")
	if gid > maxGroups {
		return 0, "too many groups"
	}
	if named {
		key := string(name)
		if old, ok := st.groupIndex[key]; ok {
			return 0, fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyRepr(name), gid, old)
		}
		st.groupIndex[key] = gid
		st.groupNames[gid] = key
	}
	return gid, ""
}

func (st *parseState) closeGroup(gid int, p *seq) {
	lo, hi := p.getWidth(st)
	st.groupWidths[gid] = [2]uint64{lo, hi}
	st.open[gid] = false
}

// checkGroup reports whether gid is a closed group.
func (st *parseState) checkGroup(gid int) bool {
	return gid < st.groups() && !st.open[gid]
}

func (st *parseState) checkLookbehindGroup(gid int, src *tokenizer) {
	if st.lookbehindGroups < 0 {
		return
	}
	if !st.checkGroup(gid) {
		panic(src.error("cannot refer to an open group", 0))
	}
	if gid >= st.lookbehindGroups {
		panic(src.error("cannot refer to group defined in the same lookbehind subpattern", 0))
	}
}

// parser holds the tokenizer and state of one compilation.
type parser struct {
	src *tokenizer
	st  *parseState
}

// parsePattern is re._parser.parse: it returns the tree and the state, whose
// flags have been checked and completed by fixFlags.
func parsePattern(pattern []rune, isText bool, flags Flags) (*seq, *parseState) {
	p := &parser{src: newTokenizer(pattern, isText), st: newParseState(flags)}
	tree := p.parseSub(flags&Verbose != 0, 0)
	p.st.flags = fixFlags(isText, p.st.flags)
	if p.src.hasNext {
		panic(p.src.error("unbalanced parenthesis", 0))
	}
	for _, g := range p.st.grouprefOrder {
		if g >= p.st.groups() {
			panic(syntaxPanic{newError(fmt.Sprintf("invalid group reference %d", g), pattern, p.st.grouprefPos[g])})
		}
	}
	return tree, p.st
}

// fixFlags is re._parser.fix_flags.
func fixFlags(isText bool, flags Flags) Flags {
	if isText {
		if flags&Locale != 0 {
			panic(syntaxPanic{&Error{Kind: ValueError, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}})
		}
		if flags&ASCII == 0 {
			flags |= Unicode
		} else if flags&Unicode != 0 {
			panic(syntaxPanic{&Error{Kind: ValueError, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}})
		}
		return flags
	}
	if flags&Unicode != 0 {
		panic(syntaxPanic{&Error{Kind: ValueError, Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}})
	}
	if flags&Locale != 0 && flags&ASCII != 0 {
		panic(syntaxPanic{&Error{Kind: ValueError, Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}})
	}
	return flags
}

// parseSub parses an alternation a|b|c (re._parser._parse_sub).
func (p *parser) parseSub(verbose bool, nested int) *seq {
	var items []*seq
	for {
		items = append(items, p.parse(verbose, nested+1, nested == 0 && len(items) == 0))
		if !p.src.match('|') {
			break
		}
		if nested == 0 {
			verbose = p.st.flags&Verbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	sub := &seq{}
	// Move a prefix common to all alternatives out of the branch.
	for {
		var prefix *node
		common := true
		for _, it := range items {
			if len(it.items) == 0 {
				common = false
				break
			}
			if prefix == nil {
				prefix = it.items[0]
			} else if !equalItems(it.items[0], prefix) {
				common = false
				break
			}
		}
		if !common {
			break
		}
		for _, it := range items {
			it.items = it.items[1:]
		}
		sub.items = append(sub.items, prefix)
	}
	// An alternation of single characters and sets is a set.
	var set []setItem
	for _, it := range items {
		if len(it.items) != 1 {
			set = nil
			break
		}
		n := it.items[0]
		if n.kind == nLiteral {
			set = append(set, setItem{kind: sLiteral, lo: n.c})
		} else if n.kind == nIn && n.set[0].kind != sNegate {
			set = append(set, n.set...)
		} else {
			set = nil
			break
		}
	}
	if set != nil {
		sub.items = append(sub.items, &node{kind: nIn, set: uniqItems(set)})
		return sub
	}
	sub.items = append(sub.items, &node{kind: nBranch, alts: items})
	return sub
}

func isSpecial(c rune) bool {
	switch c {
	case '.', '\\', '[', '{', '(', ')', '*', '+', '?', '^', '$', '|':
		return true
	}
	return false
}

func isPatternWhitespace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isDigit(c rune) bool    { return '0' <= c && c <= '9' }
func isOctDigit(c rune) bool { return '0' <= c && c <= '7' }
func isHexDigit(c rune) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
func isASCIILetter(c rune) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// parse parses a sequence up to '|' or ')' (re._parser._parse).
func (p *parser) parse(verbose bool, nested int, first bool) *seq {
	src := p.src
	sub := &seq{}
	for src.hasNext {
		this := src.next
		if this.is('|') || this.is(')') {
			break
		}
		src.advance()
		if verbose && !this.esc {
			if isPatternWhitespace(this.c) {
				continue
			}
			if this.c == '#' {
				for {
					t, ok := src.get()
					if !ok || t.is('\n') {
						break
					}
				}
				continue
			}
		}
		switch {
		case this.esc:
			sub.items = append(sub.items, p.escape(this))
		case !isSpecial(this.c):
			sub.items = append(sub.items, &node{kind: nLiteral, c: this.c})
		case this.c == '[':
			sub.items = append(sub.items, p.parseSet())
		case this.c == '*' || this.c == '+' || this.c == '?' || this.c == '{':
			if !p.parseRepeat(sub, this) {
				sub.items = append(sub.items, &node{kind: nLiteral, c: '{'})
			}
		case this.c == '.':
			sub.items = append(sub.items, &node{kind: nAny})
		case this.c == '(':
			if n := p.parseGroup(sub, &verbose, nested, first); n != nil {
				sub.items = append(sub.items, n)
			}
		case this.c == '^':
			sub.items = append(sub.items, &node{kind: nAt, at: atBeginning})
		case this.c == '$':
			sub.items = append(sub.items, &node{kind: nAt, at: atEnd})
		}
	}
	// Unpack non-capturing groups without flags.
	for i := len(sub.items) - 1; i >= 0; i-- {
		n := sub.items[i]
		if n.kind == nSubpattern && n.group == 0 && n.add == 0 && n.del == 0 {
			items := append([]*node{}, sub.items[:i]...)
			items = append(items, n.body.items...)
			sub.items = append(items, sub.items[i+1:]...)
		}
	}
	return sub
}

// parseSet parses a character set; '[' has been read.
func (p *parser) parseSet() *node {
	src := p.src
	here := src.tell() - 1
	var set []setItem
	negate := src.match('^')
	for {
		this, ok := src.get()
		if !ok {
			panic(src.error("unterminated character set", src.tell()-here))
		}
		if this.is(']') && len(set) > 0 {
			break
		}
		var code1 setItem
		if this.esc {
			code1 = p.classEscape(this)
		} else {
			code1 = setItem{kind: sLiteral, lo: this.c}
		}
		if src.match('-') {
			that, ok := src.get()
			if !ok {
				panic(src.error("unterminated character set", src.tell()-here))
			}
			if that.is(']') {
				set = append(set, code1, setItem{kind: sLiteral, lo: '-'})
				break
			}
			var code2 setItem
			if that.esc {
				code2 = p.classEscape(that)
			} else {
				code2 = setItem{kind: sLiteral, lo: that.c}
			}
			msg := "bad character range " + this.String() + "-" + that.String()
			if code1.kind != sLiteral || code2.kind != sLiteral || code2.lo < code1.lo {
				panic(src.error(msg, this.width()+1+that.width()))
			}
			set = append(set, setItem{kind: sRange, lo: code1.lo, hi: code2.lo})
		} else {
			set = append(set, code1)
		}
	}
	set = uniqItems(set)
	if len(set) == 1 && set[0].kind == sLiteral {
		if negate {
			return &node{kind: nNotLiteral, c: set[0].lo}
		}
		return &node{kind: nLiteral, c: set[0].lo}
	}
	if negate {
		set = append([]setItem{{kind: sNegate}}, set...)
	}
	return &node{kind: nIn, set: set}
}

// parseRepeat applies a quantifier to the last item of sub; it returns false
// when a '{' does not start a valid quantifier and is a literal.
func (p *parser) parseRepeat(sub *seq, this token) bool {
	src := p.src
	here := src.tell()
	var lo, hi uint64
	switch this.c {
	case '?':
		lo, hi = 0, 1
	case '*':
		lo, hi = 0, maxRepeat
	case '+':
		lo, hi = 1, maxRepeat
	case '{':
		if src.nextIs('}') {
			return false
		}
		lo, hi = 0, maxRepeat
		los := src.getWhile(-1, isDigit)
		var his []rune
		if src.match(',') {
			his = src.getWhile(-1, isDigit)
		} else {
			his = los
		}
		if !src.match('}') {
			src.seek(here)
			return false
		}
		if len(los) > 0 {
			lo = parseCount(los)
		}
		if len(his) > 0 {
			hi = parseCount(his)
			if hi < lo {
				panic(src.error("min repeat greater than max repeat", src.tell()-here))
			}
		}
	}
	var item *node
	if len(sub.items) > 0 {
		item = sub.items[len(sub.items)-1]
	}
	if item == nil || item.kind == nAt {
		panic(src.error("nothing to repeat", src.tell()-here+1))
	}
	if item.kind == nMaxRepeat || item.kind == nMinRepeat || item.kind == nPossessiveRepeat {
		panic(src.error("multiple repeat", src.tell()-here+1))
	}
	body := &seq{items: []*node{item}}
	if item.kind == nSubpattern && item.group == 0 && item.add == 0 && item.del == 0 {
		body = item.body
	}
	kind := nMaxRepeat
	if src.match('?') {
		kind = nMinRepeat
	} else if src.match('+') {
		kind = nPossessiveRepeat
	}
	sub.items[len(sub.items)-1] = &node{kind: kind, min: lo, max: hi, body: body}
	return true
}

// parseCount converts the digits of a {m,n} count; counts of MAXREPEAT or
// more are an OverflowError.
func parseCount(digits []rune) uint64 {
	n, err := strconv.ParseUint(string(digits), 10, 64)
	if err != nil || n >= maxRepeat {
		panic(syntaxPanic{&Error{Kind: OverflowError, Msg: "the repetition number is too large", Pos: -1}})
	}
	return n
}
