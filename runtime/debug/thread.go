package debug

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/app"
	"github.com/hyperflask/hfc/runtime/vm"
)

// thread is a request followed by the engine; it is the vm.Hook of its
// vm.Thread.
type thread struct {
	e       *Engine
	id      int
	name    string
	th      *vm.Thread
	page    *app.Page
	request vm.Value
	out     io.Writer // the thread's stdout before the engine's

	pause atomic.Bool
	jobs  chan *job

	// The fields below belong to the goroutine that runs the request.
	step       stepState
	evaluating bool
	// ctxs are the template contexts that template frames started in.
	ctxs map[*vm.Frame]vm.TemplateContext
	// lastExc is the exception unwinding; reported the last one a stop
	// showed (so that it is not shown again when it leaves the request).
	lastExc, reported *vm.Exception
	// returnedTo is the frame a step returned to, asked to report its line
	// again: that report is not an arrival on the line for breakpoints.
	returnedTo *vm.Frame

	mu   sync.Mutex
	stop *stopState // while stopped
}

// stopState is one stop of a thread: what the client may look at until it
// resumes.
type stopState struct {
	all     []*vm.Frame // every frame, innermost first
	frames  []*vm.Frame // the frames shown (those with a source file)
	exc     *vm.Exception
	resume  chan resumeKind
	done    chan struct{}
	handles []int
}

type resumeKind uint8

const (
	resumeContinue resumeKind = iota
	resumeNext
	resumeStepIn
	resumeStepOut
	resumeDetach
)

type stepMode uint8

const (
	stepNone stepMode = iota
	stepOver          // stop at the next line of this frame or a caller
	stepIn            // stop at the next line anywhere
	stepOut           // stop at the next line of a caller
	stepAny           // the frame stepped in returned: stop at the next line
)

type stepState struct {
	mode  stepMode
	depth int
}

// job is work that must run on the stopped thread's goroutine.
type job struct {
	st   *stopState
	f    func()
	done chan struct{}
}

// errRunning is returned for a request about a thread that is not stopped.
var errRunning = errors.New("the thread is running; pause it or wait for a breakpoint")

// do runs f on the thread, which must be stopped, and waits for it.
func (t *thread) do(f func()) error {
	t.mu.Lock()
	st := t.stop
	t.mu.Unlock()
	if st == nil {
		return errRunning
	}
	j := &job{st: st, f: f, done: make(chan struct{})}
	select {
	case t.jobs <- j:
		<-j.done
		return nil
	case <-st.done:
		return errRunning
	}
}

// resume lets a stopped thread go on as kind says.
func (t *thread) resume(kind resumeKind) error {
	t.mu.Lock()
	st := t.stop
	t.mu.Unlock()
	if st == nil {
		return errRunning
	}
	select {
	case st.resume <- kind:
	default: // a resume is on its way already
	}
	return nil
}

// stopped returns the current stop, or nil while the thread runs.
func (t *thread) stopped() *stopState {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.stop
}

// Event implements vm.Hook.
func (t *thread) Event(th *vm.Thread, fr *vm.Frame, ev vm.Event, arg vm.Value) error {
	if t.evaluating {
		return nil
	}
	switch ev {
	case vm.EventLine:
		return t.line(fr)
	case vm.EventCall:
		if isTemplateKind(fr.Code.Kind) {
			t.ctxs[fr] = th.TemplateContext()
		}
	case vm.EventReturn:
		if (t.step.mode == stepOver || t.step.mode == stepOut) && fr.Depth() <= t.step.depth {
			// The frame stepped in is done: stop in its caller right
			// after the call, or at the next line anywhere.
			t.step.mode = stepAny
			if fr.Back != nil {
				fr.Back.ReportLine()
				t.returnedTo = fr.Back
			}
		}
		if arg == nil && fr.Back == nil {
			return t.leaving(fr)
		}
	case vm.EventException:
		return t.raised(fr, arg)
	}
	return nil
}

func isTemplateKind(k bytecode.Kind) bool { return k >= bytecode.KindTemplate }

// nestedOnLine reports whether fr runs a comprehension (or a loop's "if"
// filter) called from the line it is on: a breakpoint of that line stops in
// the caller, not again in the comprehension.
func nestedOnLine(fr *vm.Frame, line int) bool {
	if fr.Code.Kind != bytecode.KindComprehension || fr.Back == nil || fr.Back.Code.File != fr.Code.File {
		return false
	}
	back, _, _, _ := fr.Back.Position()
	return back == line
}

// line handles a line event: breakpoints, then a pause, then a step.
func (t *thread) line(fr *vm.Frame) error {
	src := t.e.source(fr)
	if src == nil {
		return nil
	}
	line, _, _, _ := fr.Position()
	again := t.returnedTo == fr
	t.returnedTo = nil
	if bp := t.e.breakpointAt(src.path, line, src.lang); bp != nil && !again && !nestedOnLine(fr, line) {
		if t.hits(bp, fr, src) {
			return t.halt(fr, Stop{Reason: "breakpoint", Description: "Paused on breakpoint", Breakpoints: []int{bp.id}}, nil)
		}
	}
	if t.pause.Swap(false) {
		return t.halt(fr, Stop{Reason: "pause", Description: "Paused"}, nil)
	}
	switch t.step.mode {
	case stepIn, stepAny:
		return t.halt(fr, Stop{Reason: "step"}, nil)
	case stepOver:
		if fr.Depth() <= t.step.depth {
			return t.halt(fr, Stop{Reason: "step"}, nil)
		}
	case stepOut:
		if fr.Depth() < t.step.depth {
			return t.halt(fr, Stop{Reason: "step"}, nil)
		}
	}
	return nil
}

// Exception filters.
const (
	filterRaised = 1 << iota
	filterUncaught
)

// raised handles an exception event: an exception stops the thread where
// it is raised ("raised"), or where it is raised when no handler of the
// code on the stack covers the place ("uncaught").
func (t *thread) raised(fr *vm.Frame, arg vm.Value) error {
	exc, ok := arg.(*vm.Exception)
	if !ok {
		return nil
	}
	t.lastExc = exc
	if len(exc.Traceback) != 1 || controlFlow(exc) || t.e.source(fr) == nil {
		return nil
	}
	f := t.e.excFilter.Load()
	if f&filterRaised == 0 && (f&filterUncaught == 0 || handled(fr) || lookupProtocol(fr, exc)) {
		return nil
	}
	return t.halt(fr, t.exceptionStop(exc), exc)
}

// lookupProtocol reports whether exc is a lookup error raised by a special
// method (__getattr__, __getitem__ …), which the Go code that called it
// may catch (hasattr(), getattr() with a default, a template's attribute
// lookup): it counts as uncaught only when it leaves the request.
func lookupProtocol(fr *vm.Frame, exc *vm.Exception) bool {
	name := fr.Code.Name
	if len(name) < 5 || !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		return false
	}
	return exc.Type().IsSubclass(vm.AttributeErrorClass) || exc.Type().IsSubclass(vm.LookupErrorClass)
}

// leaving handles the outermost frame of a request ending by an
// exception: an uncaught exception that a handler's region covered where
// it was raised (a with block, a try/finally) stops here.
func (t *thread) leaving(fr *vm.Frame) error {
	exc := t.lastExc
	if exc == nil || exc == t.reported || controlFlow(exc) || t.e.excFilter.Load()&filterUncaught == 0 || t.e.source(fr) == nil {
		return nil
	}
	return t.halt(fr, t.exceptionStop(exc), exc)
}

func (t *thread) exceptionStop(exc *vm.Exception) Stop {
	t.reported = exc
	name := exc.Type().Name
	return Stop{Reason: "exception", Description: "Paused on " + name, Text: t.exceptionText(exc)}
}

// exceptionText is "Class: message", as a traceback's last line.
func (t *thread) exceptionText(exc *vm.Exception) string {
	msg := ""
	t.guard(func() error {
		var err error
		msg, err = t.th.Str(exc)
		return err
	})
	if msg == "" {
		return exc.Type().Name
	}
	return exc.Type().Name + ": " + msg
}

// handled reports whether a handler of the code on the stack covers the
// place each frame is at (an except, a finally or a with block).
func handled(fr *vm.Frame) bool {
	for f := fr; f != nil; f = f.Back {
		if _, ok := f.Code.Handler(f.PC()); ok {
			return true
		}
	}
	return false
}

// controlFlow reports whether exc is one the runtime raises to steer a
// request, not an error: page.respond(), abort(), the end of an iterator.
func controlFlow(exc *vm.Exception) bool {
	for _, c := range exc.Type().MRO {
		switch c.Name {
		case "PageResponseException", "HTTPException", "StopIteration", "StopAsyncIteration", "GeneratorExit":
			return true
		}
	}
	return false
}

// halt stops the thread at fr until the client resumes it; meanwhile it
// runs the jobs the client sends (reading variables, evaluating).
func (t *thread) halt(fr *vm.Frame, s Stop, exc *vm.Exception) error {
	st := &stopState{exc: exc, resume: make(chan resumeKind, 1), done: make(chan struct{})}
	for f := fr; f != nil; f = f.Back {
		st.all = append(st.all, f)
		if f.Code.File != "" {
			st.frames = append(st.frames, f)
		}
	}
	t.mu.Lock()
	t.stop = st
	t.mu.Unlock()
	t.step = stepState{}
	s.Thread = t.id
	kind := resumeDetach
	if t.e.Attached() {
		t.e.report(func(c Client) { c.Stopped(s) })
		kind = t.wait(st)
	}
	t.mu.Lock()
	t.stop = nil
	t.mu.Unlock()
	close(st.done)
	t.e.dropHandles(st)
	depth := fr.Depth()
	switch kind {
	case resumeNext:
		t.step = stepState{stepOver, depth}
	case resumeStepIn:
		t.step = stepState{stepIn, depth}
	case resumeStepOut:
		t.step = stepState{stepOut, depth}
	}
	return nil
}

// wait runs jobs until the client resumes the thread, or its request is
// cancelled (the browser went away: the code stops at its next check).
func (t *thread) wait(st *stopState) resumeKind {
	cancelled := t.th.Context().Done()
	for {
		select {
		case j := <-t.jobs:
			if j.st == st {
				j.f()
			}
			close(j.done)
		case k := <-st.resume:
			return k
		case <-cancelled:
			return resumeContinue
		}
	}
}

// guard runs f on the thread (which must be the current goroutine's) as
// the debugger's own code: no events, a budget, panics contained.
func (t *thread) guard(f func() error) error {
	prev := t.evaluating
	t.evaluating = true
	defer func() { t.evaluating = prev }()
	return t.th.Guard(evalSteps, f)
}

// evalSteps is the budget of the code the debugger runs at once.
const evalSteps = 10_000_000

// Continue, Next, StepIn, StepOut and Pause drive a thread.

// Continue lets a stopped thread run.
func (e *Engine) Continue(id int) error { return e.resumeThread(id, resumeContinue) }

// Next steps over the current line.
func (e *Engine) Next(id int) error { return e.resumeThread(id, resumeNext) }

// StepIn steps into the call on the current line (a function, a macro, a
// component), else to the next line.
func (e *Engine) StepIn(id int) error { return e.resumeThread(id, resumeStepIn) }

// StepOut runs until the current frame returns to its caller.
func (e *Engine) StepOut(id int) error { return e.resumeThread(id, resumeStepOut) }

func (e *Engine) resumeThread(id int, kind resumeKind) error {
	t, err := e.thread(id)
	if err != nil {
		return err
	}
	return t.resume(kind)
}

// Pause stops a running thread at its next line.
func (e *Engine) Pause(id int) error {
	t, err := e.thread(id)
	if err != nil {
		return err
	}
	if t.stopped() != nil {
		return nil
	}
	t.pause.Store(true)
	return nil
}

// SetExceptionFilters chooses the exceptions that stop threads: all where
// they are raised, or those that no code of the request handles.
func (e *Engine) SetExceptionFilters(raised, uncaught bool) {
	var f uint32
	if raised {
		f |= filterRaised
	}
	if uncaught {
		f |= filterUncaught
	}
	e.excFilter.Store(f)
}

// ExceptionInfo describes the exception a thread stopped on.
type ExceptionInfo struct {
	// Class is the exception's class name, Message its str().
	Class, Message string
	// Uncaught tells the filter that stopped it.
	Uncaught bool
	// Traceback is the traceback so far, as Python prints it.
	Traceback string
}

// ExceptionInfo returns the exception a stopped thread stopped on.
func (e *Engine) ExceptionInfo(id int) (ExceptionInfo, error) {
	t, err := e.thread(id)
	if err != nil {
		return ExceptionInfo{}, err
	}
	var info ExceptionInfo
	var found bool
	err = t.do(func() {
		st := t.stopped()
		if st == nil || st.exc == nil {
			return
		}
		found = true
		exc := st.exc
		info.Class = exc.Type().Name
		t.guard(func() error {
			var err error
			info.Message, err = t.th.Str(exc)
			return err
		})
		info.Uncaught = e.excFilter.Load()&filterRaised == 0
		info.Traceback = formatTraceback(exc)
	})
	if err == nil && !found {
		err = fmt.Errorf("thread %d did not stop on an exception", id)
	}
	return info, err
}

func formatTraceback(exc *vm.Exception) string {
	s := "Traceback (most recent call last):\n"
	for i := len(exc.Traceback) - 1; i >= 0; i-- {
		en := exc.Traceback[i]
		s += fmt.Sprintf("  File \"%s\", line %d, in %s\n", en.File, en.Line, en.Function)
	}
	return s
}
