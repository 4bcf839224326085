package vm

// Argument helpers shared by the builtins and the methods of the built-in
// types.

// errStopLoop ends a ForEach early; it never reaches Python code.
var errStopLoop error = &Exception{cls: StopIterationClass}

// isExc reports whether err is a Python exception of class cls.
func isExc(err error, cls *Class) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(cls)
}

// indexInt is IndexValue reduced to an int64 (Py_ssize_t): a huge int is an
// OverflowError "Python int too large to convert to C ssize_t".
func (th *Thread) indexInt(v Value) (int64, error) {
	if i, ok := v.(Int); ok {
		return int64(i), nil
	}
	r, err := th.IndexValue(v)
	if err != nil {
		return 0, err
	}
	if i, ok := r.(Int); ok {
		return int64(i), nil
	}
	return 0, th.Raise(OverflowErrorClass, "Python int too large to convert to C ssize_t")
}

// posArgs checks the arity of a builtin that takes positional arguments
// only and reports errors as CPython's "f expected at least/most …".
func (th *Thread) posArgs(fname string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return th.TypeError("%s() takes no keyword arguments", fname)
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return th.TypeError("%s expected %d argument%s, got %d", fname, min, plural(min), n)
	case n < min:
		return th.TypeError("%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	case n > max:
		return th.TypeError("%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
	return nil
}

// kwSplit returns the positional arguments of a call and the values of its
// keyword arguments.
func kwSplit(args []Value, kwnames []string) (pos []Value, kw []Value) {
	n := len(args) - len(kwnames)
	return args[:n], args[n:]
}

// knownKeywords rejects keyword arguments outside names with the message
// of CPython's Argument Clinic.
func (th *Thread) knownKeywords(fname string, kwnames []string, names ...string) error {
	for _, k := range kwnames {
		if indexOfString(names, k) < 0 {
			return th.TypeError("'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	return nil
}
