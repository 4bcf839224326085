package lsp

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/hyperflask/hfc/grammar/source"
)

// testClient drives a server over a real JSON-RPC connection (a pipe), as
// an editor does: it answers the server's requests (registrations,
// configuration, progress) and keeps the diagnostics it publishes.
type testClient struct {
	t      testing.TB
	conn   jsonrpc2.Conn
	root   string
	done   chan int
	cancel context.CancelFunc

	mu       sync.Mutex
	cond     *sync.Cond
	diags    map[string][]lspDiagnostic // by path
	versions map[string]int32
	progress []string // kinds of $/progress notifications received
	closed   sync.Once
	version  map[string]int32
	texts    map[string]string
	settings json.RawMessage
}

// clientOptions adjust the client.
type clientOptions struct {
	// settings answer workspace/configuration.
	settings string
	// delay is the server's diagnostics delay (negative: immediate).
	delay time.Duration
	// noWait skips waiting for the workspace to be indexed.
	noWait bool
}

// newTestClient starts a server over a pipe and initializes it with root
// as the workspace folder.
func newTestClient(t testing.TB, root string, opts clientOptions) *testClient {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	a, b := net.Pipe()
	c := &testClient{t: t, root: root, done: make(chan int, 1), cancel: cancel, diags: map[string][]lspDiagnostic{},
		versions: map[string]int32{}, version: map[string]int32{}, texts: map[string]string{}}
	c.cond = sync.NewCond(&c.mu)
	if opts.settings != "" {
		c.settings = json.RawMessage(opts.settings)
	}
	var logw io.Writer = io.Discard
	if testing.Verbose() {
		logw = os.Stderr
	}
	delay := opts.delay
	if delay == 0 {
		delay = -1
	}
	go func() { c.done <- Serve(ctx, b, Options{Log: logw, DiagnosticsDelay: delay}) }()
	c.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(a))
	c.conn.Go(ctx, c.handle)
	t.Cleanup(c.close)

	init := map[string]any{
		"processId":        os.Getpid(),
		"rootUri":          pathURI(root),
		"workspaceFolders": []map[string]any{{"uri": pathURI(root), "name": filepath.Base(root)}},
		"capabilities": map[string]any{
			"workspace": map[string]any{
				"configuration":         true,
				"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true},
				"workspaceFolders":      true,
				"workspaceEdit":         map[string]any{"documentChanges": true, "resourceOperations": []string{"create", "rename"}},
			},
			"textDocument": map[string]any{
				"completion":     map[string]any{"completionItem": map[string]any{"snippetSupport": true}},
				"hover":          map[string]any{"contentFormat": []string{"markdown"}},
				"documentSymbol": map[string]any{"hierarchicalDocumentSymbolSupport": true},
			},
			"window": map[string]any{"workDoneProgress": true},
		},
	}
	var res map[string]any
	c.call("initialize", init, &res)
	c.notify("initialized", map[string]any{})
	if !opts.noWait {
		c.waitProgressEnd()
	}
	return c
}

// handle answers the server's requests and records its notifications.
func (c *testClient) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	switch req.Method() {
	case "textDocument/publishDiagnostics":
		var p struct {
			URI         string          `json:"uri"`
			Version     *int32          `json:"version"`
			Diagnostics []lspDiagnostic `json:"diagnostics"`
		}
		if err := json.Unmarshal(req.Params(), &p); err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
		}
		path, _ := uriPath(p.URI)
		c.mu.Lock()
		c.diags[path] = p.Diagnostics
		if p.Version != nil {
			c.versions[path] = *p.Version
		}
		c.cond.Broadcast()
		c.mu.Unlock()
		return reply(ctx, nil, nil)
	case "$/progress":
		var p struct {
			Value struct {
				Kind string `json:"kind"`
			} `json:"value"`
		}
		_ = json.Unmarshal(req.Params(), &p)
		c.mu.Lock()
		c.progress = append(c.progress, p.Value.Kind)
		c.cond.Broadcast()
		c.mu.Unlock()
		return reply(ctx, nil, nil)
	case "workspace/configuration":
		settings := c.settings
		if settings == nil {
			settings = json.RawMessage("null")
		}
		return reply(ctx, []json.RawMessage{settings}, nil)
	case "window/workDoneProgress/create", "client/registerCapability":
		return reply(ctx, nil, nil)
	}
	return reply(ctx, nil, nil)
}

// waitProgressEnd waits for the end of the indexing progress.
func (c *testClient) waitProgressEnd() {
	c.wait("the end of indexing", func() bool {
		for _, k := range c.progress {
			if k == "end" {
				return true
			}
		}
		return false
	})
}

// wait waits until cond (called with c.mu held) holds, for 10 s at most.
func (c *testClient) wait(what string, cond func() bool) {
	c.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	timer := time.AfterFunc(10*time.Second, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for !cond() {
		if time.Now().After(deadline) {
			c.t.Fatalf("timed out waiting for %s", what)
		}
		c.cond.Wait()
	}
}

func (c *testClient) call(method string, params, result any) {
	c.t.Helper()
	if err := c.callErr(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *testClient) callErr(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := c.conn.Call(ctx, method, params, result)
	return err
}

func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// path returns the absolute path of a file of the workspace.
func (c *testClient) path(rel string) string { return filepath.Join(c.root, filepath.FromSlash(rel)) }

// open opens a file of the workspace with its text on disk.
func (c *testClient) open(rel string) {
	c.t.Helper()
	b, err := os.ReadFile(c.path(rel))
	if err != nil {
		c.t.Fatal(err)
	}
	c.openText(rel, string(b))
}

// openText opens a document with the given text.
func (c *testClient) openText(rel, text string) {
	c.mu.Lock()
	c.version[rel] = 1
	c.texts[rel] = text
	c.mu.Unlock()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": pathURI(c.path(rel)), "languageId": "hyperflask", "version": 1, "text": text}})
}

// change sends an incremental change replacing rng with text.
func (c *testClient) change(rel string, rng protocol.Range, text string) {
	c.mu.Lock()
	c.version[rel]++
	v := c.version[rel]
	c.mu.Unlock()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": pathURI(c.path(rel)), "version": v},
		"contentChanges": []any{map[string]any{"range": rng, "text": text}},
	})
}

// sync waits until the server has handled every message sent so far (the
// server answers requests in order).
func (c *testClient) sync() {
	var out any
	c.call("workspace/symbol", map[string]any{"query": "\x00"}, &out)
}

// waitVersion waits for the diagnostics of the document's current
// version.
func (c *testClient) waitVersion(rel string) {
	c.t.Helper()
	c.mu.Lock()
	v := c.version[rel]
	c.mu.Unlock()
	c.wait("diagnostics of "+rel, func() bool { return c.versions[c.path(rel)] >= v })
}

// diagnostics returns the last diagnostics published for a file.
func (c *testClient) diagnostics(rel string) []lspDiagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.diags[c.path(rel)]
}

// close shuts the server down and checks that it exits with 0 (once).
func (c *testClient) close() {
	c.closed.Do(c.shutdown)
}

func (c *testClient) shutdown() {
	defer c.cancel()
	if err := c.callErr("shutdown", nil, nil); err != nil {
		c.t.Errorf("shutdown: %v", err)
	}
	_ = c.conn.Notify(context.Background(), "exit", nil)
	select {
	case code := <-c.done:
		if code != 0 {
			c.t.Errorf("server exited with %d after shutdown and exit", code)
		}
	case <-time.After(5 * time.Second):
		c.t.Error("server did not exit after exit")
	}
	c.conn.Close()
}

// writeFiles writes files (path → text) under dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// rangeOf returns the LSP range of the first occurrence of sub in text.
func rangeOf(t testing.TB, text, sub string) protocol.Range {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not found", sub)
	}
	return rangeAt(text, i, i+len(sub))
}

// rangeAt returns the LSP range of text[start:end].
func rangeAt(text string, start, end int) protocol.Range {
	f := sourceFile(text)
	return protocol.Range{Start: lspPos(f, start), End: lspPos(f, end)}
}

// sourceFile indexes a text with no name.
func sourceFile(text string) *source.File { return source.NewFile("", text) }
