package re

import (
	"github.com/hyperflask/hfc/runtime/pyre"
	"github.com/hyperflask/hfc/runtime/vm"
)

// maxStackFrames bounds the backtracking stack of one match: about
// 256 MiB of frames, the VM's default bound on the size of one value.
// Beyond it the match fails with MemoryError where CPython would exhaust
// the memory of the process.
const maxStackFrames = 1 << 22

// budget is the pyre.Budget of matching work done on behalf of a thread:
// every pyre.CheckInterval steps of the matcher are charged to the thread,
// which fails with its RuntimeError when its step limit is exceeded or its
// context is cancelled.
type budget struct {
	pyre.Budget
	// th is the thread charged; an iterator that outlives a call sets it
	// to the thread that resumes it.
	th *vm.Thread
}

func newBudget(th *vm.Thread) *budget {
	b := &budget{th: th}
	b.MaxStack = maxStackFrames
	b.Check = b.settle
	return b
}

// settle charges the steps taken since the last charge to the thread.
func (b *budget) settle() error {
	n := b.Steps
	b.Steps = 0
	return b.th.ChargeSteps(uint64(n))
}

// done charges the steps of matching that ended with err (nil when it
// succeeded or found nothing) and returns the exception to raise, if any.
func (b *budget) done(err error) error {
	if serr := b.settle(); err == nil {
		return serr
	}
	return convertError(b.th, err, nil)
}
