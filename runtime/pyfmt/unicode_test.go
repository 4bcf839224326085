package pyfmt

import "testing"

// Spot checks of the character database (the tables are generated from
// CPython 3.11's own behaviour by gen_unicode.py).
func TestUnicodeProperties(t *testing.T) {
	checks := []struct {
		name string
		f    func(rune) bool
		yes  []rune
		no   []rune
	}{
		{"IsAlpha", IsAlpha, []rune{'a', 'é', '日', 'ʰ', 'ª'}, []rune{'1', '_', ' ', 'Ⅻ', 0x0301}},
		{"IsDecimal", IsDecimal, []rune{'7', '٣', '०', '𝟗', 0x1FBF0}, []rune{'²', '½', 'Ⅻ', 'a'}},
		{"IsDigit", IsDigit, []rune{'7', '²', '①'}, []rune{'½', 'Ⅻ', '〇'}},
		{"IsNumeric", IsNumeric, []rune{'7', '½', 'Ⅻ', '〇', '万'}, []rune{'a', '-'}},
		{"IsAlnum", IsAlnum, []rune{'a', '7', '½', 'Ⅻ'}, []rune{'-', ' ', 0x0301}},
		{"IsSpace", IsSpace, []rune{' ', '\x1c', '\x85', '\xa0', 0x2028, 0x3000}, []rune{0x200B, 0x180E, 0xFEFF}},
		{"IsPrintable", IsPrintable, []rune{'a', ' ', 'é', 0x1F389}, []rune{'\t', 0x7F, 0xA0, 0xAD, 0x2028, 0x0378}},
		{"IsLower", IsLower, []rune{'a', 'ß', 'ª', 'ʰ', 0x0345, 'ⅰ', 'ⓐ'}, []rune{'A', 'ǅ', '1'}},
		{"IsUpper", IsUpper, []rune{'A', 'ẞ', 'Ⅰ', 'Ⓐ'}, []rune{'a', 'ǅ'}},
		{"IsTitle", IsTitle, []rune{'ǅ', 'ᾈ'}, []rune{'A', 'a'}},
		{"IsCased", IsCased, []rune{'a', 'A', 'ǅ', 'ʰ'}, []rune{'1', '日'}},
		{"IsCaseIgnorable", IsCaseIgnorable, []rune{'\'', '.', ':', 0x0301, 0x00AD, 'ʰ', 0x2019}, []rune{'a', ' ', '!'}},
		{"IsLineBreak", IsLineBreak, []rune{'\n', '\r', '\v', '\f', 0x1C, 0x1E, 0x85, 0x2028, 0x2029}, []rune{0x1F, ' '}},
		{"IsIdentifierStart", IsIdentifierStart, []rune{'a', '_', 'é', '日', '℘', '℮'}, []rune{'1', 0x0301, '·', 'ﾞ'}},
		{"IsIdentifierContinue", IsIdentifierContinue, []rune{'a', '1', '_', 0x0301, '·', 'ﾞ'}, []rune{'-', ' ', '$'}},
	}
	for _, c := range checks {
		for _, r := range c.yes {
			if !c.f(r) {
				t.Errorf("%s(%U) = false, want true", c.name, r)
			}
		}
		for _, r := range c.no {
			if c.f(r) {
				t.Errorf("%s(%U) = true, want false", c.name, r)
			}
		}
	}
	if IsAlpha(-1) || IsAlpha(0x110000) {
		t.Errorf("code points outside Unicode have no properties")
	}
	if DecimalValue('٧') != 7 || DecimalValue('𝟗') != 9 || DecimalValue('²') != -1 {
		t.Errorf("DecimalValue is wrong")
	}
}

func TestCaseMappings(t *testing.T) {
	cases := []struct {
		r                         rune
		lower, upper, title, fold string
	}{
		{'a', "a", "A", "A", "a"},
		{'ß', "ß", "SS", "Ss", "ss"},
		{'İ', "i̇", "İ", "İ", "i̇"},
		{'ﬁ', "ﬁ", "FI", "Fi", "fi"},
		{'ǅ', "ǆ", "Ǆ", "ǅ", "ǆ"},
		{'Σ', "σ", "Σ", "Σ", "σ"},
		{'ς', "ς", "Σ", "Σ", "σ"},
		{'ᾈ', "ᾀ", "ἈΙ", "ᾈ", "ἀι"},
		{'ŉ', "ŉ", "ʼN", "ʼN", "ʼn"},
		{'ꭰ', "ꭰ", "Ꭰ", "Ꭰ", "Ꭰ"},
		{'K', "k", "K", "K", "k"},
		{'日', "日", "日", "日", "日"},
	}
	for _, c := range cases {
		for _, m := range []struct {
			name string
			f    func([]byte, rune) []byte
			want string
		}{{"lower", AppendLower, c.lower}, {"upper", AppendUpper, c.upper}, {"title", AppendTitle, c.title}, {"fold", AppendFold, c.fold}} {
			if got := string(m.f(nil, c.r)); got != m.want {
				t.Errorf("%s(%q) = %q, want %q", m.name, c.r, got, m.want)
			}
		}
	}
}
