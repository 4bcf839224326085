// Package timefmt formats and parses dates as CPython 3.11 on Linux does:
// Strftime is glibc's strftime in the C locale (which time.strftime and
// datetime's strftime call), Strptime is the regular-expression matcher of
// Python's _strptime module.
package timefmt

import (
	"strconv"
	"strings"
)

// Tm is C's struct tm with Python's conventions: Mon 1..12, Wday 0 for
// Monday, Yday 1..366. Isdst < 0 means unknown; Zone "" means no tm_zone.
type Tm struct {
	Year, Mon, Mday, Hour, Min, Sec int
	Wday, Yday, Isdst               int
	Zone                            string
	HasZone                         bool
	Gmtoff                          int
	// LocalTzname is tzname[0], tzname[1] of the local time zone, which
	// glibc prints for %Z when the struct has no zone.
	LocalTzname [2]string
	// Epoch returns mktime(tm) for %s.
	Epoch func() int64
}

var (
	dayNames   = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// isoWeekDays is glibc's iso_week_days: the days since the Monday of ISO
// week 1 (yday 0-based, wday Sunday 0).
func isoWeekDays(yday, wday int) int {
	const bigEnough = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigEnough)%7 + 4 - 1
}

// isoWeek returns the ISO 8601 year and week as glibc's strftime computes
// them from tm_year, tm_yday and tm_wday (wday Monday 0, yday 1-based).
func isoWeek(year, yday, wday int) (int, int) {
	cw := (wday + 1) % 7
	yd := yday - 1
	days := isoWeekDays(yd, cw)
	if days < 0 {
		year--
		n := 365
		if isLeap(year) {
			n = 366
		}
		days = isoWeekDays(yd+n, cw)
	} else {
		n := 365
		if isLeap(year) {
			n = 366
		}
		if d := isoWeekDays(yd-n, cw); d >= 0 {
			year++
			days = d
		}
	}
	return year, days/7 + 1
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// Strftime is glibc's strftime(format, tm) in the C locale, with its
// flags (_ - 0 ^ #), field widths and E/O modifiers. Unknown conversions
// are copied as they are.
func Strftime(format string, tm Tm) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		i++
		pad := byte(0)
		upcase, swapcase := false, false
		for i < len(format) {
			switch format[i] {
			case '_', '-', '0':
				pad = format[i]
				i++
				continue
			case '^':
				upcase = true
				i++
				continue
			case '#':
				swapcase = true
				i++
				continue
			}
			break
		}
		width := -1
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			if width < 0 {
				width = 0
			}
			width = width*10 + int(format[i]-'0')
			i++
		}
		if i < len(format) && (format[i] == 'E' || format[i] == 'O') {
			i++
		}
		if i >= len(format) {
			b.WriteString(format[start:])
			break
		}
		conv := format[i]
		s, kind := convert(conv, tm, upcase)
		switch kind {
		case kindUnknown:
			b.WriteString(format[start : i+1])
			continue
		case kindText:
			if swapcase {
				switch conv {
				case 'p', 'Z':
					s = strings.ToLower(s)
				default:
					s = strings.ToUpper(s)
				}
			}
			if upcase {
				s = strings.ToUpper(s)
			}
			padText(&b, s, width, pad)
		case kindNumber, kindSpaceNumber, kindYearish:
			padNumber(&b, s, conv, kind, width, pad)
		}
	}
	return b.String()
}

type convKind int

const (
	kindUnknown convKind = iota
	kindText
	kindNumber      // zero-padded to its natural width
	kindSpaceNumber // space-padded to its natural width (%e %k %l)
	kindYearish     // not padded unless a width is given (%Y %G %C)
)

func two(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// convert returns the text of one conversion and how it pads.
func convert(c byte, tm Tm, upcase bool) (string, convKind) {
	wday := tm.Wday
	switch c {
	case 'a':
		return dayNames[wday][:3], kindText
	case 'A':
		return dayNames[wday], kindText
	case 'b', 'h':
		return monthNames[tm.Mon-1][:3], kindText
	case 'B':
		return monthNames[tm.Mon-1], kindText
	case 'c':
		return Strftime("%a %b %e %H:%M:%S %Y", tm), kindText
	case 'C':
		return strconv.Itoa(floorDiv(tm.Year, 100)), kindYearish
	case 'd':
		return two(tm.Mday), kindNumber
	case 'D':
		return Strftime("%m/%d/%y", tm), kindText
	case 'e':
		return strconv.Itoa(tm.Mday), kindSpaceNumber
	case 'F':
		return Strftime("%Y-%m-%d", tm), kindText
	case 'g':
		y, _ := isoWeek(tm.Year, tm.Yday, wday)
		return two(((y % 100) + 100) % 100), kindNumber
	case 'G':
		y, _ := isoWeek(tm.Year, tm.Yday, wday)
		return strconv.Itoa(y), kindYearish
	case 'H':
		return two(tm.Hour), kindNumber
	case 'I':
		return two(hour12(tm.Hour)), kindNumber
	case 'j':
		s := strconv.Itoa(tm.Yday)
		for len(s) < 3 {
			s = "0" + s
		}
		return s, kindNumber
	case 'k':
		return strconv.Itoa(tm.Hour), kindSpaceNumber
	case 'l':
		return strconv.Itoa(hour12(tm.Hour)), kindSpaceNumber
	case 'm':
		return two(tm.Mon), kindNumber
	case 'M':
		return two(tm.Min), kindNumber
	case 'n':
		return "\n", kindText
	case 'p':
		if tm.Hour >= 12 {
			return "PM", kindText
		}
		return "AM", kindText
	case 'P':
		if tm.Hour >= 12 {
			return "pm", kindText
		}
		return "am", kindText
	case 'r':
		return Strftime("%I:%M:%S %p", tm), kindText
	case 'R':
		return Strftime("%H:%M", tm), kindText
	case 's':
		if tm.Epoch != nil {
			return strconv.FormatInt(tm.Epoch(), 10), kindYearish
		}
		return "0", kindYearish
	case 'S':
		return two(tm.Sec), kindNumber
	case 't':
		return "\t", kindText
	case 'T':
		return Strftime("%H:%M:%S", tm), kindText
	case 'u':
		return strconv.Itoa(wday + 1), kindNumber
	case 'U':
		sunday := (wday + 1) % 7
		return two((tm.Yday - 1 + 7 - sunday) / 7), kindNumber
	case 'V':
		_, w := isoWeek(tm.Year, tm.Yday, wday)
		return two(w), kindNumber
	case 'w':
		return strconv.Itoa((wday + 1) % 7), kindNumber
	case 'W':
		return two((tm.Yday - 1 + 7 - wday) / 7), kindNumber
	case 'x':
		return Strftime("%m/%d/%y", tm), kindText
	case 'X':
		return Strftime("%H:%M:%S", tm), kindText
	case 'y':
		return two(((tm.Year % 100) + 100) % 100), kindNumber
	case 'Y':
		return strconv.Itoa(tm.Year), kindYearish
	case 'z':
		if tm.Isdst < 0 {
			return "", kindText
		}
		off := tm.Gmtoff
		sign := "+"
		if off < 0 {
			sign = "-"
			off = -off
		}
		return sign + two(off/3600) + two(off/60%60), kindText
	case 'Z':
		zone := tm.Zone
		if !tm.HasZone || zone == "" {
			zone = ""
			if tm.Isdst >= 0 {
				if tm.Isdst != 0 {
					zone = tm.LocalTzname[1]
				} else {
					zone = tm.LocalTzname[0]
				}
			}
		}
		return zone, kindText
	case '%':
		return "%", kindText
	}
	return "", kindUnknown
}

func padText(b *strings.Builder, s string, width int, pad byte) {
	n := len([]rune(s))
	if width > n {
		fill := " "
		if pad == '0' {
			fill = "0"
		}
		b.WriteString(strings.Repeat(fill, width-n))
	}
	b.WriteString(s)
}

// padNumber pads a number as glibc does: the natural width of the
// conversion unless a width is given, with zeros (spaces for %e %k %l),
// '_' for spaces, '-' for none, '0' for zeros.
func padNumber(b *strings.Builder, s string, conv byte, kind convKind, width int, pad byte) {
	neg := strings.HasPrefix(s, "-")
	digits := strings.TrimPrefix(s, "-")
	if kind != kindYearish || width >= 0 || pad != 0 {
		digits = strings.TrimLeft(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	natural := len(s)
	if kind == kindSpaceNumber {
		natural = 2
	}
	if kind == kindYearish {
		natural = 0
		if pad == '0' || pad == '_' {
			natural = defaultYearWidth(conv)
		}
	}
	if pad == '-' {
		if neg {
			b.WriteByte('-')
		}
		b.WriteString(digits)
		return
	}
	w := natural
	if width >= 0 {
		w = width
	}
	fill := byte('0')
	if kind == kindSpaceNumber || pad == '_' {
		fill = ' '
	}
	if pad == '0' {
		fill = '0'
	}
	n := len(digits)
	if neg {
		n++
	}
	if fill == ' ' {
		for ; n < w; n++ {
			b.WriteByte(' ')
		}
		if neg {
			b.WriteByte('-')
		}
		b.WriteString(digits)
		return
	}
	if neg {
		b.WriteByte('-')
	}
	for ; n < w; n++ {
		b.WriteByte('0')
	}
	b.WriteString(digits)
}

func defaultYearWidth(conv byte) int {
	switch conv {
	case 'C':
		return 2
	case 's':
		return 1
	}
	return 4
}
