//go:build unix

package bench

import "syscall"

// cpuTime returns the CPU time (user and system) the process has used so
// far, in nanoseconds, and whether it could be read.
func cpuTime() (int64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
