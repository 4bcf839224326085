package string

import (
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// signature is the parameter list of a function the module defines in
// Python (def f(self, a, b=None, /, *args, **kwargs)), so that calls of its
// Go implementation fail with the messages CPython gives for Python
// functions.
type signature struct {
	qual     string   // the function's __qualname__
	names    []string // positional parameters, self included
	posOnly  int      // how many of names are positional-only
	required int      // how many of names have no default
	varArgs  bool     // *args
	varKw    bool     // **kwargs
}

// bound holds the arguments of a call: args[i] is nil for an absent
// optional parameter.
type bound struct {
	args []vm.Value
	rest vm.Tuple // *args
	kw   *vm.Dict // **kwargs, nil unless varKw
}

// bind matches a call's arguments to the signature.
func (sig *signature) bind(th *vm.Thread, args []vm.Value, kwnames []string) (*bound, error) {
	n := len(sig.names)
	npos := len(args) - len(kwnames)
	b := &bound{args: make([]vm.Value, n)}
	if npos > n {
		if !sig.varArgs {
			return nil, sig.tooMany(th, npos)
		}
		b.rest = append(vm.Tuple(nil), args[n:npos]...)
		npos = n
	}
	copy(b.args, args[:npos])
	if sig.varKw {
		b.kw = vm.NewDict(len(kwnames))
	}
	var posOnlyAsKw []string
	for k, name := range kwnames {
		v := args[len(args)-len(kwnames)+k]
		i := sig.index(name)
		switch {
		case i >= sig.posOnly:
			if b.args[i] != nil {
				return nil, th.TypeError("%s() got multiple values for argument '%s'", sig.qual, name)
			}
			b.args[i] = v
		case b.kw != nil:
			if err := b.kw.SetItem(th, vm.Str(name), v); err != nil {
				return nil, err
			}
		case i >= 0:
			posOnlyAsKw = append(posOnlyAsKw, name)
		default:
			return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", sig.qual, name)
		}
	}
	if len(posOnlyAsKw) > 0 {
		return nil, th.TypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", sig.qual, strings.Join(posOnlyAsKw, ", "))
	}
	var missing []string
	for i := 0; i < sig.required; i++ {
		if b.args[i] == nil {
			missing = append(missing, "'"+sig.names[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, th.TypeError("%s() missing %d required positional argument%s: %s", sig.qual, len(missing), plural(len(missing)), joinNames(missing))
	}
	return b, nil
}

func (sig *signature) index(name string) int {
	for i, n := range sig.names {
		if n == name {
			return i
		}
	}
	return -1
}

func (sig *signature) tooMany(th *vm.Thread, given int) error {
	n := len(sig.names)
	takes := strconv.Itoa(n) + " positional argument" + plural(n)
	if sig.required < n {
		takes = "from " + strconv.Itoa(sig.required) + " to " + strconv.Itoa(n) + " positional arguments"
	}
	verb := "were"
	if given == 1 {
		verb = "was"
	}
	return th.TypeError("%s() takes %s but %d %s given", sig.qual, takes, given, verb)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames lists names as CPython does: 'a', 'a' and 'b', 'a', 'b', and 'c'.
func joinNames(q []string) string {
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// method makes a method of cls implemented by fn, with sig's checks; the
// receiver is the first of the bound arguments.
func method(cls *vm.Class, name string, sig *signature, fn func(th *vm.Thread, b *bound) (vm.Value, error)) {
	cls.SetAttr(name, &vm.Method{Name: name, Class: cls, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		full := make([]vm.Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		b, err := sig.bind(th, full, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(th, b)
	}})
}
