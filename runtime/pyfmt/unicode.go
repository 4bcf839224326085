package pyfmt

//go:generate /usr/bin/python3 gen_unicode.py

import "unicode/utf8"

// charRecord holds the properties of the code points that share them: flags,
// the decimal digit value (-1 if none), and the lowercase, uppercase,
// titlecase and casefold mappings. A mapping is the delta from the code point
// to its one-code-point image, or, when flagExtendedCase is set, n | i<<2:
// the n code points at caseExtended[i:].
type charRecord struct {
	flags                     uint16
	decimal                   int8
	lower, upper, title, fold int32
}

// record returns the record of r; code points outside Unicode get U+0000's
// (no property).
func record(r rune) *charRecord {
	if uint32(r) >= 0x110000 {
		return &charRecords[0]
	}
	block := int(recordIndex1[r>>recordShift])
	return &charRecords[recordIndex2[block<<recordShift|int(r)&(1<<recordShift-1)]]
}

func hasFlag(r rune, flag uint16) bool { return record(r).flags&flag != 0 }

// decimalValue returns the value of a decimal digit as Python's
// str.isdecimal sees it (any script), or -1.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 {
		return -1
	}
	return int(record(r).decimal)
}

// DecimalValue returns the value of a decimal digit of any script (the
// digits of str.isdecimal and int()), or -1.
func DecimalValue(r rune) int { return decimalValue(r) }

// isSpace is Python's str.isspace for one code point.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return hasFlag(r, flagSpace)
}

// isPrintable is Python's str.isprintable for one code point.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return hasFlag(r, flagPrintable)
}

// The predicates below are CPython 3.11's Py_UNICODE_IS* of one code point
// (Unicode 14.0): str.isX() of a one-character string.

// IsSpace is str.isspace: whitespace, including \x1c-\x1f.
func IsSpace(r rune) bool { return isSpace(r) }

// IsPrintable is str.isprintable.
func IsPrintable(r rune) bool { return isPrintable(r) }

// IsAlpha is str.isalpha.
func IsAlpha(r rune) bool { return hasFlag(r, flagAlpha) }

// IsDecimal is str.isdecimal.
func IsDecimal(r rune) bool { return hasFlag(r, flagDecimal) }

// IsDigit is str.isdigit.
func IsDigit(r rune) bool { return hasFlag(r, flagDigit) }

// IsNumeric is str.isnumeric.
func IsNumeric(r rune) bool { return hasFlag(r, flagNumeric) }

// IsAlnum is str.isalnum: alphabetic or numeric.
func IsAlnum(r rune) bool { return hasFlag(r, flagAlpha|flagNumeric) }

// IsLower reports whether r has the Lowercase property.
func IsLower(r rune) bool { return hasFlag(r, flagLower) }

// IsUpper reports whether r has the Uppercase property.
func IsUpper(r rune) bool { return hasFlag(r, flagUpper) }

// IsTitle reports whether r is a titlecase letter (category Lt).
func IsTitle(r rune) bool { return hasFlag(r, flagTitle) }

// IsCased reports whether r is Lowercase, Uppercase or Lt.
func IsCased(r rune) bool { return hasFlag(r, flagCased) }

// IsCaseIgnorable reports whether r has the Case_Ignorable property.
func IsCaseIgnorable(r rune) bool { return hasFlag(r, flagCaseIgnorable) }

// IsLineBreak reports whether str.splitlines splits at r.
func IsLineBreak(r rune) bool { return hasFlag(r, flagLineBreak) }

// IsIdentifierStart reports whether an identifier may start with r
// (XID_Start or '_').
func IsIdentifierStart(r rune) bool { return hasFlag(r, flagIdentStart) }

// IsIdentifierContinue reports whether r may follow the first character of
// an identifier (XID_Continue).
func IsIdentifierContinue(r rune) bool { return hasFlag(r, flagIdentContinue) }

// appendMapping appends the mapping m of rec (one of its case fields) of r.
func appendMapping(dst []byte, rec *charRecord, r rune, m int32) []byte {
	if rec.flags&flagExtendedCase == 0 {
		return utf8.AppendRune(dst, r+m)
	}
	i, n := m>>2, m&3
	for _, c := range caseExtended[i : i+n] {
		dst = utf8.AppendRune(dst, c)
	}
	return dst
}

// AppendLower appends the full lowercase mapping of r ('İ' → "i̇"). The
// Final_Sigma rule, which needs the context of r, is the caller's: alone,
// 'Σ' maps to 'σ'.
func AppendLower(dst []byte, r rune) []byte {
	rec := record(r)
	return appendMapping(dst, rec, r, rec.lower)
}

// AppendUpper appends the full uppercase mapping of r ('ß' → "SS").
func AppendUpper(dst []byte, r rune) []byte {
	rec := record(r)
	return appendMapping(dst, rec, r, rec.upper)
}

// AppendTitle appends the full titlecase mapping of r ('ß' → "Ss").
func AppendTitle(dst []byte, r rune) []byte {
	rec := record(r)
	return appendMapping(dst, rec, r, rec.title)
}

// AppendFold appends the full case folding of r ('ß' → "ss").
func AppendFold(dst []byte, r rune) []byte {
	rec := record(r)
	return appendMapping(dst, rec, r, rec.fold)
}
