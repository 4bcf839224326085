package datetime

import (
	"fmt"
	"math"
	"strings"
	gotime "time"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/stdlib/internal/timefmt"
	stdtime "github.com/hyperflask/hfc/runtime/stdlib/time"
	"github.com/hyperflask/hfc/runtime/vm"
)

// dateOf returns the date part of a date or datetime.
func dateOf(v vm.Value) *Date {
	switch x := v.(type) {
	case *Date:
		return x
	case *DateTime:
		return &x.Date
	}
	return nil
}

// clockOf returns the time part of a time or datetime.
func clockOf(v vm.Value) *clock {
	switch x := v.(type) {
	case *Time:
		return &x.clock
	case *DateTime:
		return &x.clock
	}
	return nil
}

func noArgs(th *vm.Thread, name string, args []vm.Value, kwnames []string) error {
	return th.ExactArgs(name, args, kwnames, 0)
}

func classMethod(c *vm.Class, name string, fn func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error)) {
	b := vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Class)
		if !ok {
			return nil, th.TypeError("%s() needs a class", name)
		}
		return fn(th, cls, args[1:], kwnames)
	})
	c.SetAttr(name, &vm.ClassMethod{Func: b})
}

// makeDate builds a date, or for cls datetime a datetime at midnight.
func makeDate(cls *vm.Class, d Date) vm.Value {
	if cls.IsSubclass(DateTimeClass) {
		return &DateTime{Date: d}
	}
	return &d
}

// wrapStrftime is _wrap_strftime: %f, %z and %Z are replaced from the
// object, the rest goes to strftime with its timetuple.
func wrapStrftime(th *vm.Thread, obj vm.Value, format string, tm timefmt.Tm) (string, error) {
	var b strings.Builder
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' {
			b.WriteRune(rs[i])
			continue
		}
		if i+1 >= len(rs) {
			b.WriteByte('%')
			continue
		}
		i++
		switch rs[i] {
		case 'f':
			us := 0
			if c := clockOf(obj); c != nil {
				us = c.Us
			}
			fmt.Fprintf(&b, "%06d", us)
		case 'z':
			if c := clockOf(obj); c != nil {
				arg := vm.Value(vm.None)
				if _, isDT := obj.(*DateTime); isDT {
					arg = obj
				}
				off, err := utcoffset(th, c.Tz, arg)
				if err != nil {
					return "", err
				}
				b.WriteString(formatOffset(off, ""))
			}
		case 'Z':
			if c := clockOf(obj); c != nil {
				arg := vm.Value(vm.None)
				if _, isDT := obj.(*DateTime); isDT {
					arg = obj
				}
				name, err := tzname(th, c.Tz, arg)
				if err != nil {
					return "", err
				}
				if s, ok := name.(vm.Str); ok {
					b.WriteString(strings.ReplaceAll(string(s), "%", "%%"))
				}
			}
		default:
			b.WriteByte('%')
			b.WriteRune(rs[i])
		}
	}
	names, _, _, _ := stdtime.LocalZone()
	tm.LocalTzname = names
	return timefmt.Strftime(b.String(), tm), nil
}

// timetuple returns the struct tm of obj (date, time or datetime).
func timetuple(th *vm.Thread, obj vm.Value) (timefmt.Tm, error) {
	switch x := obj.(type) {
	case *Date:
		return x.tm(0, 0, 0, -1), nil
	case *Time:
		d := Date{1900, 1, 1}
		return d.tm(x.H, x.Mi, x.S, -1), nil
	case *DateTime:
		dst, err := tzMethodDelta(th, x.Tz, x, "dst")
		if err != nil {
			return timefmt.Tm{}, err
		}
		isdst := -1
		if dst != nil {
			isdst = 0
			if dst.totalUs() != 0 {
				isdst = 1
			}
		}
		return x.Date.tm(x.H, x.Mi, x.S, isdst), nil
	}
	return timefmt.Tm{}, nil
}

func structTime(tm timefmt.Tm) vm.Value {
	return stdtime.NewStructTime(tm.Year, tm.Mon, tm.Mday, tm.Hour, tm.Min, tm.Sec, tm.Wday, tm.Yday, tm.Isdst, nil, nil)
}

func addCommonMethods(c *vm.Class) {
	c.AddMethod("strftime", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "strftime", args, kwnames, []string{"format"}, 1, true)
		if err != nil {
			return nil, err
		}
		f, ok := vals[0].(vm.Str)
		if !ok {
			return nil, th.TypeError("strftime() argument 1 must be str, not %s", typeName(vals[0]))
		}
		tm, err := timetuple(th, self)
		if err != nil {
			return nil, err
		}
		s, err := wrapStrftime(th, self, string(f), tm)
		return vm.Str(s), err
	})
	c.AddMethod("__format__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		f, ok := args[0].(vm.Str)
		if !ok {
			return nil, th.TypeError("__format__() argument 1 must be str, not %s", typeName(args[0]))
		}
		if f == "" {
			s, err := th.Str(self)
			return vm.Str(s), err
		}
		tm, err := timetuple(th, self)
		if err != nil {
			return nil, err
		}
		s, err := wrapStrftime(th, self, string(f), tm)
		return vm.Str(s), err
	})
}

func addDateMethods() {
	c := DateClass
	addCommonMethods(c)
	c.SetAttrHook(func(v vm.Value, name string) (vm.Value, bool) {
		d := dateOf(v)
		if d == nil {
			return nil, false
		}
		switch name {
		case "year":
			return vm.MakeInt(int64(d.Y)), true
		case "month":
			return vm.MakeInt(int64(d.M)), true
		case "day":
			return vm.MakeInt(int64(d.D)), true
		}
		return nil, false
	})
	simple := func(name string, fn func(d *Date) vm.Value) {
		c.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := noArgs(th, name, args, kwnames); err != nil {
				return nil, err
			}
			return fn(dateOf(self)), nil
		})
	}
	simple("toordinal", func(d *Date) vm.Value { return vm.MakeInt(int64(d.ordinal())) })
	simple("weekday", func(d *Date) vm.Value { return vm.MakeInt(int64(d.weekday())) })
	simple("isoweekday", func(d *Date) vm.Value { return vm.MakeInt(int64(d.weekday() + 1)) })
	simple("isocalendar", func(d *Date) vm.Value {
		y, w, wd := timefmt.ISOCalendar(d.Y, d.M, d.D)
		return &IsoCalendarDate{y, w, wd}
	})
	c.AddMethod("isoformat", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "isoformat", args, kwnames); err != nil {
			return nil, err
		}
		return vm.Str(dateOf(self).isoformat()), nil
	})
	c.AddMethod("ctime", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "ctime", args, kwnames); err != nil {
			return nil, err
		}
		d := dateOf(self)
		var h, mi, s int
		if k := clockOf(self); k != nil {
			h, mi, s = k.H, k.Mi, k.S
		}
		// format_ctime: the year has at least four digits, unlike asctime's.
		a := stdtime.Asctime(d.weekday(), d.M, d.D, h, mi, s, d.Y)
		return vm.Str(a[:len(a)-len(fmt.Sprint(d.Y))] + fmt.Sprintf("%04d", d.Y)), nil
	})
	c.AddMethod("timetuple", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "timetuple", args, kwnames); err != nil {
			return nil, err
		}
		tm, err := timetuple(th, self)
		if err != nil {
			return nil, err
		}
		return structTime(tm), nil
	})
	c.AddMethod("replace", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		d := self.(*Date)
		vals, err := parseC(th, "replace", args, kwnames, []string{"year", "month", "day"}, 0, true)
		if err != nil {
			return nil, err
		}
		f := []int64{int64(d.Y), int64(d.M), int64(d.D)}
		for i, v := range vals {
			if v != nil {
				if f[i], err = intField(th, v); err != nil {
					return nil, err
				}
			}
		}
		if err := checkDate(th, f[0], f[1], f[2]); err != nil {
			return nil, err
		}
		return &Date{int(f[0]), int(f[1]), int(f[2])}, nil
	})
	classMethod(c, "fromordinal", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "fromordinal", args, kwnames, []string{"ordinal"}, 1, true)
		if err != nil {
			return nil, err
		}
		n, err := intField(th, vals[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, th.ValueError("ordinal must be >= 1")
		}
		if n > maxOrdinal {
			y, _, _ := timefmt.FromOrdinal(int(n))
			return nil, th.ValueError("year %d is out of range", y)
		}
		d, err := dateFromOrdinal(th, n)
		if err != nil {
			return nil, err
		}
		return makeDate(cls, d), nil
	})
	classMethod(c, "fromisocalendar", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "fromisocalendar", args, kwnames, []string{"year", "week", "day"}, 3, true)
		if err != nil {
			return nil, err
		}
		f, err := fields(th, vals)
		if err != nil {
			return nil, err
		}
		if f[2] <= 0 || f[2] >= 8 {
			return nil, th.ValueError("Invalid day: %d (range is [1, 7])", f[2])
		}
		d, err := isoToDate(th, f[0], f[1], f[2])
		if err != nil {
			return nil, err
		}
		return makeDate(cls, d), nil
	})
	classMethod(c, "fromisoformat", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("fromisoformat", args, kwnames, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(vm.Str)
		if !ok {
			return nil, th.TypeError("fromisoformat: argument must be str")
		}
		if cls.IsSubclass(DateTimeClass) {
			return dateTimeFromISO(th, string(s))
		}
		n := len([]rune(string(s)))
		if n != 7 && n != 8 && n != 10 {
			return nil, invalidISO(th, string(s))
		}
		ymd, err := parseISODate(th, string(s))
		if err != nil {
			return nil, isoError(th, err, string(s))
		}
		if err := checkDate(th, int64(ymd[0]), int64(ymd[1]), int64(ymd[2])); err != nil {
			return nil, err
		}
		return &Date{ymd[0], ymd[1], ymd[2]}, nil
	})
	classMethod(c, "today", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "today", args, kwnames); err != nil {
			return nil, err
		}
		now := gotime.Now()
		if cls.IsSubclass(DateTimeClass) {
			return fromGoTime(th, now.Local(), nil)
		}
		t := now.Local()
		return &Date{t.Year(), int(t.Month()), t.Day()}, nil
	})
	classMethod(c, "fromtimestamp", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if cls.IsSubclass(DateTimeClass) {
			return dateTimeFromTimestamp(th, args, kwnames, false)
		}
		if err := th.ExactArgs("fromtimestamp", args, kwnames, 1); err != nil {
			return nil, err
		}
		secs, err := stdtime.TimestampArg(th, args[0])
		if err != nil {
			return nil, err
		}
		t, err := unixTime(th, secs, 0, false)
		if err != nil {
			return nil, err
		}
		if err := checkDate(th, int64(t.Year()), 1, 1); err != nil {
			return nil, err
		}
		return &Date{t.Year(), int(t.Month()), t.Day()}, nil
	})
	c.SetAttr("min", &Date{1, 1, 1})
	c.SetAttr("max", &Date{9999, 12, 31})
	c.SetAttr("resolution", &Timedelta{Days: 1})
}

func isoToDate(th *vm.Thread, year, week, day int64) (Date, error) {
	if year < minYear || year > maxYear {
		return Date{}, th.ValueError("Year is out of range: %d", year)
	}
	if week <= 0 || week >= 53 {
		outOfRange := true
		if week == 53 {
			first := timefmt.Ordinal(int(year), 1, 1) % 7
			if first == 4 || (first == 3 && timefmt.IsLeap(int(year))) {
				outOfRange = false
			}
		}
		if outOfRange {
			return Date{}, th.ValueError("Invalid week: %d", week)
		}
	}
	if day <= 0 || day >= 8 {
		return Date{}, th.ValueError("Invalid weekday: %d (range is [1, 7])", day)
	}
	ord := int64(timefmt.ISOWeek1Monday(int(year))) + (week-1)*7 + day - 1
	return dateFromOrdinal(th, ord)
}

// IsoCalendarDate is the named tuple that date.isocalendar() returns.
type IsoCalendarDate struct{ Year, Week, Weekday int }

// Type implements vm.Value.
func (*IsoCalendarDate) Type() *vm.Class { return IsoCalendarDateClass }

func (c *IsoCalendarDate) tuple() vm.Tuple {
	return vm.Tuple{vm.MakeInt(int64(c.Year)), vm.MakeInt(int64(c.Week)), vm.MakeInt(int64(c.Weekday))}
}

// Repr implements repr().
func (c *IsoCalendarDate) Repr(th *vm.Thread) (string, error) {
	return fmt.Sprintf("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)", c.Year, c.Week, c.Weekday), nil
}

// Len implements len().
func (c *IsoCalendarDate) Len() int { return 3 }

// GetItem implements indexing.
func (c *IsoCalendarDate) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	return th.GetItem(c.tuple(), key)
}

// Iter implements iteration.
func (c *IsoCalendarDate) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(c.tuple()) }

// Compare compares as a tuple.
func (c *IsoCalendarDate) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	switch o := other.(type) {
	case *IsoCalendarDate:
		return th.Compare(op, c.tuple(), o.tuple())
	case vm.Tuple:
		return th.Compare(op, c.tuple(), o)
	}
	return vm.NotImplemented, nil
}

// Hash is the tuple's hash.
func (c *IsoCalendarDate) Hash(th *vm.Thread) (int64, error) { return th.Hash(c.tuple()) }

func addClockAttrs(c *vm.Class, withDate bool) {
	c.SetAttrHook(func(v vm.Value, name string) (vm.Value, bool) {
		k := clockOf(v)
		if k == nil {
			return nil, false
		}
		switch name {
		case "hour":
			return vm.MakeInt(int64(k.H)), true
		case "minute":
			return vm.MakeInt(int64(k.Mi)), true
		case "second":
			return vm.MakeInt(int64(k.S)), true
		case "microsecond":
			return vm.MakeInt(int64(k.Us)), true
		case "tzinfo":
			return k.tzinfo(), true
		case "fold":
			return vm.MakeInt(int64(k.Fold)), true
		}
		if withDate {
			d := dateOf(v)
			switch name {
			case "year":
				return vm.MakeInt(int64(d.Y)), true
			case "month":
				return vm.MakeInt(int64(d.M)), true
			case "day":
				return vm.MakeInt(int64(d.D)), true
			}
		}
		return nil, false
	})
}

// tzMethods adds utcoffset, dst and tzname, which pass the datetime (or
// None for a time) to the tzinfo.
func tzMethods(c *vm.Class) {
	arg := func(self vm.Value) vm.Value {
		if _, ok := self.(*DateTime); ok {
			return self
		}
		return vm.None
	}
	for _, name := range []string{"utcoffset", "dst"} {
		name := name
		c.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := noArgs(th, name, args, kwnames); err != nil {
				return nil, err
			}
			d, err := tzMethodDelta(th, clockOf(self).Tz, arg(self), name)
			if err != nil || d == nil {
				return vm.None, err
			}
			return d, nil
		})
	}
	c.AddMethod("tzname", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "tzname", args, kwnames); err != nil {
			return nil, err
		}
		return tzname(th, clockOf(self).Tz, arg(self))
	})
}

func addTimeMethods() {
	c := TimeClass
	addCommonMethods(c)
	addClockAttrs(c, false)
	tzMethods(c)
	c.AddMethod("isoformat", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "isoformat", args, kwnames, []string{"timespec"}, 0, true)
		if err != nil {
			return nil, err
		}
		spec, err := timespecArg(th, vals[0], 1)
		if err != nil {
			return nil, err
		}
		s, err := self.(*Time).isoformat(th, spec)
		return vm.Str(s), err
	})
	c.AddMethod("replace", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		t := self.(*Time)
		vals, err := parseCPos(th, "replace", args, kwnames, timeParams, 0, 5, true)
		if err != nil {
			return nil, err
		}
		nc, err := replaceClock(th, t.clock, vals[0:4], vals[4], vals[5])
		if err != nil {
			return nil, err
		}
		return &Time{nc}, nil
	})
	classMethod(c, "fromisoformat", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("fromisoformat", args, kwnames, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(vm.Str)
		if !ok {
			return nil, th.TypeError("fromisoformat: argument must be str")
		}
		str := string(s)
		if strings.HasPrefix(str, "T") {
			str = str[1:]
		}
		k, err := parseISOTime(th, str)
		if err != nil {
			return nil, isoError(th, err, string(s))
		}
		if err := checkTime(th, int64(k.H), int64(k.Mi), int64(k.S), int64(k.Us), 0); err != nil {
			return nil, err
		}
		return &Time{*k}, nil
	})
	c.SetAttr("min", &Time{})
	c.SetAttr("max", &Time{clock{23, 59, 59, 999999, nil, 0}})
	c.SetAttr("resolution", &Timedelta{Us: 1})
}

func timespecArg(th *vm.Thread, v vm.Value, pos int) (string, error) {
	if v == nil {
		return "auto", nil
	}
	s, ok := v.(vm.Str)
	if !ok {
		return "", th.TypeError("isoformat() argument %d must be str, not %s", pos, typeName(v))
	}
	return string(s), nil
}

// replaceClock applies replace() arguments (nil: keep) to a time of day.
func replaceClock(th *vm.Thread, k clock, vals []vm.Value, tz, fold vm.Value) (clock, error) {
	f := []int64{int64(k.H), int64(k.Mi), int64(k.S), int64(k.Us), int64(k.Fold)}
	all := append(append([]vm.Value(nil), vals...), fold)
	for i, v := range all {
		if v != nil {
			n, err := intField(th, v)
			if err != nil {
				return k, err
			}
			f[i] = n
		}
	}
	if err := checkTime(th, f[0], f[1], f[2], f[3], f[4]); err != nil {
		return k, err
	}
	ntz := k.Tz
	if tz != nil {
		t, err := checkTzinfo(th, tz)
		if err != nil {
			return k, err
		}
		ntz = t
	}
	return clock{int(f[0]), int(f[1]), int(f[2]), int(f[3]), ntz, int(f[4])}, nil
}

func addDateTimeMethods() {
	c := DateTimeClass
	addCommonMethods(c)
	addClockAttrs(c, true)
	tzMethods(c)
	c.AddMethod("isoformat", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "isoformat", args, kwnames, []string{"sep", "timespec"}, 0, true)
		if err != nil {
			return nil, err
		}
		sep := "T"
		if vals[0] != nil {
			s, ok := vals[0].(vm.Str)
			if !ok || len([]rune(string(s))) != 1 {
				return nil, th.TypeError("isoformat() argument 1 must be a unicode character, not %s", typeName(vals[0]))
			}
			sep = string(s)
		}
		spec, err := timespecArg(th, vals[1], 2)
		if err != nil {
			return nil, err
		}
		s, err := self.(*DateTime).isoformat(th, sep, spec)
		return vm.Str(s), err
	})
	c.AddMethod("date", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "date", args, kwnames); err != nil {
			return nil, err
		}
		d := self.(*DateTime).Date
		return &d, nil
	})
	c.AddMethod("time", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "time", args, kwnames); err != nil {
			return nil, err
		}
		k := self.(*DateTime).clock
		k.Tz = nil
		return &Time{k}, nil
	})
	c.AddMethod("timetz", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "timetz", args, kwnames); err != nil {
			return nil, err
		}
		return &Time{self.(*DateTime).clock}, nil
	})
	c.AddMethod("replace", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		dt := self.(*DateTime)
		vals, err := parseCPos(th, "replace", args, kwnames, dateTimeParams, 0, 8, true)
		if err != nil {
			return nil, err
		}
		f := []int64{int64(dt.Y), int64(dt.M), int64(dt.D)}
		for i := 0; i < 3; i++ {
			if vals[i] != nil {
				if f[i], err = intField(th, vals[i]); err != nil {
					return nil, err
				}
			}
		}
		if err := checkDate(th, f[0], f[1], f[2]); err != nil {
			return nil, err
		}
		k, err := replaceClock(th, dt.clock, vals[3:7], vals[7], vals[8])
		if err != nil {
			return nil, err
		}
		if vals[7] != nil && vm.Is(vals[7], vm.None) {
			k.Tz = nil
		}
		return &DateTime{Date{int(f[0]), int(f[1]), int(f[2])}, k}, nil
	})
	c.AddMethod("utctimetuple", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "utctimetuple", args, kwnames); err != nil {
			return nil, err
		}
		dt := self.(*DateTime)
		off, err := utcoffset(th, dt.Tz, dt)
		if err != nil {
			return nil, err
		}
		if off != nil {
			if dt, err = dt.addUs(th, -off.totalUs()); err != nil {
				return nil, err
			}
		}
		return structTime(dt.Date.tm(dt.H, dt.Mi, dt.S, 0)), nil
	})
	c.AddMethod("timestamp", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "timestamp", args, kwnames); err != nil {
			return nil, err
		}
		return self.(*DateTime).timestamp(th)
	})
	c.AddMethod("astimezone", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "astimezone", args, kwnames, []string{"tz"}, 0, true)
		if err != nil {
			return nil, err
		}
		var tz vm.Value
		if vals[0] != nil && !vm.Is(vals[0], vm.None) {
			if tz, err = checkTzinfo(th, vals[0]); err != nil {
				return nil, err
			}
		}
		return self.(*DateTime).astimezone(th, tz)
	})
	classMethod(c, "combine", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "combine", args, kwnames, []string{"date", "time", "tzinfo"}, 2, true)
		if err != nil {
			return nil, err
		}
		d := dateOf(vals[0])
		if d == nil {
			return nil, th.TypeError("combine() argument 1 must be datetime.date, not %s", typeName(vals[0]))
		}
		t, ok := vals[1].(*Time)
		if !ok {
			return nil, th.TypeError("combine() argument 2 must be datetime.time, not %s", typeName(vals[1]))
		}
		k := t.clock
		if vals[2] != nil {
			tz, err := checkTzinfo(th, vals[2])
			if err != nil {
				return nil, err
			}
			k.Tz = tz
		}
		return &DateTime{*d, k}, nil
	})
	classMethod(c, "now", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		vals, err := parseC(th, "now", args, kwnames, []string{"tz"}, 0, true)
		if err != nil {
			return nil, err
		}
		var tz vm.Value
		if vals[0] != nil {
			if tz, err = checkTzinfo(th, vals[0]); err != nil {
				return nil, err
			}
		}
		now := gotime.Now()
		if tz == nil {
			return fromGoTime(th, now.Local(), nil)
		}
		return fromGoTimeTz(th, now, tz)
	})
	classMethod(c, "utcnow", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := noArgs(th, "utcnow", args, kwnames); err != nil {
			return nil, err
		}
		return fromGoTime(th, gotime.Now().UTC(), nil)
	})
	classMethod(c, "utcfromtimestamp", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		return dateTimeFromTimestamp(th, args, kwnames, true)
	})
	classMethod(c, "strptime", func(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.NoKwargs("strptime", kwnames); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, th.TypeError("strptime expected 2 arguments, got %d", len(args))
		}
		for i, a := range args {
			if _, ok := a.(vm.Str); !ok {
				return nil, th.TypeError("strptime() argument %d must be str, not %s", i+1, typeName(a))
			}
		}
		r, err := stdtime.Strptime(th, string(args[0].(vm.Str)), string(args[1].(vm.Str)))
		if err != nil {
			return nil, err
		}
		if err := checkDate(th, int64(r.Year), int64(r.Month), int64(r.Day)); err != nil {
			return nil, err
		}
		if err := checkTime(th, int64(r.Hour), int64(r.Minute), int64(r.Second), int64(r.Fraction), 0); err != nil {
			return nil, err
		}
		dt := &DateTime{Date{r.Year, r.Month, r.Day}, clock{r.Hour, r.Minute, r.Second, r.Fraction, nil, 0}}
		if r.HasGmtoff {
			off, err := deltaFromInt64Us(th, int64(r.Gmtoff)*usPerSecond+int64(r.GmtoffFraction))
			if err != nil {
				return nil, err
			}
			var name vm.Value
			if r.HasTzname && r.Tzname != "" {
				name = vm.Str(r.Tzname)
			}
			tz, err := makeTimezone(th, off, name)
			if err != nil {
				return nil, err
			}
			dt.Tz = tz
		}
		return dt, nil
	})
	c.SetAttr("min", &DateTime{Date{1, 1, 1}, clock{}})
	c.SetAttr("max", &DateTime{Date{9999, 12, 31}, clock{23, 59, 59, 999999, nil, 0}})
	c.SetAttr("resolution", &Timedelta{Us: 1})
}

// unixTime converts seconds since the epoch to a Go time, in UTC or local,
// failing as CPython's gmtime/localtime do.
func unixTime(th *vm.Thread, secs int64, us int, utc bool) (gotime.Time, error) {
	if secs > 67767976233316800 || secs < -67768040609740800 {
		return gotime.Time{}, th.Raise(vm.OverflowErrorClass, "timestamp out of range for platform time_t")
	}
	t := gotime.Unix(secs, int64(us)*1000)
	if utc {
		return t.UTC(), nil
	}
	return t.Local(), nil
}

// fromGoTime builds a datetime from a Go time's fields (leap seconds
// clamped as CPython does).
func fromGoTime(th *vm.Thread, t gotime.Time, tz vm.Value) (*DateTime, error) {
	if err := checkDate(th, int64(t.Year()), 1, 1); err != nil {
		return nil, err
	}
	return &DateTime{Date{t.Year(), int(t.Month()), t.Day()}, clock{t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000, tz, 0}}, nil
}

// fromGoTimeTz is datetime(utc fields, tzinfo=tz) then tz.fromutc().
func fromGoTimeTz(th *vm.Thread, t gotime.Time, tz vm.Value) (vm.Value, error) {
	dt, err := fromGoTime(th, t.UTC(), tz)
	if err != nil {
		return nil, err
	}
	m, err := th.GetAttr(tz, "fromutc")
	if err != nil {
		return nil, err
	}
	return th.CallValue(m, []vm.Value{dt}, nil)
}

// roundHalfEven is _PyTime_RoundHalfEven.
func roundHalfEven(x float64) float64 {
	r := math.Round(x)
	if math.Abs(x-r) == 0.5 {
		r = 2.0 * math.Round(x/2.0)
	}
	return r
}

// timestampArg is _PyTime_ObjectToTimeval with half-even rounding.
func timestampArg(th *vm.Thread, v vm.Value) (int64, int, error) {
	f, ok := v.(vm.Float)
	if !ok {
		secs, err := stdtime.TimestampArg(th, v)
		return secs, 0, err
	}
	d := float64(f)
	if math.IsNaN(d) {
		return 0, 0, th.ValueError("Invalid value NaN (not a number)")
	}
	intpart, frac := math.Modf(d)
	frac = roundHalfEven(frac * 1e6)
	if frac >= 1e6 {
		frac -= 1e6
		intpart++
	} else if frac < 0 {
		frac += 1e6
		intpart--
	}
	if intpart < -9.2e18 || intpart > 9.2e18 {
		return 0, 0, th.Raise(vm.OverflowErrorClass, "timestamp out of range for platform time_t")
	}
	return int64(intpart), int(frac), nil
}

func dateTimeFromTimestamp(th *vm.Thread, args []vm.Value, kwnames []string, utcOnly bool) (vm.Value, error) {
	names := []string{"timestamp", "tz"}
	if utcOnly {
		names = names[:1]
	}
	fname := "fromtimestamp"
	if utcOnly {
		fname = "utcfromtimestamp"
	}
	vals, err := parseC(th, fname, args, kwnames, names, 1, true)
	if err != nil {
		return nil, err
	}
	var tz vm.Value
	if !utcOnly && vals[1] != nil {
		if tz, err = checkTzinfo(th, vals[1]); err != nil {
			return nil, err
		}
	}
	secs, us, err := timestampArg(th, vals[0])
	if err != nil {
		return nil, err
	}
	t, err := unixTime(th, secs, us, utcOnly || tz != nil)
	if err != nil {
		return nil, err
	}
	if tz != nil {
		return fromGoTimeTz(th, t, tz)
	}
	return fromGoTime(th, t, nil)
}

// epochUs is the microseconds from 0001-01-01 to 1970-01-01.
var epochUs = int64(719163) * usPerDay

func (dt *DateTime) timestamp(th *vm.Thread) (vm.Value, error) {
	off, err := utcoffset(th, dt.Tz, dt)
	if err != nil {
		return nil, err
	}
	if off != nil {
		d, err := deltaFromInt64Us(th, dt.localUs()-off.totalUs()-epochUs)
		if err != nil {
			return nil, err
		}
		return th.CallValue(mustAttr(th, d, "total_seconds"), nil, nil)
	}
	t := gotime.Date(dt.Y, gotime.Month(dt.M), dt.D, dt.H, dt.Mi, dt.S, 0, gotime.Local)
	return vm.Float(float64(t.Unix()) + float64(dt.Us)/1e6), nil
}

func mustAttr(th *vm.Thread, v vm.Value, name string) vm.Value {
	m, _ := th.GetAttr(v, name)
	return m
}

// localTimezone is the fixed timezone of the local zone at the UTC
// instant utcUs (microseconds since 0001-01-01).
func localTimezone(th *vm.Thread, utcSecs int64) (*Timezone, error) {
	t := gotime.Unix(utcSecs, 0).Local()
	name, off := t.Zone()
	d, err := deltaFromInt64Us(th, int64(off)*usPerSecond)
	if err != nil {
		return nil, err
	}
	return makeTimezone(th, d, vm.Str(name))
}

func (dt *DateTime) astimezone(th *vm.Thread, tz vm.Value) (vm.Value, error) {
	selfTz := dt.Tz
	var off *Timedelta
	var err error
	if selfTz != nil {
		if tz != nil && vm.Is(selfTz, tz) {
			return dt, nil
		}
		if off, err = utcoffset(th, selfTz, dt); err != nil {
			return nil, err
		}
	}
	if off == nil {
		// naive: the local time zone at that local time
		t := gotime.Date(dt.Y, gotime.Month(dt.M), dt.D, dt.H, dt.Mi, dt.S, 0, gotime.Local)
		_, o := t.Zone()
		off = &Timedelta{Secs: int64(o)}
		if o < 0 {
			off = &Timedelta{Days: -1, Secs: int64(86400 + o)}
		}
	}
	u, err := dt.addUs(th, -off.totalUs())
	if err != nil {
		return nil, err
	}
	if tz == nil {
		ltz, err := localTimezone(th, (u.localUs()-epochUs)/usPerSecond)
		if err != nil {
			return nil, err
		}
		u.Tz = ltz
		return u.addUs(th, ltz.Offset.totalUs())
	}
	u.Tz = tz
	m, err := th.GetAttr(tz, "fromutc")
	if err != nil {
		return nil, err
	}
	return th.CallValue(m, []vm.Value{u}, nil)
}
