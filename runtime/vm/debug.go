package vm

import "runtime/debug"

// What a debugger needs beyond the hook (hook.go): the depth of a frame,
// writing a variable, and running code on a thread that a hook has paused.

// Depth returns the number of frames from fr to the outermost frame of its
// thread, fr included (1 for the outermost).
func (fr *Frame) Depth() int {
	n := 0
	for f := fr; f != nil; f = f.Back {
		n++
	}
	return n
}

// ReportLine makes a traced frame report its line again at its next
// instruction, even when that instruction is on the line it is on (a
// debugger that stepped out of a call stops in the caller right after
// it).
func (fr *Frame) ReportLine() { fr.line = 0 }

// SetLocal sets a variable of the frame by name: a fast local, a cell or
// free variable, or a name of a class body's namespace. It reports whether
// the frame has a variable of that name (bound or not).
func (fr *Frame) SetLocal(name string, v Value) bool {
	for i, n := range fr.Code.Locals {
		if n == name && i < len(fr.Locals) {
			fr.Locals[i] = v
			return true
		}
	}
	for i, c := range fr.Cells {
		if c != nil && cellName(fr.Code, i) == name {
			c.V = v
			return true
		}
	}
	if fr.NS != nil {
		if _, ok := fr.NS.Get(name); ok {
			fr.NS.Set(name, v)
			return true
		}
	}
	return false
}

// Guard runs f on th for a debugger while a hook holds th paused (to
// evaluate an expression, read a property, call __repr__): f may run
// Python code on top of the paused frames. It gets a budget of maxSteps
// steps of its own (an expression that loops forever stops with a
// RuntimeError), and a Go panic in it becomes a SystemError with the
// thread's call stack and output restored as they were.
func (th *Thread) Guard(maxSteps uint64, f func() error) (err error) {
	frame, depth, slab, slabTop := th.frame, th.depth, th.slab, th.slabTop
	curExc, nrepr, noPython := th.curExc, len(th.reprStack), th.noPython
	out, marks, autoesc, tctx := th.out, len(th.outMarks), len(th.autoesc), th.tctx
	budget := th.MaxSteps
	th.MaxSteps = th.steps + maxSteps
	defer func() {
		th.MaxSteps = budget
		if r := recover(); r != nil {
			th.frame, th.depth, th.slab, th.slabTop = frame, depth, slab, slabTop
			th.curExc, th.reprStack, th.noPython = curExc, th.reprStack[:nrepr], noPython
			th.out, th.outMarks, th.autoesc, th.tctx = out, th.outMarks[:marks], th.autoesc[:autoesc], tctx
			e := th.Raise(SystemErrorClass, "internal error in the hfc VM: %v", r)
			e.Payload = PanicInfo{Value: r, Stack: string(debug.Stack())}
			err = e
		}
	}()
	return f()
}
