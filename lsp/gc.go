package lsp

import (
	"os"
	"runtime/debug"
)

// Garbage collector settings of hfls (see TuneGC).
const (
	// gcPercent lets the heap grow to five times what is live before a
	// collection (Go's default is twice).
	gcPercent = 400
	// memoryLimit bounds the heap so that the larger gcPercent cannot
	// take an indexed workspace past the server's memory budget
	// (200 MB resident): near the limit the collector runs more often.
	memoryLimit = 150 << 20
)

// TuneGC sets the garbage collector for a language server and returns a
// function that restores the previous settings; GOGC and GOMEMLIMIT in
// the environment win over it. A server's live heap is small (a few MB for
// the open documents, tens of MB for an indexed workspace) while every
// check allocates about 1.5 MB: with Go's default, a collection would run
// every few keystrokes and, with the process's large static tables to
// scan, cost a third of the CPU of a didChange.
func TuneGC() (restore func()) {
	prevPercent, prevLimit := -2, int64(-1)
	if os.Getenv("GOGC") == "" {
		prevPercent = debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		prevLimit = debug.SetMemoryLimit(memoryLimit)
	}
	return func() {
		if prevPercent != -2 {
			debug.SetGCPercent(prevPercent)
		}
		if prevLimit >= 0 {
			debug.SetMemoryLimit(prevLimit)
		}
	}
}
