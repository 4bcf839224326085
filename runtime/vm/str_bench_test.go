package vm

import (
	"context"
	"strings"
	"testing"
)

// Benchmarks of the str methods on ASCII and non-ASCII text, called as the
// interpreter calls them (through the class's method).

var (
	benchASCII    = strings.Repeat("lorem ipsum dolor sit amet, consectetur adipiscing elit ", 20)
	benchNonASCII = strings.Repeat("lörem ïpsum δολορ sit ämet, 日本語 adipiscing élit ", 20)
)

func benchStrMethod(b *testing.B, recv Value, name string, args ...Value) {
	th := NewThread(context.Background())
	m := recv.Type().Lookup(name).(*Method)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Fn(th, recv, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrSplitASCII(b *testing.B)    { benchStrMethod(b, Str(benchASCII), "split") }
func BenchmarkStrSplitNonASCII(b *testing.B) { benchStrMethod(b, Str(benchNonASCII), "split") }

func BenchmarkStrSplitSepASCII(b *testing.B) {
	benchStrMethod(b, Str(benchASCII), "split", Str(", "))
}

func BenchmarkStrSplitSepNonASCII(b *testing.B) {
	benchStrMethod(b, Str(benchNonASCII), "split", Str(", "))
}

func benchJoin(b *testing.B, text string) {
	words := strings.Fields(text)
	items := make([]Value, len(words))
	for i, w := range words {
		items[i] = Str(w)
	}
	benchStrMethod(b, Str(" "), "join", NewList(items))
}

func BenchmarkStrJoinASCII(b *testing.B)    { benchJoin(b, benchASCII) }
func BenchmarkStrJoinNonASCII(b *testing.B) { benchJoin(b, benchNonASCII) }

func BenchmarkStrReplaceASCII(b *testing.B) {
	benchStrMethod(b, Str(benchASCII), "replace", Str("sit"), Str("stand"))
}

func BenchmarkStrReplaceNonASCII(b *testing.B) {
	benchStrMethod(b, Str(benchNonASCII), "replace", Str("δολορ"), Str("dolor"))
}

func BenchmarkStrUpperASCII(b *testing.B)    { benchStrMethod(b, Str(benchASCII), "upper") }
func BenchmarkStrUpperNonASCII(b *testing.B) { benchStrMethod(b, Str(benchNonASCII), "upper") }
func BenchmarkStrLowerNonASCII(b *testing.B) { benchStrMethod(b, Str(benchNonASCII), "lower") }
func BenchmarkStrTitleNonASCII(b *testing.B) { benchStrMethod(b, Str(benchNonASCII), "title") }

func BenchmarkStrFindNonASCII(b *testing.B) {
	benchStrMethod(b, Str(benchNonASCII), "find", Str("élit"), MakeInt(100))
}

func BenchmarkStrStripShort(b *testing.B) { benchStrMethod(b, Str("  hello world  "), "strip") }

func BenchmarkStrFormat(b *testing.B) {
	benchStrMethod(b, Str("{} has {:>5} items, {:.2f}%"), "format", Str("cart"), MakeInt(42), Float(97.5))
}
