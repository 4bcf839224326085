//go:build !unix

package templates

func cpuTime() (int64, bool) { return 0, false }
