//go:build !nodebughooks

package vm

// traceOn reports whether the thread is traced. Building with the tag
// nodebughooks compiles the debug hooks out (trace_off.go), only to
// measure what they cost untraced (docs/debugging.md).
func (th *Thread) traceOn() bool { return th.tracing.Load() }
