package tmpl

import (
	"strconv"
	"strings"

	"github.com/hyperflask/hfc/runtime/vm"
)

// Jinja's filters, tests and globals are Python functions: a template that
// calls one with the wrong arguments gets CPython's TypeError naming the
// function (do_truncate() got an unexpected keyword argument 'x'). pyfunc
// describes such a signature and binds the arguments of a call to it with
// CPython 3.11's rules and messages.

// pyfunc is the signature of a Python function.
type pyfunc struct {
	name string // the function's __qualname__ (do_truncate)
	// params are the positional-or-keyword parameters, the ones Jinja
	// passes itself (context, environment, eval_ctx) first.
	params []string
	// pass is how many leading params Jinja passes itself; they count in
	// the messages but the template never supplies them.
	pass int
	// required is how many params have no default, pass ones included.
	required int
	// varargs and varkw are *args and **kwargs.
	varargs, varkw bool
}

// sig parses a signature written as Python's: "do_truncate(env, s,
// length=, killwords=, end=, leeway=)" with the parameters Jinja passes
// prefixed by "^", defaults marked by a trailing "=", and *args, **kwargs.
func sig(s string) *pyfunc {
	open := strings.IndexByte(s, '(')
	f := &pyfunc{name: s[:open]}
	body := strings.TrimSuffix(s[open+1:], ")")
	if body == "" {
		return f
	}
	for _, p := range strings.Split(body, ",") {
		p = strings.TrimSpace(p)
		switch {
		case strings.HasPrefix(p, "**"):
			f.varkw = true
			continue
		case strings.HasPrefix(p, "*"):
			f.varargs = true
			continue
		case strings.HasPrefix(p, "^"):
			f.pass++
			p = p[1:]
		}
		if strings.HasSuffix(p, "=") {
			p = strings.TrimSuffix(p, "=")
		} else {
			f.required++
		}
		f.params = append(f.params, p)
	}
	return f
}

// call is a call bound to a pyfunc.
type call struct {
	// args are the template-supplied parameters (params[pass:]), nil for
	// the ones left to their default.
	args []vm.Value
	// rest are the extra positional arguments (*args).
	rest []vm.Value
	// kwnames and kwvals are the extra keyword arguments (**kwargs), in
	// call order.
	kwnames []string
	kwvals  []vm.Value
	buf     [6]vm.Value // backs args: one allocation per call
}

// arg returns the i-th parameter, or def when it was not given.
func (c *call) arg(i int, def vm.Value) vm.Value {
	if c.args[i] == nil {
		return def
	}
	return c.args[i]
}

// given reports whether the i-th parameter was given.
func (c *call) given(i int) bool { return c.args[i] != nil }

// bind binds the arguments of a call (positional values then keyword values
// named by kwnames, the VM's convention) as CPython's initialize_locals
// does: keywords first (unexpected, multiple values), then too many
// positional arguments, then missing ones.
func (f *pyfunc) bind(th *vm.Thread, args []vm.Value, kwnames []string) (*call, error) {
	n := len(f.params) - f.pass
	c := &call{}
	if n <= len(c.buf) {
		c.args = c.buf[:n]
	} else {
		c.args = make([]vm.Value, n)
	}
	npos := len(args) - len(kwnames)
	copy(c.args, args[:min(npos, n)])
	if f.varargs && npos > n {
		// Copied: the caller reuses args, and generators keep them.
		c.rest = append([]vm.Value(nil), args[n:npos]...)
	}
	for k, name := range kwnames {
		v := args[npos+k]
		idx := -1
		for j, p := range f.params {
			if p == name {
				idx = j
				break
			}
		}
		if idx < 0 {
			if !f.varkw {
				return nil, th.TypeError("%s() got an unexpected keyword argument '%s'", f.name, name)
			}
			c.kwnames = append(c.kwnames, name)
			c.kwvals = append(c.kwvals, v)
			continue
		}
		if idx < f.pass || c.args[idx-f.pass] != nil {
			return nil, th.TypeError("%s() got multiple values for argument '%s'", f.name, name)
		}
		c.args[idx-f.pass] = v
	}
	if npos > n && !f.varargs {
		return nil, f.tooMany(th, npos+f.pass)
	}
	var missing []string
	for i := 0; i < f.required-f.pass; i++ {
		if c.args[i] == nil {
			missing = append(missing, f.params[f.pass+i])
		}
	}
	if len(missing) > 0 {
		return nil, th.TypeError("%s() missing %d required positional argument%s: %s", f.name, len(missing), plural(len(missing)), nameList(missing))
	}
	return c, nil
}

func (f *pyfunc) tooMany(th *vm.Thread, given int) error {
	total := len(f.params)
	takes := strconv.Itoa(total) + " positional argument" + plural(total)
	if f.required < total {
		takes = "from " + strconv.Itoa(f.required) + " to " + strconv.Itoa(total) + " positional arguments"
	}
	verb := "were"
	if given == 1 {
		verb = "was"
	}
	return th.TypeError("%s() takes %s but %d %s given", f.name, takes, given, verb)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// nameList formats names as CPython does: 'a', 'a' and 'b', 'a', 'b', and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// def registers a filter with a Python signature.
func defFilter(signature string, fn func(th *vm.Thread, c *call) (vm.Value, error), names ...string) {
	b := pyBuiltin(signature, fn)
	for _, n := range names {
		builtinFilters[n] = b
	}
}

// defTest registers a test with a Python signature.
func defTest(signature string, fn func(th *vm.Thread, c *call) (vm.Value, error), names ...string) {
	b := pyBuiltin(signature, fn)
	for _, n := range names {
		builtinTests[n] = b
	}
}

// pyBuiltin makes a builtin that binds its arguments to signature.
func pyBuiltin(signature string, fn func(th *vm.Thread, c *call) (vm.Value, error)) *vm.Builtin {
	f := sig(signature)
	return vm.NewBuiltin(f.name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		c, err := f.bind(th, args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(th, c)
	})
}

// cFunc registers a C function of one argument (abs, len, escape): its
// arity errors are METH_O's.
func cFunc(name string, fn func(th *vm.Thread, v vm.Value) (vm.Value, error)) *vm.Builtin {
	return vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		return fn(th, args[0])
	})
}
