package timefmt

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a ValueError of strptime, with CPython's message.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func errorf(format string, args ...any) error { return &Error{fmt.Sprintf(format, args...)} }

// Result is what _strptime._strptime returns.
type Result struct {
	Year, Month, Day, Hour, Minute, Second int
	Weekday, Julian, TZ                    int // Weekday Monday 0; TZ -1, 0 or 1
	Tzname                                 string
	HasTzname                              bool
	Gmtoff                                 int
	HasGmtoff                              bool
	Fraction, GmtoffFraction               int
}

// element is one piece of the compiled format: a literal character, a run
// of whitespace or a directive (a named group).
type element struct {
	lit   rune
	space bool
	name  byte // directive letter, 0 for literals and spaces
	alts  []string
}

// The regular expressions of _strptime.TimeRE in the C locale, as lists of
// alternatives in the order the regex tries them: 'D' is a digit, '[ab]'
// a range of characters, anything else itself.
var directiveAlts = map[byte][]string{
	'd': {"3[01]", "[12]D", "0[19]", "[19]", " [19]"},
	'H': {"2[03]", "[01]D", "D"},
	'I': {"1[02]", "0[19]", "[19]"},
	'G': {"DDDD"},
	'Y': {"DDDD"},
	'j': {"36[06]", "3[05]D", "[12]DD", "0[19]D", "00[19]", "[19]D", "0[19]", "[19]"},
	'm': {"1[02]", "0[19]", "[19]"},
	'M': {"[05]D", "D"},
	'S': {"6[01]", "[05]D", "D"},
	'U': {"5[03]", "[04]D", "D"},
	'W': {"5[03]", "[04]D", "D"},
	'V': {"5[03]", "0[19]", "[14]D", "D"},
	'w': {"[06]"},
	'u': {"[17]"},
	'y': {"DD"},
	'a': {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
	'A': {"wednesday", "thursday", "saturday", "tuesday", "monday", "friday", "sunday"},
	'b': {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
	'B': {"september", "february", "november", "december", "january", "october", "august", "march", "april", "june", "july", "may"},
	'p': {"am", "pm"},
}

// composite directives expand to these formats.
var composite = map[byte]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S"}

const regexSpecial = `\.^$*+?(){}[]|`

// compile turns a format into elements, with _strptime's errors for bad
// directives and a stray '%'.
func compile(format string, zones []string) ([]element, error) {
	var out []element
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if unicode.IsSpace(r) {
			for i+1 < len(rs) && unicode.IsSpace(rs[i+1]) {
				i++
			}
			out = append(out, element{space: true})
			continue
		}
		if r != '%' {
			out = append(out, element{lit: r})
			continue
		}
		if i+1 >= len(rs) {
			return nil, errorf("stray %% in format '%s'", format)
		}
		i++
		d := rs[i]
		if strings.ContainsRune(regexSpecial, d) || unicode.IsSpace(d) {
			return nil, errorf("'%%' is a bad directive in format '%s'", format)
		}
		if d > 0x7f {
			return nil, errorf("'%c' is a bad directive in format '%s'", d, format)
		}
		c := byte(d)
		switch {
		case c == '%':
			out = append(out, element{lit: '%'})
		case composite[c] != "":
			sub, err := compile(composite[c], zones)
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
		case c == 'f', c == 'z':
			out = append(out, element{name: c})
		case c == 'Z':
			out = append(out, element{name: c, alts: zones})
		case directiveAlts[c] != nil:
			out = append(out, element{name: c, alts: directiveAlts[c]})
		default:
			return nil, errorf("'%c' is a bad directive in format '%s'", d, format)
		}
	}
	return out, nil
}

// matchAlt reports whether the pattern alternative alt matches s at i,
// case-insensitively, and where the match ends.
func matchAlt(s []rune, i int, alt string) (int, bool) {
	for k := 0; k < len(alt); k++ {
		if i >= len(s) {
			return 0, false
		}
		c := s[i]
		switch alt[k] {
		case 'D':
			if c < '0' || c > '9' {
				return 0, false
			}
		case '[':
			lo, hi := rune(alt[k+1]), rune(alt[k+2])
			k += 3
			if c < lo || c > hi {
				return 0, false
			}
		default:
			if !equalFold(c, rune(alt[k])) {
				return 0, false
			}
		}
		i++
	}
	return i, true
}

func equalFold(a, b rune) bool {
	if a == b {
		return true
	}
	return unicode.SimpleFold(a) == b || unicode.SimpleFold(b) == a || unicode.ToLower(a) == unicode.ToLower(b)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// candidates returns the ends of the possible matches of a directive at
// i, in the order Python's regular expression engine tries them.
func candidates(e element, s []rune, i int) []int {
	var ends []int
	switch e.name {
	case 'f':
		n := 0
		for i+n < len(s) && n < 6 && isDigit(s[i+n]) {
			n++
		}
		for ; n >= 1; n-- {
			ends = append(ends, i+n)
		}
		return ends
	case 'z':
		return zCandidates(s, i)
	}
	for _, alt := range e.alts {
		if end, ok := matchAlt(s, i, alt); ok {
			ends = append(ends, end)
		}
	}
	return ends
}

// zCandidates matches [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z).
func zCandidates(s []rune, i int) []int {
	var ends []int
	at := func(k int) rune {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	if c := at(i); c == '+' || c == '-' {
		if isDigit(at(i+1)) && isDigit(at(i+2)) {
			j := i + 3
			colons := []int{}
			if at(j) == ':' {
				colons = append(colons, j+1)
			}
			colons = append(colons, j)
			for _, k := range colons {
				if at(k) < '0' || at(k) > '5' || !isDigit(at(k+1)) {
					continue
				}
				base := k + 2
				// optional group (:?[0-5]\d(\.\d{1,6})?)
				inner := []int{}
				if at(base) == ':' {
					inner = append(inner, base+1)
				}
				inner = append(inner, base)
				for _, m := range inner {
					if at(m) < '0' || at(m) > '5' || !isDigit(at(m+1)) {
						continue
					}
					end := m + 2
					if at(end) == '.' {
						n := 0
						for n < 6 && isDigit(at(end+1+n)) {
							n++
						}
						for ; n >= 1; n-- {
							ends = append(ends, end+1+n)
						}
					}
					ends = append(ends, end)
				}
				ends = append(ends, base)
			}
		}
	}
	if at(i) == 'Z' {
		ends = append(ends, i+1)
	}
	return ends
}

// match runs the elements against s from i with backtracking, recording
// the groups.
func match(els []element, s []rune, i int, groups map[byte]string, order *[]byte) (int, bool) {
	if len(els) == 0 {
		return i, true
	}
	e := els[0]
	switch {
	case e.space:
		n := 0
		for i+n < len(s) && unicode.IsSpace(s[i+n]) {
			n++
		}
		for ; n >= 1; n-- {
			if end, ok := match(els[1:], s, i+n, groups, order); ok {
				return end, true
			}
		}
		return 0, false
	case e.name == 0:
		if i < len(s) && equalFold(s[i], e.lit) {
			return match(els[1:], s, i+1, groups, order)
		}
		return 0, false
	}
	for _, end := range candidates(e, s, i) {
		if end2, ok := match(els[1:], s, end, groups, order); ok {
			if _, seen := groups[e.name]; !seen {
				*order = append([]byte{e.name}, *order...)
			}
			groups[e.name] = string(s[i:end])
			return end2, true
		}
	}
	return 0, false
}

// pyRepr is repr() of a str for messages.
func pyRepr(s string) string {
	quote := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		quote = `"`
	}
	var b strings.Builder
	b.WriteString(quote)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == quote:
			b.WriteString(`\` + quote)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == utf8.RuneError:
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(quote)
	return b.String()
}

// Strptime is _strptime._strptime(data, format): zones lists the time zone
// names %Z accepts (lower case), utcZones those that mean UTC.
func Strptime(data, format string, zones []string, daylight bool, localNames [2]string) (*Result, error) {
	els, err := compile(format, zones)
	if err != nil {
		return nil, err
	}
	s := []rune(data)
	groups := map[byte]string{}
	var order []byte
	end, ok := match(els, s, 0, groups, &order)
	if !ok {
		return nil, errorf("time data %s does not match format %s", pyRepr(data), pyRepr(format))
	}
	if end != len(s) {
		return nil, errorf("unconverted data remains: %s", string(s[end:]))
	}
	res := &Result{Month: 1, Day: 1, TZ: -1}
	year, isoYear, isoWeek, weekOfYear, weekday, julian := -1, -1, -1, -1, -1, 0
	hasJulian := false
	weekStart := 0
	num := func(k byte) int {
		n, _ := strconv.Atoi(strings.TrimSpace(groups[k]))
		return n
	}
	index := func(k byte) int {
		v := strings.ToLower(groups[k])
		alts := directiveAlts[k]
		for i, a := range alts {
			if a == v {
				return i
			}
		}
		return 0
	}
	// The name lists in calendar order.
	monthIndex := func(k byte) int {
		v := strings.ToLower(groups[k])
		for i, m := range monthNames {
			if strings.ToLower(m) == v || strings.ToLower(m[:3]) == v {
				return i + 1
			}
		}
		return index(k)
	}
	dayIndex := func(k byte) int {
		v := strings.ToLower(groups[k])
		for i, d := range dayNames {
			if strings.ToLower(d) == v || strings.ToLower(d[:3]) == v {
				return i
			}
		}
		return 0
	}
	for _, k := range order {
		switch k {
		case 'y':
			year = num('y')
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case 'Y':
			year = num('Y')
		case 'G':
			isoYear = num('G')
		case 'm':
			res.Month = num('m')
		case 'B', 'b':
			res.Month = monthIndex(k)
		case 'd':
			res.Day = num('d')
		case 'H':
			res.Hour = num('H')
		case 'I':
			res.Hour = num('I')
			ampm := strings.ToLower(groups['p'])
			switch ampm {
			case "", "am":
				if res.Hour == 12 {
					res.Hour = 0
				}
			case "pm":
				if res.Hour != 12 {
					res.Hour += 12
				}
			}
		case 'M':
			res.Minute = num('M')
		case 'S':
			res.Second = num('S')
		case 'f':
			f := groups['f']
			f += strings.Repeat("0", 6-len(f))
			res.Fraction, _ = strconv.Atoi(f)
		case 'A', 'a':
			weekday = dayIndex(k)
		case 'w':
			weekday = num('w')
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case 'u':
			weekday = num('u') - 1
		case 'j':
			julian, hasJulian = num('j'), true
		case 'U', 'W':
			weekOfYear = num(k)
			if k == 'U' {
				weekStart = 6
			} else {
				weekStart = 0
			}
		case 'V':
			isoWeek = num('V')
		case 'z':
			z := groups['z']
			if z == "Z" {
				res.Gmtoff, res.HasGmtoff = 0, true
				break
			}
			if z[3] == ':' {
				z = z[:3] + z[4:]
				if len(z) > 5 {
					if z[5] != ':' {
						return nil, errorf("Inconsistent use of : in %s", groups['z'])
					}
					z = z[:5] + z[6:]
				}
			}
			hours, _ := strconv.Atoi(z[1:3])
			minutes, _ := strconv.Atoi(z[3:5])
			seconds := 0
			if len(z) >= 7 {
				seconds, _ = strconv.Atoi(z[5:7])
			}
			res.Gmtoff = hours*3600 + minutes*60 + seconds
			res.HasGmtoff = true
			rem := ""
			if len(z) > 8 {
				rem = z[8:]
			}
			res.GmtoffFraction, _ = strconv.Atoi(rem + strings.Repeat("0", 6-len(rem)))
			if z[0] == '-' {
				res.Gmtoff = -res.Gmtoff
				res.GmtoffFraction = -res.GmtoffFraction
			}
		case 'Z':
			found := strings.ToLower(groups['Z'])
			noSaving := found == "utc" || found == "gmt" || found == strings.ToLower(localNames[0])
			hasSaving := daylight && found == strings.ToLower(localNames[1])
			if (noSaving || hasSaving) && !(localNames[0] == localNames[1] && daylight && found != "utc" && found != "gmt") {
				res.TZ = 0
				if !noSaving {
					res.TZ = 1
				}
			}
		}
	}
	if tz, ok := groups['Z']; ok {
		res.Tzname, res.HasTzname = tz, true
	}
	if year < 0 && isoYear >= 0 {
		if isoWeek < 0 || weekday < 0 {
			return nil, errorf("ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		if hasJulian {
			return nil, errorf("Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
	} else if weekOfYear < 0 && isoWeek >= 0 {
		if weekday < 0 {
			return nil, errorf("ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return nil, errorf("ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapYearFix := false
	if year < 0 && res.Month == 2 && res.Day == 29 {
		year = 1904
		leapYearFix = true
	} else if year < 0 {
		year = 1900
	}
	if !hasJulian && weekday >= 0 {
		if weekOfYear >= 0 {
			julian, hasJulian = julianFromUW(year, weekOfYear, weekday, weekStart == 0), true
		} else if isoYear >= 0 && isoWeek >= 0 {
			year, julian = julianFromV(isoYear, isoWeek, weekday+1)
			hasJulian = true
		}
		if hasJulian && julian <= 0 {
			year--
			if isLeap(year) {
				julian += 366
			} else {
				julian += 365
			}
		}
	}
	if year < 1 || year > 9999 {
		return nil, errorf("year %d is out of range", year)
	}
	if !hasJulian {
		if res.Day > DaysInMonth(year, res.Month) {
			return nil, errorf("day is out of range for month")
		}
		julian = Ordinal(year, res.Month, res.Day) - Ordinal(year, 1, 1) + 1
	} else {
		o := julian - 1 + Ordinal(year, 1, 1)
		if o < 1 {
			return nil, errorf("ordinal must be >= 1")
		}
		year, res.Month, res.Day = FromOrdinal(o)
	}
	if weekday < 0 {
		weekday = Weekday(year, res.Month, res.Day)
	}
	if leapYearFix {
		year = 1900
	}
	res.Year, res.Weekday, res.Julian = year, weekday, julian
	return res, nil
}

func julianFromUW(year, weekOfYear, dayOfWeek int, weekStartsMon bool) int {
	firstWeekday := Weekday(year, 1, 1)
	if !weekStartsMon {
		firstWeekday = (firstWeekday + 1) % 7
		dayOfWeek = (dayOfWeek + 1) % 7
	}
	week0Length := (7 - firstWeekday) % 7
	if weekOfYear == 0 {
		return 1 + dayOfWeek - firstWeekday
	}
	return 1 + week0Length + 7*(weekOfYear-1) + dayOfWeek
}

func julianFromV(isoYear, isoWeek, isoWeekday int) (int, int) {
	correction := Weekday(isoYear, 1, 4) + 1 + 3
	ordinal := isoWeek*7 + isoWeekday - correction
	if ordinal < 1 {
		ordinal += Ordinal(isoYear, 1, 1)
		isoYear--
		ordinal -= Ordinal(isoYear, 1, 1)
	}
	return isoYear, ordinal
}
