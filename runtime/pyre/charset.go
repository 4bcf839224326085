package pyre

import (
	"slices"
	"sort"
)

// runeRange is an inclusive range of characters.
type runeRange struct{ lo, hi rune }

// charset is a compiled character set. A character is a member when it is
// in latin (below 256) or ranges (from 256 on), or matches a uniIgnore range
// directly or through its uppercase (sre's RANGE_UNI_IGNORE), or belongs to
// one of cats; negate inverts the answer. member caches the answer for the
// characters below 256.
type charset struct {
	negate    bool
	latin     [4]uint64
	ranges    []runeRange
	uniIgnore []runeRange
	cats      []category
	member    [4]uint64
}

func (cs *charset) contains(c rune) bool {
	if c < 256 {
		return cs.member[c>>6]&(1<<(c&63)) != 0
	}
	return cs.has(c) != cs.negate
}

func (cs *charset) has(c rune) bool {
	if c < 256 {
		if cs.latin[c>>6]&(1<<(c&63)) != 0 {
			return true
		}
	} else if n := len(cs.ranges); n > 0 {
		i := sort.Search(n, func(i int) bool { return cs.ranges[i].hi >= c })
		if i < n && cs.ranges[i].lo <= c {
			return true
		}
	}
	for _, r := range cs.uniIgnore {
		if r.lo <= c && c <= r.hi {
			return true
		}
		if u := pyUpper(c); r.lo <= u && u <= r.hi {
			return true
		}
	}
	for _, cat := range cs.cats {
		if cat.contains(c) {
			return true
		}
	}
	return false
}

// foldMode is how case-insensitive matching folds characters.
type foldMode uint8

const (
	foldNone    foldMode = iota // case-sensitive
	foldASCII                   // IGNORECASE with ASCII semantics (bytes, ASCII flag)
	foldUnicode                 // IGNORECASE for str patterns
)

func (f foldMode) lower(c rune) rune {
	switch f {
	case foldASCII:
		return asciiLower(c)
	case foldUnicode:
		return pyLower(c)
	}
	return c
}

func (f foldMode) isCased(c rune) bool {
	switch f {
	case foldASCII:
		return asciiIsCased(c)
	case foldUnicode:
		return uniIsCased(c)
	}
	return false
}

// setBuilder accumulates the members of a charset.
type setBuilder struct {
	cs     charset
	ranges []runeRange
}

func (b *setBuilder) add(lo, hi rune) {
	for ; lo <= hi && lo < 256; lo++ {
		b.cs.latin[lo>>6] |= 1 << (lo & 63)
	}
	if lo <= hi {
		b.ranges = append(b.ranges, runeRange{lo, hi})
	}
}

func (b *setBuilder) build() *charset {
	slices.SortFunc(b.ranges, func(x, y runeRange) int { return int(x.lo) - int(y.lo) })
	var merged []runeRange
	for _, r := range b.ranges {
		if n := len(merged); n > 0 && r.lo <= merged[n-1].hi+1 {
			merged[n-1].hi = max(merged[n-1].hi, r.hi)
			continue
		}
		merged = append(merged, r)
	}
	b.cs.ranges = merged
	for c := rune(0); c < 256; c++ {
		if b.cs.has(c) != b.cs.negate {
			b.cs.member[c>>6] |= 1 << (c & 63)
		}
	}
	return &b.cs
}

// compileCharset builds the charset of set items as sre's _optimize_charset
// and charset matching define it. With case folding, the set holds the
// lowercase forms of its characters (and their extra cases) and is tested
// against the lowercase form of the subject's character when folded is true. Characters whose lowercase form is
// outside the BMP are kept as they are, which reproduces CPython's handling
// of them exactly, quirks included.
func compileCharset(items []setItem, fold foldMode, uni bool) (cs *charset, folded bool) {
	var b setBuilder
	for _, it := range items {
		switch it.kind {
		case sNegate:
			b.cs.negate = true
		case sCategory:
			cat := it.cat
			if uni {
				cat = cat.unicodeCategory()
			}
			b.cs.cats = append(b.cs.cats, cat)
		case sLiteral:
			if fold == foldNone {
				b.add(it.lo, it.lo)
				continue
			}
			lo := fold.lower(it.lo)
			if lo >= 0x10000 {
				b.add(it.lo, it.lo)
				folded = true
				continue
			}
			b.addFolded(lo, fold)
			if !folded && fold.isCased(it.lo) {
				folded = true
			}
		case sRange:
			if fold == foldNone {
				b.add(it.lo, it.hi)
				continue
			}
			complete := true
			for c := it.lo; c <= it.hi; c++ {
				lo := fold.lower(c)
				if lo >= 0x10000 {
					complete = false
					break
				}
				b.addFolded(lo, fold)
			}
			if !complete {
				b.cs.uniIgnore = append(b.cs.uniIgnore, runeRange{it.lo, it.hi})
				folded = true
				continue
			}
			for c := it.lo; !folded && c <= it.hi; c++ {
				folded = fold.isCased(c)
			}
		}
	}
	// When no character is cased, lowering changed nothing and the set is
	// matched as written.
	return b.build(), folded
}

// addFolded adds a lowercase character and, for Unicode folding, its extra
// cases.
func (b *setBuilder) addFolded(lo rune, fold foldMode) {
	b.add(lo, lo)
	if fold == foldUnicode {
		for _, k := range extraCases[lo] {
			b.add(k, k)
		}
	}
}
