package dap

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	godap "github.com/google/go-dap"

	hfdebug "github.com/hyperflask/hfc/runtime/debug"
	"github.com/hyperflask/hfc/runtime/server"
)

// todoApp is the app the debugger's tests serve.
var todoApp = filepath.Join("..", "runtime", "debug", "testdata", "todo")

// client is a DAP client over real pipes.
type client struct {
	t     *testing.T
	w     io.WriteCloser
	seq   int
	msgs  chan godap.Message
	queue []godap.Message // events read while waiting for something else
}

// startAdapter runs a session of the adapter on OS pipes, as `hfls dap`
// runs on stdin and stdout.
func startAdapter(t *testing.T) *client {
	t.Helper()
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := ServeStdio(inR, outW, &testLog{t: t}); err != nil {
			t.Errorf("ServeStdio: %v", err)
		}
		outW.Close()
	}()
	c := newClient(t, inW, outR)
	t.Cleanup(func() {
		inW.Close()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("the adapter did not end")
		}
		inR.Close()
		outR.Close()
	})
	return c
}

func newClient(t *testing.T, w io.WriteCloser, r io.Reader) *client {
	c := &client{t: t, w: w, msgs: make(chan godap.Message, 256)}
	go func() {
		br := bufio.NewReader(r)
		for {
			m, err := godap.ReadProtocolMessage(br)
			if err != nil {
				close(c.msgs)
				return
			}
			c.msgs <- m
		}
	}()
	return c
}

type testLog struct{ t *testing.T }

func (l *testLog) Write(p []byte) (int, error) {
	l.t.Logf("adapter log: %s", p)
	return len(p), nil
}

func (c *client) send(command string, args any) int {
	c.t.Helper()
	c.seq++
	m := map[string]any{"seq": c.seq, "type": "request", "command": command}
	if args != nil {
		m["arguments"] = args
	}
	data, err := json.Marshal(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := godap.WriteBaseMessage(c.w, data); err != nil {
		c.t.Fatal(err)
	}
	return c.seq
}

// next returns the next message, or fails after a timeout.
func (c *client) next() godap.Message {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the adapter closed its output")
		}
		return m
	case <-time.After(15 * time.Second):
		c.t.Fatal("timed out waiting for the adapter")
	}
	return nil
}

// call sends a request and returns its response; events that come first
// are queued. An error response fails the test unless failOK.
func (c *client) call(command string, args any) godap.ResponseMessage {
	c.t.Helper()
	r := c.try(command, args)
	if !r.GetResponse().Success {
		c.t.Fatalf("%s failed: %s", command, r.GetResponse().Message)
	}
	return r
}

func (c *client) try(command string, args any) godap.ResponseMessage {
	c.t.Helper()
	seq := c.send(command, args)
	for {
		m := c.next()
		if r, ok := m.(godap.ResponseMessage); ok && r.GetResponse().RequestSeq == seq {
			return r
		}
		c.queue = append(c.queue, m)
	}
}

// event returns the next event of a kind (queued ones first).
func (c *client) event(name string) godap.EventMessage {
	c.t.Helper()
	for i, m := range c.queue {
		if e, ok := m.(godap.EventMessage); ok && e.GetEvent().Event == name {
			c.queue = append(c.queue[:i], c.queue[i+1:]...)
			return e
		}
	}
	for {
		m := c.next()
		if e, ok := m.(godap.EventMessage); ok && e.GetEvent().Event == name {
			return e
		}
		c.queue = append(c.queue, m)
	}
}

func (c *client) stopped() godap.StoppedEventBody {
	c.t.Helper()
	return c.event("stopped").(*godap.StoppedEvent).Body
}

// launch starts a session on the todo app at a free port and returns the
// app's URL.
func (c *client) launch(extra map[string]any) string {
	c.t.Helper()
	c.call("initialize", map[string]any{"adapterID": "hyperflask", "linesStartAt1": true, "columnsStartAt1": true})
	args := map[string]any{"app": todoApp, "addr": "127.0.0.1:0"}
	for k, v := range extra {
		args[k] = v
	}
	c.call("launch", args)
	c.event("initialized")
	for {
		out := c.event("output").(*godap.OutputEvent).Body.Output
		if m := regexp.MustCompile(`on (http://\S+)`).FindStringSubmatch(out); m != nil {
			return m[1]
		}
	}
}

func (c *client) setBreakpoints(path string, bps ...map[string]any) []godap.Breakpoint {
	c.t.Helper()
	r := c.call("setBreakpoints", map[string]any{"source": map[string]any{"path": path}, "breakpoints": bps})
	return r.(*godap.SetBreakpointsResponse).Body.Breakpoints
}

func (c *client) frames(thread int) []godap.StackFrame {
	c.t.Helper()
	r := c.call("stackTrace", map[string]any{"threadId": thread})
	return r.(*godap.StackTraceResponse).Body.StackFrames
}

// variable finds a variable of a frame's scope.
func (c *client) variable(frame int, scope, name string) godap.Variable {
	c.t.Helper()
	r := c.call("scopes", map[string]any{"frameId": frame})
	for _, sc := range r.(*godap.ScopesResponse).Body.Scopes {
		if sc.Name != scope {
			continue
		}
		vr := c.call("variables", map[string]any{"variablesReference": sc.VariablesReference})
		for _, v := range vr.(*godap.VariablesResponse).Body.Variables {
			if v.Name == name {
				return v
			}
		}
	}
	c.t.Fatalf("no variable %s in %s", name, scope)
	return godap.Variable{}
}

func (c *client) children(ref int) map[string]string {
	c.t.Helper()
	vr := c.call("variables", map[string]any{"variablesReference": ref})
	out := map[string]string{}
	for _, v := range vr.(*godap.VariablesResponse).Body.Variables {
		out[v.Name] = v.Value
	}
	return out
}

func (c *client) evaluate(frame int, expr string) string {
	c.t.Helper()
	r := c.call("evaluate", map[string]any{"frameId": frame, "expression": expr, "context": "watch"})
	return r.(*godap.EvaluateResponse).Body.Result
}

// get sends a request to the app in the background.
func get(url string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		resp, err := http.Get(url)
		if err != nil {
			ch <- "error: " + err.Error()
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		ch <- resp.Status + "\n" + string(body)
	}()
	return ch
}

func wait(t *testing.T, ch <-chan string) string {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(15 * time.Second):
		t.Fatal("no HTTP response")
	}
	return ""
}

func abs(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(todoApp, "app", rel))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestLaunch drives a launched app: a breakpoint on a template line in a
// loop, the loop variable, a step into a component and out, an
// evaluation, then the response completes.
func TestLaunch(t *testing.T) {
	c := startAdapter(t)
	url := c.launch(nil)
	index := abs(t, "pages/index.jpy")
	bps := c.setBreakpoints(index, map[string]any{"line": 15}, map[string]any{"line": 13})
	if !bps[0].Verified || bps[0].Line != 15 || bps[1].Line != 14 || !strings.Contains(bps[1].Message, "line 13 has no code") {
		t.Fatalf("breakpoints %+v", bps)
	}
	c.call("setBreakpoints", map[string]any{"source": map[string]any{"path": index}, "breakpoints": []any{map[string]any{"line": 15}}})
	c.call("setExceptionBreakpoints", map[string]any{"filters": []string{"uncaught"}})
	c.call("configurationDone", nil)

	resp := get(url + "/")
	st := c.stopped()
	if st.Reason != "breakpoint" {
		t.Fatalf("stopped: %+v", st)
	}
	threads := c.call("threads", nil).(*godap.ThreadsResponse).Body.Threads
	if len(threads) != 1 || threads[0].Name != "GET /" || threads[0].Id != st.ThreadId {
		t.Errorf("threads %+v", threads)
	}
	fs := c.frames(st.ThreadId)
	if fs[0].Name != "block content of pages/index.jpy" || fs[0].Line != 15 || fs[0].Column != 3 || fs[0].Source.Path != index {
		t.Errorf("top frame %+v", fs[0])
	}
	if fs[1].Name != "layout layouts/default.html" || fs[1].Line != 5 {
		t.Errorf("second frame %+v", fs[1])
	}
	todo := c.variable(fs[0].Id, "Locals", "todo")
	if todo.Value != "{'title': 'Write the debugger', 'done': True}" || todo.VariablesReference == 0 {
		t.Fatalf("todo = %+v", todo)
	}
	if ch := c.children(todo.VariablesReference); ch["'title'"] != "'Write the debugger'" || ch["'done'"] != "True" {
		t.Errorf("children of todo: %v", ch)
	}
	if got := c.evaluate(fs[0].Id, "todo.title ~ '!'"); got != "'Write the debugger!'" {
		t.Errorf("evaluate: %s", got)
	}
	if r := c.try("evaluate", map[string]any{"frameId": fs[0].Id, "expression": "todo.title +", "context": "hover"}); r.GetResponse().Success || !strings.Contains(r.GetResponse().Message, "TemplateSyntaxError") {
		t.Errorf("a malformed expression: %+v", r.GetResponse())
	}

	c.call("stepIn", map[string]any{"threadId": st.ThreadId})
	st = c.stopped()
	fs = c.frames(st.ThreadId)
	if fs[0].Name != "component components/TodoItem.html" || fs[0].Line != 1 {
		t.Errorf("after stepIn: %+v", fs[0])
	}
	c.call("stepOut", map[string]any{"threadId": st.ThreadId})
	st = c.stopped()
	fs = c.frames(st.ThreadId)
	if fs[0].Name != "block content of pages/index.jpy" || fs[0].Line != 15 {
		t.Errorf("after stepOut: %+v", fs[0])
	}
	c.call("next", map[string]any{"threadId": st.ThreadId})
	st = c.stopped()
	if fs = c.frames(st.ThreadId); fs[0].Line != 14 {
		t.Errorf("after next: line %d", fs[0].Line)
	}
	c.setBreakpoints(index)
	c.call("continue", map[string]any{"threadId": st.ThreadId})
	if r := wait(t, resp); !strings.HasPrefix(r, "200") || !strings.Contains(r, "Document it") {
		t.Errorf("response %s", r)
	}
	c.call("disconnect", nil)
	c.event("terminated")
}

// TestExceptionAndCondition: an exception breakpoint stops on a page
// raising KeyError; a conditional breakpoint stops only when it holds; a
// frontmatter breakpoint with setVariable.
func TestExceptionAndCondition(t *testing.T) {
	c := startAdapter(t)
	url := c.launch(nil)
	c.setBreakpoints(abs(t, "components/TodoItem.html"), map[string]any{"line": 2, "condition": "props.todo.title == 'Test it'"})
	c.call("setExceptionBreakpoints", map[string]any{"filters": []string{"uncaught"}})
	c.call("configurationDone", nil)

	resp := get(url + "/broken")
	st := c.stopped()
	if st.Reason != "exception" || st.Text != "KeyError: 'missing'" {
		t.Errorf("stopped %+v", st)
	}
	fs := c.frames(st.ThreadId)
	if fs[0].Name != "frontmatter of pages/broken.jpy" || fs[0].Line != 3 {
		t.Errorf("frame %+v", fs[0])
	}
	info := c.call("exceptionInfo", map[string]any{"threadId": st.ThreadId}).(*godap.ExceptionInfoResponse).Body
	if info.ExceptionId != "KeyError" || info.BreakMode != "unhandled" || !strings.Contains(info.Details.StackTrace, "broken.jpy\", line 3") {
		t.Errorf("exception info %+v %+v", info, info.Details)
	}
	if got := c.evaluate(fs[0].Id, "sorted(data)"); got != "['a']" {
		t.Errorf("evaluate in frontmatter: %s", got)
	}
	c.call("continue", map[string]any{"threadId": st.ThreadId})
	if r := wait(t, resp); !strings.HasPrefix(r, "500") {
		t.Errorf("response %s", r)
	}

	resp = get(url + "/")
	st = c.stopped()
	fs = c.frames(st.ThreadId)
	if got := c.evaluate(fs[0].Id, "props.todo.title"); got != "'Test it'" {
		t.Errorf("the condition did not hold: %s", got)
	}
	c.call("continue", map[string]any{"threadId": st.ThreadId})
	if r := wait(t, resp); !strings.HasPrefix(r, "200") {
		t.Errorf("response %s", r)
	}

	hello := abs(t, "pages/hello.jpy")
	c.setBreakpoints(hello, map[string]any{"line": 4})
	resp = get(url + "/hello?name=ann")
	st = c.stopped()
	fs = c.frames(st.ThreadId)
	locals := c.call("scopes", map[string]any{"frameId": fs[0].Id}).(*godap.ScopesResponse).Body.Scopes[0]
	set := c.call("setVariable", map[string]any{"variablesReference": locals.VariablesReference, "name": "name", "value": "name.upper()"})
	if v := set.(*godap.SetVariableResponse).Body.Value; v != "'ANN'" {
		t.Errorf("setVariable = %s", v)
	}
	c.call("continue", map[string]any{"threadId": st.ThreadId})
	if r := wait(t, resp); !strings.Contains(r, "Hello ANN") {
		t.Errorf("response %s", r)
	}
	if out := c.event("output").(*godap.OutputEvent).Body; out.Category == "" {
		t.Errorf("output %+v", out)
	}
	c.call("disconnect", nil)
}

// TestThreads: two requests stopped at once are two threads, named by
// method and path.
func TestThreads(t *testing.T) {
	c := startAdapter(t)
	url := c.launch(nil)
	c.setBreakpoints(abs(t, "pages/hello.jpy"), map[string]any{"line": 3})
	c.call("configurationDone", nil)
	r1, r2 := get(url+"/hello?name=a"), get(url+"/hello?name=b")
	s1, s2 := c.stopped(), c.stopped()
	if s1.ThreadId == s2.ThreadId {
		t.Fatal("one thread for two requests")
	}
	threads := c.call("threads", nil).(*godap.ThreadsResponse).Body.Threads
	if len(threads) != 2 || threads[0].Name != "GET /hello" || threads[1].Name != "GET /hello" {
		t.Errorf("threads %+v", threads)
	}
	c.call("continue", map[string]any{"threadId": s1.ThreadId})
	c.call("continue", map[string]any{"threadId": s2.ThreadId})
	if a, b := wait(t, r1), wait(t, r2); !strings.Contains(a+b, "Hello a") || !strings.Contains(a+b, "Hello b") {
		t.Errorf("responses %q %q", a, b)
	}
	c.call("disconnect", nil)
}

// TestAttach attaches through the adapter to a server's debug address
// (as hfc serve --debug-addr serves it) and detaches, leaving it serving.
func TestAttach(t *testing.T) {
	dbg, err := StartDebugServer("127.0.0.1:0", &testLog{t: t})
	if err != nil {
		t.Fatal(err)
	}
	defer dbg.Close()
	srv, err := server.Open(todoApp, dbg.Options(server.Options{Env: "development"}))
	if err != nil {
		t.Fatal(err)
	}
	dbg.Serving(srv)
	url := serveTest(t, srv)

	if _, err := StartDebugServer("0.0.0.0:0", nil); err == nil {
		t.Error("a debug address off the loopback interface was accepted")
	}

	c := startAdapter(t)
	c.call("initialize", map[string]any{"adapterID": "hyperflask"})
	c.call("attach", map[string]any{"addr": dbg.Addr().String()})
	c.event("initialized")
	c.setBreakpoints(abs(t, "pages/index.jpy"), map[string]any{"line": 7})
	c.call("configurationDone", nil)
	resp := get(url + "/")
	st := c.stopped()
	fs := c.frames(st.ThreadId)
	if fs[0].Name != "frontmatter of pages/index.jpy" || fs[0].Line != 7 {
		t.Errorf("frame %+v", fs[0])
	}
	if got := c.evaluate(fs[0].Id, "[t['title'] for t in TODOS if not t['done']]"); got != "['Test it', 'Document it']" {
		t.Errorf("evaluate: %s", got)
	}
	// A second client is refused while one is attached.
	other := startAdapter(t)
	other.call("initialize", map[string]any{"adapterID": "hyperflask"})
	if r := other.try("attach", map[string]any{"addr": dbg.Addr().String()}); r.GetResponse().Success || !strings.Contains(r.GetResponse().Message, "already attached") {
		t.Errorf("second attach: %+v", r.GetResponse())
	}
	c.call("disconnect", nil)
	if r := wait(t, resp); !strings.HasPrefix(r, "200") {
		t.Errorf("response after detaching: %s", r)
	}
	// The server runs on, without the debugger.
	if r := wait(t, get(url+"/hello")); !strings.Contains(r, "Hello world") {
		t.Errorf("response %s", r)
	}
}

// TestRecover: a handler that panics answers an error, and the session
// goes on.
func TestRecover(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	pw := &panicWriter{w: outW}
	s := newSession(inR, pw, io.Discard)
	go func() { _ = s.serve(); outW.Close() }()
	c := newClient(t, inW, outR)
	defer inW.Close()
	pw.arm()
	r := c.try("threads", nil)
	if r.GetResponse().Success || !strings.Contains(r.GetResponse().Message, "internal error of the debug adapter answering threads") {
		t.Errorf("response %+v", r.GetResponse())
	}
	if r := c.try("threads", nil); !r.GetResponse().Success {
		t.Errorf("after the panic: %+v", r.GetResponse())
	}
	if r := c.try("launch", map[string]any{}); r.GetResponse().Success || !strings.Contains(r.GetResponse().Message, `"app" must name`) {
		t.Errorf("launch without an app: %+v", r.GetResponse())
	}
	if r := c.try("stepBack", map[string]any{"threadId": 1}); r.GetResponse().Success {
		t.Errorf("an unsupported request succeeded")
	}
}

// panicWriter panics on the first write after arm.
type panicWriter struct {
	mu    sync.Mutex
	w     io.Writer
	armed bool
}

func (p *panicWriter) arm() {
	p.mu.Lock()
	p.armed = true
	p.mu.Unlock()
}

func (p *panicWriter) Write(b []byte) (int, error) {
	p.mu.Lock()
	armed := p.armed
	p.armed = false
	p.mu.Unlock()
	if armed {
		panic(errors.New("the writer broke"))
	}
	return p.w.Write(b)
}

// serveTest serves srv on loopback for the test.
func serveTest(t *testing.T, srv *server.Server) string {
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return hs.URL
}

// TestNoDebugAndTerminate: a launch with noDebug stops nowhere; terminate
// stops the server and says so.
func TestNoDebugAndTerminate(t *testing.T) {
	c := startAdapter(t)
	url := c.launch(map[string]any{"noDebug": true, "env": map[string]string{"FLASK_SITE_NAME": "x"}})
	c.setBreakpoints(abs(t, "pages/hello.jpy"), map[string]any{"line": 3})
	c.call("configurationDone", nil)
	if r := wait(t, get(url+"/hello?name=nd")); !strings.Contains(r, "Hello nd") {
		t.Errorf("response %s", r)
	}
	c.call("terminate", nil)
	if code := c.event("exited").(*godap.ExitedEvent).Body.ExitCode; code != 0 {
		t.Errorf("exit code %d", code)
	}
	c.event("terminated")
	if _, err := http.Get(url + "/hello"); err == nil {
		t.Error("the server still answers after terminate")
	}
	c.call("disconnect", nil)
}

// TestColumns: columns are UTF-16 code units for the client, from 0 or 1.
func TestColumns(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "t.html")
	if err := os.WriteFile(path, []byte("é😀x{{ y }}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := newSession(strings.NewReader(""), io.Discard, nil)
	s.eng = hfdebug.New()
	// {{ is at byte column 8 (é is 2 bytes, 😀 4): character 4, UTF-16 unit 5.
	if got := s.clientColumn(path, 1, 8); got != 5 {
		t.Errorf("column %d, want 5", got)
	}
	s.cols1 = false
	if got := s.clientColumn(path, 1, 8); got != 4 {
		t.Errorf("0-based column %d, want 4", got)
	}
}

// TestTodoExample debugs examples/todo (a copy with a fresh SQLite
// database): a breakpoint on the template line inside the loop over the
// todos, the loop variable (a model row), a step into the TodoItem
// component and out, and the response completing.
func TestTodoExample(t *testing.T) {
	app := t.TempDir()
	src := filepath.Join("..", "examples", "todo")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if rel == "database" || rel == "node_modules" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(app, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(app, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	c := startAdapter(t)
	c.call("initialize", map[string]any{"adapterID": "hyperflask"})
	c.call("launch", map[string]any{"app": app, "addr": "127.0.0.1:0"})
	c.event("initialized")
	var url string
	for url == "" {
		out := c.event("output").(*godap.OutputEvent).Body.Output
		if m := regexp.MustCompile(`on (http://\S+)`).FindStringSubmatch(out); m != nil {
			url = m[1]
		}
	}
	c.call("configurationDone", nil)
	for _, title := range []string{"Buy milk", "Buy bread"} {
		resp, err := http.PostForm(url+"/__components/TodoItemForm", map[string][]string{"title": {title}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	if r := wait(t, get(url+"/")); !strings.Contains(r, "Buy bread") {
		t.Fatalf("the todos were not added: %s", r)
	}

	index := filepath.Join(app, "app", "pages", "index.jpy")
	item := filepath.Join(app, "app", "components", "TodoItem.jpy")
	c.setBreakpoints(index, map[string]any{"line": 12})
	resp := get(url + "/")
	st := c.stopped()
	fs := c.frames(st.ThreadId)
	if fs[0].Source.Path != index || fs[0].Line != 12 {
		t.Fatalf("stopped at %+v", fs[0])
	}
	todo := c.variable(fs[0].Id, "Locals", "todo")
	if todo.VariablesReference == 0 {
		t.Fatalf("the todo row does not expand: %+v", todo)
	}
	if ch := c.children(todo.VariablesReference); ch["title"] != "'Buy milk'" {
		t.Errorf("the todo row's attributes: %v", ch)
	}
	if got := c.evaluate(fs[0].Id, "todo.title"); got != "'Buy milk'" {
		t.Errorf("todo.title = %s", got)
	}
	c.call("stepIn", map[string]any{"threadId": st.ThreadId})
	st = c.stopped()
	fs = c.frames(st.ThreadId)
	if fs[0].Source.Path != item || fs[0].Line != 15 {
		t.Errorf("after stepIn: %+v", fs[0])
	}
	if got := c.evaluate(fs[0].Id, "props.todo.id"); got != "1" {
		t.Errorf("props.todo.id = %s", got)
	}
	c.call("stepOut", map[string]any{"threadId": st.ThreadId})
	st = c.stopped()
	if fs = c.frames(st.ThreadId); fs[0].Source.Path != index || fs[0].Line != 12 {
		t.Errorf("after stepOut: %+v", fs[0])
	}
	c.setBreakpoints(index)
	c.call("continue", map[string]any{"threadId": st.ThreadId})
	if r := wait(t, resp); !strings.HasPrefix(r, "200") || !strings.Contains(r, "Buy bread") {
		t.Errorf("response %s", r)
	}
	c.call("disconnect", nil)
}
