// Package debug is the debugger of Hyperflask apps: it follows the requests
// a server runs (one vm.Thread each), stops them at breakpoints on lines of
// page frontmatter and templates, on exceptions, after a step or on demand,
// and shows their frames, variables and the values of expressions while
// they are stopped. The dap package speaks the Debug Adapter Protocol on
// top of it.
//
// It rests on the VM's debug hooks (vm.Hook): while no client is attached,
// no thread has a hook and the VM runs at full speed. A stopped thread
// waits inside its hook; whatever must run Python code to answer the client
// (a repr, an expression, a condition) runs on that thread, between its
// paused frames and the hook, through vm.Thread.Guard.
package debug

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/vm"
)

// Client receives what the engine reports: the DAP session. Its methods
// are called from the threads that run requests and must not block for
// long.
type Client interface {
	// Stopped says that a thread stopped.
	Stopped(s Stop)
	// ThreadStarted and ThreadExited follow the requests.
	ThreadStarted(id int, name string)
	ThreadExited(id int)
	// Output carries print() output, logs and log points.
	Output(o Output)
}

// Stop describes why a thread stopped.
type Stop struct {
	Thread int
	// Reason is one of DAP's reasons: "breakpoint", "step", "pause",
	// "exception".
	Reason string
	// Description says it for people ("Paused on KeyError").
	Description string
	// Text is the exception's message for an exception stop.
	Text string
	// Breakpoints are the IDs of the breakpoints hit.
	Breakpoints []int
}

// Output is text for the debug console.
type Output struct {
	// Category is DAP's: "stdout" (print), "stderr" (error log),
	// "console" (log points, the access log, the adapter's messages).
	Category string
	Text     string
	// File and Line locate a log point's message (empty otherwise).
	File string
	Line int
}

// Engine is the debugger of one app server. It implements the server's
// Debugger interface; a Client attaches to it to debug.
type Engine struct {
	mu       sync.Mutex
	client   Client
	attached atomic.Bool
	app      *app.App
	threads  map[int]*thread
	nextID   int

	bps       atomic.Pointer[bpTable]
	nextBP    int
	excFilter atomic.Uint32

	// handles maps the IDs given out for frames and variables while
	// threads are stopped.
	handles    map[int]*handle
	nextHandle int

	files sync.Map // path → *fileInfo
	paths sync.Map // a code object's File → its absolute path
}

// New returns an engine with no client attached.
func New() *Engine {
	e := &Engine{threads: map[int]*thread{}, handles: map[int]*handle{}}
	e.bps.Store(&bpTable{files: map[string]*fileBPs{}})
	return e
}

// SetApp tells the engine which app the server runs (for the executable
// lines of its files and the settings of its templates); a server that
// reloads calls it again.
func (e *Engine) SetApp(a *app.App) {
	e.mu.Lock()
	e.app = a
	e.mu.Unlock()
	e.files.Clear()
}

func (e *Engine) currentApp() *app.App {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.app
}

// ErrAttached is returned by Attach when another client is attached.
var ErrAttached = errors.New("a debugger is already attached to this server")

// Attach makes c the engine's client: requests run from now on under the
// debugger, and those running already are followed from their next loop
// iteration or call (they keep their timeout and step budget).
func (e *Engine) Attach(c Client) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.client != nil {
		return ErrAttached
	}
	e.client = c
	e.attached.Store(true)
	for _, t := range e.threads {
		t.th.SetHook(t)
	}
	return nil
}

// Detach ends the client's session: breakpoints are cleared, stopped
// threads continue, and requests run without hooks again.
func (e *Engine) Detach() {
	e.mu.Lock()
	e.client = nil
	e.attached.Store(false)
	threads := make([]*thread, 0, len(e.threads))
	for _, t := range e.threads {
		threads = append(threads, t)
	}
	e.mu.Unlock()
	e.bps.Store(&bpTable{files: map[string]*fileBPs{}})
	e.excFilter.Store(0)
	for _, t := range threads {
		t.th.SetHook(nil)
		t.pause.Store(false)
		t.resume(resumeDetach)
	}
}

// Attached implements server.Debugger.
func (e *Engine) Attached() bool { return e.attached.Load() }

// BeginRequest implements server.Debugger: the request's thread is
// followed until the returned function is called.
func (e *Engine) BeginRequest(th *vm.Thread, page *app.Page, request vm.Value) (end func()) {
	t := &thread{e: e, th: th, name: th.Name, page: page, request: request, jobs: make(chan *job), ctxs: map[*vm.Frame]vm.TemplateContext{}}
	t.out = th.Stdout
	th.Stdout = &printWriter{t: t}
	e.mu.Lock()
	e.nextID++
	t.id = e.nextID
	e.threads[t.id] = t
	c := e.client
	if c != nil {
		th.SetHook(t)
	}
	e.mu.Unlock()
	if c != nil {
		c.ThreadStarted(t.id, t.name)
	}
	return func() {
		th.SetHook(nil)
		th.Stdout = t.out
		e.mu.Lock()
		delete(e.threads, t.id)
		c := e.client
		e.mu.Unlock()
		if c != nil {
			c.ThreadExited(t.id)
		}
	}
}

// ThreadInfo names a thread.
type ThreadInfo struct {
	ID   int
	Name string
}

// Threads returns the requests in flight, oldest first.
func (e *Engine) Threads() []ThreadInfo {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]ThreadInfo, 0, len(e.threads))
	for _, t := range e.threads {
		out = append(out, ThreadInfo{t.id, t.name})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (e *Engine) thread(id int) (*thread, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	t, ok := e.threads[id]
	if !ok {
		return nil, fmt.Errorf("no thread %d: its request is over", id)
	}
	return t, nil
}

// report sends an event to the client, if one is attached.
func (e *Engine) report(f func(c Client)) {
	e.mu.Lock()
	c := e.client
	e.mu.Unlock()
	if c != nil {
		f(c)
	}
}

// LogWriter returns a writer that writes to w and, while a client is
// attached, to the debug console in category ("stderr" for an error log,
// "console" for an access log).
func (e *Engine) LogWriter(category string, w io.Writer) io.Writer {
	return &logWriter{e: e, category: category, w: w}
}

type logWriter struct {
	e        *Engine
	category string
	w        io.Writer
}

func (l *logWriter) Write(p []byte) (int, error) {
	l.e.report(func(c Client) { c.Output(Output{Category: l.category, Text: string(p)}) })
	if l.w == nil {
		return len(p), nil
	}
	return l.w.Write(p)
}

// printWriter is the stdout of a followed thread: print() output goes to
// the console as well as where it went.
type printWriter struct{ t *thread }

func (p *printWriter) Write(b []byte) (int, error) {
	p.t.e.report(func(c Client) { c.Output(Output{Category: "stdout", Text: string(b)}) })
	out := p.t.out
	if l, ok := out.(*logWriter); ok && l.e == p.t.e {
		out = l.w // the console has the text already
	}
	if out == nil {
		return len(b), nil
	}
	return out.Write(b)
}
