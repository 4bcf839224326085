package dataclasses

import (
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// param is a parameter of a generated __init__: def is nil when the
// argument is required.
type param struct {
	name string
	def  vm.Value
}

// bind binds the arguments of a call to (self, pos…, *, kw…) with the
// messages of CPython's argument binding; qual names the function in
// them. It returns the values of pos then kw.
func bind(th *vm.Thread, qual string, pos, kw []param, args []vm.Value, kwnames []string) ([]vm.Value, error) {
	npos := len(args) - len(kwnames)
	out := make([]vm.Value, len(pos)+len(kw))
	copy(out, args[:min(npos, len(pos))])
	for i, name := range kwnames {
		idx := -1
		for j, p := range pos {
			if p.name == name {
				idx = j
			}
		}
		for j, p := range kw {
			if p.name == name {
				idx = len(pos) + j
			}
		}
		if idx < 0 {
			return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", qual, name)
		}
		if out[idx] != nil {
			return nil, th.TypeError("%s() got multiple values for argument '%s'", qual, name)
		}
		out[idx] = args[npos+i]
	}
	if npos > len(pos) {
		return nil, tooManyPositional(th, qual, pos, npos, out[len(pos):])
	}
	var missingPos, missingKw []string
	for i, p := range pos {
		if out[i] == nil {
			if p.def == nil {
				missingPos = append(missingPos, p.name)
			} else {
				out[i] = p.def
			}
		}
	}
	if len(missingPos) > 0 {
		return nil, missingArgs(th, qual, "positional", missingPos)
	}
	for i, p := range kw {
		if out[len(pos)+i] == nil {
			if p.def == nil {
				missingKw = append(missingKw, p.name)
			} else {
				out[len(pos)+i] = p.def
			}
		}
	}
	if len(missingKw) > 0 {
		return nil, missingArgs(th, qual, "keyword-only", missingKw)
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// tooManyPositional is CPython's too_many_positional (self counted).
func tooManyPositional(th *vm.Thread, qual string, pos []param, npos int, kwValues []vm.Value) error {
	argc := len(pos) + 1
	defaults := 0
	for _, p := range pos {
		if p.def != nil {
			defaults++
		}
	}
	var sig string
	pl := true
	if defaults > 0 {
		sig = "from " + strconv.Itoa(argc-defaults) + " to " + strconv.Itoa(argc)
	} else {
		sig = strconv.Itoa(argc)
		pl = argc != 1
	}
	kwGiven := 0
	for _, v := range kwValues {
		if v != nil {
			kwGiven++
		}
	}
	given := npos + 1
	kwSig := ""
	if kwGiven > 0 {
		kwSig = " positional argument" + plural(given) + " (and " + strconv.Itoa(kwGiven) + " keyword-only argument" + plural(kwGiven) + ")"
	}
	s := ""
	if pl {
		s = "s"
	}
	verb := "were"
	if given == 1 && kwGiven == 0 {
		verb = "was"
	}
	return th.TypeError("%s() takes %s positional argument%s but %d%s %s given", qual, sig, s, given, kwSig, verb)
}

// missingArgs is CPython's missing_arguments.
func missingArgs(th *vm.Thread, qual, kind string, names []string) error {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return th.TypeError("%s() missing %d required %s argument%s: %s", qual, len(names), kind, plural(len(names)), list)
}
