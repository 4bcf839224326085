package datetime

import (
	"fmt"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Timezone is a datetime.timezone: a fixed offset with an optional name.
type Timezone struct {
	Offset Timedelta
	Name   vm.Value // nil: the default name "UTC±HH:MM"
}

// Type implements vm.Value.
func (*Timezone) Type() *vm.Class { return TimezoneClass }

// utc is timezone.utc.
var utc = &Timezone{}

func newTimezone(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	vals, err := parseC(th, "timezone", args, kwnames, []string{"offset", "name"}, 1, true)
	if err != nil {
		return nil, err
	}
	off, ok := vals[0].(*Timedelta)
	if !ok {
		return nil, th.TypeError("timezone() argument 1 must be datetime.timedelta, not %s", typeName(vals[0]))
	}
	var name vm.Value
	if vals[1] != nil {
		if _, ok := vals[1].(vm.Str); !ok {
			return nil, th.TypeError("timezone() argument 2 must be str, not %s", typeName(vals[1]))
		}
		name = vals[1]
	}
	return makeTimezone(th, off, name)
}

func makeTimezone(th *vm.Thread, off *Timedelta, name vm.Value) (*Timezone, error) {
	if name == nil && off.totalUs() == 0 {
		return utc, nil
	}
	if off.Days < -1 || off.Days >= 1 || (off.Days == -1 && off.Secs == 0 && off.Us == 0) {
		r, _ := off.Repr(th)
		return nil, th.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
	}
	return &Timezone{*off, name}, nil
}

// Repr implements repr().
func (tz *Timezone) Repr(th *vm.Thread) (string, error) {
	if tz == utc {
		return "datetime.timezone.utc", nil
	}
	off, _ := tz.Offset.Repr(th)
	if tz.Name == nil {
		return fmt.Sprintf("datetime.timezone(%s)", off), nil
	}
	name, err := th.Repr(tz.Name)
	return fmt.Sprintf("datetime.timezone(%s, %s)", off, name), err
}

func (tz *Timezone) tzname() vm.Value {
	if tz.Name != nil {
		return tz.Name
	}
	if tz == utc || tz.Offset.totalUs() == 0 {
		return vm.Str("UTC")
	}
	return vm.Str("UTC" + formatOffset(&tz.Offset, ":"))
}

// Str is tzname(None).
func (tz *Timezone) Str(th *vm.Thread) (string, error) { return string(tz.tzname().(vm.Str)), nil }

// Compare compares offsets.
func (tz *Timezone) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*Timezone)
	if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return vm.NotImplemented, nil
	}
	eq := tz.Offset == o.Offset
	return vm.MakeBool(eq == (op == bytecode.CmpEQ)), nil
}

// Hash is the offset's hash.
func (tz *Timezone) Hash(th *vm.Thread) (int64, error) { return tz.Offset.Hash(th) }

// utcoffset calls tz.utcoffset(arg) and validates the result (nil: None).
func utcoffset(th *vm.Thread, tz vm.Value, arg vm.Value) (*Timedelta, error) {
	return tzMethodDelta(th, tz, arg, "utcoffset")
}

func tzMethodDelta(th *vm.Thread, tz vm.Value, arg vm.Value, name string) (*Timedelta, error) {
	if tz == nil || vm.Is(tz, vm.None) {
		return nil, nil
	}
	if t, ok := tz.(*Timezone); ok {
		if name == "dst" {
			return nil, nil
		}
		off := t.Offset
		return &off, nil
	}
	m, err := th.GetAttr(tz, name)
	if err != nil {
		return nil, err
	}
	r, err := th.CallValue(m, []vm.Value{arg}, nil)
	if err != nil {
		return nil, err
	}
	if vm.Is(r, vm.None) {
		return nil, nil
	}
	d, ok := r.(*Timedelta)
	if !ok {
		return nil, th.TypeError("tzinfo.%s() must return None or timedelta, not '%s'", name, typeName(r))
	}
	if d.Days < -1 || d.Days >= 1 || (d.Days == -1 && d.Secs == 0 && d.Us < 1) {
		return nil, th.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
	}
	return d, nil
}

// tzname calls tz.tzname(arg).
func tzname(th *vm.Thread, tz vm.Value, arg vm.Value) (vm.Value, error) {
	if tz == nil || vm.Is(tz, vm.None) {
		return vm.None, nil
	}
	if t, ok := tz.(*Timezone); ok {
		return t.tzname(), nil
	}
	m, err := th.GetAttr(tz, "tzname")
	if err != nil {
		return nil, err
	}
	r, err := th.CallValue(m, []vm.Value{arg}, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(vm.Str); !ok && !vm.Is(r, vm.None) {
		return nil, th.TypeError("tzinfo.tzname() must return None or a string, not '%s'", typeName(r))
	}
	return r, nil
}

func newTzinfoClass(th *vm.Thread) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str("datetime"))
	c, err := vm.NewClass(th, "tzinfo", "tzinfo", "datetime", nil, ns)
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"tzname", "utcoffset", "dst"} {
		name := name
		c.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			return nil, th.Raise(vm.NotImplementedErrorClass, "a tzinfo subclass must implement %s()", name)
		})
	}
	c.AddMethod("fromutc", tzinfoFromutc)
	return c
}

// tzinfoFromutc is tzinfo.fromutc(dt), the default conversion from UTC.
func tzinfoFromutc(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("fromutc", args, kwnames, 1); err != nil {
		return nil, err
	}
	dt, ok := args[0].(*DateTime)
	if !ok {
		return nil, th.TypeError("fromutc: argument must be a datetime")
	}
	if dt.Tz == nil || !vm.Is(dt.Tz, self) {
		return nil, th.ValueError("fromutc: dt.tzinfo is not self")
	}
	off, err := utcoffset(th, self, dt)
	if err != nil {
		return nil, err
	}
	if off == nil {
		return nil, th.ValueError("fromutc: non-None utcoffset() result required")
	}
	dst, err := tzMethodDelta(th, self, dt, "dst")
	if err != nil {
		return nil, err
	}
	if dst == nil {
		return nil, th.ValueError("fromutc: non-None dst() result required")
	}
	delta := off.totalUs() - dst.totalUs()
	if delta != 0 {
		moved, err := dt.addUs(th, delta)
		if err != nil {
			return nil, err
		}
		dt = moved
		dst, err = tzMethodDelta(th, self, dt, "dst")
		if err != nil {
			return nil, err
		}
		if dst == nil {
			return nil, th.ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
		}
	}
	return dt.addUs(th, dst.totalUs())
}

func addTimezoneMethods() {
	c := TimezoneClass
	dtArg := func(th *vm.Thread, name string, args []vm.Value, kwnames []string) error {
		if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
			return err
		}
		if _, ok := args[0].(*DateTime); !ok && !vm.Is(args[0], vm.None) {
			return th.TypeError("%s(dt) argument must be a datetime instance or None, not %s", name, typeName(args[0]))
		}
		return nil
	}
	c.AddMethod("utcoffset", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := dtArg(th, "utcoffset", args, kwnames); err != nil {
			return nil, err
		}
		off := self.(*Timezone).Offset
		return &off, nil
	})
	c.AddMethod("dst", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := dtArg(th, "dst", args, kwnames); err != nil {
			return nil, err
		}
		return vm.None, nil
	})
	c.AddMethod("tzname", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := dtArg(th, "tzname", args, kwnames); err != nil {
			return nil, err
		}
		return self.(*Timezone).tzname(), nil
	})
	c.AddMethod("fromutc", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("fromutc", args, kwnames, 1); err != nil {
			return nil, err
		}
		dt, ok := args[0].(*DateTime)
		if !ok {
			return nil, th.TypeError("fromutc: argument must be a datetime")
		}
		if dt.Tz == nil || !vm.Is(dt.Tz, self) {
			return nil, th.ValueError("fromutc: dt.tzinfo is not self")
		}
		return dt.addUs(th, self.(*Timezone).Offset.totalUs())
	})
	c.SetAttr("utc", utc)
	c.SetAttr("min", &Timezone{Offset: Timedelta{-1, 60, 0}})
	c.SetAttr("max", &Timezone{Offset: Timedelta{0, 86340, 0}})
}
