// Package conformance holds the conformance suite of hfc: programs, pages and
// templates whose expected results come from the Python reference (CPython
// 3.11, Jinja2 3.1, the reference oracle), and the tests that run them on hfc.
package conformance
