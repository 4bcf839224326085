package python

import (
	"os"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
)

// benchFile is a realistic 500-line app module (also in the CPython corpus,
// so its tree is checked).
const benchFile = "testdata/cpython/app_module.py"

func loadBench(b *testing.B) *source.File {
	data, err := os.ReadFile(benchFile)
	if err != nil {
		b.Fatal(err)
	}
	return source.NewFile(benchFile, string(data))
}

// BenchmarkParse measures Parse on benchFile (MB/s and allocations); the
// participle specification is measured on the same file by
// BenchmarkSpecParse in ./spec.
func BenchmarkParse(b *testing.B) {
	f := loadBench(b)
	b.SetBytes(int64(len(f.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := Parse(f, 0, len(f.Text), ModeModule); len(diags) != 0 {
			b.Fatal(diags)
		}
	}
}

// BenchmarkLex measures the scanner alone on benchFile.
func BenchmarkLex(b *testing.B) {
	f := loadBench(b)
	b.SetBytes(int64(len(f.Text)))
	b.ReportAllocs()
	for b.Loop() {
		s := NewScanner(f, 0, len(f.Text))
		for s.Scan().Kind != ENDMARKER {
		}
	}
}
