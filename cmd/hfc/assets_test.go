package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDevAssets runs hfc dev on an app with assets: scripts come with
// source maps, an edit of a component's bundle block reloads the page,
// which then loads the rebuilt file, and the Tailwind note is printed.
func TestDevAssets(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs hfc")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"app/assets/main.js":       "console.log('main');\n",
		"app/assets/main.css":      "body { margin: 0 }\n",
		"app/components/Card.html": "<div class=\"card\"></div><style bundle>.card { color: red }</style>",
		"app/pages/index.jpy":      "{% use_layout %}<{Card}/>",
	})
	p := start(t, "dev", dir, "--addr", "127.0.0.1:0", "--access-log", "off")
	link := regexp.MustCompile(`<link rel="stylesheet" href="(/static/assets/inline/[^"]+)">`)
	script := regexp.MustCompile(`<script type="module" src="(/static/assets/main-[^"]+)">`)
	page := get(t, "GET", p.url+"/", "")
	css, js := link.FindStringSubmatch(page), script.FindStringSubmatch(page)
	if css == nil || js == nil {
		t.Fatalf("the page does not load the card's style and main.js:\n%s", page)
	}
	if got := get(t, "GET", p.url+js[1], ""); !strings.Contains(got, "//# sourceMappingURL=") {
		t.Errorf("hfc dev serves scripts without their source map:\n%s", got)
	}
	if !strings.Contains(p.stderr.String(), "note: app/assets/main.css is bundled as plain CSS") {
		t.Errorf("no Tailwind note:\n%s", p.stderr.String())
	}
	events := subscribe(t, p.url)
	if ev := next(t, events, p.stderr); ev.name != "hello" {
		t.Fatalf("first event %+v; want hello", ev)
	}
	card := filepath.Join(dir, "app", "components", "Card.html")
	if err := os.WriteFile(card, []byte("<div class=\"card\"></div><style bundle>.card { color: blue }</style>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ev := next(t, events, p.stderr); ev.name != "reload" {
		t.Fatalf("after editing the block: %+v; want reload", ev)
	}
	page = get(t, "GET", p.url+"/", "")
	now := link.FindStringSubmatch(page)
	if now == nil || now[1] == css[1] {
		t.Fatalf("the page still loads %v after the edit:\n%s", css, page)
	}
	if got := get(t, "GET", p.url+now[1], ""); !strings.HasPrefix(got, "200\n") || !strings.Contains(got, "blue") {
		t.Errorf("the rebuilt style: %q", got)
	}
}
