package vm

import "github.com/hyperflask/hfc/runtime/pyfmt"

// specCache holds parsed format specifications, so that a replacement
// field such as f"{x:.2f}" in a loop parses its spec once, not on every
// evaluation. It is direct-mapped by a cheap hash of the spec; an entry
// keeps its spec string, so a hit compares the string (usually the same
// constant, whose bytes compare by pointer).
type specCache [16]struct {
	spec string
	sp   pyfmt.Spec
}

// parsedSpec returns the parsed form of a non-empty spec and true, or false
// when the spec is invalid (the caller formats with the string, which
// reports the error naming the formatted type).
func (th *Thread) parsedSpec(spec string) (pyfmt.Spec, bool) {
	c := th.specs
	if c == nil {
		c = new(specCache)
		th.specs = c
	}
	e := &c[(uint(len(spec))*7+uint(spec[0])+uint(spec[len(spec)-1])*3)%uint(len(c))]
	if e.spec == spec {
		return e.sp, true
	}
	sp, err := pyfmt.ParseSpec(spec, "")
	if err != nil {
		return pyfmt.Spec{}, false
	}
	e.spec, e.sp = spec, sp
	return sp, true
}
