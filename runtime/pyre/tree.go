package pyre

// The parse tree mirrors the (opcode, argument) lists of CPython's
// re._parser: a seq is a SubPattern, a node one of its items.

type nodeKind uint8

const (
	nLiteral nodeKind = iota + 1
	nNotLiteral
	nAny
	nIn
	nAt
	nBranch
	nSubpattern
	nAtomic
	nMaxRepeat
	nMinRepeat
	nPossessiveRepeat
	nGroupRef
	nGroupRefExists
	nAssert
	nAssertNot
)

// atCode is the argument of an AT item (an anchor).
type atCode uint8

const (
	atBeginning atCode = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atUniBoundary
	atUniNonBoundary
)

// category is a class escape inside a set (\d, \s, \w and their negations),
// in its ASCII or Unicode flavour.
type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
)

// unicodeCategory returns the Unicode flavour of an ASCII category.
func (c category) unicodeCategory() category {
	if c < catUniDigit {
		return c + catUniDigit
	}
	return c
}

func (c category) contains(ch rune) bool {
	switch c {
	case catDigit:
		return asciiIsDigit(ch)
	case catNotDigit:
		return !asciiIsDigit(ch)
	case catSpace:
		return asciiIsSpace(ch)
	case catNotSpace:
		return !asciiIsSpace(ch)
	case catWord:
		return asciiIsWord(ch)
	case catNotWord:
		return !asciiIsWord(ch)
	case catUniDigit:
		return uniIsDigit(ch)
	case catUniNotDigit:
		return !uniIsDigit(ch)
	case catUniSpace:
		return uniIsSpace(ch)
	case catUniNotSpace:
		return !uniIsSpace(ch)
	case catUniWord:
		return uniIsWord(ch)
	}
	return !uniIsWord(ch)
}

type setKind uint8

const (
	sNegate setKind = iota
	sLiteral
	sRange
	sCategory
	sRangeUniIgnore
)

// setItem is one member of a character set: a literal (lo), a range
// (lo..hi), a category or the negation marker.
type setItem struct {
	kind   setKind
	lo, hi rune
	cat    category
}

// node is one item of a seq. Which fields are used depends on kind.
type node struct {
	kind     nodeKind
	c        rune      // nLiteral, nNotLiteral
	at       atCode    // nAt
	set      []setItem // nIn
	group    int       // nSubpattern (0: not capturing), nGroupRef, nGroupRefExists
	add, del Flags     // nSubpattern
	min, max uint64    // repeats
	behind   bool      // nAssert, nAssertNot: lookbehind
	body     *seq      // nSubpattern, nAtomic, repeats, asserts, nGroupRefExists (yes)
	no       *seq      // nGroupRefExists (nil when there is no "no" branch)
	alts     []*seq    // nBranch
}

// seq is a sequence of items (CPython's SubPattern).
type seq struct {
	items    []*node
	width    [2]uint64
	hasWidth bool
}

// equalItems is Python's == on two (op, av) items, as the parser's common
// prefix factoring uses it: items that hold a SubPattern compare by identity,
// so they are never equal to another item.
func equalItems(a, b *node) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case nLiteral, nNotLiteral:
		return a.c == b.c
	case nAny:
		return true
	case nAt:
		return a.at == b.at
	case nGroupRef:
		return a.group == b.group
	case nIn:
		if len(a.set) != len(b.set) {
			return false
		}
		for i := range a.set {
			if a.set[i] != b.set[i] {
				return false
			}
		}
		return true
	}
	return a == b
}

// uniqItems removes duplicate set items, keeping the first of each.
func uniqItems(items []setItem) []setItem {
	out := items[:0:0]
	seen := make(map[setItem]bool, len(items))
	for _, it := range items {
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}
