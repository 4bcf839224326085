// Package time is Python's time module for the hfc VM: clocks, sleep
// (which stops when the thread's context is cancelled), struct_time,
// gmtime/localtime/mktime, asctime/ctime and strftime/strptime with
// CPython 3.11's output on Linux (glibc, C locale).
package time

import (
	"math"
	gotime "time"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/internal/timefmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

func init() {
	loader.RegisterGoModule("time", newModule)
}

var processStart = gotime.Now()

func builtin(name string, fn vm.BuiltinFunc) *vm.Builtin {
	b := vm.NewBuiltin(name, fn)
	b.Module = "time"
	return b
}

func noArgs(th *vm.Thread, name string, args []vm.Value, kwnames []string) error {
	return th.ExactArgs(name, args, kwnames, 0)
}

// secondsFloat is CPython's conversion of a nanosecond count to float
// seconds.
func secondsFloat(ns int64) vm.Value {
	if ns%1e9 == 0 {
		return vm.Float(float64(ns / 1e9))
	}
	return vm.Float(float64(ns) / 1e9)
}

// LocalZone describes the local time zone as the time module exposes it.
func LocalZone() (tzname [2]string, timezone, altzone int, daylight bool) {
	year := gotime.Now().Year()
	jan := gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.Local)
	jul := gotime.Date(year, 7, 1, 0, 0, 0, 0, gotime.Local)
	jn, joff := jan.Zone()
	ln, loff := jul.Zone()
	std, dst := jn, ln
	stdOff, dstOff := joff, loff
	if jan.IsDST() {
		std, dst = ln, jn
		stdOff, dstOff = loff, joff
	}
	return [2]string{std, dst}, -stdOff, -dstOff, joff != loff
}

func newModule() *vm.Module {
	tzname, timezone, altzone, daylight := LocalZone()
	clock := func(name string, f func() int64, asFloat bool) *vm.Builtin {
		return builtin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := noArgs(th, name, args, kwnames); err != nil {
				return nil, err
			}
			if asFloat {
				return secondsFloat(f()), nil
			}
			return vm.MakeInt(f()), nil
		})
	}
	now := func() int64 { return gotime.Now().UnixNano() }
	mono := func() int64 { return int64(gotime.Since(processStart)) + 1e9 }
	members := map[string]vm.Value{
		"time":            clock("time", now, true),
		"time_ns":         clock("time_ns", now, false),
		"monotonic":       clock("monotonic", mono, true),
		"monotonic_ns":    clock("monotonic_ns", mono, false),
		"perf_counter":    clock("perf_counter", mono, true),
		"perf_counter_ns": clock("perf_counter_ns", mono, false),
		"process_time":    clock("process_time", processTime, true),
		"process_time_ns": clock("process_time_ns", processTime, false),
		"thread_time":     clock("thread_time", processTime, true),
		"thread_time_ns":  clock("thread_time_ns", processTime, false),
		"sleep":           builtin("sleep", sleep),
		"gmtime": builtin("gmtime", func(th *vm.Thread, a []vm.Value, k []string) (vm.Value, error) {
			return convertTime(th, "gmtime", a, k, true)
		}),
		"localtime": builtin("localtime", func(th *vm.Thread, a []vm.Value, k []string) (vm.Value, error) {
			return convertTime(th, "localtime", a, k, false)
		}),
		"mktime":                   builtin("mktime", mktime),
		"asctime":                  builtin("asctime", asctime),
		"ctime":                    builtin("ctime", ctime),
		"strftime":                 builtin("strftime", strftime),
		"strptime":                 builtin("strptime", strptime),
		"struct_time":              StructTimeClass,
		"timezone":                 vm.MakeInt(int64(timezone)),
		"altzone":                  vm.MakeInt(int64(altzone)),
		"daylight":                 vm.MakeInt(boolInt(daylight)),
		"tzname":                   vm.Tuple{vm.Str(tzname[0]), vm.Str(tzname[1])},
		"_STRUCT_TM_ITEMS":         vm.MakeInt(11),
		"CLOCK_MONOTONIC":          vm.MakeInt(1),
		"CLOCK_REALTIME":           vm.MakeInt(0),
		"CLOCK_PROCESS_CPUTIME_ID": vm.MakeInt(2),
	}
	return vm.NewGoModule("time", members)
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// sleep is time.sleep(secs): it returns early with the thread's
// cancellation error when its context is done.
func sleep(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("sleep", args, kwnames, 1); err != nil {
		return nil, err
	}
	var secs float64
	switch x := args[0].(type) {
	case vm.Float:
		secs = float64(x)
		if math.IsNaN(secs) {
			return nil, th.ValueError("Invalid value NaN (not a number)")
		}
	default:
		i, err := th.IndexValue(x)
		if err != nil {
			return nil, err
		}
		f, err := th.IntToFloat(i)
		if err != nil {
			return nil, err
		}
		secs = f
	}
	if secs < 0 {
		return nil, th.ValueError("sleep length must be non-negative")
	}
	if secs > 9.2e9 {
		return nil, th.Raise(vm.OverflowErrorClass, "timestamp too large to convert to C _PyTime_t")
	}
	timer := gotime.NewTimer(gotime.Duration(secs * 1e9))
	defer timer.Stop()
	select {
	case <-timer.C:
		return vm.None, nil
	case <-th.Context().Done():
		err := th.Context().Err()
		e := th.Raise(vm.RuntimeErrorClass, "execution stopped: %v", err)
		e.Payload = &vm.StepLimitError{Cause: err}
		return nil, e
	}
}

// TimestampArg converts a timestamp argument as _PyTime_ObjectToTime_t
// does (floats rounded toward minus infinity).
func TimestampArg(th *vm.Thread, v vm.Value) (int64, error) {
	if f, ok := v.(vm.Float); ok {
		x := math.Floor(float64(f))
		if math.IsNaN(x) {
			return 0, th.ValueError("Invalid value NaN (not a number)")
		}
		if x < -9.2e18 || x > 9.2e18 {
			return 0, th.Raise(vm.OverflowErrorClass, "timestamp out of range for platform time_t")
		}
		return int64(x), nil
	}
	i, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	n, ok := vm.AsInt64(i)
	if !ok {
		return 0, th.Raise(vm.OverflowErrorClass, "timestamp out of range for platform time_t")
	}
	return n, nil
}

// FromTime builds a struct_time from a Go time.
func FromTime(t gotime.Time, utc bool) *StructTime {
	zone, off := t.Zone()
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	if utc {
		zone = "GMT"
	}
	return NewStructTime(t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(),
		(int(t.Weekday())+6)%7, t.YearDay(), isdst, vm.Str(zone), vm.MakeInt(int64(off)))
}

const maxYear = 1<<31 - 1 + 1900

func convertTime(th *vm.Thread, name string, args []vm.Value, kwnames []string, utc bool) (vm.Value, error) {
	if err := th.NoKwargs(name, kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, th.TypeError("%s expected at most 1 argument, got %d", name, len(args))
	}
	var t gotime.Time
	if len(args) == 0 || vm.Is(args[0], vm.None) {
		t = gotime.Now()
	} else {
		secs, err := TimestampArg(th, args[0])
		if err != nil {
			return nil, err
		}
		if secs > 67767976233316800 || secs < -67768040609740800 {
			return nil, th.Raise(vm.OverflowErrorClass, "timestamp out of range for platform time_t")
		}
		t = gotime.Unix(secs, 0)
	}
	if utc {
		t = t.UTC()
	} else {
		t = t.Local()
	}
	if t.Year() > maxYear {
		return nil, th.Raise(vm.OverflowErrorClass, "timestamp out of range for platform time_t")
	}
	return FromTime(t, utc), nil
}

func processTime() int64 { return int64(gotime.Since(processStart)) }

// timeTuple reads a 9-tuple or struct_time as gettmarg and checktm do.
func timeTuple(th *vm.Thread, fname string, v vm.Value) (timefmt.Tm, error) {
	var items []vm.Value
	var tm timefmt.Tm
	switch x := v.(type) {
	case *StructTime:
		items = x.Fields[:]
		if s, ok := x.Zone.(vm.Str); ok {
			tm.Zone, tm.HasZone = string(s), true
		}
		if g, ok := vm.AsInt64(x.Gmtoff); ok {
			tm.Gmtoff = int(g)
		}
	case vm.Tuple:
		items = x
	default:
		return tm, th.TypeError("Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return tm, th.TypeError("%s(): illegal time tuple argument", fname)
	}
	var f [9]int
	for i, it := range items {
		iv, err := th.IndexValue(it)
		if err != nil {
			return tm, err
		}
		n, ok := vm.AsInt64(iv)
		if !ok || n > math.MaxInt32 || n < math.MinInt32 {
			return tm, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C int")
		}
		f[i] = int(n)
	}
	tm.Year, tm.Mon, tm.Mday, tm.Hour, tm.Min, tm.Sec = f[0], f[1], f[2], f[3], f[4], f[5]
	tm.Wday, tm.Yday, tm.Isdst = f[6], f[7], f[8]
	// gettmarg: C's tm_wday is (wday + 1) % 7, then checktm.
	cw := (tm.Wday + 1) % 7
	switch {
	case tm.Mon == 0:
		tm.Mon = 1
	case tm.Mon < 1 || tm.Mon > 12:
		return tm, th.ValueError("month out of range")
	}
	switch {
	case tm.Mday == 0:
		tm.Mday = 1
	case tm.Mday < 0 || tm.Mday > 31:
		return tm, th.ValueError("day of month out of range")
	}
	if tm.Hour < 0 || tm.Hour > 23 {
		return tm, th.ValueError("hour out of range")
	}
	if tm.Min < 0 || tm.Min > 59 {
		return tm, th.ValueError("minute out of range")
	}
	if tm.Sec < 0 || tm.Sec > 61 {
		return tm, th.ValueError("seconds out of range")
	}
	if cw < 0 {
		return tm, th.ValueError("day of week out of range")
	}
	tm.Wday = (cw + 6) % 7
	switch {
	case tm.Yday == 0:
		tm.Yday = 1
	case tm.Yday < 1 || tm.Yday > 366:
		return tm, th.ValueError("day of year out of range")
	}
	if tm.Isdst < -1 {
		tm.Isdst = -1
	} else if tm.Isdst > 1 {
		tm.Isdst = 1
	}
	names, _, _, _ := LocalZone()
	tm.LocalTzname = names
	local := tm
	tm.Epoch = func() int64 {
		return gotime.Date(local.Year, gotime.Month(local.Mon), local.Mday, local.Hour, local.Min, local.Sec, 0, gotime.Local).Unix()
	}
	return tm, nil
}

func nowTuple() *StructTime { return FromTime(gotime.Now().Local(), false) }

func strftime(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("strftime", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, th.TypeError("strftime expected at least 1 argument, got %d", len(args))
	}
	format, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("strftime() argument 1 must be str, not %s", args[0].Type().Name)
	}
	var t vm.Value = nowTuple()
	if len(args) == 2 {
		t = args[1]
	}
	tm, err := timeTuple(th, "strftime", t)
	if err != nil {
		return nil, err
	}
	return vm.Str(timefmt.Strftime(string(format), tm)), nil
}

var (
	dayAbbr   = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	monthAbbr = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// Asctime formats as C's asctime: "Sun Jan  2 03:04:05 2020".
func Asctime(wday, mon, mday, hour, min, sec, year int) string {
	return dayAbbr[wday] + " " + monthAbbr[mon-1] + " " + pad(mday, 2, ' ') + " " + pad(hour, 2, '0') + ":" + pad(min, 2, '0') + ":" + pad(sec, 2, '0') + " " + itoa(year)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func pad(n, width int, c byte) string {
	s := itoa(n)
	for len(s) < width {
		s = string(c) + s
	}
	return s
}

func asctime(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("asctime", kwnames); err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, th.TypeError("asctime expected at most 1 argument, got %d", len(args))
	}
	var t vm.Value = nowTuple()
	if len(args) == 1 {
		t = args[0]
	}
	tm, err := timeTuple(th, "asctime", t)
	if err != nil {
		return nil, err
	}
	return vm.Str(Asctime(tm.Wday, tm.Mon, tm.Mday, tm.Hour, tm.Min, tm.Sec, tm.Year)), nil
}

func ctime(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	st, err := convertTime(th, "ctime", args, kwnames, false)
	if err != nil {
		return nil, err
	}
	return asctime(th, []vm.Value{st}, nil)
}

func mktime(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("mktime", args, kwnames, 1); err != nil {
		return nil, err
	}
	var items []vm.Value
	switch x := args[0].(type) {
	case *StructTime:
		items = x.Fields[:]
	case vm.Tuple:
		items = x
	default:
		return nil, th.TypeError("Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return nil, th.TypeError("mktime(): illegal time tuple argument")
	}
	var f [6]int
	for i := range f {
		iv, err := th.IndexValue(items[i])
		if err != nil {
			return nil, err
		}
		n, _ := vm.AsInt64(iv)
		f[i] = int(n)
	}
	t := gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.Local)
	return vm.Float(float64(t.Unix())), nil
}

// ZoneNames returns the names strptime's %Z accepts, longest first.
func ZoneNames() ([]string, bool, [2]string) {
	names, _, _, daylight := LocalZone()
	zones := []string{"utc", "gmt"}
	add := func(n string) {
		n = lower(n)
		for _, z := range zones {
			if z == n {
				return
			}
		}
		zones = append(zones, n)
	}
	add(names[0])
	if daylight {
		add(names[1])
	}
	// longest first, as _strptime sorts them
	for i := 1; i < len(zones); i++ {
		for j := i; j > 0 && len(zones[j]) > len(zones[j-1]); j-- {
			zones[j], zones[j-1] = zones[j-1], zones[j]
		}
	}
	return zones, daylight, names
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// Strptime runs _strptime with the local zone names, raising ValueError.
func Strptime(th *vm.Thread, data, format string) (*timefmt.Result, error) {
	zones, daylight, names := ZoneNames()
	r, err := timefmt.Strptime(data, format, zones, daylight, names)
	if err != nil {
		return nil, th.ValueError("%s", err.Error())
	}
	return r, nil
}

// strptime is time.strptime(string, format="%a %b %d %H:%M:%S %Y").
func strptime(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.NoKwargs("strptime", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, th.TypeError("strptime expected at least 1 argument, got %d", len(args))
	}
	format := vm.Value(vm.Str("%a %b %d %H:%M:%S %Y"))
	if len(args) == 2 {
		format = args[1]
	}
	for i, a := range []vm.Value{args[0], format} {
		if _, ok := a.(vm.Str); !ok {
			cls, err := th.Repr(a.Type())
			if err != nil {
				return nil, err
			}
			return nil, th.TypeError("strptime() argument %d must be str, not %s", i, cls)
		}
	}
	r, err := Strptime(th, string(args[0].(vm.Str)), string(format.(vm.Str)))
	if err != nil {
		return nil, err
	}
	var zone, gmtoff vm.Value = vm.None, vm.None
	if r.HasTzname {
		zone = vm.Str(r.Tzname)
	}
	if r.HasGmtoff {
		gmtoff = vm.MakeInt(int64(r.Gmtoff))
	}
	return NewStructTime(r.Year, r.Month, r.Day, r.Hour, r.Minute, r.Second, r.Weekday, r.Julian, r.TZ, zone, gmtoff), nil
}
