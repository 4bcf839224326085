//go:build nodebughooks

package vm

// traceOn is false: the debug hooks are compiled out (see trace_on.go).
func (th *Thread) traceOn() bool { return false }
