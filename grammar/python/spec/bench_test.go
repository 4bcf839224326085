package pyspec

import (
	"os"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
)

// BenchmarkSpecParse runs Check on the file BenchmarkParse of
// grammar/python parses; run both with
// go test -run '^$' -bench 'Parse$' ./grammar/python/...
func BenchmarkSpecParse(b *testing.B) {
	data, err := os.ReadFile("../testdata/cpython/app_module.py")
	if err != nil {
		b.Fatal(err)
	}
	f := source.NewFile("app_module.py", string(data))
	b.SetBytes(int64(len(f.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Check(f, 0, len(f.Text)); err != nil {
			b.Fatal(err)
		}
	}
}
