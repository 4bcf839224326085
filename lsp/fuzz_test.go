package lsp

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// fuzzServer is one server shared by the inputs of FuzzEdits: starting
// one per input would time indexing, not editing.
var fuzzServer struct {
	once sync.Once
	s    *Server
	conn jsonrpc2.Conn
	root string
	err  error
}

// startFuzzServer starts the shared server on a small app.
func startFuzzServer() {
	f := &fuzzServer
	f.root, f.err = os.MkdirTemp("", "hfls-fuzz")
	if f.err != nil {
		return
	}
	for name, text := range map[string]string{
		"config.yml":            "x: 1\n",
		"layouts/base.html":     "<main>{% block content %}{% endblock %}</main>\n",
		"components/Card.html":  "<div>{{ props.title }}</div>\n",
		"templates/macros.html": "{% macro m(a, b=1) %}{{ a }}{% endmacro %}\n",
		"pages/index.jpy":       "---\npage.items = [1]\n---\n{% for i in items %}{{ i }}{% endfor %}\n",
		"pages/post/<slug>.jpy": "---\npage.slug_upper = page.slug.upper()\n---\n{{ slug_upper }}\n",
		"helpers.py":            "def slugify(s):\n    return s.lower()\n",
	} {
		p := filepath.Join(f.root, filepath.FromSlash(name))
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if f.err = os.WriteFile(p, []byte(text), 0o644); f.err != nil {
			return
		}
	}
	a, b := net.Pipe()
	f.s = newServer(jsonrpc2.NewConn(jsonrpc2.NewStream(b)), Options{DiagnosticsDelay: time.Millisecond})
	go f.s.run(context.Background())
	f.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(a))
	f.conn.Go(context.Background(), func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		return reply(ctx, nil, nil)
	})
	init := map[string]any{"rootUri": pathURI(f.root), "capabilities": map[string]any{
		"textDocument": map[string]any{"completion": map[string]any{"completionItem": map[string]any{"snippetSupport": true}}}}}
	if _, f.err = f.conn.Call(context.Background(), "initialize", init, nil); f.err != nil {
		return
	}
	_ = f.conn.Notify(context.Background(), "initialized", map[string]any{})
	// Wait for the first indexing.
	<-f.s.ws.indexed
}

// fuzzSnippets are the texts edits insert: delimiters, names, non-ASCII
// text and line breaks.
var fuzzSnippets = []string{
	"{{", "}}", "{%", "%}", "{#", "#}", "<{", "}/>", "}>", "</{Card}>", "---\n", "page.", "items", "Card title=",
	"for x in items", "endfor", "if", "endif", "block content", "endblock", "extends \"layouts/base.html\"",
	"|upper", " is odd", "url_for('index')", "é", "😀", "\r\n", "\n", "\t", " ", "(", ")", "'", "\"", "def f(a):\n    ",
	"import json\n", "json.", "macro m(a)", "endmacro", "m(1, 2, 3)", "set y = ", "loop.", "\\", "=",
}

// FuzzEdits opens a page, applies a random sequence of edits and asks
// every kind of question at random positions: no request may fail with an
// internal error (a recovered panic), and closing the page leaves no
// document, entry or timer behind.
func FuzzEdits(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte("\x05\x10\x02\x07\x03\x20\x09\x01\x04\x30\x08\x11"))
	f.Add([]byte(strings.Repeat("\x07\x21\x13", 12)))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzServer.once.Do(startFuzzServer)
		fs := &fuzzServer
		if fs.err != nil {
			t.Fatal(fs.err)
		}
		ctx := context.Background()
		path := filepath.Join(fs.root, "pages", "fuzz.jpy")
		uri := pathURI(path)
		doc := map[string]any{"uri": uri}
		text := "---\npage.items = [1, 2]\n---\n{% for x in items %}{{ x }}{% endfor %}\n"
		_ = fs.conn.Notify(ctx, "textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "jinjapy", "version": 1, "text": text}})
		version := 1
		lines := func() int { return strings.Count(text, "\n") + 1 }
		pos := func(a, b byte) protocol.Position {
			return protocol.Position{Line: uint32(int(a) % (lines() + 1)), Character: uint32(b % 40)}
		}
		for i := 0; i+2 < len(data) && i < 96; i += 3 {
			op, a, b := data[i], data[i+1], data[i+2]
			p := pos(a, b)
			params := map[string]any{"textDocument": doc, "position": p}
			var method string
			switch op % 12 {
			case 0, 1, 2, 3:
				// Insert a snippet, or delete a few characters.
				end := p
				insert := fuzzSnippets[int(op/12)%len(fuzzSnippets)]
				if op%4 == 3 {
					end.Character += uint32(b%5) + 1
					insert = ""
				}
				version++
				rng := protocol.Range{Start: p, End: end}
				_ = fs.conn.Notify(ctx, "textDocument/didChange", map[string]any{
					"textDocument":   map[string]any{"uri": uri, "version": version},
					"contentChanges": []any{map[string]any{"range": rng, "text": insert}},
				})
				text, _ = applyChanges(text, []textChange{{Range: &rng, Text: insert}})
				continue
			case 4:
				method = "textDocument/completion"
			case 5:
				method = "textDocument/hover"
			case 6:
				method = "textDocument/definition"
			case 7:
				method = "textDocument/references"
				params["context"] = map[string]any{"includeDeclaration": true}
			case 8:
				method = "textDocument/prepareRename"
			case 9:
				method = "textDocument/signatureHelp"
			case 10:
				method = "textDocument/documentHighlight"
			case 11:
				method = []string{"textDocument/documentSymbol", "textDocument/semanticTokens/full", "textDocument/foldingRange",
					"textDocument/formatting", "textDocument/codeLens", "textDocument/documentLink"}[int(a)%6]
				params = map[string]any{"textDocument": doc}
			}
			var res json.RawMessage
			if _, err := fs.conn.Call(ctx, method, params, &res); err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatalf("%s at %v on %q: %v", method, p, text, err)
			}
		}
		for _, method := range []string{"textDocument/codeAction", "textDocument/inlayHint", "textDocument/semanticTokens/range"} {
			params := map[string]any{"textDocument": doc, "range": protocol.Range{End: protocol.Position{Line: 99}}, "context": map[string]any{"diagnostics": []any{}}}
			if _, err := fs.conn.Call(ctx, method, params, nil); err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatalf("%s on %q: %v", method, text, err)
			}
		}
		_ = fs.conn.Notify(ctx, "textDocument/didClose", map[string]any{"textDocument": doc})
		// The server handles messages in order: after this answer the
		// document is closed.
		if _, err := fs.conn.Call(ctx, "workspace/symbol", map[string]any{"query": "\x00"}, nil); err != nil {
			t.Fatal(err)
		}
		s := fs.s
		s.mu.Lock()
		defer s.mu.Unlock()
		if len(s.ws.docs) != 0 || len(s.ws.loose) != 0 || len(s.timers) != 0 {
			t.Fatalf("after close: %d documents, %d loose entries, %d timers", len(s.ws.docs), len(s.ws.loose), len(s.timers))
		}
		for _, a := range s.ws.apps {
			if _, ok := a.files["pages/fuzz.jpy"]; ok {
				t.Fatal("the closed, unsaved page is still indexed")
			}
		}
	})
}
