package assets

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/grammar/source"
)

// tailwind runs the Tailwind v4 CLI (npm @tailwindcss/cli) for
// app/assets/main.css when package.json lists it and main.css is bundled;
// esbuild then bundles its output in place of the file. Without the CLI in
// package.json, main.css is plain CSS and a note says so.
func (b *builder) tailwind() {
	main := filepath.Join(b.assetsDir(), "main.css")
	rel, err := filepath.Rel(b.p.Root, main)
	if err != nil || b.entries["./"+filepath.ToSlash(rel)] == nil {
		return
	}
	if !b.npm.declares("@tailwindcss/cli") {
		b.note("note: %s is bundled as plain CSS: package.json does not list @tailwindcss/cli (npm install -D @tailwindcss/cli tailwindcss to build it with Tailwind)", rel)
		return
	}
	bin := b.npm.bin("tailwindcss")
	if bin == "" {
		b.missing("@tailwindcss/cli", "package.json lists @tailwindcss/cli")
		return
	}
	tmp, err := os.MkdirTemp("", "hfc-tailwind-")
	if err != nil {
		b.diag(diag.AssetsTool, main, source.Span{}, "tailwind: %v", err)
		return
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "main.css")
	args := []string{"-i", main, "-o", out}
	if b.opts.Minify {
		args = append(args, "--minify")
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = b.p.Root
	msg, err := cmd.CombinedOutput()
	if err != nil {
		b.diag(diag.AssetsTool, main, source.Span{}, "the Tailwind CLI failed (%v): %s", err, lastLines(string(msg), 5))
		return
	}
	css, err := os.ReadFile(out)
	if err != nil {
		b.diag(diag.AssetsTool, main, source.Span{}, "the Tailwind CLI wrote no output: %v", err)
		return
	}
	if b.overrides == nil {
		b.overrides = map[string]string{}
	}
	b.overrides[main] = string(css)
}

// lastLines returns the last n non-empty lines of a tool's output, joined
// by " / ".
func lastLines(s string, n int) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " / ")
}
