package lsp

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSweep asks every position-based question at every third position of
// every file of the example app and of the marker archives' apps: no
// request may fail with an internal error (a recovered panic).
func TestSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("the sweep sends some 20,000 requests")
	}
	root, _ := filepath.Abs(filepath.Join("..", "examples", "blog"))
	c := newTestClient(t, root, clientOptions{})
	var files []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	methods := []string{"textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/references",
		"textDocument/documentHighlight", "textDocument/signatureHelp", "textDocument/prepareRename"}
	n := 0
	for _, rel := range files {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		c.openText(rel, text)
		f := sourceFile(text)
		for off := 0; off <= len(text); off += 3 {
			p := map[string]any{"textDocument": map[string]any{"uri": pathURI(c.path(rel))}, "position": lspPos(f, off),
				"context": map[string]any{"includeDeclaration": true}}
			for _, m := range methods {
				var out any
				if err := c.callErr(m, p, &out); err != nil && strings.Contains(err.Error(), "internal error") {
					t.Fatalf("%s at %s:%v: %v", m, rel, lspPos(f, off), err)
				}
				n++
			}
		}
	}
	t.Logf("%d requests", n)
}
