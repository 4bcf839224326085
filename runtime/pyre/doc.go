// Package pyre is a regular-expression engine with the syntax and semantics of
// CPython 3.11's re module (the sre engine), written in pure Go.
//
// Go's regexp package implements RE2: it has no backreferences, lookarounds,
// atomic groups or possessive quantifiers, and its rules for captures differ
// from Python's. pyre reproduces Python's behaviour instead: its error
// messages and positions, its capture rules (a group keeps the capture of the
// last iteration that set it, and captures are not reset between
// iterations), and the empty-match rules of finditer, sub and split since
// Python 3.7.
//
// # Use
//
// Compile (str patterns, from a Go string or code points) and CompileBytes
// return a *Pattern. A subject is an *Input, made once per subject with
// NewInput, NewInputRunes or NewInputBytes. Pattern.Match, Search and
// FullMatch return a *Match or nil; Pattern.Scanner iterates matches for
// finditer and findall; Pattern.Sub and Pattern.Split implement sub/subn and
// split; CompileTemplate parses a replacement template once for repeated
// use, and Template.Expand is Match.expand. Escape is re.escape. All
// positions are code-point indexes (byte indexes for bytes), as Python
// reports them. Errors are *Error values whose Kind tells which Python
// exception to raise.
//
// # Design
//
// Compile parses a pattern into a tree with the rules of CPython's
// re._parser (including its rewriting of alternations into sets and of
// common prefixes, so that group numbers, widths and errors agree), then
// emits a flat []uint32 program with the opcodes of sre (LITERAL, IN,
// BRANCH, REPEAT/MAX_UNTIL, REPEAT_ONE, ASSERT, ...). The matcher interprets
// that program as sre does, keeping its continuation frames and saved
// capture marks on explicit heap stacks, so that deep backtracking cannot
// overflow the goroutine stack. It is generic over the element type of the
// subject: bytes and pure-ASCII strings are matched in place as bytes, other
// strings as a []rune. Searches skip ahead to a literal prefix or to a
// character of the pattern's first set, as sre does.
//
// A Budget bounds the steps and the stack of matching and lets a caller
// cancel it, so that a catastrophic pattern cannot hang a server.
//
// # Differences from CPython 3.11.2
//
// Possessive quantifiers of more than one character (such as (?:ab)*+) are
// compiled as an atomic group around a greedy repeat, as CPython does since
// 3.11.5 (gh-106052): the POSSESSIVE_REPEAT of earlier 3.11 releases gives
// wrong results and can loop forever.
//
// Character classes use Go's unicode tables (Unicode 15.0) where CPython 3.11
// uses Unicode 14.0: the characters that Unicode 15.0 assigned are letters
// or digits for pyre (\w, \d, identifiers in group names) but not for
// CPython. Case mappings agree for every code point.
//
// The LOCALE flag is not supported: Compile rejects it with an error of kind
// Unsupported. The DEBUG flag is accepted but prints nothing.
package pyre
