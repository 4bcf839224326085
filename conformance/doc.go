// Package conformance is the conformance suite of the Hyperflask page
// format: apps, pages, templates, programs and documents with the result
// the Python reference gives for them (CPython 3.11, Jinja2 3.1, Flask 2.2,
// Python-Markdown 3.4, and the reference text where no oracle runs the
// feature), one folder per feature. README.md documents the case format;
// the package runner runs the cases, for TestConformance and for
// `hfc conformance`.
package conformance
