package server

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// deadlineContext is context.WithDeadline(parent, deadline) made lazily:
// the timer, the done channel and the registration with the parent, which
// cost a request a few allocations and a lock, are made only when some
// code waits on Done (a database query, time.sleep). The VM's budget
// checks call Err, which compares the clock to the deadline.
type deadlineContext struct {
	parent   context.Context
	deadline time.Time
	mu       sync.Mutex
	made     atomic.Pointer[madeContext]
}

// madeContext is the context.WithDeadline that Done makes.
type madeContext struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newDeadlineContext(parent context.Context, deadline time.Time) *deadlineContext {
	return &deadlineContext{parent: parent, deadline: deadline}
}

// Deadline implements context.Context.
func (c *deadlineContext) Deadline() (time.Time, bool) { return c.deadline, true }

// Value implements context.Context.
func (c *deadlineContext) Value(key any) any { return c.parent.Value(key) }

// Done implements context.Context.
func (c *deadlineContext) Done() <-chan struct{} {
	if m := c.made.Load(); m != nil {
		return m.ctx.Done()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.made.Load()
	if m == nil {
		ctx, cancel := context.WithDeadline(c.parent, c.deadline)
		m = &madeContext{ctx, cancel}
		c.made.Store(m)
	}
	return m.ctx.Done()
}

// Err implements context.Context: the parent's error, else
// DeadlineExceeded once the deadline has passed.
func (c *deadlineContext) Err() error {
	if m := c.made.Load(); m != nil {
		return m.ctx.Err()
	}
	if err := c.parent.Err(); err != nil {
		return err
	}
	if !time.Now().Before(c.deadline) {
		return context.DeadlineExceeded
	}
	return nil
}

// cancel releases the context that Done made, if any.
func (c *deadlineContext) cancel() {
	if m := c.made.Load(); m != nil {
		m.cancel()
	}
}
