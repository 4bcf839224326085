package lsp

import (
	"context"
	"encoding/json"
	"os"
	"time"

	"github.com/hyperflask/hfc/grammar/page"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

type textDocumentItem struct {
	URI     string `json:"uri"`
	Version int32  `json:"version"`
	Text    string `json:"text"`
}

type versionedDoc struct {
	URI     string `json:"uri"`
	Version int32  `json:"version"`
}

func (s *Server) didOpen(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		TextDocument textDocumentItem `json:"textDocument"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	path, ok := uriPath(p.TextDocument.URI)
	if !ok {
		return nil, nil // not a file: nothing to check
	}
	s.ws.overlay.set(path, p.TextDocument.Text)
	s.mu.Lock()
	s.ws.docs[path] = &document{uri: p.TextDocument.URI, path: path, version: p.TextDocument.Version, text: p.TextDocument.Text}
	s.mu.Unlock()
	e := s.ws.entryFor(path)
	s.mu.Lock()
	if e.res == nil || e.text != p.TextDocument.Text {
		e.markStale()
		if e.app != nil && affectsRegistry(e.role) && e.res != nil {
			e.app.rtDirty = true
		}
	}
	s.mu.Unlock()
	s.publish(ctx, e)
	return nil, nil
}

func (s *Server) didChange(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		TextDocument   versionedDoc `json:"textDocument"`
		ContentChanges []textChange `json:"contentChanges"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	path, ok := uriPath(p.TextDocument.URI)
	if !ok {
		return nil, nil
	}
	s.mu.Lock()
	d, ok := s.ws.docs[path]
	if !ok {
		s.mu.Unlock()
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, "didChange of a document that is not open: "+p.TextDocument.URI)
	}
	text, err := applyChanges(d.text, p.ContentChanges)
	if err != nil {
		s.mu.Unlock()
		return nil, jsonrpc2.NewError(jsonrpc2.InvalidParams, err.Error())
	}
	d.text, d.version = text, p.TextDocument.Version
	s.ws.overlay.set(path, text)
	s.mu.Unlock()
	e := s.ws.entryFor(path)
	s.mu.Lock()
	e.markStale()
	var others []*fileEntry
	if e.app != nil && affectsRegistry(e.role) {
		// Component and macro names may have changed: the open documents
		// of the app are checked again.
		e.app.rtDirty = true
		for p := range s.ws.docs {
			if rel, ok := e.app.rel(p); ok && p != path {
				if o := e.app.files[rel]; o != nil {
					others = append(others, o)
				}
			}
		}
	}
	if e.app != nil && e.role == page.RolePage {
		// An open layout, template or macro file sees the page variables
		// of the pages rendering it: checked again.
		for p := range s.ws.docs {
			if rel, ok := e.app.rel(p); ok && p != path {
				if o := e.app.files[rel]; o != nil && (o.role == page.RoleLayout || o.role == page.RoleTemplate || o.role == page.RoleMacro) {
					others = append(others, o)
				}
			}
		}
		if len(others) > 0 {
			e.app.semGen++
		}
	}
	s.mu.Unlock()
	s.schedule(ctx, e)
	for _, o := range others {
		s.schedule(ctx, o)
	}
	return nil, nil
}

func (s *Server) didSave(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		TextDocument versionedDoc `json:"textDocument"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	path, ok := uriPath(p.TextDocument.URI)
	if !ok {
		return nil, nil
	}
	e := s.ws.entryFor(path)
	if e.app != nil && e.role == page.RolePage {
		// Its methods may have changed (the route table reads the text
		// the server holds).
		s.mu.Lock()
		e.app.routesDirty = true
		s.mu.Unlock()
	}
	if e.app != nil && affectsRegistry(e.role) {
		s.recheckApp(ctx, e.app)
	}
	return nil, nil
}

func (s *Server) didClose(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		TextDocument versionedDoc `json:"textDocument"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	path, ok := uriPath(p.TextDocument.URI)
	if !ok {
		return nil, nil
	}
	s.ws.overlay.remove(path)
	s.mu.Lock()
	delete(s.ws.docs, path)
	delete(s.changed, path)
	if t, ok := s.timers[path]; ok {
		t.Stop()
		delete(s.timers, path)
	}
	e, loose := s.ws.loose[path]
	if loose {
		delete(s.ws.loose, path)
	}
	s.mu.Unlock()
	if loose {
		// Outside an app, only open documents are checked.
		if e.published {
			s.notifyDiagnostics(ctx, path, nil, nil)
		}
		return nil, nil
	}
	e = s.ws.entryFor(path)
	if _, err := os.Stat(path); err != nil {
		// A document that was never saved: it leaves the index.
		s.mu.Lock()
		s.ws.detach(e)
		published := e.published
		s.mu.Unlock()
		if published {
			s.notifyDiagnostics(ctx, path, nil, nil)
		}
		return nil, nil
	}
	s.mu.Lock()
	e.markStale() // back to the text on disk
	if e.app != nil && affectsRegistry(e.role) {
		e.app.rtDirty = true
	}
	s.mu.Unlock()
	s.publish(ctx, e)
	return nil, nil
}

// File change types of workspace/didChangeWatchedFiles.
const (
	fileCreated = 1
	fileChanged = 2
	fileDeleted = 3
)

func (s *Server) didChangeWatchedFiles(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		Changes []struct {
			URI  string `json:"uri"`
			Type int    `json:"type"`
		} `json:"changes"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	var changed []*fileEntry
	apps := map[*appIndex]bool{}
	for _, c := range p.Changes {
		path, ok := uriPath(c.URI)
		if !ok {
			continue
		}
		if c.Type == fileDeleted {
			s.mu.Lock()
			a := s.ws.appOf(path)
			var gone *fileEntry
			if a != nil {
				if rel, ok := a.rel(path); ok {
					gone = a.files[rel]
					if gone != nil && s.ws.docs[path] == nil {
						s.ws.detach(gone)
						if affectsRegistry(gone.role) || gone.role == page.RolePage {
							apps[a] = true
						}
					}
				}
			}
			s.mu.Unlock()
			if gone != nil && gone.published {
				s.notifyDiagnostics(ctx, path, nil, nil)
			}
			continue
		}
		e := s.ws.entryFor(path)
		s.mu.Lock()
		_, open := s.ws.docs[path]
		if !open {
			e.markStale()
			if e.app != nil && affectsRegistry(e.role) {
				e.app.rtDirty = true
				apps[e.app] = true
			}
		}
		if e.app != nil && e.role == page.RolePage && c.Type == fileCreated {
			// A new endpoint: every url_for of the app is checked again.
			e.app.routesDirty = true
			apps[e.app] = true
		}
		s.mu.Unlock()
		if !open && (e.app == nil || !apps[e.app]) {
			changed = append(changed, e)
		}
	}
	for a := range apps {
		s.recheckApp(ctx, a)
	}
	for _, e := range changed {
		s.publish(ctx, e)
	}
	return nil, nil
}

func (s *Server) didChangeWorkspaceFolders(ctx context.Context, raw json.RawMessage) (any, error) {
	var p struct {
		Event struct {
			Added   []protocol.WorkspaceFolder `json:"added"`
			Removed []protocol.WorkspaceFolder `json:"removed"`
		} `json:"event"`
	}
	if err := decode(raw, &p); err != nil {
		return nil, err
	}
	for _, f := range p.Event.Removed {
		path, ok := uriPath(string(f.URI))
		if !ok {
			continue
		}
		s.mu.Lock()
		for i, folder := range s.ws.folders {
			if folder == path {
				s.ws.folders = append(s.ws.folders[:i], s.ws.folders[i+1:]...)
				break
			}
		}
		var cleared []*fileEntry
		for root, a := range s.ws.apps {
			if _, ok := a.rel(root); ok || root == path || isWithin(root, path) {
				delete(s.ws.apps, root)
				for _, e := range a.files {
					if e.published {
						cleared = append(cleared, e)
					}
				}
			}
		}
		s.mu.Unlock()
		for _, e := range cleared {
			s.notifyDiagnostics(ctx, e.path, nil, nil)
		}
	}
	for _, f := range p.Event.Added {
		path, ok := uriPath(string(f.URI))
		if !ok {
			continue
		}
		s.mu.Lock()
		s.ws.folders = append(s.ws.folders, path)
		s.mu.Unlock()
		for _, root := range findApps(path) {
			a := s.ws.indexApp(root)
			s.recheckApp(ctx, a)
		}
	}
	return nil, nil
}

// schedule publishes the diagnostics of e after a change: at once for the
// first change of a burst, else once no change came for the debounce delay
// (a burst of changes — a paste, a refactoring, fast typing — is checked
// once, at its end).
func (s *Server) schedule(ctx context.Context, e *fileEntry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateShutdown {
		return
	}
	ctx = context.WithoutCancel(ctx)
	old, pending := s.timers[e.path]
	if pending {
		old.Stop()
	}
	now := time.Now()
	last, seen := s.changed[e.path]
	s.changed[e.path] = now
	if s.delay < 0 || !pending && (!seen || now.Sub(last) >= s.delay) {
		delete(s.timers, e.path)
		go s.publish(ctx, e)
		return
	}
	var t *time.Timer
	t = time.AfterFunc(s.delay, func() {
		s.mu.Lock()
		if s.timers[e.path] == t {
			delete(s.timers, e.path)
		}
		s.mu.Unlock()
		s.publish(ctx, e)
	})
	s.timers[e.path] = t
}

// recheckApp checks every file of an app again (its registry changed) and
// publishes what changed.
func (s *Server) recheckApp(ctx context.Context, a *appIndex) {
	s.mu.Lock()
	if a.rtDirty {
		a.rebuild(s.ws.overlay, s.pageOptions())
	}
	entries := make([]*fileEntry, 0, len(a.files))
	for _, e := range a.files {
		entries = append(entries, e)
	}
	s.mu.Unlock()
	for _, e := range entries {
		s.publish(ctx, e)
	}
}

// isWithin reports whether path is dir or inside it.
func isWithin(path, dir string) bool {
	return path == dir || len(path) > len(dir) && path[:len(dir)] == dir && (path[len(dir)] == '/' || path[len(dir)] == '\\')
}
