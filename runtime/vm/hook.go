package vm

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
