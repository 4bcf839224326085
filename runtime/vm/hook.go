package vm

import "unsafe"

// Event is what a debug hook is told about.
type Event uint8

// Debug events.
const (
	EventLine      Event = iota + 1 // about to run the first instruction of a line
	EventCall                       // a frame starts
	EventReturn                     // a frame returns (normally or by exception)
	EventException                  // an exception was raised in a frame (before handlers run)
)

// Hook receives debug events while tracing is on. It runs on the thread that
// executes the code and may block it (a paused debugger). Returning an error
// aborts execution with that error.
type Hook interface {
	Event(th *Thread, fr *Frame, ev Event, arg Value) error
}

// SetHook installs h and turns tracing on (nil turns it off). It is safe to
// call from another goroutine; the thread sees the change at its next
// instruction.
func (th *Thread) SetHook(h Hook) {
	if h == nil {
		th.tracing.Store(false)
		th.hook.Store(nil)
		return
	}
	th.hook.Store(&hookBox{h})
	th.tracing.Store(true)
}

// Hook returns the installed hook, or nil.
func (th *Thread) Hook() Hook {
	if b := th.hook.Load(); b != nil {
		return b.h
	}
	return nil
}

// traceEvent reports ev to the hook, if one is installed.
func (th *Thread) traceEvent(fr *Frame, ev Event, arg Value) error {
	h := th.Hook()
	if h == nil {
		return nil
	}
	return h.Event(th, fr, ev, arg)
}

// traceInstruction reports a line event when fr reaches the first
// instruction of a new line, or jumps back to the start of a line (a loop
// coming around).
func (th *Thread) traceInstruction(fr *Frame) error {
	pc := fr.lastPC
	line := fr.Code.Position(pc).Line
	sequential := fr.prevPC == pc-1
	fr.prevPC = pc
	if line == fr.line {
		if sequential {
			return nil
		}
		if pc > 0 && fr.Code.Position(pc-1).Line == line {
			return nil
		}
	}
	fr.line = line
	if line <= 0 {
		return nil
	}
	return th.traceEvent(fr, EventLine, nil)
}

// traceIns stands for the instructions of a traced frame's copy of its
// code (an opcode no code has: validation refuses it).
const traceIns = 0xff

// frameTrace is the copy of its code that a traced frame runs: every
// instruction is traceIns but the one traceStep lets through.
type frameTrace struct {
	code []uint32
	// rearm is 1 + the index of the instruction to set back to traceIns.
	rearm int
}

// traceCode returns the copy of fr's code that fr runs while traced. The
// copy holds nothing of the code but its length: frames, which are reused
// (by depth), keep theirs for any code as long.
func (th *Thread) traceCode(fr *Frame) unsafe.Pointer {
	n := len(fr.Code.Code.Code)
	ft := th.traces[fr]
	if ft == nil || len(ft.code) < n {
		ft = &frameTrace{code: make([]uint32, n)}
		for i := range ft.code {
			ft.code[i] = traceIns
		}
		if th.traces == nil {
			th.traces = map[*Frame]*frameTrace{}
		}
		th.traces[fr] = ft
	}
	ft.rearmNow()
	return unsafe.Pointer(unsafe.SliceData(ft.code))
}

func (ft *frameTrace) rearmNow() {
	if ft.rearm > 0 {
		ft.code[ft.rearm-1] = traceIns
		ft.rearm = 0
	}
}

// traceStep runs when a traced frame reaches the instruction at pc: it
// tells the hook (while tracing is on), then puts the frame's own
// instruction in the copy for the frame to run, and takes back the one it
// put there last time, so that the next time round it is seen again.
func (th *Thread) traceStep(fr *Frame, pc int) error {
	ft := th.traces[fr]
	ft.rearmNow()
	if th.traceOn() {
		fr.lastPC = pc
		if err := th.traceInstruction(fr); err != nil {
			return err
		}
	}
	ft.code[pc] = fr.Code.Code.Code[pc]
	ft.rearm = pc + 1
	return nil
}
