// Package lsp is hfls, the language server for Hyperflask pages: .jpy pages
// (Python frontmatter and a Jinja template), .py, .html and .md pages,
// components, layouts, templates and macros.
//
// The server speaks LSP 3.17 over JSON-RPC (go.lsp.dev/jsonrpc2) with the
// types of go.lsp.dev/protocol, and its own for what that package predates
// (inlay hints, file operations in workspace edits). It keeps one index per
// Hyperflask app found in the workspace folders (workspace.go), in which
// open documents override the files on disk, and answers from the compiler
// and runtime packages (ADR 0006): diagnostics are compiler/check's and
// compiler/semantic's, the code `hfc check` runs (the semantic checks read
// the app through appview.go); every other feature reads the parsed trees,
// the compiler's name tables, compiler/semantic's analysis of each file
// (target.go) and the lexers' tokens. Positions
// are converted to LSP's UTF-16 positions in text.go only.
//
// Requests are answered one at a time in the order they arrive (each in
// its own goroutine, so that $/cancelRequest is read meanwhile); every
// handler recovers from a panic and answers it with an internal error.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

// Version is the server's version, reported in initialize.
const Version = "0.1.0"

// Options configure a server.
type Options struct {
	// Log receives the server's log (panics, failed requests); nil
	// discards it.
	Log io.Writer
	// DiagnosticsDelay is how long the server waits after the last change
	// of a document before it publishes its diagnostics (debouncing); the
	// zero value is 5ms. A negative value publishes at once.
	DiagnosticsDelay time.Duration

	// extraMethods are handlers added to the server's (tests use them to
	// check panic recovery and cancellation).
	extraMethods map[string]handlerFunc
}

// errCode is a JSON-RPC error code that jsonrpc2 does not define.
const (
	codeServerNotInitialized jsonrpc2.Code = -32002
	codeRequestCancelled     jsonrpc2.Code = -32800
)

// Server is one language server session.
type Server struct {
	conn jsonrpc2.Conn
	log  *log.Logger

	mu       sync.Mutex
	state    int // stateNew, stateInitialized, stateShutdown
	caps     clientCaps
	settings Settings
	delay    time.Duration
	ws       *workspace
	timers   map[string]*time.Timer // pending diagnostics by path
	changed  map[string]time.Time   // the last change of each open document
	// notifyMu keeps diagnostics in the order they were computed: taken
	// before s.mu is released, held while sending.
	notifyMu   sync.Mutex
	progressID int
	exited     chan struct{}
	exitCode   int
	methods    map[string]handlerFunc
}

const (
	stateNew = iota
	stateInitialized
	stateShutdown
)

// Serve runs a server on rwc (stdin/stdout for hfls) until the client
// sends exit or the stream closes. It returns the process exit code LSP
// asks for: 0 after shutdown and exit, 1 otherwise.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) int {
	return newServer(jsonrpc2.NewConn(jsonrpc2.NewStream(rwc)), opts).run(ctx)
}

// run serves until the client sends exit, the stream closes or ctx ends.
func (s *Server) run(ctx context.Context) int {
	s.conn.Go(ctx, s.handler())
	select {
	case <-s.conn.Done():
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.state == stateShutdown {
			return 0
		}
		return 1
	case <-s.exited:
		// Closing stdin does not end a read blocked on it: the process
		// exits without waiting for the reader.
		s.conn.Close()
		return s.exitCode
	case <-ctx.Done():
		s.conn.Close()
		return 1
	}
}

func newServer(conn jsonrpc2.Conn, opts Options) *Server {
	w := opts.Log
	if w == nil {
		w = io.Discard
	}
	delay := opts.DiagnosticsDelay
	if delay == 0 {
		delay = 5 * time.Millisecond
	}
	s := &Server{
		conn:    conn,
		log:     log.New(w, "hfls: ", log.LstdFlags|log.Lmicroseconds),
		delay:   delay,
		timers:  map[string]*time.Timer{},
		changed: map[string]time.Time{},
		exited:  make(chan struct{}),
	}
	s.ws = newWorkspace(s)
	s.methods = s.handlers()
	for name, h := range opts.extraMethods {
		s.methods[name] = h
	}
	return s
}

// handler is the chain of JSON-RPC handlers: cancellation, requests one at
// a time in arrival order (each in its own goroutine, so that the stream
// keeps reading and $/cancelRequest is seen), exactly one reply per
// request, and panic recovery.
func (s *Server) handler() jsonrpc2.Handler {
	h, cancel := jsonrpc2.CancelHandler(jsonrpc2.AsyncHandler(jsonrpc2.ReplyHandler(s.recovering(s.dispatch))))
	return func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		if req.Method() != "$/cancelRequest" {
			return h(ctx, reply, req)
		}
		var p struct {
			ID json.RawMessage `json:"id"`
		}
		if err := json.Unmarshal(req.Params(), &p); err == nil {
			if n, err := strconv.ParseInt(string(p.ID), 10, 32); err == nil {
				cancel(jsonrpc2.NewNumberID(int32(n)))
			} else if str, err := strconv.Unquote(string(p.ID)); err == nil {
				cancel(jsonrpc2.NewStringID(str))
			}
		}
		return reply(ctx, nil, nil)
	}
}

// recovering answers a request whose handler panicked with an internal
// error, after logging the panic and its stack. Replies are written even
// when the request was cancelled (its context is done).
func (s *Server) recovering(h jsonrpc2.Handler) jsonrpc2.Handler {
	return func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) (err error) {
		replied := false
		once := func(ctx context.Context, result any, err error) error {
			replied = true
			return reply(context.WithoutCancel(ctx), result, err)
		}
		defer func() {
			if r := recover(); r != nil {
				s.log.Printf("panic in %s: %v\n%s", req.Method(), r, debug.Stack())
				if !replied {
					err = reply(context.WithoutCancel(ctx), nil, jsonrpc2.NewError(jsonrpc2.InternalError, fmt.Sprintf("hfls: internal error in %s: %v", req.Method(), r)))
				}
			}
		}()
		if ctx.Err() != nil {
			return once(ctx, nil, jsonrpc2.NewError(codeRequestCancelled, "request cancelled"))
		}
		return h(ctx, once, req)
	}
}

// handlerFunc answers one request: params are the raw parameters; the
// result is marshalled as the reply.
type handlerFunc func(ctx context.Context, params json.RawMessage) (any, error)

// dispatch routes a request or notification to its handler.
func (s *Server) dispatch(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	_, isCall := req.(*jsonrpc2.Call)
	method := req.Method()
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case method == "exit":
		s.exit()
		return reply(ctx, nil, nil)
	case state == stateNew && method != "initialize":
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(codeServerNotInitialized, "the server is not initialized"))
		}
		return reply(ctx, nil, nil) // notifications before initialize are dropped
	case state == stateShutdown:
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "the server is shut down"))
		}
		return reply(ctx, nil, nil)
	}
	h, ok := s.methods[method]
	if !ok {
		if isCall {
			return reply(ctx, nil, jsonrpc2.NewError(jsonrpc2.MethodNotFound, "method not supported: "+method))
		}
		return reply(ctx, nil, nil)
	}
	res, err := h(ctx, req.Params())
	if ctx.Err() != nil && isCall {
		res, err = nil, jsonrpc2.NewError(codeRequestCancelled, "request cancelled")
	}
	if err != nil {
		s.log.Printf("%s: %v", method, err)
		var rpcErr *jsonrpc2.Error
		if !errors.As(err, &rpcErr) {
			err = jsonrpc2.NewError(jsonrpc2.InternalError, err.Error())
		}
		if !isCall {
			return reply(ctx, nil, nil)
		}
	}
	return reply(ctx, res, err)
}

// handlers maps methods to their handlers; every method here is advertised
// in initialize (or is part of the base protocol).
func (s *Server) handlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"initialize":                          s.initialize,
		"initialized":                         s.initialized,
		"shutdown":                            s.shutdown,
		"textDocument/didOpen":                s.didOpen,
		"textDocument/didChange":              s.didChange,
		"textDocument/didSave":                s.didSave,
		"textDocument/didClose":               s.didClose,
		"workspace/didChangeWatchedFiles":     s.didChangeWatchedFiles,
		"workspace/didChangeWorkspaceFolders": s.didChangeWorkspaceFolders,
		"workspace/didChangeConfiguration":    s.didChangeConfiguration,
		"workspace/symbol":                    s.workspaceSymbol,
		"textDocument/completion":             s.completion,
		"textDocument/hover":                  s.hover,
		"textDocument/signatureHelp":          s.signatureHelp,
		"textDocument/definition":             s.definition,
		"textDocument/references":             s.references,
		"textDocument/documentHighlight":      s.documentHighlight,
		"textDocument/prepareRename":          s.prepareRename,
		"textDocument/rename":                 s.rename,
		"textDocument/documentSymbol":         s.documentSymbol,
		"textDocument/foldingRange":           s.foldingRange,
		"textDocument/selectionRange":         s.selectionRange,
		"textDocument/documentLink":           s.documentLink,
		"textDocument/semanticTokens/full":    s.semanticTokensFull,
		"textDocument/semanticTokens/range":   s.semanticTokensRange,
		"textDocument/codeLens":               s.codeLens,
		"textDocument/inlayHint":              s.inlayHint,
		"textDocument/codeAction":             s.codeAction,
		"textDocument/formatting":             s.formatting,
		"textDocument/rangeFormatting":        s.rangeFormatting,
		"workspace/executeCommand":            s.executeCommand,
	}
}

// decode unmarshals params into v, answering InvalidParams on failure.
func decode(params json.RawMessage, v any) error {
	if len(params) == 0 {
		return nil
	}
	if err := json.Unmarshal(params, v); err != nil {
		return jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
	}
	return nil
}

// clientCaps are the client capabilities the server acts on.
type clientCaps struct {
	Workspace struct {
		Configuration         bool `json:"configuration"`
		DidChangeWatchedFiles struct {
			DynamicRegistration bool `json:"dynamicRegistration"`
		} `json:"didChangeWatchedFiles"`
	} `json:"workspace"`
	TextDocument struct {
		Completion struct {
			CompletionItem struct {
				SnippetSupport bool `json:"snippetSupport"`
			} `json:"completionItem"`
		} `json:"completion"`
		Hover struct {
			ContentFormat []string `json:"contentFormat"`
		} `json:"hover"`
		DocumentSymbol struct {
			HierarchicalDocumentSymbolSupport bool `json:"hierarchicalDocumentSymbolSupport"`
		} `json:"documentSymbol"`
		PublishDiagnostics struct {
			RelatedInformation bool `json:"relatedInformation"`
		} `json:"publishDiagnostics"`
	} `json:"textDocument"`
	Window struct {
		WorkDoneProgress bool `json:"workDoneProgress"`
	} `json:"window"`
}

// Settings are the server's settings: the initializationOptions of
// initialize and the "hfls" section of the client's configuration.
type Settings struct {
	// DiagnosticsDelay is the debounce delay of diagnostics, in
	// milliseconds (0: the server's default): a change that comes within
	// this delay of the previous one waits until the delay passes without
	// a change; the first change of a burst is checked at once.
	DiagnosticsDelay int `json:"diagnosticsDelay"`
	// ReferenceSplit splits frontmatter exactly as the Python reference
	// does (hfc check --reference).
	ReferenceSplit bool `json:"referenceSplit"`
}

type initializeParams struct {
	ProcessID             int32                      `json:"processId"`
	RootURI               string                     `json:"rootUri"`
	RootPath              string                     `json:"rootPath"`
	WorkspaceFolders      []protocol.WorkspaceFolder `json:"workspaceFolders"`
	Capabilities          clientCaps                 `json:"capabilities"`
	InitializationOptions json.RawMessage            `json:"initializationOptions"`
}

// settingsOf reads settings given as initialization options: the
// settings themselves, or an object holding them under "hfls" (as Helix
// and Zed pass their configuration).
func settingsOf(raw json.RawMessage) (Settings, bool) {
	var set Settings
	if len(raw) == 0 || string(raw) == "null" {
		return set, false
	}
	var nested struct {
		HFLS *Settings `json:"hfls"`
	}
	if json.Unmarshal(raw, &nested) == nil && nested.HFLS != nil {
		return *nested.HFLS, true
	}
	return set, json.Unmarshal(raw, &set) == nil
}

func (s *Server) initialize(ctx context.Context, raw json.RawMessage) (any, error) {
	var p initializeParams
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.state != stateNew {
		s.mu.Unlock()
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidRequest, "initialize sent twice")
	}
	s.state = stateInitialized
	s.caps = p.Capabilities
	if set, ok := settingsOf(p.InitializationOptions); ok {
		s.applySettings(set) // nothing is checked yet
	}
	var roots []string
	for _, f := range p.WorkspaceFolders {
		if path, ok := uriPath(string(f.URI)); ok {
			roots = append(roots, path)
		}
	}
	if len(roots) == 0 {
		if path, ok := uriPath(p.RootURI); ok {
			roots = append(roots, path)
		} else if p.RootPath != "" {
			roots = append(roots, p.RootPath)
		}
	}
	s.ws.folders = roots
	s.mu.Unlock()

	return map[string]any{
		"capabilities": map[string]any{
			"positionEncoding": "utf-16",
			"textDocumentSync": map[string]any{
				"openClose": true,
				"change":    protocol.TextDocumentSyncKindIncremental,
				"save":      map[string]any{"includeText": false},
			},
			"completionProvider": map[string]any{
				"triggerCharacters": completionTriggers,
				"resolveProvider":   false,
			},
			"hoverProvider": true,
			"signatureHelpProvider": map[string]any{
				"triggerCharacters":   []string{"(", ","},
				"retriggerCharacters": []string{" "},
			},
			"definitionProvider":        true,
			"referencesProvider":        true,
			"documentHighlightProvider": true,
			"renameProvider":            map[string]any{"prepareProvider": true},
			"documentSymbolProvider":    true,
			"workspaceSymbolProvider":   true,
			"foldingRangeProvider":      true,
			"selectionRangeProvider":    true,
			"documentLinkProvider":      map[string]any{"resolveProvider": false},
			"semanticTokensProvider": map[string]any{
				"legend": semanticLegend,
				"full":   true,
				"range":  true,
			},
			"codeLensProvider":  map[string]any{"resolveProvider": false},
			"inlayHintProvider": true,
			"codeActionProvider": map[string]any{
				"codeActionKinds": []string{"quickfix", "refactor.rewrite"},
			},
			"executeCommandProvider":          map[string]any{"commands": []string{routeCommand}},
			"documentFormattingProvider":      true,
			"documentRangeFormattingProvider": true,
			"workspace": map[string]any{
				"workspaceFolders": map[string]any{"supported": true, "changeNotifications": true},
			},
		},
		"serverInfo": map[string]any{"name": "hfls", "version": Version},
	}, nil
}

// applySettings takes new settings and reports whether files must be
// checked again (they are split differently); s.mu is held.
func (s *Server) applySettings(set Settings) bool {
	recheck := set.ReferenceSplit != s.settings.ReferenceSplit
	s.settings = set
	if set.DiagnosticsDelay > 0 {
		s.delay = time.Duration(set.DiagnosticsDelay) * time.Millisecond
	}
	if recheck {
		for _, a := range s.ws.apps {
			a.rtDirty, a.routesDirty = true, true
			for _, e := range a.files {
				e.markStale()
			}
		}
		for _, e := range s.ws.loose {
			e.markStale()
		}
	}
	return recheck
}

func (s *Server) initialized(ctx context.Context, _ json.RawMessage) (any, error) {
	s.mu.Lock()
	caps := s.caps
	s.mu.Unlock()
	if caps.Workspace.DidChangeWatchedFiles.DynamicRegistration {
		s.registerWatchers(ctx)
	}
	if caps.Workspace.Configuration {
		s.fetchConfiguration(ctx)
	}
	go s.ws.indexFolders(context.WithoutCancel(ctx))
	return nil, nil
}

// registerWatchers asks the client to report changes of the files an app
// is made of.
func (s *Server) registerWatchers(ctx context.Context) {
	params := map[string]any{"registrations": []any{map[string]any{
		"id":     "hfls-watched-files",
		"method": "workspace/didChangeWatchedFiles",
		"registerOptions": map[string]any{"watchers": []any{
			map[string]any{"globPattern": "**/*.{jpy,py,html,htm,md,xml,svg,txt,mjml}"},
			map[string]any{"globPattern": "**/config.yml"},
		}},
	}}}
	if _, err := s.conn.Call(ctx, "client/registerCapability", params, nil); err != nil {
		s.log.Printf("client/registerCapability: %v", err)
	}
}

// fetchConfiguration reads the "hfls" section of the client's settings.
func (s *Server) fetchConfiguration(ctx context.Context) {
	var res []json.RawMessage
	params := map[string]any{"items": []any{map[string]any{"section": "hfls"}}}
	if _, err := s.conn.Call(ctx, "workspace/configuration", params, &res); err != nil {
		s.log.Printf("workspace/configuration: %v", err)
		return
	}
	if len(res) == 0 || string(res[0]) == "null" {
		return
	}
	var set Settings
	if err := json.Unmarshal(res[0], &set); err != nil {
		s.log.Printf("workspace/configuration: %v", err)
		return
	}
	s.mu.Lock()
	recheck := s.applySettings(set)
	s.mu.Unlock()
	if recheck {
		s.publishAll(ctx)
	}
}

func (s *Server) didChangeConfiguration(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		Settings struct {
			HFLS *Settings `json:"hfls"`
		} `json:"settings"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	pull := s.caps.Workspace.Configuration
	recheck := false
	if p.Settings.HFLS != nil {
		recheck = s.applySettings(*p.Settings.HFLS)
	}
	s.mu.Unlock()
	if recheck {
		s.publishAll(ctx)
	}
	if pull && p.Settings.HFLS == nil {
		s.fetchConfiguration(ctx)
	}
	return nil, nil
}

func (s *Server) shutdown(ctx context.Context, _ json.RawMessage) (any, error) {
	s.mu.Lock()
	s.state = stateShutdown
	for path, t := range s.timers {
		t.Stop()
		delete(s.timers, path)
	}
	s.mu.Unlock()
	return nil, nil
}

// exit ends the session: exit code 0 after shutdown, 1 otherwise.
func (s *Server) exit() {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.exited:
		return
	default:
	}
	if s.state != stateShutdown {
		s.exitCode = 1
	}
	s.state = stateShutdown
	close(s.exited)
}

// progress reports work-done progress when the client supports it; the
// returned functions report a step and the end.
func (s *Server) progress(ctx context.Context, title string) (report func(msg string, pct int), end func(msg string)) {
	s.mu.Lock()
	ok := s.caps.Window.WorkDoneProgress
	s.progressID++
	token := fmt.Sprintf("hfls-%d", s.progressID)
	s.mu.Unlock()
	if !ok {
		return func(string, int) {}, func(string) {}
	}
	if _, err := s.conn.Call(ctx, "window/workDoneProgress/create", map[string]any{"token": token}, nil); err != nil {
		s.log.Printf("window/workDoneProgress/create: %v", err)
		return func(string, int) {}, func(string) {}
	}
	send := func(v map[string]any) {
		if err := s.conn.Notify(ctx, "$/progress", map[string]any{"token": token, "value": v}); err != nil {
			s.log.Printf("$/progress: %v", err)
		}
	}
	send(map[string]any{"kind": "begin", "title": title, "percentage": 0})
	return func(msg string, pct int) {
			send(map[string]any{"kind": "report", "message": msg, "percentage": pct})
		}, func(msg string) {
			send(map[string]any{"kind": "end", "message": msg})
		}
}
