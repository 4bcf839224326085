package datetime

import (
	"fmt"
	"strings"

	"github.com/hyperflask/hfc/runtime/stdlib/internal/timefmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

const (
	minYear    = 1
	maxYear    = 9999
	maxOrdinal = 3652059
)

// Date is a datetime.date.
type Date struct{ Y, M, D int }

// Type implements vm.Value.
func (*Date) Type() *vm.Class { return DateClass }

// clock is the time of day of a time or datetime.
type clock struct {
	H, Mi, S, Us int
	Tz           vm.Value // nil: no tzinfo
	Fold         int
}

// Time is a datetime.time.
type Time struct{ clock }

// Type implements vm.Value.
func (*Time) Type() *vm.Class { return TimeClass }

// DateTime is a datetime.datetime.
type DateTime struct {
	Date
	clock
}

// Type implements vm.Value.
func (*DateTime) Type() *vm.Class { return DateTimeClass }

func (c *clock) tzinfo() vm.Value {
	if c.Tz == nil {
		return vm.None
	}
	return c.Tz
}

func (c *clock) usOfDay() int64 {
	return int64((c.H*3600+c.Mi*60+c.S)*usPerSecond + c.Us)
}

// checkDate validates date fields with _datetime's messages.
func checkDate(th *vm.Thread, y, m, d int64) error {
	if y < minYear || y > maxYear {
		return th.ValueError("year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return th.ValueError("month must be in 1..12")
	}
	if d < 1 || d > int64(timefmt.DaysInMonth(int(y), int(m))) {
		return th.ValueError("day is out of range for month")
	}
	return nil
}

func checkTime(th *vm.Thread, h, mi, s, us, fold int64) error {
	switch {
	case h < 0 || h > 23:
		return th.ValueError("hour must be in 0..23")
	case mi < 0 || mi > 59:
		return th.ValueError("minute must be in 0..59")
	case s < 0 || s > 59:
		return th.ValueError("second must be in 0..59")
	case us < 0 || us > 999999:
		return th.ValueError("microsecond must be in 0..999999")
	case fold != 0 && fold != 1:
		return th.ValueError("fold must be either 0 or 1")
	}
	return nil
}

func checkTzinfo(th *vm.Thread, tz vm.Value) (vm.Value, error) {
	if tz == nil || vm.Is(tz, vm.None) {
		return nil, nil
	}
	if !tz.Type().IsSubclass(tzinfoClass) {
		return nil, th.TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'", typeName(tz))
	}
	return tz, nil
}

// fields converts the optional int arguments (nil: default 0).
func fields(th *vm.Thread, vals []vm.Value) ([]int64, error) {
	out := make([]int64, len(vals))
	for i, v := range vals {
		if v == nil {
			continue
		}
		n, err := intField(th, v)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func newDate(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	vals, err := parseC(th, "function", args, kwnames, []string{"year", "month", "day"}, 3, false)
	if err != nil {
		return nil, err
	}
	f, err := fields(th, vals)
	if err != nil {
		return nil, err
	}
	if err := checkDate(th, f[0], f[1], f[2]); err != nil {
		return nil, err
	}
	return &Date{int(f[0]), int(f[1]), int(f[2])}, nil
}

var timeParams = []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}

func newTime(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	vals, err := parseCPos(th, "function", args, kwnames, timeParams, 0, 5, false)
	if err != nil {
		return nil, err
	}
	f, err := fields(th, []vm.Value{vals[0], vals[1], vals[2], vals[3], vals[5]})
	if err != nil {
		return nil, err
	}
	if err := checkTime(th, f[0], f[1], f[2], f[3], f[4]); err != nil {
		return nil, err
	}
	tz, err := checkTzinfo(th, vals[4])
	if err != nil {
		return nil, err
	}
	return &Time{clock{int(f[0]), int(f[1]), int(f[2]), int(f[3]), tz, int(f[4])}}, nil
}

var dateTimeParams = []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}

func newDateTime(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	vals, err := parseCPos(th, "function", args, kwnames, dateTimeParams, 3, 8, false)
	if err != nil {
		return nil, err
	}
	f, err := fields(th, []vm.Value{vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], vals[6], vals[8]})
	if err != nil {
		return nil, err
	}
	if err := checkDate(th, f[0], f[1], f[2]); err != nil {
		return nil, err
	}
	if err := checkTime(th, f[3], f[4], f[5], f[6], f[7]); err != nil {
		return nil, err
	}
	tz, err := checkTzinfo(th, vals[7])
	if err != nil {
		return nil, err
	}
	return &DateTime{Date{int(f[0]), int(f[1]), int(f[2])}, clock{int(f[3]), int(f[4]), int(f[5]), int(f[6]), tz, int(f[7])}}, nil
}

// Repr implements repr().
func (d *Date) Repr(th *vm.Thread) (string, error) {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", d.Y, d.M, d.D), nil
}

func (c *clock) reprTail(th *vm.Thread, b *strings.Builder) error {
	if c.Us != 0 {
		fmt.Fprintf(b, ", %d, %d", c.S, c.Us)
	} else if c.S != 0 {
		fmt.Fprintf(b, ", %d", c.S)
	}
	if c.Fold != 0 {
		b.WriteString(", fold=1")
	}
	if c.Tz != nil {
		s, err := th.Repr(c.Tz)
		if err != nil {
			return err
		}
		b.WriteString(", tzinfo=" + s)
	}
	b.WriteByte(')')
	return nil
}

// Repr implements repr().
func (t *Time) Repr(th *vm.Thread) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "datetime.time(%d, %d", t.H, t.Mi)
	err := t.reprTail(th, &b)
	return b.String(), err
}

// Repr implements repr().
func (dt *DateTime) Repr(th *vm.Thread) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "datetime.datetime(%d, %d, %d, %d, %d", dt.Y, dt.M, dt.D, dt.H, dt.Mi)
	err := dt.reprTail(th, &b)
	return b.String(), err
}

func (d *Date) isoformat() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D) }

// Str is isoformat().
func (d *Date) Str(th *vm.Thread) (string, error) { return d.isoformat(), nil }

// Str is isoformat().
func (t *Time) Str(th *vm.Thread) (string, error) { return t.isoformat(th, "auto") }

// Str is isoformat(sep=' ').
func (dt *DateTime) Str(th *vm.Thread) (string, error) { return dt.isoformat(th, " ", "auto") }

// formatTime is _format_time.
func formatTime(th *vm.Thread, h, m, s, us int, timespec string) (string, error) {
	if timespec == "auto" {
		timespec = "seconds"
		if us != 0 {
			timespec = "microseconds"
		}
	}
	switch timespec {
	case "hours":
		return fmt.Sprintf("%02d", h), nil
	case "minutes":
		return fmt.Sprintf("%02d:%02d", h, m), nil
	case "seconds":
		return fmt.Sprintf("%02d:%02d:%02d", h, m, s), nil
	case "milliseconds":
		return fmt.Sprintf("%02d:%02d:%02d.%03d", h, m, s, us/1000), nil
	case "microseconds":
		return fmt.Sprintf("%02d:%02d:%02d.%06d", h, m, s, us), nil
	}
	return "", th.ValueError("Unknown timespec value")
}

// formatOffset is _format_offset with the separator sep.
func formatOffset(off *Timedelta, sep string) string {
	if off == nil {
		return ""
	}
	sign := "+"
	us := off.totalUs()
	if us < 0 {
		sign = "-"
		us = -us
	}
	secs := us / usPerSecond
	micro := us % usPerSecond
	s := fmt.Sprintf("%s%02d%s%02d", sign, secs/3600, sep, secs/60%60)
	if secs%60 != 0 || micro != 0 {
		s += fmt.Sprintf("%s%02d", sep, secs%60)
		if micro != 0 {
			s += fmt.Sprintf(".%06d", micro)
		}
	}
	return s
}

func (t *Time) isoformat(th *vm.Thread, timespec string) (string, error) {
	s, err := formatTime(th, t.H, t.Mi, t.S, t.Us, timespec)
	if err != nil {
		return "", err
	}
	off, err := utcoffset(th, t.Tz, vm.None)
	if err != nil {
		return "", err
	}
	return s + formatOffset(off, ":"), nil
}

func (dt *DateTime) isoformat(th *vm.Thread, sep, timespec string) (string, error) {
	s, err := formatTime(th, dt.H, dt.Mi, dt.S, dt.Us, timespec)
	if err != nil {
		return "", err
	}
	off, err := utcoffset(th, dt.Tz, dt)
	if err != nil {
		return "", err
	}
	return dt.Date.isoformat() + sep + s + formatOffset(off, ":"), nil
}

// ordinal returns the proleptic Gregorian ordinal.
func (d *Date) ordinal() int { return timefmt.Ordinal(d.Y, d.M, d.D) }

func (d *Date) weekday() int { return (d.ordinal() + 6) % 7 }

// dateFromOrdinal makes a date, failing with OverflowError outside
// 1..9999.
func dateFromOrdinal(th *vm.Thread, n int64) (Date, error) {
	if n < 1 || n > maxOrdinal {
		return Date{}, th.Raise(vm.OverflowErrorClass, "date value out of range")
	}
	y, m, d := timefmt.FromOrdinal(int(n))
	return Date{y, m, d}, nil
}

// tm is the struct tm of timetuple().
func (d *Date) tm(h, mi, s, isdst int) timefmt.Tm {
	return timefmt.Tm{Year: d.Y, Mon: d.M, Mday: d.D, Hour: h, Min: mi, Sec: s, Wday: d.weekday(),
		Yday: timefmt.DaysBeforeMonth(d.Y, d.M) + d.D, Isdst: isdst}
}
