package assets

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperflask/hfc/internal/testnpm"
)

// BenchmarkBuild builds an app without npm packages (noNPM) and
// examples/widgets (htmx, Alpine, React from node_modules), minified, as
// `hfc serve` does in production (widgets/fresh); widgets/cached builds examples/widgets
// again with the Cache of its earlier builds, as `hfc dev` does after an
// edit that leaves the assets as they were.
func BenchmarkBuild(b *testing.B) {
	b.Run("noNPM", func(b *testing.B) {
		dir := writeProjectB(b, noNPM)
		benchBuild(b, dir, nil)
	})
	b.Run("widgets", func(b *testing.B) {
		dir := b.TempDir()
		if err := os.CopyFS(dir, os.DirFS("../../examples/widgets")); err != nil {
			b.Fatal(err)
		}
		testnpm.Link(b, dir, "htmx.org", "alpinejs", "react", "react-dom")
		b.Run("fresh", func(b *testing.B) { benchBuild(b, dir, nil) })
		b.Run("cached", func(b *testing.B) { benchBuild(b, dir, NewCache()) })
	})
}

// benchBuild builds the project at dir b.N times; with a Cache, as hfc
// dev rebuilds after an edit that leaves the assets as they were.
func benchBuild(b *testing.B, dir string, c *Cache) {
	if c != nil {
		build(b, dir, Config{}, Options{Minify: true, Cache: c})
	}
	b.ReportAllocs()
	for b.Loop() {
		res := build(b, dir, Config{}, Options{Minify: true, Cache: c})
		if len(res.Diags) > 0 {
			b.Fatal(res.Diags)
		}
	}
}

func writeProjectB(b *testing.B, files map[string]string) string {
	dir := b.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}
