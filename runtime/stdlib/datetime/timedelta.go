package datetime

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/pyfmt"
	"github.com/hyperflask/hfc/runtime/vm"
)

const (
	maxDeltaDays = 999999999
	usPerSecond  = 1000000
	usPerDay     = 86400 * usPerSecond
)

// Timedelta is a datetime.timedelta, normalised as CPython stores it:
// 0 <= Secs < 86400, 0 <= Us < 10**6, |Days| <= 999999999.
type Timedelta struct{ Days, Secs, Us int64 }

// Type implements vm.Value.
func (*Timedelta) Type() *vm.Class { return TimedeltaClass }

// totalUs is the duration in microseconds, for durations of less than
// 100 million days (time zone offsets, datetime arithmetic after a range
// check); bigUs is exact for all.
func (d *Timedelta) totalUs() int64 { return (d.Days*86400+d.Secs)*usPerSecond + d.Us }

func (d *Timedelta) bigUs() *big.Int {
	us := new(big.Int).Mul(big.NewInt(d.Days), big.NewInt(usPerDay))
	return us.Add(us, big.NewInt(d.Secs*usPerSecond+d.Us))
}

// deltaFromUs normalises a microsecond count, failing as CPython does when
// the days are out of range.
func deltaFromUs(th *vm.Thread, us *big.Int) (*Timedelta, error) {
	q, r := new(big.Int), new(big.Int)
	q.DivMod(us, big.NewInt(usPerSecond), r)
	micro := r.Int64()
	days, secs := new(big.Int), new(big.Int)
	days.DivMod(q, big.NewInt(86400), secs)
	if !days.IsInt64() || days.Int64() > math.MaxInt32 || days.Int64() < math.MinInt32 {
		return nil, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C int")
	}
	return newDelta(th, days.Int64(), secs.Int64(), micro)
}

func newDelta(th *vm.Thread, days, secs, us int64) (*Timedelta, error) {
	if days < -maxDeltaDays || days > maxDeltaDays {
		return nil, th.Raise(vm.OverflowErrorClass, "days=%d; must have magnitude <= %d", days, maxDeltaDays)
	}
	return &Timedelta{days, secs, us}, nil
}

// deltaFromInt64Us normalises a microsecond count that fits in an int64.
func deltaFromInt64Us(th *vm.Thread, us int64) (*Timedelta, error) {
	return deltaFromUs(th, big.NewInt(us))
}

var deltaParams = []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}

// newTimedelta is timedelta(days=0, seconds=0, microseconds=0,
// milliseconds=0, minutes=0, hours=0, weeks=0): CPython's delta_new, which
// accumulates exact integers and the fractional microseconds of floats,
// rounding the latter half to even.
func newTimedelta(th *vm.Thread, cls *vm.Class, args []vm.Value, kwnames []string) (vm.Value, error) {
	vals, err := parseC(th, "__new__", args, kwnames, deltaParams, 0, true)
	if err != nil {
		return nil, err
	}
	factors := map[string]int64{"microseconds": 1, "milliseconds": 1000, "seconds": usPerSecond, "minutes": 60 * usPerSecond,
		"hours": 3600 * usPerSecond, "days": usPerDay, "weeks": 7 * usPerDay}
	x := new(big.Int)
	leftover := 0.0
	for _, name := range []string{"microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "weeks"} {
		var v vm.Value
		for i, p := range deltaParams {
			if p == name {
				v = vals[i]
			}
		}
		if v == nil {
			continue
		}
		factor := factors[name]
		switch n := v.(type) {
		case vm.Int, vm.BigInt, vm.Bool:
			x.Add(x, new(big.Int).Mul(vm.IntToBig(n), big.NewInt(factor)))
		case vm.Float:
			intpart, frac := math.Modf(float64(n))
			ip, err := pyfmt.FloatToInt(intpart)
			if err != nil {
				return nil, vm.FromPyfmt(err)
			}
			x.Add(x, ip.Mul(ip, big.NewInt(factor)))
			if frac == 0 {
				continue
			}
			d := float64(factor) * frac
			intpart, frac = math.Modf(d)
			ip, err = pyfmt.FloatToInt(intpart)
			if err != nil {
				return nil, vm.FromPyfmt(err)
			}
			x.Add(x, ip)
			leftover += frac
		default:
			return nil, th.TypeError("unsupported type for timedelta %s component: %s", name, typeName(v))
		}
	}
	if leftover != 0 {
		whole := math.Round(leftover)
		if math.Abs(whole-leftover) == 0.5 {
			odd := float64(x.Bit(0))
			whole = 2.0*math.Round((leftover+odd)*0.5) - odd
		}
		x.Add(x, big.NewInt(int64(whole)))
	}
	return deltaFromUs(th, x)
}

// Repr is "datetime.timedelta(days=1, seconds=5)".
func (d *Timedelta) Repr(th *vm.Thread) (string, error) {
	var parts []string
	if d.Days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", d.Days))
	}
	if d.Secs != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", d.Secs))
	}
	if d.Us != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", d.Us))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)", nil
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")", nil
}

// Str is "1 day, 0:00:05.000007".
func (d *Timedelta) Str(th *vm.Thread) (string, error) {
	var b strings.Builder
	if d.Days != 0 {
		s := "s"
		if d.Days == 1 || d.Days == -1 {
			s = ""
		}
		fmt.Fprintf(&b, "%d day%s, ", d.Days, s)
	}
	fmt.Fprintf(&b, "%d:%02d:%02d", d.Secs/3600, d.Secs/60%60, d.Secs%60)
	if d.Us != 0 {
		fmt.Fprintf(&b, ".%06d", d.Us)
	}
	return b.String(), nil
}

// Truth is false for the zero duration.
func (d *Timedelta) Truth(th *vm.Thread) (bool, error) {
	return d.Days != 0 || d.Secs != 0 || d.Us != 0, nil
}

// Hash hashes the fields.
func (d *Timedelta) Hash(th *vm.Thread) (int64, error) {
	return th.Hash(vm.Tuple{vm.MakeInt(d.Days), vm.MakeInt(d.Secs), vm.MakeInt(d.Us)})
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpResult(op bytecode.CompareOp, c int) vm.Value {
	switch op {
	case bytecode.CmpLT:
		return vm.MakeBool(c < 0)
	case bytecode.CmpLE:
		return vm.MakeBool(c <= 0)
	case bytecode.CmpEQ:
		return vm.MakeBool(c == 0)
	case bytecode.CmpNE:
		return vm.MakeBool(c != 0)
	case bytecode.CmpGT:
		return vm.MakeBool(c > 0)
	}
	return vm.MakeBool(c >= 0)
}

// notComparable answers == and != with False and True and fails the
// orderings with CPython's message naming the types by their tp_name.
func notComparable(th *vm.Thread, op bytecode.CompareOp, a, b vm.Value) (vm.Value, error) {
	switch op {
	case bytecode.CmpEQ:
		return vm.False, nil
	case bytecode.CmpNE:
		return vm.True, nil
	}
	if isUserValue(b) {
		return vm.NotImplemented, nil
	}
	return nil, th.TypeError("'%s' not supported between instances of '%s' and '%s'", op.Symbol(), typeName(a), typeName(b))
}

// Compare orders durations.
func (d *Timedelta) Compare(th *vm.Thread, op bytecode.CompareOp, other vm.Value) (vm.Value, error) {
	o, ok := other.(*Timedelta)
	if !ok {
		return notComparable(th, op, d, other)
	}
	c := cmpInt(d.Days, o.Days)
	if c == 0 {
		c = cmpInt(d.Secs, o.Secs)
	}
	if c == 0 {
		c = cmpInt(d.Us, o.Us)
	}
	return cmpResult(op, c), nil
}

// UnaryOp implements -d and +d.
func (d *Timedelta) UnaryOp(th *vm.Thread, op bytecode.Opcode) (vm.Value, error) {
	switch op {
	case bytecode.UNARY_NEGATIVE:
		return deltaFromUs(th, new(big.Int).Neg(d.bigUs()))
	case bytecode.UNARY_POSITIVE:
		return d, nil
	}
	return vm.NotImplemented, nil
}

// divideNearest is round-half-even integer division (b > 0 or b < 0).
func divideNearest(a, b *big.Int) *big.Int {
	q, r := new(big.Int), new(big.Int)
	q.DivMod(a, b, r) // Euclidean: 0 <= r < |b|
	if b.Sign() < 0 {
		// make q, r a floor division with r having b's sign
		if r.Sign() != 0 {
			q.Add(q, big.NewInt(1))
			r.Add(r, b)
		}
	}
	// compare 2r with b
	r2 := new(big.Int).Lsh(r, 1)
	c := r2.CmpAbs(b)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// mulRatio is d * num / den rounded half to even.
func (d *Timedelta) mulRatio(th *vm.Thread, num, den *big.Int) (vm.Value, error) {
	us := new(big.Int).Mul(d.bigUs(), num)
	return deltaFromUs(th, divideNearest(us, den))
}

// BinaryOp implements the arithmetic of timedelta.
func (d *Timedelta) BinaryOp(th *vm.Thread, op bytecode.BinaryOp, other vm.Value, reflected bool) (vm.Value, error) {
	switch o := other.(type) {
	case *Timedelta:
		a, b := d, o
		if reflected {
			a, b = o, d
		}
		x, y := a.bigUs(), b.bigUs()
		switch op {
		case bytecode.OpAdd:
			return deltaFromUs(th, x.Add(x, y))
		case bytecode.OpSub:
			return deltaFromUs(th, x.Sub(x, y))
		case bytecode.OpTrueDiv:
			if y.Sign() == 0 {
				return nil, th.Raise(vm.ZeroDivisionErrorClass, "division by zero")
			}
			f, err := pyfmt.IntTrueDiv(x, y)
			return vm.Float(f), vm.FromPyfmt(err)
		case bytecode.OpFloorDiv, bytecode.OpMod:
			if y.Sign() == 0 {
				return nil, th.Raise(vm.ZeroDivisionErrorClass, "integer division or modulo by zero")
			}
			q, r := floorDivModBig(x, y)
			if op == bytecode.OpFloorDiv {
				return vm.MakeBigInt(q), nil
			}
			return deltaFromUs(th, r)
		}
	case vm.Int, vm.Bool, vm.BigInt:
		n := vm.IntToBig(o)
		switch {
		case op == bytecode.OpMul:
			return deltaFromUs(th, n.Mul(n, d.bigUs()))
		case (op == bytecode.OpFloorDiv || op == bytecode.OpTrueDiv) && !reflected:
			if n.Sign() == 0 {
				return nil, th.Raise(vm.ZeroDivisionErrorClass, "integer division or modulo by zero")
			}
			if op == bytecode.OpTrueDiv {
				return deltaFromUs(th, divideNearest(d.bigUs(), n))
			}
			q, _ := floorDivModBig(d.bigUs(), n)
			return deltaFromUs(th, q)
		}
	case vm.Float:
		if op == bytecode.OpMul || (op == bytecode.OpTrueDiv && !reflected) {
			num, den, err := pyfmt.AsIntegerRatio(float64(o))
			if err != nil {
				return nil, vm.FromPyfmt(err)
			}
			if op == bytecode.OpTrueDiv {
				if num.Sign() == 0 {
					return nil, th.Raise(vm.ZeroDivisionErrorClass, "integer division or modulo by zero")
				}
				num, den = den, num
				if den.Sign() < 0 {
					num.Neg(num)
					den.Neg(den)
				}
			}
			return d.mulRatio(th, num, den)
		}
	}
	return unsupported(th, op, d, other, reflected)
}

// unsupported returns NotImplemented for operands that may define the
// operation themselves (instances of Python classes), else CPython's
// TypeError naming the types by their tp_name.
func unsupported(th *vm.Thread, op bytecode.BinaryOp, self, other vm.Value, reflected bool) (vm.Value, error) {
	if isUserValue(other) {
		return vm.NotImplemented, nil
	}
	if _, ok := other.(vm.BinaryOperand); ok && !reflected && other.Type() != self.Type() {
		// the other operand's reflected method answers
		return vm.NotImplemented, nil
	}
	a, b := self, other
	if reflected {
		a, b = other, self
	}
	sym := op.Symbol()
	if op == bytecode.OpPow {
		return nil, th.TypeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(a), typeName(b))
	}
	return nil, th.TypeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(a), typeName(b))
}

// floorDivModBig is Python's divmod for ints.
func floorDivModBig(a, b *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

func floorDivMod(a, b int64) (int64, int64) {
	q := a / b
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

func addDeltaMethods() {
	c := TimedeltaClass
	c.AddMethod("total_seconds", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("total_seconds", args, kwnames, 0); err != nil {
			return nil, err
		}
		f, err := pyfmt.IntTrueDiv(self.(*Timedelta).bigUs(), big.NewInt(usPerSecond))
		return vm.Float(f), vm.FromPyfmt(err)
	})
	c.AddMethod("__abs__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		d := self.(*Timedelta)
		if d.Days < 0 {
			return deltaFromUs(th, new(big.Int).Neg(d.bigUs()))
		}
		return d, nil
	})
	c.AddMethod("__divmod__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("__divmod__", args, kwnames, 1); err != nil {
			return nil, err
		}
		o, ok := args[0].(*Timedelta)
		if !ok {
			return vm.NotImplemented, nil
		}
		d := self.(*Timedelta)
		if o.bigUs().Sign() == 0 {
			return nil, th.Raise(vm.ZeroDivisionErrorClass, "integer division or modulo by zero")
		}
		q, r := floorDivModBig(d.bigUs(), o.bigUs())
		rd, err := deltaFromUs(th, r)
		if err != nil {
			return nil, err
		}
		return vm.Tuple{vm.MakeBigInt(q), rd}, nil
	})
	c.SetAttrHook(func(v vm.Value, name string) (vm.Value, bool) {
		d, ok := v.(*Timedelta)
		if !ok {
			return nil, false
		}
		switch name {
		case "days":
			return vm.MakeInt(d.Days), true
		case "seconds":
			return vm.MakeInt(d.Secs), true
		case "microseconds":
			return vm.MakeInt(d.Us), true
		}
		return nil, false
	})
	c.SetAttr("min", &Timedelta{-maxDeltaDays, 0, 0})
	c.SetAttr("max", &Timedelta{maxDeltaDays, 86399, 999999})
	c.SetAttr("resolution", &Timedelta{0, 0, 1})
}
