package template_test

import (
	"os"
	"testing"

	"github.com/hyperflask/hfc/grammar/source"
	"github.com/hyperflask/hfc/grammar/split"
	"github.com/hyperflask/hfc/grammar/template"
	tmplspec "github.com/hyperflask/hfc/grammar/template/spec"
)

// BenchmarkSpecParse runs the participle grammar on the page of
// BenchmarkParse, so that one `go test -bench Parse` run gives both speeds.
func BenchmarkSpecParse(b *testing.B) {
	data, err := os.ReadFile("testdata/bench/shop.jpy")
	if err != nil {
		b.Fatal(err)
	}
	f := source.NewFile("shop.jpy", string(data))
	res := split.Split(f, split.Options{Reference: true, Python: true})
	opts := template.Options{Hyperflask: true}
	if err := tmplspec.Check(f, res.Template.Start, len(f.Text), opts); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(f.Text) - res.Template.Start))
	b.ReportAllocs()
	for b.Loop() {
		if err := tmplspec.Check(f, res.Template.Start, len(f.Text), opts); err != nil {
			b.Fatal(err)
		}
	}
}
