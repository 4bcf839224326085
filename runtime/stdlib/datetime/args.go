package datetime

import (
	"github.com/hyperflask/hfc/runtime/vm"
)

// parseC binds arguments as CPython's PyArg_ParseTupleAndKeywords does for
// the constructors and methods of _datetime: fname is "function" for
// unnamed formats; the first required parameters must be given; unknown
// keywords are reported last. It returns nil for absent optional ones.
func parseC(th *vm.Thread, fname string, args []vm.Value, kwnames []string, names []string, required int, named bool) ([]vm.Value, error) {
	return parseCPos(th, fname, args, kwnames, names, required, len(names), named)
}

// parseCPos is parseC for functions whose last parameters are keyword-only
// (maxPos positional ones).
func parseCPos(th *vm.Thread, fname string, args []vm.Value, kwnames []string, names []string, required, maxPos int, named bool) ([]vm.Value, error) {
	npos := len(args) - len(kwnames)
	callName := fname
	if named {
		callName = fname + "()"
	}
	if len(args) > len(names) {
		return nil, th.TypeError("%s takes at most %d arguments (%d given)", callName, len(names), len(args))
	}
	if npos > maxPos {
		return nil, th.TypeError("%s takes at most %d positional arguments (%d given)", callName, maxPos, npos)
	}
	out := make([]vm.Value, len(names))
	copy(out, args[:npos])
	var unknown, dup string
	dupPos := 0
	for i, k := range kwnames {
		found := false
		for j, n := range names {
			if n == k {
				found = true
				if j < npos {
					if dup == "" {
						dup, dupPos = k, j+1
					}
					continue
				}
				out[j] = args[npos+i]
			}
		}
		if !found && unknown == "" {
			unknown = k
		}
	}
	// CPython reports a missing argument first, then one given twice, then
	// an unknown keyword.
	for j := 0; j < required; j++ {
		if out[j] == nil {
			return nil, th.TypeError("%s missing required argument '%s' (pos %d)", callName, names[j], j+1)
		}
	}
	if dup != "" {
		return nil, th.TypeError("argument for %s given by name ('%s') and position (%d)", callName, dup, dupPos)
	}
	if unknown != "" {
		if named {
			return nil, th.TypeError("'%s' is an invalid keyword argument for %s", unknown, callName)
		}
		return nil, th.TypeError("'%s' is an invalid keyword argument for this function", unknown)
	}
	return out, nil
}

// typeName is a type's tp_name as CPython's messages show it: qualified
// by the module for the classes of _datetime.
func typeName(v vm.Value) string {
	c := v.Type()
	if c.Module == "datetime" && !c.IsUser() {
		return "datetime." + c.Name
	}
	return c.Name
}

// isUserValue reports whether v is an instance of a class defined in
// Python, which may implement the reflected operation.
func isUserValue(v vm.Value) bool { return v.Type().IsUser() && v.Type() != tzinfoClass }

// intField converts a field argument with __index__ to an int.
func intField(th *vm.Thread, v vm.Value) (int64, error) {
	i, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	n, ok := vm.AsInt64(i)
	if !ok || n > 1<<31-1 || n < -(1<<31) {
		return 0, th.Raise(vm.OverflowErrorClass, "signed integer is greater than maximum")
	}
	return n, nil
}

// readonly fails attribute assignment on the immutable values of the
// module, as CPython's member descriptors do.
func readonly(th *vm.Thread, v vm.Value, name string) error {
	if _, err := th.GetAttr(v, name); err == nil {
		return th.Raise(vm.AttributeErrorClass, "readonly attribute")
	}
	return th.Raise(vm.AttributeErrorClass, "'%s' object has no attribute '%s'", typeName(v), name)
}

// SetAttr implements attribute assignment (always an error).
func (d *Timedelta) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	return readonly(th, d, name)
}

// SetAttr implements attribute assignment (always an error).
func (d *Date) SetAttr(th *vm.Thread, name string, v vm.Value) error { return readonly(th, d, name) }

// SetAttr implements attribute assignment (always an error).
func (t *Time) SetAttr(th *vm.Thread, name string, v vm.Value) error { return readonly(th, t, name) }

// SetAttr implements attribute assignment (always an error).
func (dt *DateTime) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	return readonly(th, dt, name)
}

// SetAttr implements attribute assignment (always an error).
func (tz *Timezone) SetAttr(th *vm.Thread, name string, v vm.Value) error {
	return readonly(th, tz, name)
}
