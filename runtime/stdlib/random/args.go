package random

import (
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
	"github.com/hyperflask/hfc/runtime/vm"
)

// param is a parameter of a method written in Python in CPython's
// random.py; the binding follows Python's rules and messages.
type param struct {
	name   string
	def    vm.Value // nil: required
	kwOnly bool
}

// bind binds the arguments of a call of the Python method qual (self not
// included in args) to params.
func bind(th *vm.Thread, qual string, args []vm.Value, kwnames []string, params []param) ([]vm.Value, error) {
	npos := len(args) - len(kwnames)
	out := make([]vm.Value, len(params))
	maxPos, minPos := 0, 0
	for _, p := range params {
		if !p.kwOnly {
			maxPos++
			if p.def == nil {
				minPos++
			}
		}
	}
	if npos > maxPos {
		given := npos + 1
		if minPos == maxPos {
			return nil, th.TypeError("%s() takes %d positional argument%s but %d were given", qual, maxPos+1, plural(maxPos+1), given)
		}
		return nil, th.TypeError("%s() takes from %d to %d positional arguments but %d were given", qual, minPos+1, maxPos+1, given)
	}
	copy(out, args[:npos])
	for i, name := range kwnames {
		found := false
		for j, p := range params {
			if p.name == name {
				if out[j] != nil {
					return nil, th.TypeError("%s() got multiple values for argument '%s'", qual, name)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", qual, name)
		}
	}
	var missing []string
	kwMissing := false
	for j, p := range params {
		if out[j] != nil {
			continue
		}
		if p.def != nil {
			out[j] = p.def
			continue
		}
		if p.kwOnly {
			kwMissing = true
		}
		missing = append(missing, "'"+p.name+"'")
	}
	if len(missing) > 0 {
		kind := "positional"
		if kwMissing {
			kind = "keyword-only"
		}
		list := missing[0]
		if len(missing) > 1 {
			list = strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
			if len(missing) > 2 {
				list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
			}
		}
		return nil, th.TypeError("%s() missing %d required %s argument%s: %s", qual, len(missing), kind, plural(len(missing)), list)
	}
	return out, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// arith evaluates Python arithmetic on values with a sticky error, so that
// formulas of random.py read as they do in Python.
type arith struct {
	th  *vm.Thread
	err error
}

func (a *arith) op(op bytecode.BinaryOp, x, y vm.Value) vm.Value {
	if a.err != nil {
		return vm.None
	}
	r, err := a.th.Binary(op, x, y)
	if err != nil {
		a.err = err
		return vm.None
	}
	return r
}

func (a *arith) add(x, y vm.Value) vm.Value { return a.op(bytecode.OpAdd, x, y) }
func (a *arith) sub(x, y vm.Value) vm.Value { return a.op(bytecode.OpSub, x, y) }
func (a *arith) mul(x, y vm.Value) vm.Value { return a.op(bytecode.OpMul, x, y) }
func (a *arith) div(x, y vm.Value) vm.Value { return a.op(bytecode.OpTrueDiv, x, y) }
func (a *arith) mod(x, y vm.Value) vm.Value { return a.op(bytecode.OpMod, x, y) }

// pow is x ** y; two positive floats go to the C library's pow, as in
// CPython.
func (a *arith) pow(x, y vm.Value) vm.Value {
	if a.err != nil {
		return vm.None
	}
	if fx, ok := x.(vm.Float); ok && fx > 0 {
		if fy, ok := y.(vm.Float); ok {
			return powFloat(a.th, float64(fx), float64(fy), &a.err)
		}
	}
	return a.op(bytecode.OpPow, x, y)
}

func (a *arith) cmp(op bytecode.CompareOp, x, y vm.Value) bool {
	if a.err != nil {
		return false
	}
	r, err := a.th.Compare(op, x, y)
	if err != nil {
		a.err = err
		return false
	}
	t, err := a.th.Truth(r)
	if err != nil {
		a.err = err
	}
	return t
}

// float converts with math's rules (for math.log(x) and friends).
func (a *arith) float(x vm.Value) float64 {
	if a.err != nil {
		return 0
	}
	if f, ok := x.(vm.Float); ok {
		return float64(f)
	}
	f, err := a.th.ToFloat(x)
	if err != nil {
		a.err = err
	}
	return f
}
