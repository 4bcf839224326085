package vm

import (
	"context"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

// Thread runs Python code: one per request or per command. It holds the
// call stack, the limits that keep a server alive and the debug hooks. A
// Thread is not safe for concurrent use.
type Thread struct {
	// Name identifies the thread to debuggers ("GET /posts/3").
	Name string
	// Stdout receives print() output; os.Stdout when nil.
	Stdout io.Writer
	// Importer finds modules for import statements.
	Importer Importer
	// Locals holds per-thread values of the embedding runtime (the request,
	// the page object …).
	Locals map[string]any

	ctx      context.Context
	frame    *Frame // innermost frame
	depth    int
	MaxDepth int // recursion limit (RecursionError); 1000 when 0

	// steps counts backward jumps and calls; MaxSteps (0: unlimited) stops a
	// runaway page with a StepLimitError.
	steps    uint64
	MaxSteps uint64

	// MaxAlloc bounds the size of one value built by an operation (a
	// repeated string or list, a huge int power), in bytes; MemoryError when
	// exceeded. 0 means the default of 256 MiB.
	MaxAlloc int64

	// Template execution: the render context, the output buffer with the
	// starts of the open captures, and the dynamic autoescape settings.
	tctx     TemplateContext
	out      []byte
	outMarks []int
	autoesc  []autoescape

	ints    []Int // the chunk that boxInt takes ints from
	intFree int   // ints left in the chunk

	// strBuf holds the bytes of the last string that s += t built (see
	// growStr).
	strBuf []byte

	strChunk []byte // what is left of the chunk that newStrBuf carves strs from

	specs *specCache // parsed format specs (see parsedSpec)

	// Exhausted iterators of for loops, for reuse (see loopListIter).
	freeListIters  []*listIter
	freeRangeIters []*rangeIter

	slab      []Value // operand stacks and locals of running frames
	slabTop   int
	slabHigh  int // the most of slab used since it was last cleared
	framePool []*Frame

	curExc    *Exception // the exception being handled (sys.exc_info()), nil outside handlers
	reprStack []Value
	noPython  bool // set while formatting messages: no Python code may run

	// Debugging: hook is called before instructions while tracing is on;
	// traces holds the code traced frames run (see traceStep).
	tracing atomic.Bool
	hook    atomic.Pointer[hookBox]
	traces  map[*Frame]*frameTrace
}

type hookBox struct{ h Hook }

// NewThread returns a Thread bound to ctx: cancelling ctx stops the code it
// runs at the next backward jump or call.
func NewThread(ctx context.Context) *Thread {
	if ctx == nil {
		ctx = context.Background()
	}
	return &Thread{ctx: ctx}
}

// Context returns the thread's context.
func (th *Thread) Context() context.Context { return th.ctx }

func (th *Thread) stdout() io.Writer {
	if th.Stdout != nil {
		return th.Stdout
	}
	return os.Stdout
}

func (th *Thread) maxDepth() int {
	if th.MaxDepth > 0 {
		return th.MaxDepth
	}
	return 1000
}

func (th *Thread) maxAlloc() int64 {
	if th.MaxAlloc > 0 {
		return th.MaxAlloc
	}
	return 256 << 20
}

// checkAlloc fails with MemoryError when an operation would build a value of
// n bytes beyond the thread's limit.
func (th *Thread) checkAlloc(n int64) error {
	if th != nil && (n < 0 || n > th.maxAlloc()) {
		return th.Raise(MemoryErrorClass, "")
	}
	return nil
}

// Frame is the activation of a code object.
type Frame struct {
	Code   *Code
	Fn     *Function // nil for a module or class body
	Module *Module
	Locals []Value
	Cells  []*Cell  // Code.Cells then Code.Frees
	NS     *StrDict // the namespace of a class body
	Back   *Frame

	slots []Value // Locals, then the operand stack
	sp    int     // index in slots of the next free stack slot
	pc    int     // index of the next instruction
	// lastPC is the instruction being executed (for positions).
	lastPC int
	gen    *Generator
	// line and prevPC track what the debug hook was last told; retraced
	// says that run starts again on the frame to trace it (no call event).
	line     int32
	retraced bool
	prevPC   int
}

// reset prepares a frame taken from the pool for an activation of code with
// the given locals (the start of slots); the other fields are zeroed. Fields
// that are rarely set are tested first, which spares their write barriers.
func (fr *Frame) reset(code *Code, fn *Function, m *Module, locals, slots []Value, back *Frame) {
	fr.Code = code
	fr.Fn = fn
	fr.Module = m
	fr.Locals = locals
	fr.slots = slots
	fr.sp = len(locals)
	fr.Back = back
	fr.pc, fr.lastPC, fr.line, fr.prevPC = 0, 0, 0, 0
	if fr.Cells != nil {
		fr.Cells = nil
	}
	if fr.NS != nil {
		fr.NS = nil
	}
	if fr.gen != nil {
		fr.gen = nil
	}
}

// PC returns the index of the instruction being executed.
func (fr *Frame) PC() int { return fr.lastPC }

// Position returns the source range of the instruction being executed.
func (fr *Frame) Position() (line, col, endLine, endCol int) {
	s := fr.Code.Position(fr.lastPC)
	return int(s.Line), int(s.Col), int(s.EndLine), int(s.EndCol)
}

// Frame returns the innermost frame of the thread (nil when idle).
func (th *Thread) Frame() *Frame { return th.frame }

// StepLimitError is raised (as an Exception of class RuntimeError with this
// payload) when a thread exceeds MaxSteps or its context is cancelled.
type StepLimitError struct{ Cause error }

func (e *StepLimitError) Error() string {
	if e.Cause != nil {
		return "execution stopped: " + e.Cause.Error()
	}
	return "execution stopped: step limit exceeded"
}

// checkBudget is called every 1024 steps. Once the budget is spent it is
// called on every step: the error is an ordinary RuntimeError that an
// `except Exception:` inside a loop may catch, and the loop's next backward
// jump must raise it again rather than run another 1024 steps.
func (th *Thread) checkBudget() error {
	if err := th.ctx.Err(); err != nil {
		e := th.Raise(RuntimeErrorClass, "execution stopped: %v", err)
		e.Payload = &StepLimitError{Cause: err}
		th.steps |= 1023
		return e
	}
	if th.MaxSteps > 0 && th.steps > th.MaxSteps {
		e := th.Raise(RuntimeErrorClass, "execution stopped: step limit of %d exceeded", th.MaxSteps)
		e.Payload = &StepLimitError{}
		th.steps |= 1023
		return e
	}
	return nil
}

// step counts a step against the budget (a backward jump, a call, an item
// of an iteration driven from Go) and reports whether the budget is due
// for a check (every 1024 steps: checkBudget). It is small enough for the
// compiler to inline into the interpreter loop.
func (th *Thread) step() bool {
	th.steps++
	return th.steps&1023 == 0
}

// Steps returns the number of steps run so far.
func (th *Thread) Steps() uint64 { return th.steps }

const slabChunk = 1 << 14

// slabPool holds the slabs of released threads (see Release): a server
// runs a thread per request, and a fresh slab is 256 KiB to clear.
var slabPool sync.Pool

// allocSlots returns n slots for a frame's locals and operand stack. They
// hold whatever the frames that used them before left there: the caller
// clears or sets the locals, and the stack discipline writes every stack
// slot before reading it.
//
// Frames and popped stack slots are not cleared when they end, which spares
// every call a loop of write barriers; the values left there stay reachable
// until a later frame overwrites them, or until the thread's outermost frame
// returns and the slab's used part is cleared.
func (th *Thread) allocSlots(n int) []Value {
	if th.slabTop+n > len(th.slab) {
		size := slabChunk
		if n > size {
			size = n
		}
		// Frames below keep the old slab alive; a new slab serves the
		// frames above.
		if p, ok := slabPool.Get().(*[]Value); ok && th.slab == nil && size == slabChunk {
			th.slab = *p
		} else {
			th.slab = make([]Value, size)
		}
		th.slabTop, th.slabHigh = 0, 0
	}
	s := th.slab[th.slabTop : th.slabTop+n : th.slabTop+n]
	th.slabTop += n
	if th.slabTop > th.slabHigh {
		th.slabHigh = th.slabTop
	}
	return s
}

// Release gives the thread's frame memory back for other threads to use.
// Call it when the thread has returned from all its code and will not run
// again.
func (th *Thread) Release() {
	if th.frame != nil || len(th.slab) != slabChunk {
		return
	}
	clear(th.slab[:th.slabHigh])
	s := th.slab
	th.slab, th.slabTop, th.slabHigh = nil, 0, 0
	slabPool.Put(&s)
}

// freeSlots releases the slots of the frame that is returning; s must be the
// last allocation of the current slab.
func (th *Thread) freeSlots(s []Value) {
	if len(s) == 0 {
		return
	}
	if th.slabTop >= len(s) && &th.slab[th.slabTop-len(s)] == &s[0] {
		th.slabTop -= len(s)
		if th.slabTop == 0 {
			clear(th.slab[:th.slabHigh])
			th.slabHigh = 0
		}
	}
}

// clearValues sets the values of s to nil. Frames and calls clear a few
// slots at a time, for which a loop costs less than clear's call of
// memclrHasPointers.
func clearValues(s []Value) {
	if len(s) > 16 {
		clear(s)
		return
	}
	for i := 0; i < len(s); i++ {
		s[i] = nil
	}
}

// newFrame takes a frame from the pool.
func (th *Thread) newFrame() *Frame {
	if th.depth < len(th.framePool) {
		return th.framePool[th.depth]
	}
	fr := &Frame{}
	th.framePool = append(th.framePool, fr)
	return fr
}

// LocalsByName returns the frame's variables: fast locals, cells and free
// variables that have a value, and a class body's namespace.
func (fr *Frame) LocalsByName() map[string]Value {
	m := map[string]Value{}
	for i, name := range fr.Code.Locals {
		if i < len(fr.Locals) && fr.Locals[i] != nil {
			m[name] = fr.Locals[i]
		}
	}
	for i, c := range fr.Cells {
		if c != nil && c.V != nil {
			m[cellName(fr.Code, i)] = c.V
		}
	}
	if fr.NS != nil {
		for _, k := range fr.NS.Keys() {
			v, _ := fr.NS.Get(k)
			m[k] = v
		}
	}
	return m
}
