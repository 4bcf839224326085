package datetime

import (
	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// addUs returns dt shifted by us microseconds (same tzinfo, fold 0).
func (dt *DateTime) addUs(th *vm.Thread, us int64) (*DateTime, error) {
	total := dt.clock.usOfDay() + us
	days, rem := floorDivMod(total, usPerDay)
	d, err := dateFromOrdinal(th, int64(dt.ordinal())+days)
	if err != nil {
		return nil, err
	}
	secs := rem / usPerSecond
	return &DateTime{d, clock{int(secs / 3600), int(secs / 60 % 60), int(secs % 60), int(rem % usPerSecond), dt.Tz, 0}}, nil
}

// utcUs is the datetime as microseconds since 0001-01-01 minus its offset.
func (dt *DateTime) localUs() int64 {
	return int64(dt.ordinal())*usPerDay + dt.clock.usOfDay()
}

// Compare implements date comparisons: dates only with dates.
func (d *Date) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*Date)
	if !ok {
		if _, isDT := other.(*DateTime); isDT {
			return vm.NotImplemented, nil
		}
		return notComparable(th, op, d, other)
	}
	c := cmpInt(int64(d.ordinal()), int64(o.ordinal()))
	return cmpResult(op, c), nil
}

// Hash hashes the fields.
func (d *Date) Hash(th *vm.Thread) (int64, error) {
	return th.Hash(vm.Tuple{vm.MakeInt(int64(d.Y)), vm.MakeInt(int64(d.M)), vm.MakeInt(int64(d.D))})
}

// BinaryOp implements date ± timedelta and date - date.
func (d *Date) BinaryOp(th *vm.Thread, op bytecode.BinaryOp, other vm.Value, reflected bool) (vm.Value, error) {
	switch o := other.(type) {
	case *Timedelta:
		if op == bytecode.OpAdd || (op == bytecode.OpSub && !reflected) {
			days := o.Days
			if op == bytecode.OpSub {
				days = -days
			}
			nd, err := dateFromOrdinal(th, int64(d.ordinal())+days)
			if err != nil {
				return nil, err
			}
			return &nd, nil
		}
	case *Date:
		if op == bytecode.OpSub {
			a, b := d, o
			if reflected {
				a, b = o, d
			}
			return &Timedelta{Days: int64(a.ordinal() - b.ordinal())}, nil
		}
	}
	return unsupported(th, op, d, other, reflected)
}

// Compare implements time comparisons.
func (t *Time) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*Time)
	if !ok {
		return notComparable(th, op, t, other)
	}
	a, b := t.usOfDay(), o.usOfDay()
	if t.Tz == nil || o.Tz == nil || !vm.Is(t.Tz, o.Tz) {
		off1, err := utcoffset(th, t.Tz, vm.None)
		if err != nil {
			return nil, err
		}
		off2, err := utcoffset(th, o.Tz, vm.None)
		if err != nil {
			return nil, err
		}
		if (off1 == nil) != (off2 == nil) {
			return naiveAware(th, op, "times")
		}
		if off1 != nil {
			a -= off1.totalUs()
			b -= off2.totalUs()
		}
	}
	return cmpResult(op, cmpInt(a, b)), nil
}

func naiveAware(th *vm.Thread, op bytecode.CompareOp, what string) (vm.Value, error) {
	switch op {
	case bytecode.CmpEQ:
		return vm.False, nil
	case bytecode.CmpNE:
		return vm.True, nil
	}
	return nil, th.TypeError("can't compare offset-naive and offset-aware %s", what)
}

// Hash hashes the UTC time of day (the fields when naive).
func (t *Time) Hash(th *vm.Thread) (int64, error) {
	off, err := utcoffset(th, t.Tz, vm.None)
	if err != nil {
		return 0, err
	}
	us := t.usOfDay()
	if off != nil {
		us -= off.totalUs()
	}
	return th.Hash(vm.MakeInt(us))
}

// Truth: times are always true (since Python 3.5).
func (t *Time) Truth(th *vm.Thread) (bool, error) { return true, nil }

// Compare implements datetime comparisons (naive with naive, aware with
// aware).
func (dt *DateTime) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*DateTime)
	if !ok {
		if _, isDate := other.(*Date); isDate {
			switch op {
			case bytecode.CmpEQ:
				return vm.False, nil
			case bytecode.CmpNE:
				return vm.True, nil
			}
			return nil, th.TypeError("can't compare %s to %s", typeName(dt), typeName(other))
		}
		return notComparable(th, op, dt, other)
	}
	a, b := dt.localUs(), o.localUs()
	if dt.Tz == nil || o.Tz == nil || !vm.Is(dt.Tz, o.Tz) {
		off1, err := utcoffset(th, dt.Tz, dt)
		if err != nil {
			return nil, err
		}
		off2, err := utcoffset(th, o.Tz, o)
		if err != nil {
			return nil, err
		}
		if (off1 == nil) != (off2 == nil) {
			return naiveAware(th, op, "datetimes")
		}
		if off1 != nil {
			a -= off1.totalUs()
			b -= off2.totalUs()
		}
	}
	return cmpResult(op, cmpInt(a, b)), nil
}

// Hash hashes the UTC instant (the fields when naive), ignoring fold.
func (dt *DateTime) Hash(th *vm.Thread) (int64, error) {
	off, err := utcoffset(th, dt.Tz, dt)
	if err != nil {
		return 0, err
	}
	us := dt.localUs()
	if off != nil {
		us -= off.totalUs()
	}
	return th.Hash(vm.MakeInt(us))
}

// BinaryOp implements datetime ± timedelta and datetime - datetime.
func (dt *DateTime) BinaryOp(th *vm.Thread, op bytecode.BinaryOp, other vm.Value, reflected bool) (vm.Value, error) {
	switch o := other.(type) {
	case *Timedelta:
		if op == bytecode.OpAdd || (op == bytecode.OpSub && !reflected) {
			if o.Days > 2*maxOrdinal || o.Days < -2*maxOrdinal {
				return nil, th.Raise(vm.OverflowErrorClass, "date value out of range")
			}
			us := o.totalUs()
			if op == bytecode.OpSub {
				us = -us
			}
			return dt.addUs(th, us)
		}
	case *DateTime:
		if op == bytecode.OpSub {
			a, b := dt, o
			if reflected {
				a, b = o, dt
			}
			return subtract(th, a, b)
		}
	}
	return unsupported(th, op, dt, other, reflected)
}

func subtract(th *vm.Thread, a, b *DateTime) (vm.Value, error) {
	var offdiff int64
	if a.Tz == nil || b.Tz == nil || !vm.Is(a.Tz, b.Tz) {
		off1, err := utcoffset(th, a.Tz, a)
		if err != nil {
			return nil, err
		}
		off2, err := utcoffset(th, b.Tz, b)
		if err != nil {
			return nil, err
		}
		if (off1 == nil) != (off2 == nil) {
			return nil, th.TypeError("can't subtract offset-naive and offset-aware datetimes")
		}
		if off1 != nil {
			offdiff = off1.totalUs() - off2.totalUs()
		}
	}
	return deltaFromInt64Us(th, a.localUs()-b.localUs()-offdiff)
}

// BinaryOp: times support no arithmetic; it gives CPython's TypeError.
func (t *Time) BinaryOp(th *vm.Thread, op bytecode.BinaryOp, other vm.Value, reflected bool) (vm.Value, error) {
	return unsupported(th, op, t, other, reflected)
}
