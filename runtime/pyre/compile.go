package pyre

// compiler emits the program of a parse tree (re._compiler._compile).
type compiler struct {
	prog *program
	st   *parseState
}

func (c *compiler) emit(words ...uint32) {
	c.prog.code = append(c.prog.code, words...)
}

func (c *compiler) here() int { return len(c.prog.code) }

// patch stores at skip the offset from skip to the current end.
func (c *compiler) patch(skip int) {
	c.prog.code[skip] = uint32(c.here() - skip)
}

func (c *compiler) addSet(cs *charset) uint32 {
	c.prog.sets = append(c.prog.sets, cs)
	return uint32(len(c.prog.sets) - 1)
}

func foldFor(flags Flags) foldMode {
	switch {
	case flags&IgnoreCase == 0:
		return foldNone
	case flags&Unicode != 0:
		return foldUnicode
	}
	return foldASCII
}

func (c *compiler) compile(s *seq, flags Flags) {
	if flags&Locale != 0 {
		panic(syntaxPanic{&Error{Kind: Unsupported, Msg: "pyre: the LOCALE flag is not supported", Pos: -1}})
	}
	fold := foldFor(flags)
	for _, n := range s.items {
		switch n.kind {
		case nLiteral, nNotLiteral:
			c.compileLiteral(n, fold)
		case nIn:
			cs, folded := compileCharset(n.set, fold, flags&Unicode != 0)
			op := opIn
			if folded {
				op = opInIgnore
				if fold == foldUnicode {
					op = opInUniIgnore
				}
			}
			c.emit(op, c.addSet(cs))
		case nAny:
			if flags&DotAll != 0 {
				c.emit(opAnyAll)
			} else {
				c.emit(opAny)
			}
		case nMaxRepeat, nMinRepeat, nPossessiveRepeat:
			c.compileRepeat(n, flags)
		case nSubpattern:
			if n.group != 0 {
				c.emit(opMark, uint32(n.group-1)*2)
			}
			c.compile(n.body, combineFlags(flags, n.add, n.del))
			if n.group != 0 {
				c.emit(opMark, uint32(n.group-1)*2+1)
			}
		case nAtomic:
			c.emit(opAtomicGroup)
			skip := c.here()
			c.emit(0)
			c.compile(n.body, flags)
			c.emit(opSuccess)
			c.patch(skip)
		case nAssert, nAssertNot:
			op := opAssert
			if n.kind == nAssertNot {
				op = opAssertNot
			}
			c.emit(op)
			skip := c.here()
			back := uint64(0)
			if n.behind {
				lo, hi := n.body.getWidth(c.st)
				if lo != hi {
					panic(syntaxPanic{&Error{Kind: PatternError, Msg: "look-behind requires fixed-width pattern", Pos: -1}})
				}
				back = lo
			}
			c.emit(0, uint32(back))
			c.compile(n.body, flags)
			c.emit(opSuccess)
			c.patch(skip)
		case nAt:
			c.emit(opAt, uint32(atFor(n.at, flags)))
		case nBranch:
			c.emit(opBranch)
			var tails []int
			for _, alt := range n.alts {
				skip := c.here()
				c.emit(0)
				c.compile(alt, flags)
				c.emit(opJump)
				tails = append(tails, c.here())
				c.emit(0)
				c.patch(skip)
			}
			c.emit(opFailure)
			for _, t := range tails {
				c.patch(t)
			}
		case nGroupRef:
			op := opGroupRef
			switch fold {
			case foldASCII:
				op = opGroupRefIgnore
			case foldUnicode:
				op = opGroupRefUniIgnore
			}
			c.emit(op, uint32(n.group-1))
		case nGroupRefExists:
			c.emit(opGroupRefExists, uint32(n.group-1))
			skipYes := c.here()
			c.emit(0)
			c.compile(n.body, flags)
			if n.no != nil {
				c.emit(opJump)
				skipNo := c.here()
				c.emit(0)
				c.prog.code[skipYes] = uint32(c.here() - skipYes + 1)
				c.compile(n.no, flags)
				c.patch(skipNo)
			} else {
				c.prog.code[skipYes] = uint32(c.here() - skipYes + 1)
			}
		}
	}
}

func (c *compiler) compileLiteral(n *node, fold foldMode) {
	not := n.kind == nNotLiteral
	if fold == foldNone || !fold.isCased(n.c) {
		if not {
			c.emit(opNotLiteral, uint32(n.c))
		} else {
			c.emit(opLiteral, uint32(n.c))
		}
		return
	}
	lo := fold.lower(n.c)
	switch {
	case fold == foldASCII && not:
		c.emit(opNotLiteralIgnore, uint32(lo))
	case fold == foldASCII:
		c.emit(opLiteralIgnore, uint32(lo))
	case extraCases[lo] == nil && not:
		c.emit(opNotLiteralUniIgnore, uint32(lo))
	case extraCases[lo] == nil:
		c.emit(opLiteralUniIgnore, uint32(lo))
	default:
		var b setBuilder
		b.cs.negate = not
		b.addFolded(lo, fold)
		c.emit(opInUniIgnore, c.addSet(b.build()))
	}
}

// repeatOpNames are the names CPython's TEMPLATE error prints.
var repeatOpNames = map[nodeKind]string{
	nMaxRepeat:        "MAX_REPEAT",
	nMinRepeat:        "MIN_REPEAT",
	nPossessiveRepeat: "POSSESSIVE_REPEAT",
}

func (c *compiler) compileRepeat(n *node, flags Flags) {
	if flags&TemplateFlag != 0 {
		panic(syntaxPanic{&Error{Kind: PatternError, Msg: "internal: unsupported template operator " + repeatOpNames[n.kind], Pos: -1}})
	}
	if isSimple(n.body) {
		op := opRepeatOne
		switch n.kind {
		case nMinRepeat:
			op = opMinRepeatOne
		case nPossessiveRepeat:
			op = opPossessiveRepeatOne
		}
		c.emit(op)
		skip := c.here()
		c.emit(0, uint32(n.min), uint32(n.max))
		c.compile(n.body, flags)
		c.emit(opSuccess)
		c.patch(skip)
		return
	}
	if n.kind == nPossessiveRepeat {
		// As CPython does since 3.11.5 (gh-106052), a possessive repeat
		// of more than one character is an atomic group around a greedy
		// repeat: 3.11.0-3.11.4's POSSESSIVE_REPEAT gave wrong results
		// and could loop forever.
		c.emit(opAtomicGroup)
		skip := c.here()
		c.emit(0)
		c.compileRepeat(&node{kind: nMaxRepeat, min: n.min, max: n.max, body: n.body}, flags)
		c.emit(opSuccess)
		c.patch(skip)
		return
	}
	until := opMaxUntil
	if n.kind == nMinRepeat {
		until = opMinUntil
	}
	c.emit(opRepeat)
	skip := c.here()
	c.emit(0, uint32(n.min), uint32(n.max))
	c.compile(n.body, flags)
	c.patch(skip)
	c.emit(until)
}

// isSimple reports whether a repeated item matches exactly one character
// (re._compiler._simple).
func isSimple(s *seq) bool {
	if len(s.items) != 1 {
		return false
	}
	n := s.items[0]
	switch n.kind {
	case nSubpattern:
		return n.group == 0 && isSimple(n.body)
	case nLiteral, nNotLiteral, nAny, nIn:
		return true
	}
	return false
}

// atFor maps an anchor to its MULTILINE and UNICODE variant.
func atFor(at atCode, flags Flags) atCode {
	if flags&Multiline != 0 {
		switch at {
		case atBeginning:
			at = atBeginningLine
		case atEnd:
			at = atEndLine
		}
	}
	if flags&Unicode != 0 {
		switch at {
		case atBoundary:
			at = atUniBoundary
		case atNonBoundary:
			at = atUniNonBoundary
		}
	}
	return at
}

// literalPrefix returns the characters every match starts with
// (re._compiler._get_literal_prefix, without its skip bookkeeping).
func literalPrefix(s *seq, flags Flags) (prefix []rune, all bool) {
	fold := foldFor(flags)
	for _, n := range s.items {
		switch n.kind {
		case nLiteral:
			if fold.isCased(n.c) {
				return prefix, false
			}
			prefix = append(prefix, n.c)
		case nSubpattern:
			p, got := literalPrefix(n.body, combineFlags(flags, n.add, n.del))
			prefix = append(prefix, p...)
			if !got {
				return prefix, false
			}
		default:
			return prefix, false
		}
	}
	return prefix, true
}

// charsetPrefix returns the set that the first character of every match
// belongs to, or nil (re._compiler._get_charset_prefix). It is used only
// when there is no literal prefix.
func charsetPrefix(s *seq, flags Flags) []setItem {
	for {
		if len(s.items) == 0 {
			return nil
		}
		n := s.items[0]
		if n.kind != nSubpattern {
			break
		}
		flags = combineFlags(flags, n.add, n.del)
		s = n.body
	}
	fold := foldFor(flags)
	n := s.items[0]
	switch n.kind {
	case nLiteral:
		if fold.isCased(n.c) {
			return nil
		}
		return []setItem{{kind: sLiteral, lo: n.c}}
	case nBranch:
		var set []setItem
		for _, alt := range n.alts {
			if len(alt.items) == 0 || alt.items[0].kind != nLiteral || fold.isCased(alt.items[0].c) {
				return nil
			}
			set = append(set, setItem{kind: sLiteral, lo: alt.items[0].c})
		}
		return set
	case nIn:
		if fold == foldNone {
			return n.set
		}
		for _, it := range n.set {
			switch it.kind {
			case sLiteral:
				if fold.isCased(it.lo) {
					return nil
				}
			case sRange:
				if it.hi > 0xffff {
					return nil
				}
				for c := it.lo; c <= it.hi; c++ {
					if fold.isCased(c) {
						return nil
					}
				}
			}
		}
		return n.set
	}
	return nil
}
