// Package runner runs the conformance suite (the folder conformance/ of
// the repository, or any folder laid out the same way) against hfc: it
// reads the case files, runs each on the part of hfc its kind exercises
// (the VM, the template engine, the page runtime, the HTTP server, the
// Markdown converter), compares the result with the expectation recorded
// from the reference, and reports by feature. `go test ./conformance/` and
// `hfc conformance` both use it.
//
// The case format is documented in conformance/README.md. Update
// regenerates the expectations whose source is an oracle by running the
// generator scripts of conformance/gen with /usr/bin/python3, and never
// changes the cases written from the reference text.
package runner
