package pyfmt

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"testing"
	"unicode/utf8"
)

// hugeNumber reports a run of more than 6 digits: widths and precisions
// that large make valid but enormous results, which fuzzing need not build.
func hugeNumber(s string) bool {
	run := 0
	for _, r := range s {
		if decimalValue(r) >= 0 {
			run++
			if run > 6 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// checkError fails unless err is nil or a *Error with a known class.
func checkError(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not an *Error", err)
	}
	switch e.Class {
	case ValueError, TypeError, OverflowError, MemoryError, ZeroDivisionError, IndexError, "KeyError":
	default:
		t.Fatalf("unexpected class %q", e.Class)
	}
}

func FuzzParseSpec(f *testing.F) {
	for _, s := range []string{"", "<10", "*^+z#012_.3f", ",d", "x<", "0=10,", ".2147483648f", "é>9.4s", "_b", "=^"} {
		f.Add(s, int64(-1234), 0.1, "héllo")
	}
	f.Fuzz(func(t *testing.T, spec string, x int64, fl float64, s string) {
		if hugeNumber(spec) {
			return
		}
		sp, err := ParseSpec(spec, "int")
		checkError(t, err)
		for _, format := range []func() (string, error){
			func() (string, error) { return FormatInt(x, spec) },
			func() (string, error) { return FormatBigInt(new(big.Int).Lsh(big.NewInt(x), 70), spec) },
			func() (string, error) { return FormatFloat(fl, spec) },
			func() (string, error) { return FormatStr(s, spec) },
		} {
			out, err := format()
			checkError(t, err)
			if err == nil && utf8.RuneCountInString(out) < sp.Width {
				t.Fatalf("format(..., %q) = %q, narrower than the width", spec, out)
			}
		}
	})
}

// fuzzArgs is a tuple (or, as a mapping, a dict with every key) of an int,
// a float and a str.
type fuzzArgs struct {
	items   []PercentValue
	mapping bool
}

func (a *fuzzArgs) Len() int {
	if a.mapping {
		return -1
	}
	return len(a.items)
}

func (a *fuzzArgs) Item(i int) PercentValue {
	if a.mapping {
		return a.items[2]
	}
	return a.items[i]
}

func (a *fuzzArgs) Mapping() bool { return a.mapping }

func (a *fuzzArgs) Lookup(key string) (PercentValue, error) {
	return a.items[len(key)%len(a.items)], nil
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s %%", "%-+ #010.3f|%*.*d", "%c%5c", "%#x %o %X", "%(a", "%.*s", "%l", "%y"} {
		f.Add(s, int64(65), 1.5, "é", false)
	}
	f.Fuzz(func(t *testing.T, format string, n int64, fl float64, s string, mapping bool) {
		if hugeNumber(format) {
			return
		}
		args := &fuzzArgs{mapping: mapping, items: []PercentValue{
			&value{kind: "int", i: big.NewInt(n % 1000)}, &value{kind: "float", f: fl}, &value{kind: "str", s: s},
		}}
		_, err := Percent(format, args)
		checkError(t, err)
	})
}

func FuzzParseFormatString(f *testing.F) {
	for _, s := range []string{"{}", "{0[a].b!r:>{1}}", "{{}}", "{:{:{}}}", "{0!", "}", "{a[}]}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if hugeNumber(s) {
			return
		}
		_, err := ParseFormatString(s)
		checkError(t, err)
		item := &value{kind: "str", s: "v"}
		env := &formatEnv{
			args:   &value{kind: "tuple", items: []*value{item, item, item}},
			kwargs: &value{kind: "dict"},
		}
		_, err = FormatString(s, env)
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("error %v is not an *Error", err)
		}
	})
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0x_1f", " -0b101 ", "1_000", "١٢", "0_7", "z"} {
		f.Add(s, 0)
		f.Add(s, 36)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		small, bigv, err := ParseInt(s, base)
		checkError(t, err)
		if err != nil {
			return
		}
		x := intOf(small, bigv)
		b := base
		if b == 0 {
			b = 10
		}
		s2, b2, err := ParseInt(x.Text(b), b)
		if err != nil || intOf(s2, b2).Cmp(x) != 0 {
			t.Fatalf("ParseInt(%q, %d) = %v does not round-trip: %v", s, base, x, err)
		}
	})
}

func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1.5", " -inf ", "1_0e1_0", ".5", "nan", "1e400", "١.٥"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseFloat(s)
		checkError(t, err)
		if err != nil || math.IsNaN(x) {
			return
		}
		if y, err := ParseFloat(FloatRepr(x)); err != nil || math.Float64bits(y) != math.Float64bits(x) {
			t.Fatalf("ParseFloat(%q) = %v; repr %q does not round-trip", s, x, FloatRepr(x))
		}
	})
}

func FuzzFloatRepr(f *testing.F) {
	for _, x := range []float64{0, 1, 1e16, 1e-5, 5e-324, math.MaxFloat64, 0.1} {
		f.Add(math.Float64bits(x))
	}
	f.Fuzz(func(t *testing.T, bits uint64) {
		x := math.Float64frombits(bits)
		s := FloatRepr(x)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		y, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(y) != bits {
			t.Fatalf("FloatRepr(%v) = %q does not round-trip", x, s)
		}
		if h := FloatHex(x); func() bool { z, err := FloatFromHex(h); return err != nil || math.Float64bits(z) != bits }() {
			t.Fatalf("FloatHex(%v) = %q does not round-trip", x, h)
		}
	})
}
