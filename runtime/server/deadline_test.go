package server

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestDeadlineContext checks the lazy deadline context against what
// context.WithDeadline does: the parent's cancellation, the deadline, with
// and without a Done channel made.
func TestDeadlineContext(t *testing.T) {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), ctxKey{}, "v"))
	c := newDeadlineContext(parent, time.Now().Add(time.Hour))
	if c.Err() != nil || c.Value(ctxKey{}) != "v" {
		t.Fatalf("fresh: Err %v, Value %v", c.Err(), c.Value(ctxKey{}))
	}
	if d, ok := c.Deadline(); !ok || time.Until(d) < 59*time.Minute {
		t.Errorf("Deadline() = %v, %v", d, ok)
	}
	cancel()
	if !errors.Is(c.Err(), context.Canceled) {
		t.Errorf("after the parent's cancel: Err %v", c.Err())
	}
	select {
	case <-c.Done():
	case <-time.After(5 * time.Second):
		t.Error("Done not closed after the parent's cancel")
	}
	c.cancel()

	c = newDeadlineContext(context.Background(), time.Now().Add(20*time.Millisecond))
	time.Sleep(30 * time.Millisecond)
	if !errors.Is(c.Err(), context.DeadlineExceeded) {
		t.Errorf("past the deadline, no Done: Err %v", c.Err())
	}

	c = newDeadlineContext(context.Background(), time.Now().Add(20*time.Millisecond))
	select {
	case <-c.Done():
	case <-time.After(5 * time.Second):
		t.Error("Done not closed at the deadline")
	}
	if !errors.Is(c.Err(), context.DeadlineExceeded) {
		t.Errorf("past the deadline, Done made: Err %v", c.Err())
	}
	c.cancel()
}

type ctxKey struct{}
