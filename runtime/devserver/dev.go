// Package devserver is `hfc dev`: it serves an app as runtime/server does,
// watches its files (fsnotify), reopens the app when they change with the
// compiled code of the files that did not change kept (only what changed
// compiles again), and tells the browsers that show its pages over
// server-sent events: reload, or show the compile errors in an overlay. A
// small script that listens to those events is added to the HTML pages it
// serves; nothing of it reaches `hfc serve`.
package devserver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hyperflask/hfc/compiler/bundle"
	"github.com/hyperflask/hfc/grammar/diag"
	"github.com/hyperflask/hfc/runtime/assets"
	"github.com/hyperflask/hfc/runtime/server"
)

// EventsPath is the URL of the server-sent events the pages listen to.
const EventsPath = "/__hfc/events"

// Options configure a Dev.
type Options struct {
	// Server are the options of the servers opened on the app (their
	// Cache is the Dev's own).
	Server server.Options
	// Log receives the diagnostics and a line per rebuild (the terminal).
	Log io.Writer
	// Serving, when set, is told each server that starts serving the app
	// (a debugger places its breakpoints in its files).
	Serving func(*server.Server)
}

// Dev serves an app while it changes: an http.Handler.
type Dev struct {
	root  string
	opts  Options
	cache *bundle.MemCache
	// assets keeps the esbuild runs between rebuilds.
	assets *assets.Cache
	cur    atomic.Pointer[build]
	hub    hub
	// mu serializes rebuilds.
	mu sync.Mutex
}

// build is one opening of the app: its server and what compiling it found.
type build struct {
	srv    *server.Server
	diags  diag.List
	errors string // the errors as the overlay shows them; "" when none
}

// New opens the app at root and compiles it, printing its diagnostics to
// the log. An app with errors is served (its broken pages answer with
// their errors); the error is for a root that cannot be opened.
func New(root string, opts Options) (*Dev, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	d := &Dev{root: root, opts: opts, cache: bundle.NewMemCache(), assets: assets.NewCache()}
	d.hub.subs, d.hub.done = map[chan event]bool{}, make(chan struct{})
	b, err := d.open()
	if err != nil {
		return nil, err
	}
	for _, n := range b.srv.AssetNotes() {
		fmt.Fprintln(opts.Log, n)
	}
	d.store(b)
	return d, nil
}

// store makes a build the one that serves.
func (d *Dev) store(b *build) {
	d.cur.Store(b)
	if d.opts.Serving != nil {
		d.opts.Serving(b.srv)
	}
}

// Server returns the server of the app as it is now.
func (d *Dev) Server() *server.Server { return d.cur.Load().srv }

// open opens and compiles the app, printing its diagnostics.
func (d *Dev) open() (*build, error) {
	opts := d.opts.Server
	opts.Cache, opts.AssetCache = d.cache, d.assets
	srv, err := server.Open(d.root, opts)
	if err != nil {
		return nil, err
	}
	b := &build{srv: srv, diags: append(append(diag.List(nil), srv.Diagnostics()...), srv.CompileAll()...)}
	var text strings.Builder
	for _, dg := range b.diags {
		if dg.Severity <= diag.Warning {
			fmt.Fprintln(d.opts.Log, dg.Error())
		}
		if dg.Severity == diag.Error {
			text.WriteString(dg.Error() + "\n")
		}
	}
	b.errors = text.String()
	return b, nil
}

// Rebuild reopens the app after files changed (paths as the log shows
// them), keeping the compiled code of what did not change, and tells the
// browsers: the errors, or reload.
func (d *Dev) Rebuild(changed []string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	start := time.Now()
	before := d.cache.Misses()
	b, err := d.open()
	what := strings.Join(changed, ", ")
	if err != nil {
		fmt.Fprintf(d.opts.Log, "hfc dev: %s changed: %v\n", what, err)
		d.hub.send(errorsEvent(err.Error() + "\n"))
		return
	}
	// The old app's database connections close once its running
	// requests release them.
	old := d.cur.Load()
	d.store(b)
	_ = old.srv.Close()
	fmt.Fprintf(d.opts.Log, "hfc dev: %s changed: %d compiled in %.1fms\n", what, d.cache.Misses()-before,
		float64(time.Since(start).Microseconds())/1000)
	if b.errors != "" {
		d.hub.send(errorsEvent(b.errors))
		return
	}
	d.hub.send(event{name: "reload", data: strconv.Quote(what)})
}

// Close ends the event streams (before the HTTP server shuts down).
func (d *Dev) Close() { d.hub.close() }

// ServeHTTP serves the events, and the app's responses with the live
// reload script added to HTML pages.
func (d *Dev) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == EventsPath {
		d.events(w, r)
		return
	}
	rec := &recorder{header: http.Header{}}
	d.cur.Load().srv.ServeHTTP(rec, r)
	body := rec.body.Bytes()
	status := rec.status
	if status == 0 {
		status = http.StatusOK
	}
	h := w.Header()
	for k, v := range rec.header {
		h[k] = v
	}
	if status == http.StatusOK && r.Method != http.MethodHead && strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		body = inject(body)
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// recorder keeps a response to change it before it is sent.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(p)
}

// script listens to the events: reload on "reload", the errors in an
// overlay on "errors" (the overlay goes with the reload that follows a fix).
const script = `<script>(function(){if(!window.EventSource)return;var box;` +
	`var es=new EventSource("` + EventsPath + `");` +
	`es.addEventListener("reload",function(){es.close();location.reload()});` +
	`es.addEventListener("errors",function(e){if(!box){box=document.createElement("pre");box.id="hfc-dev-errors";` +
	`box.setAttribute("style","position:fixed;inset:0;z-index:2147483647;margin:0;padding:2em;overflow:auto;background:rgba(24,24,24,.94);color:#ff8a80;font:14px/1.5 monospace;white-space:pre-wrap");` +
	`document.body.appendChild(box)}box.textContent=JSON.parse(e.data).text})})();</script>`

// inject adds the script before the last </body>, or at the end.
func inject(body []byte) []byte {
	i := bytes.LastIndex(bytes.ToLower(body), []byte("</body>"))
	if i < 0 {
		return append(body, script...)
	}
	out := make([]byte, 0, len(body)+len(script))
	out = append(out, body[:i]...)
	out = append(out, script...)
	return append(out, body[i:]...)
}

// event is one server-sent event.
type event struct{ name, data string }

func errorsEvent(text string) event {
	data, _ := json.Marshal(map[string]string{"text": "hfc dev: the app has errors\n\n" + text})
	return event{name: "errors", data: string(data)}
}

// hub fans events out to the open streams.
type hub struct {
	mu     sync.Mutex
	subs   map[chan event]bool
	closed bool
	done   chan struct{} // closed by close
}

func (h *hub) subscribe() chan event {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan event, 8)
	if !h.closed {
		h.subs[ch] = true
	}
	return ch
}

func (h *hub) unsubscribe(ch chan event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs, ch)
}

// send gives an event to every stream; a stream too slow to take it misses
// it.
func (h *hub) send(ev event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- ev:
		default:
		}
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// events streams the events to one browser: "hello" first, the current
// errors if any, then each rebuild's event, with a comment every 15 s to
// keep the connection open.
func (d *Dev) events(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{})
	ch := d.hub.subscribe()
	defer d.hub.unsubscribe(ch)
	write := func(ev event) bool {
		_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, ev.data)
		return err == nil && rc.Flush() == nil
	}
	w.WriteHeader(http.StatusOK)
	if !write(event{name: "hello", data: `"hfc dev"`}) {
		return
	}
	if b := d.cur.Load(); b.errors != "" && !write(errorsEvent(b.errors)) {
		return
	}
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	done := d.hub.done
	for {
		select {
		case ev := <-ch:
			if !write(ev) {
				return
			}
		case <-tick.C:
			if _, err := io.WriteString(w, ": keep-alive\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		case <-r.Context().Done():
			return
		case <-done:
			return
		}
	}
}
