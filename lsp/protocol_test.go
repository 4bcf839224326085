package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// rawConn starts a server with extra methods and returns a bare client
// connection and the channel of the server's exit code.
func rawConn(t *testing.T, extra map[string]handlerFunc) (jsonrpc2.Conn, chan int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	a, b := net.Pipe()
	done := make(chan int, 1)
	go func() { done <- Serve(ctx, b, Options{DiagnosticsDelay: -1, extraMethods: extra}) }()
	conn := jsonrpc2.NewConn(jsonrpc2.NewStream(a))
	conn.Go(ctx, func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		return reply(ctx, nil, nil)
	})
	t.Cleanup(func() { conn.Close() })
	return conn, done
}

func call(conn jsonrpc2.Conn, method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := conn.Call(ctx, method, params, result)
	return err
}

func rpcCode(err error) jsonrpc2.Code {
	var e *jsonrpc2.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

// TestLifecycle checks initialize's capabilities, the errors before
// initialize and after shutdown, and the exit codes.
func TestLifecycle(t *testing.T) {
	conn, done := rawConn(t, nil)
	if err := call(conn, "textDocument/hover", map[string]any{}, nil); rpcCode(err) != codeServerNotInitialized {
		t.Errorf("hover before initialize: %v, want code %d", err, codeServerNotInitialized)
	}
	var res struct {
		Capabilities map[string]json.RawMessage `json:"capabilities"`
		ServerInfo   struct{ Name string }      `json:"serverInfo"`
	}
	if err := call(conn, "initialize", map[string]any{"capabilities": map[string]any{}}, &res); err != nil {
		t.Fatal(err)
	}
	if res.ServerInfo.Name != "hfls" {
		t.Errorf("serverInfo %+v", res.ServerInfo)
	}
	// Every advertised provider has a handler.
	s := &Server{}
	methods := s.handlers()
	providers := map[string]string{
		"completionProvider": "textDocument/completion", "hoverProvider": "textDocument/hover",
		"signatureHelpProvider": "textDocument/signatureHelp", "definitionProvider": "textDocument/definition",
		"referencesProvider": "textDocument/references", "documentHighlightProvider": "textDocument/documentHighlight",
		"renameProvider": "textDocument/rename", "documentSymbolProvider": "textDocument/documentSymbol",
		"workspaceSymbolProvider": "workspace/symbol", "foldingRangeProvider": "textDocument/foldingRange",
		"selectionRangeProvider": "textDocument/selectionRange", "documentLinkProvider": "textDocument/documentLink",
		"semanticTokensProvider": "textDocument/semanticTokens/full", "codeLensProvider": "textDocument/codeLens",
		"inlayHintProvider": "textDocument/inlayHint", "codeActionProvider": "textDocument/codeAction",
		"documentFormattingProvider": "textDocument/formatting", "documentRangeFormattingProvider": "textDocument/rangeFormatting",
		"executeCommandProvider": "workspace/executeCommand",
	}
	for cap := range res.Capabilities {
		if m, ok := providers[cap]; ok {
			if methods[m] == nil {
				t.Errorf("%s is advertised but %s has no handler", cap, m)
			}
			delete(providers, cap)
		}
	}
	for cap := range providers {
		t.Errorf("%s is not advertised", cap)
	}
	var sync struct {
		Change int `json:"change"`
	}
	_ = json.Unmarshal(res.Capabilities["textDocumentSync"], &sync)
	if sync.Change != 2 {
		t.Errorf("textDocumentSync.change = %d, want 2 (incremental)", sync.Change)
	}
	if err := call(conn, "initialize", map[string]any{}, nil); rpcCode(err) != jsonrpc2.InvalidRequest {
		t.Errorf("second initialize: %v", err)
	}
	if err := call(conn, "no/such/method", nil, nil); rpcCode(err) != jsonrpc2.MethodNotFound {
		t.Errorf("unknown method: %v", err)
	}
	if err := call(conn, "shutdown", nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := call(conn, "textDocument/hover", map[string]any{}, nil); rpcCode(err) != jsonrpc2.InvalidRequest {
		t.Errorf("hover after shutdown: %v", err)
	}
	_ = conn.Notify(context.Background(), "exit", nil)
	if code := <-done; code != 0 {
		t.Errorf("exit after shutdown: %d, want 0", code)
	}

	// exit without shutdown: 1.
	conn2, done2 := rawConn(t, nil)
	_ = call(conn2, "initialize", map[string]any{"capabilities": map[string]any{}}, nil)
	_ = conn2.Notify(context.Background(), "exit", nil)
	if code := <-done2; code != 1 {
		t.Errorf("exit without shutdown: %d, want 1", code)
	}
}

// TestPanicRecovered checks that a panicking handler is answered with an
// internal error and that the server goes on.
func TestPanicRecovered(t *testing.T) {
	conn, _ := rawConn(t, map[string]handlerFunc{
		"test/panic": func(ctx context.Context, _ json.RawMessage) (any, error) {
			var m map[string]int
			m["boom"]++ // a nil map: panics
			return nil, nil
		},
	})
	_ = call(conn, "initialize", map[string]any{"capabilities": map[string]any{}}, nil)
	err := call(conn, "test/panic", nil, nil)
	if rpcCode(err) != jsonrpc2.InternalError || !strings.Contains(err.Error(), "internal error in test/panic") {
		t.Errorf("panic answered with %v", err)
	}
	var syms []any
	if err := call(conn, "workspace/symbol", map[string]any{"query": ""}, &syms); err != nil {
		t.Errorf("the server does not answer after a panic: %v", err)
	}
}

// TestCancel checks $/cancelRequest: the cancelled request is answered
// with RequestCancelled.
func TestCancel(t *testing.T) {
	started := make(chan struct{})
	conn, _ := rawConn(t, map[string]handlerFunc{
		"test/slow": func(ctx context.Context, _ json.RawMessage) (any, error) {
			close(started)
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(10 * time.Second):
				return "finished", nil
			}
		},
	})
	_ = call(conn, "initialize", map[string]any{"capabilities": map[string]any{}}, nil)
	errc := make(chan error, 1)
	go func() { errc <- call(conn, "test/slow", nil, nil) }()
	<-started
	// The slow request is the second call: its id is 2.
	if err := conn.Notify(context.Background(), "$/cancelRequest", map[string]any{"id": 2}); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-errc:
		if rpcCode(err) != codeRequestCancelled {
			t.Errorf("cancelled request answered with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the cancelled request was not answered")
	}
}

// TestSync edits an open document incrementally with non-ASCII text and
// checks the published diagnostics, then closes it.
func TestSync(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yml":      "x: 1\n",
		"pages/index.jpy": "---\npage.name = 'é'\n---\n<p>😀 {{ name }}</p>\n",
	})
	c := newTestClient(t, dir, clientOptions{})
	text := "---\npage.name = 'é'\n---\n<p>😀 {{ name }}</p>\n"
	c.openText("pages/index.jpy", text)
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 0 {
		t.Fatalf("diagnostics of a correct page: %+v", d)
	}
	// Rename the variable in the template only: "nme" after the emoji.
	c.change("pages/index.jpy", rangeOf(t, text, "name }}"), "nme }}")
	c.waitVersion("pages/index.jpy")
	d := c.diagnostics("pages/index.jpy")
	if len(d) != 1 || d[0].Code != "W5008" {
		t.Fatalf("after the change: %+v", d)
	}
	// <p> is 3 units, the emoji 2, then " {{ " 4: "nme" starts at 9.
	if want := (protocol.Range{Start: protocol.Position{Line: 3, Character: 9}, End: protocol.Position{Line: 3, Character: 12}}); d[0].Range != want {
		t.Errorf("range %+v, want %+v", d[0].Range, want)
	}
	c.mu.Lock()
	v := c.versions[c.path("pages/index.jpy")]
	c.mu.Unlock()
	if v != 2 {
		t.Errorf("diagnostics for version %d, want 2", v)
	}
	// Closing the document goes back to the text on disk.
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": pathURI(c.path("pages/index.jpy"))}})
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 0 {
		t.Errorf("after close: %+v", d)
	}
}

// TestWatchedFiles adds and removes a component on disk: the pages that
// use it are checked again.
func TestWatchedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yml":      "x: 1\n",
		"pages/index.jpy": "<{Panel title='x'}/>\n",
	})
	c := newTestClient(t, dir, clientOptions{})
	c.open("pages/index.jpy")
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 1 || d[0].Code != "W5006" {
		t.Fatalf("before: %+v", d)
	}
	writeFiles(t, dir, map[string]string{"components/Panel.html": "<b>{{ props.title }}</b>\n"})
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": pathURI(c.path("components/Panel.html")), "type": 1}}})
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 0 {
		t.Errorf("after the component was created: %+v", d)
	}
	if err := os.Remove(c.path("components/Panel.html")); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": pathURI(c.path("components/Panel.html")), "type": 3}}})
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 1 || d[0].Code != "W5006" {
		t.Errorf("after the component was deleted: %+v", d)
	}
}

// TestWorkspaceFolders adds a folder holding an app, then removes it.
func TestWorkspaceFolders(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"config.yml": "x: 1\n", "pages/index.jpy": "ok\n"})
	other := t.TempDir()
	writeFiles(t, other, map[string]string{"config.yml": "x: 1\n", "pages/bad.jpy": "{{ x| }}\n"})
	c := newTestClient(t, dir, clientOptions{})
	folder := map[string]any{"uri": pathURI(other), "name": "other"}
	c.notify("workspace/didChangeWorkspaceFolders", map[string]any{"event": map[string]any{"added": []any{folder}, "removed": []any{}}})
	c.sync()
	bad := other + "/pages/bad.jpy"
	c.mu.Lock()
	n := len(c.diags[bad])
	c.mu.Unlock()
	if n == 0 {
		t.Fatal("no diagnostics for the added folder's page")
	}
	c.notify("workspace/didChangeWorkspaceFolders", map[string]any{"event": map[string]any{"added": []any{}, "removed": []any{folder}}})
	c.sync()
	c.mu.Lock()
	n = len(c.diags[bad])
	c.mu.Unlock()
	if n != 0 {
		t.Errorf("diagnostics of a removed folder are not cleared: %d", n)
	}
}

// TestConfiguration checks that the server reads the client's settings
// and applies a change: the reference split makes a fence with a trailing
// space no fence.
func TestConfiguration(t *testing.T) {
	dir := t.TempDir()
	text := "--- \npage.x = 1\n---\n{{ x }}\n"
	writeFiles(t, dir, map[string]string{"config.yml": "x: 1\n", "pages/index.jpy": text})
	c := newTestClient(t, dir, clientOptions{settings: `{"referenceSplit": false}`})
	c.open("pages/index.jpy")
	c.sync()
	before := len(c.diagnostics("pages/index.jpy"))
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"hfls": map[string]any{"referenceSplit": true}}})
	c.sync()
	after := len(c.diagnostics("pages/index.jpy"))
	if before == after {
		t.Errorf("the reference split changed nothing: %d diagnostics before and after", before)
	}
}

// TestProgress checks the work-done progress of indexing.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"config.yml": "x: 1\n", "pages/index.jpy": "ok\n"})
	c := newTestClient(t, dir, clientOptions{})
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.progress) < 2 || c.progress[0] != "begin" || c.progress[len(c.progress)-1] != "end" {
		t.Errorf("progress %v", c.progress)
	}
}

// TestRangeRequests checks that the range variants of semantic tokens and
// formatting agree with the whole-document ones inside their range.
func TestRangeRequests(t *testing.T) {
	dir := t.TempDir()
	text := "---\npage.x = 1   \n---\n{{x}}\n{{x}}\n"
	writeFiles(t, dir, map[string]string{"config.yml": "x: 1\n", "pages/index.jpy": text})
	c := newTestClient(t, dir, clientOptions{})
	c.open("pages/index.jpy")
	c.sync()
	doc := map[string]any{"uri": pathURI(c.path("pages/index.jpy"))}
	var full, ranged struct {
		Data []uint32 `json:"data"`
	}
	c.call("textDocument/semanticTokens/full", map[string]any{"textDocument": doc}, &full)
	c.call("textDocument/semanticTokens/range", map[string]any{"textDocument": doc, "range": rangeAt(text, 0, len(text))}, &ranged)
	if len(full.Data) == 0 || fmt.Sprint(full.Data) != fmt.Sprint(ranged.Data) {
		t.Errorf("tokens: full %v, range over everything %v", full.Data, ranged.Data)
	}
	c.call("textDocument/semanticTokens/range", map[string]any{"textDocument": doc, "range": rangeOf(t, text, "{{x}}\n{{")}, &ranged)
	if len(ranged.Data) == 0 || len(ranged.Data) >= len(full.Data) {
		t.Errorf("tokens of one line: %v (all: %v)", ranged.Data, full.Data)
	}
	var edits []protocol.TextEdit
	last := strings.LastIndex(text, "{{x}}")
	c.call("textDocument/rangeFormatting", map[string]any{"textDocument": doc, "range": rangeAt(text, last, last+5)}, &edits)
	if got := applyTextEdits(text, edits); got != "---\npage.x = 1   \n---\n{{x}}\n{{ x }}\n" {
		t.Errorf("range formatting gave %q", got)
	}
}

// TestNewPageEndpoint creates a page on disk: a url_for naming its
// endpoint in an open page is no longer reported.
func TestNewPageEndpoint(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"config.yml": "x: 1\n", "pages/index.jpy": "{{ url_for('about') }}\n"})
	c := newTestClient(t, dir, clientOptions{})
	c.open("pages/index.jpy")
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 1 || d[0].Code != "E5009" {
		t.Fatalf("before: %+v", d)
	}
	writeFiles(t, dir, map[string]string{"pages/about.md": "# About\n"})
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": pathURI(c.path("pages/about.md")), "type": 1}}})
	c.sync()
	if d := c.diagnostics("pages/index.jpy"); len(d) != 0 {
		t.Errorf("after pages/about.md was created: %+v", d)
	}
}

// TestRouteCommand checks hfc.route, the command of the VS Code extension.
func TestRouteCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yml":             "x: 1\n",
		"pages/posts/<slug>.jpy": "---\ndef post():\n    pass\n---\nx\n",
		"layouts/base.html":      "x\n",
	})
	c := newTestClient(t, dir, clientOptions{})
	var route routeAnswer
	c.call("workspace/executeCommand", map[string]any{"command": "hfc.route", "arguments": []string{pathURI(c.path("pages/posts/<slug>.jpy"))}}, &route)
	if route.Rule != "/posts/<slug>" || route.Endpoint != "posts_<slug>" || fmt.Sprint(route.Methods) != "[POST]" {
		t.Errorf("route of a page: %+v", route)
	}
	var ns map[string]any
	c.call("workspace/executeCommand", map[string]any{"command": "hfc.route", "arguments": []string{pathURI(c.path("layouts/base.html"))}}, &ns)
	if ns["rule"] != nil || ns["reason"] == "" {
		t.Errorf("route of a layout: %v", ns)
	}
}

// TestLayoutFollowsPages: an open layout reading a variable that no page
// extending it sets is reported, until a page being edited sets it.
func TestLayoutFollowsPages(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yml":        "x: 1\n",
		"layouts/base.html": "<h1>{{ heading }}</h1>{% block body %}{% endblock %}\n",
		"pages/index.jpy":   "---\npage.title = 'x'\n---\n{% extends \"layouts/base.html\" %}\n",
	})
	c := newTestClient(t, dir, clientOptions{})
	c.open("layouts/base.html")
	c.open("pages/index.jpy")
	c.sync()
	if d := c.diagnostics("layouts/base.html"); len(d) != 1 || d[0].Code != "W5008" {
		t.Fatalf("before: %+v", d)
	}
	c.change("pages/index.jpy", protocol.Range{Start: protocol.Position{Line: 1}, End: protocol.Position{Line: 1, Character: 10}}, "page.heading")
	c.waitVersion("pages/index.jpy")
	c.wait("the layout's diagnostics cleared", func() bool { return len(c.diags[c.path("layouts/base.html")]) == 0 })
}
