// Package datetime is Python's datetime module for the hfc VM: date, time,
// datetime, timedelta, tzinfo, timezone and IsoCalendarDate with the
// behaviour of CPython 3.11's C implementation (_datetime): validation
// messages, repr and str, arithmetic and comparisons, isoformat and
// fromisoformat, strftime and strptime, timestamps and the local time
// zone. tzinfo may be subclassed in Python; the other classes may not.
package datetime

import (
	"sync"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

// The classes of the module.
var (
	TimedeltaClass       = vm.NewGoClass("timedelta", "datetime", nil, newTimedelta)
	DateClass            = vm.NewGoClass("date", "datetime", nil, newDate)
	DateTimeClass        = vm.NewGoClass("datetime", "datetime", DateClass, newDateTime)
	TimeClass            = vm.NewGoClass("time", "datetime", nil, newTime)
	IsoCalendarDateClass = vm.NewGoClass("IsoCalendarDate", "datetime", vm.TupleClass, nil)
	TimezoneClass        *vm.Class
	tzinfoClass          *vm.Class
	setupOnce            sync.Once
)

func init() {
	loader.RegisterGoModule("datetime", newModule)
}

func setup() {
	tzinfoClass = newTzinfoClass(vm.NewThread(nil))
	TimezoneClass = vm.NewGoClass("timezone", "datetime", tzinfoClass, newTimezone)
	addDeltaMethods()
	addDateMethods()
	addTimeMethods()
	addDateTimeMethods()
	addTimezoneMethods()
	IsoCalendarDateClass.SetAttrHook(func(v vm.Value, name string) (vm.Value, bool) {
		c, ok := v.(*IsoCalendarDate)
		if !ok {
			return nil, false
		}
		switch name {
		case "year":
			return vm.MakeInt(int64(c.Year)), true
		case "week":
			return vm.MakeInt(int64(c.Week)), true
		case "weekday":
			return vm.MakeInt(int64(c.Weekday)), true
		}
		return nil, false
	})
}

// Ready finishes the classes (their methods, TimezoneClass) for Go code
// that makes datetime values before any Python code imports the module.
func Ready() { setupOnce.Do(setup) }

func newModule() *vm.Module {
	Ready()
	return vm.NewGoModule("datetime", map[string]vm.Value{
		"date":      DateClass,
		"datetime":  DateTimeClass,
		"time":      TimeClass,
		"timedelta": TimedeltaClass,
		"timezone":  TimezoneClass,
		"tzinfo":    tzinfoClass,
		"MINYEAR":   vm.MakeInt(minYear),
		"MAXYEAR":   vm.MakeInt(maxYear),
		"UTC":       utc,
		"__all__": vm.Tuple{vm.Str("date"), vm.Str("datetime"), vm.Str("time"), vm.Str("timedelta"), vm.Str("timezone"),
			vm.Str("tzinfo"), vm.Str("MINYEAR"), vm.Str("MAXYEAR"), vm.Str("UTC")},
	})
}
