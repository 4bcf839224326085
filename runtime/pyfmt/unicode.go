package pyfmt

//go:generate /usr/bin/python3 gen_unicode.py

import "sort"

// runeRange is an inclusive range of code points.
type runeRange struct{ lo, hi rune }

func inRanges(table []runeRange, r rune) (runeRange, bool) {
	i := sort.Search(len(table), func(i int) bool { return table[i].hi >= r })
	if i < len(table) && table[i].lo <= r {
		return table[i], true
	}
	return runeRange{}, false
}

// decimalValue returns the value of a decimal digit as Python's
// str.isdecimal sees it (any script), or -1.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 {
		return -1
	}
	if rg, ok := inRanges(decimalRanges, r); ok {
		return int(r-rg.lo) % 10
	}
	return -1
}

// isSpace is Python's str.isspace for one code point.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	_, ok := inRanges(spaceRanges, r)
	return ok
}

// isPrintable is Python's str.isprintable for one code point.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	_, ok := inRanges(printableRanges, r)
	return ok
}
