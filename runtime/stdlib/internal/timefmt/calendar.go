package timefmt

// Proleptic Gregorian calendar arithmetic, as datetime.py defines it
// (ordinal 1 is 0001-01-01).

var daysInMonth = [13]int{-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBeforeMonth = [13]int{-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// IsLeap reports whether year is a leap year.
func IsLeap(year int) bool { return isLeap(year) }

// DaysInMonth returns the number of days of a month (1..12).
func DaysInMonth(year, month int) int {
	if month == 2 && isLeap(year) {
		return 29
	}
	return daysInMonth[month]
}

// DaysBeforeYear is the number of days before January 1st of year.
func DaysBeforeYear(year int) int {
	y := year - 1
	return y*365 + y/4 - y/100 + y/400
}

// DaysBeforeMonth is the number of days in year before the first of month.
func DaysBeforeMonth(year, month int) int {
	d := daysBeforeMonth[month]
	if month > 2 && isLeap(year) {
		d++
	}
	return d
}

// Ordinal returns the proleptic Gregorian ordinal of a valid date.
func Ordinal(year, month, day int) int {
	return DaysBeforeYear(year) + DaysBeforeMonth(year, month) + day
}

const (
	di400y = 146097
	di100y = 36524
	di4y   = 1461
)

// FromOrdinal returns the date of an ordinal (n >= 1).
func FromOrdinal(n int) (year, month, day int) {
	n--
	n400, n := n/di400y, n%di400y
	year = n400*400 + 1
	n100, n := n/di100y, n%di100y
	n4, n := n/di4y, n%di4y
	n1, n := n/365, n%365
	year += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return year - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	month = (n + 50) >> 5
	preceding := daysBeforeMonth[month]
	if month > 2 && leap {
		preceding++
	}
	if preceding > n {
		month--
		preceding -= daysInMonth[month]
		if month == 2 && leap {
			preceding--
		}
	}
	return year, month, n - preceding + 1
}

// Weekday returns the day of the week, Monday 0.
func Weekday(year, month, day int) int { return (Ordinal(year, month, day) + 6) % 7 }

// ISOWeek1Monday returns the ordinal of the Monday of ISO week 1 of year.
func ISOWeek1Monday(year int) int {
	const thursday = 3
	firstDay := Ordinal(year, 1, 1)
	firstWeekday := (firstDay + 6) % 7
	week1Monday := firstDay - firstWeekday
	if firstWeekday > thursday {
		week1Monday += 7
	}
	return week1Monday
}

// ISOCalendar returns the ISO year, week and weekday (1..7) of a date.
func ISOCalendar(year, month, day int) (int, int, int) {
	week1Monday := ISOWeek1Monday(year)
	today := Ordinal(year, month, day)
	week, d := floorDivMod(today-week1Monday, 7)
	if week < 0 {
		year--
		week1Monday = ISOWeek1Monday(year)
		week, d = floorDivMod(today-week1Monday, 7)
	} else if week >= 52 {
		if today >= ISOWeek1Monday(year+1) {
			year++
			week = 0
		}
	}
	return year, week + 1, d + 1
}

func floorDivMod(a, b int) (int, int) {
	q := floorDiv(a, b)
	return q, a - q*b
}
