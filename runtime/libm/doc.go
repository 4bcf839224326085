// Package libm gives the elementary functions of the platform's C library
// (glibc on Linux), which CPython's math module, float ** and random call.
// Go's math package computes many of them differently in the last bit
// (math.Pow, math.Sin, math.Atan … disagree with glibc on a large share of
// arguments), which would make printed results differ from CPython's.
//
// Built with cgo, every function calls libm. Without cgo (CGO_ENABLED=0,
// cross builds) they fall back to package math: still accurate to an ulp or
// so, but not always bit-identical to CPython.
package libm
