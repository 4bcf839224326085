package lsp

import (
	"testing"
)

func TestSmoke(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yml":      "x: 1\n",
		"pages/index.jpy": "---\npage.items = [1, 2]\nx = 3\n---\n{% for i in items %}{{ i }}{{ x }}{% endfor %}\n",
	})
	c := newTestClient(t, dir, clientOptions{})
	c.open("pages/index.jpy")
	c.sync()
	for _, d := range c.diagnostics("pages/index.jpy") {
		t.Logf("%v %s %s", d.Range, d.Code, d.Message)
	}
}
