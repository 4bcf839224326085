// Package re is Python's re module for the hfc VM, on top of the
// regular-expression engine of package runtime/pyre.
//
// Importing the package registers the module; the command hfc imports it
// for its side effect. Matching is bound to the calling thread: the steps of
// the matcher count against the thread's step budget and a cancelled
// context stops a match, so that a catastrophic pattern cannot hang a
// server. docs/python-stdlib-re.md lists what is covered.
package re
