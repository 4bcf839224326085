package debug

import (
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hyperflask/hfc/runtime/server"
)

// recorder is a Client that keeps what the engine reports.
type recorder struct {
	stops chan Stop
	mu    sync.Mutex
	out   []Output
	log   []string
}

func newRecorder() *recorder { return &recorder{stops: make(chan Stop, 16)} }

func (r *recorder) Stopped(s Stop) { r.stops <- s }

func (r *recorder) ThreadStarted(id int, name string) {
	r.mu.Lock()
	r.log = append(r.log, "started "+name)
	r.mu.Unlock()
}

func (r *recorder) ThreadExited(id int) {
	r.mu.Lock()
	r.log = append(r.log, "exited")
	r.mu.Unlock()
}

func (r *recorder) Output(o Output) {
	r.mu.Lock()
	r.out = append(r.out, o)
	r.mu.Unlock()
}

func (r *recorder) output() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	for _, o := range r.out {
		b.WriteString(o.Category + ": " + o.Text)
	}
	return b.String()
}

// session serves the test app over loopback under an engine with a
// recorder attached.
type session struct {
	t   *testing.T
	e   *Engine
	rec *recorder
	url string
	app string // the app's folder, absolute
}

func newSession(t *testing.T) *session {
	t.Helper()
	root, err := filepath.Abs("testdata/todo")
	if err != nil {
		t.Fatal(err)
	}
	e := New()
	srv, err := server.Open(root, server.Options{Env: "development", Debugger: e})
	if err != nil {
		t.Fatal(err)
	}
	e.SetApp(srv.App())
	hs := httptest.NewServer(srv)
	rec := newRecorder()
	if err := e.Attach(rec); err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, e: e, rec: rec, url: hs.URL, app: root}
	t.Cleanup(func() {
		e.Detach()
		hs.Close()
	})
	return s
}

func (s *session) file(rel string) string { return filepath.Join(s.app, "app", rel) }

// get sends a request in the background; the channel gets the status and
// body once the response is complete.
func (s *session) get(path string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		resp, err := http.Get(s.url + path)
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

func (s *session) stopped() Stop {
	s.t.Helper()
	select {
	case st := <-s.rec.stops:
		return st
	case <-time.After(10 * time.Second):
		s.t.Fatal("no thread stopped")
	}
	return Stop{}
}

func (s *session) response(ch <-chan string) string {
	s.t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(10 * time.Second):
		s.t.Fatal("no response")
	}
	return ""
}

func (s *session) frames(id int) []Frame {
	s.t.Helper()
	fs, err := s.e.StackTrace(id)
	if err != nil {
		s.t.Fatal(err)
	}
	return fs
}

// top describes the innermost frame as "name @line".
func (s *session) top(id int) string {
	f := s.frames(id)[0]
	return f.Name + " @" + itoa(f.Line)
}

func itoa(n int) string { return strconv.Itoa(n) }

// scope returns the variables of a frame's scope as name=value.
func (s *session) scope(frameID int, name string) map[string]Variable {
	s.t.Helper()
	scopes, err := s.e.Scopes(frameID)
	if err != nil {
		s.t.Fatal(err)
	}
	for _, sc := range scopes {
		if sc.Name == name {
			vars, err := s.e.Variables(sc.Ref)
			if err != nil {
				s.t.Fatal(err)
			}
			m := map[string]Variable{}
			for _, v := range vars {
				m[v.Name] = v
			}
			return m
		}
	}
	s.t.Fatalf("no scope %s in %v", name, scopes)
	return nil
}

func (s *session) eval(frameID int, expr string) string {
	s.t.Helper()
	v, err := s.e.Evaluate(frameID, expr, false)
	if err != nil {
		s.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v.Value
}

func (s *session) setBreakpoints(rel string, specs ...BreakpointSpec) []Breakpoint {
	s.t.Helper()
	bps := s.e.SetBreakpoints(s.file(rel), specs)
	for _, bp := range bps {
		if !bp.Verified {
			s.t.Fatalf("breakpoint not verified: %+v", bp)
		}
	}
	return bps
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestTemplateLoop stops on a template line inside a loop, reads the loop
// variable, steps into a component and out again, and lets the response
// complete.
func TestTemplateLoop(t *testing.T) {
	s := newSession(t)
	s.setBreakpoints("pages/index.jpy", BreakpointSpec{Line: 15})
	resp := s.get("/")
	st := s.stopped()
	if st.Reason != "breakpoint" {
		t.Fatalf("stopped for %q", st.Reason)
	}
	fs := s.frames(st.Thread)
	var names []string
	for _, f := range fs {
		names = append(names, f.Name+" @"+itoa(f.Line))
	}
	want := "block content of pages/index.jpy @15|layout layouts/default.html @5|page pages/index.jpy @11"
	if got := strings.Join(names, "|"); got != want {
		t.Errorf("stack:\n got %s\nwant %s", got, want)
	}
	locals := s.scope(fs[0].ID, "Locals")
	if v := locals["todo"]; v.Value != "{'title': 'Write the debugger', 'done': True}" || v.Ref == 0 {
		t.Errorf("todo = %+v", v)
	}
	if v := s.scope(fs[0].ID, "Page")["title"]; v.Value != "'Todo'" {
		t.Errorf("page.title = %+v", v)
	}
	if got := s.eval(fs[0].ID, "todo.title | upper"); got != "'WRITE THE DEBUGGER'" {
		t.Errorf("evaluate = %s", got)
	}
	must(t, s.e.StepIn(st.Thread))
	st = s.stopped()
	if got := s.top(st.Thread); got != "component components/TodoItem.html @1" {
		t.Errorf("after stepIn: %s", got)
	}
	fs = s.frames(st.Thread)
	if got := s.eval(fs[0].ID, "props.todo.title"); got != "'Write the debugger'" {
		t.Errorf("props.todo.title = %s", got)
	}
	must(t, s.e.Next(st.Thread))
	st = s.stopped()
	if got := s.top(st.Thread); got != "component components/TodoItem.html @2" {
		t.Errorf("after next: %s", got)
	}
	must(t, s.e.StepOut(st.Thread))
	st = s.stopped()
	if got := s.top(st.Thread); got != "block content of pages/index.jpy @15" {
		t.Errorf("after stepOut: %s", got)
	}
	must(t, s.e.Continue(st.Thread))
	st = s.stopped() // the second todo
	fs = s.frames(st.Thread)
	if got := s.eval(fs[0].ID, "todo.title"); got != "'Test it'" {
		t.Errorf("second iteration: todo.title = %s", got)
	}
	s.e.SetBreakpoints(s.file("pages/index.jpy"), nil)
	must(t, s.e.Continue(st.Thread))
	if r := s.response(resp); !strings.HasPrefix(r, "200 OK") || !strings.Contains(r, "Document it") {
		t.Errorf("response: %s", r)
	}
}

// TestFrontmatter stops in the frontmatter, reads its variables, evaluates
// Python, steps into a function of a module and out.
func TestFrontmatter(t *testing.T) {
	s := newSession(t)
	s.setBreakpoints("pages/index.jpy", BreakpointSpec{Line: 6})
	resp := s.get("/")
	st := s.stopped()
	fs := s.frames(st.Thread)
	if got := fs[0].Name + " @" + itoa(fs[0].Line); got != "frontmatter of pages/index.jpy @6" {
		t.Errorf("stopped at %s", got)
	}
	locals := s.scope(fs[0].ID, "Locals")
	if _, ok := locals["TODOS"]; !ok {
		t.Errorf("locals: %v", locals)
	}
	if _, ok := locals["page"]; ok {
		t.Errorf("the injected page is in Locals")
	}
	if got := s.eval(fs[0].ID, "len(TODOS) * 2"); got != "6" {
		t.Errorf("evaluate = %s", got)
	}
	if got := s.eval(fs[0].ID, "page.title"); got != "'Todo'" {
		t.Errorf("page.title = %s", got)
	}
	must(t, s.e.StepIn(st.Thread))
	st = s.stopped()
	fs = s.frames(st.Thread)
	if got := fs[0].Name + " @" + itoa(fs[0].Line) + " " + filepath.Base(fs[0].Path); got != "describe @11 todos.py" {
		t.Errorf("after stepIn: %s", got)
	}
	if v := s.scope(fs[0].ID, "Locals")["todo"]; v.Value != "{'title': 'Write the debugger', 'done': True}" {
		t.Errorf("todo = %+v", v)
	}
	must(t, s.e.Next(st.Thread))
	st = s.stopped()
	fs = s.frames(st.Thread)
	if v := s.scope(fs[0].ID, "Locals")["state"]; v.Value != "'done'" {
		t.Errorf("state = %+v", v)
	}
	// setVariable changes what the function returns.
	sc, _ := s.e.Scopes(fs[0].ID)
	if _, err := s.e.SetVariable(sc[0].Ref, "state", "'changed'"); err != nil {
		t.Fatal(err)
	}
	must(t, s.e.StepOut(st.Thread))
	st = s.stopped()
	if got := s.top(st.Thread); got != "frontmatter of pages/index.jpy @6" {
		t.Errorf("after stepOut: %s", got)
	}
	must(t, s.e.Next(st.Thread))
	st = s.stopped()
	if got := s.top(st.Thread); got != "frontmatter of pages/index.jpy @7" {
		t.Errorf("after next: %s", got)
	}
	must(t, s.e.Continue(st.Thread))
	if r := s.response(resp); !strings.Contains(r, "Write the debugger (changed)") {
		t.Errorf("response: %s", r)
	}
}

// TestException stops on an uncaught KeyError where it is raised.
func TestException(t *testing.T) {
	s := newSession(t)
	s.e.SetExceptionFilters(false, true)
	resp := s.get("/broken")
	st := s.stopped()
	if st.Reason != "exception" || st.Text != "KeyError: 'missing'" {
		t.Errorf("stop %+v", st)
	}
	if got := s.top(st.Thread); got != "frontmatter of pages/broken.jpy @3" {
		t.Errorf("stopped at %s", got)
	}
	info, err := s.e.ExceptionInfo(st.Thread)
	if err != nil || info.Class != "KeyError" || info.Message != "'missing'" || !info.Uncaught {
		t.Errorf("exception info %+v %v", info, err)
	}
	must(t, s.e.Continue(st.Thread))
	if r := s.response(resp); !strings.HasPrefix(r, "500") {
		t.Errorf("response: %s", r)
	}
	// A page that runs without an exception does not stop.
	if r := s.response(s.get("/hello")); !strings.HasPrefix(r, "200") {
		t.Errorf("hello: %s", r)
	}
}

// TestConditions: a condition, a hit count and a log point.
func TestConditions(t *testing.T) {
	s := newSession(t)
	s.setBreakpoints("components/TodoItem.html",
		BreakpointSpec{Line: 1, Condition: "not props.todo.done"},
		BreakpointSpec{Line: 2, LogMessage: "item {props.todo.title}"},
	)
	resp := s.get("/")
	var titles []string
	for range 2 {
		st := s.stopped()
		fs := s.frames(st.Thread)
		titles = append(titles, s.eval(fs[0].ID, "props.todo.title"))
		must(t, s.e.Continue(st.Thread))
	}
	if r := s.response(resp); !strings.HasPrefix(r, "200") {
		t.Errorf("response: %s", r)
	}
	if got := strings.Join(titles, ","); got != "'Test it','Document it'" {
		t.Errorf("stopped for %s", got)
	}
	if out := s.rec.output(); !strings.Contains(out, "console: item Write the debugger\nconsole: item Test it\nconsole: item Document it\n") {
		t.Errorf("log points: %q", out)
	}
	s.setBreakpoints("components/TodoItem.html", BreakpointSpec{Line: 2, HitCondition: ">=3"})
	resp = s.get("/")
	st := s.stopped()
	fs := s.frames(st.Thread)
	if got := s.eval(fs[0].ID, "props.todo.title"); got != "'Document it'" {
		t.Errorf("hit count: stopped for %s", got)
	}
	must(t, s.e.Continue(st.Thread))
	s.response(resp)
}

// TestThreads: two requests stopped at once are two threads.
func TestThreads(t *testing.T) {
	s := newSession(t)
	s.setBreakpoints("pages/hello.jpy", BreakpointSpec{Line: 3})
	r1, r2 := s.get("/hello?name=a"), s.get("/hello?name=b")
	st1, st2 := s.stopped(), s.stopped()
	if st1.Thread == st2.Thread {
		t.Fatalf("one thread for two requests")
	}
	threads := s.e.Threads()
	if len(threads) != 2 || threads[0].Name != "GET /hello" || threads[1].Name != "GET /hello" {
		t.Errorf("threads %+v", threads)
	}
	names := map[string]bool{}
	for _, id := range []int{st1.Thread, st2.Thread} {
		fs := s.frames(id)
		names[s.eval(fs[0].ID, "name")] = true
	}
	if !names["'a'"] || !names["'b'"] {
		t.Errorf("names %v", names)
	}
	must(t, s.e.Continue(st1.Thread))
	must(t, s.e.Continue(st2.Thread))
	if a, b := s.response(r1), s.response(r2); !strings.Contains(a+b, "Hello a") || !strings.Contains(a+b, "Hello b") {
		t.Errorf("responses %q %q", a, b)
	}
	if out := s.rec.output(); !strings.Contains(out, "stdout: hello a") {
		t.Errorf("print output: %q", out)
	}
}

// TestPlacement moves breakpoints to lines with code.
func TestPlacement(t *testing.T) {
	s := newSession(t)
	bps := s.e.SetBreakpoints(s.file("pages/index.jpy"), []BreakpointSpec{{Line: 1}, {Line: 3}, {Line: 9}, {Line: 13}, {Line: 16}, {Line: 40}})
	var got []string
	for _, bp := range bps {
		got = append(got, itoa(bp.Line)+map[bool]string{true: "", false: "?"}[bp.Verified])
	}
	if want := "2 4 10 14 17 18"; strings.Join(got, " ") != want {
		t.Errorf("placed on %v, want %s", got, want)
	}
	if !strings.Contains(bps[1].Message, "line 3 has no code") {
		t.Errorf("message %q", bps[1].Message)
	}
}

// TestPause pauses a request that loops forever (a debugged request has
// no step budget), ends the loop by setting its variable, and continues.
func TestPause(t *testing.T) {
	s := newSession(t)
	resp := s.get("/loop")
	id := s.waitThread("GET /loop")
	s.endLoop(id, resp)
}

// waitThread returns the id of the request of that name once it has
// started.
func (s *session) waitThread(name string) int {
	s.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		for _, th := range s.e.Threads() {
			if th.Name == name {
				return th.ID
			}
		}
	}
	s.t.Fatal("the request did not start")
	return 0
}

// endLoop pauses the request of pages/loop.jpy, sets running = False in
// its loop and checks that the request then ends. The thread is known as
// soon as the request starts, before the page's frontmatter runs: a pause
// may stop it before the loop (line 2 or 3), where setting running would
// be undone by `running = True`; it then steps to the loop first.
func (s *session) endLoop(id int, resp <-chan string) {
	t := s.t
	t.Helper()
	must(t, s.e.Pause(id))
	st := s.stopped()
	if st.Reason != "pause" || st.Thread != id {
		t.Fatalf("stop %+v", st)
	}
	fs := s.frames(id)
	for fs[0].Line < 4 {
		must(t, s.e.Next(id))
		if st := s.stopped(); st.Reason != "step" {
			t.Fatalf("stop %+v", st)
		}
		fs = s.frames(id)
	}
	if fs[0].Line != 4 && fs[0].Line != 5 {
		t.Fatalf("paused at line %d, want in the loop", fs[0].Line)
	}
	sc, err := s.e.Scopes(fs[0].ID)
	must(t, err)
	if _, err := s.e.SetVariable(sc[0].Ref, "running", "False"); err != nil {
		t.Fatal(err)
	}
	must(t, s.e.Continue(id))
	if r := s.response(resp); !strings.Contains(r, " turns") {
		t.Errorf("response %s", r)
	}
}

// TestLookupProtocol: an AttributeError that hasattr() catches in Go does
// not stop as uncaught; the same error ending the request does, as it
// leaves the page's frontmatter.
func TestLookupProtocol(t *testing.T) {
	s := newSession(t)
	s.e.SetExceptionFilters(false, true)
	resp := s.get("/attrs")
	st := s.stopped()
	if st.Text != "AttributeError: missing" {
		t.Errorf("stop %+v", st)
	}
	if got := s.top(st.Thread); got != "frontmatter of pages/attrs.jpy @7" {
		t.Errorf("stopped at %s, want where the error leaves the request", got)
	}
	fs := s.frames(st.Thread)
	if got := s.eval(fs[0].ID, "page.has"); got != "False" {
		t.Errorf("page.has = %s", got)
	}
	must(t, s.e.Continue(st.Thread))
	if r := s.response(resp); !strings.HasPrefix(r, "500") {
		t.Errorf("response %s", r)
	}
}

// TestMarkdownMacroLayout: breakpoints in a Markdown page (one on its YAML
// frontmatter moves to the template), in a macro the page calls as a tag,
// and in the layout.
func TestMarkdownMacroLayout(t *testing.T) {
	s := newSession(t)
	bps := s.setBreakpoints("pages/about.md", BreakpointSpec{Line: 2})
	if bps[0].Line != 5 || !strings.Contains(bps[0].Message, "is not Python or template code") {
		t.Errorf("breakpoint on the YAML frontmatter: %+v", bps[0])
	}
	s.setBreakpoints("macros/ui.html", BreakpointSpec{Line: 2})
	s.setBreakpoints("layouts/default.html", BreakpointSpec{Line: 3})
	resp := s.get("/about")
	var stops []string
	for range 3 {
		st := s.stopped()
		fs := s.frames(st.Thread)
		stops = append(stops, fs[0].Name+" @"+itoa(fs[0].Line))
		if strings.HasPrefix(fs[0].Name, "macro") {
			if got := s.eval(fs[0].ID, "text ~ '!'"); got != "'todo!'" {
				t.Errorf("text = %s", got)
			}
		}
		must(t, s.e.Continue(st.Thread))
	}
	want := "page pages/about.md @5|macro badge of macros/ui.html @2|layout layouts/default.html @3"
	if got := strings.Join(stops, "|"); got != want {
		t.Errorf("stops:\n got %s\nwant %s", got, want)
	}
	if r := s.response(resp); !strings.Contains(r, "TODO") {
		t.Errorf("response %s", r)
	}
}

// TestAttachMidRequest attaches to a request that is already running: the
// debugger takes over at its next loop iteration.
func TestAttachMidRequest(t *testing.T) {
	s := newSession(t)
	s.e.Detach()
	resp := s.get("/loop")
	id := s.waitThread("GET /loop")
	// Let the request run into its loop untraced (endLoop copes with a
	// request that has not reached it yet).
	time.Sleep(20 * time.Millisecond)
	must(t, s.e.Attach(s.rec))
	s.endLoop(id, resp)
}
