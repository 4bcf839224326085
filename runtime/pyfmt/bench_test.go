package pyfmt

import (
	"math/big"
	"testing"
)

var benchSink string

func BenchmarkFloatRepr(b *testing.B) {
	xs := []float64{0.1, 1.5, 123456.789, 1e16, 2.5e-7, -0.0, 3.141592653589793}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = FloatRepr(xs[i%len(xs)])
	}
}

func BenchmarkFormatInt(b *testing.B) {
	b.ReportAllocs()
	for i := int64(0); b.Loop(); i++ {
		benchSink, _ = FormatInt(1234567+i, ">12,d")
	}
}

func BenchmarkFormatBigInt(b *testing.B) {
	x := new(big.Int).Lsh(big.NewInt(12345), 100)
	b.ReportAllocs()
	for b.Loop() {
		benchSink, _ = FormatBigInt(x, "_x")
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchSink, _ = FormatFloat(1234.5678, ",.2f")
	}
}

func BenchmarkPercent(b *testing.B) {
	args := &value{kind: "tuple", items: []*value{
		{kind: "str", s: "total"}, {kind: "int", i: big.NewInt(42)}, {kind: "float", f: 3.14159},
	}}
	b.ReportAllocs()
	for b.Loop() {
		benchSink, _ = Percent("%s: %5d items, %.2f%%", args)
	}
}

func BenchmarkFormatString(b *testing.B) {
	env := &formatEnv{
		args:   &value{kind: "tuple", items: []*value{{kind: "str", s: "total"}, {kind: "int", i: big.NewInt(42)}}},
		kwargs: &value{kind: "dict"},
	}
	b.ReportAllocs()
	for b.Loop() {
		benchSink, _ = FormatString("{0}: {1:>5} items", env)
	}
}

func BenchmarkFloatPow(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = FloatPow(1.1, 100.5)
	}
}
