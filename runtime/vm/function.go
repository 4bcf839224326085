package vm

import (
	"strings"
)

// Function is a function defined in Python (def or lambda).
type Function struct {
	Code        *Code
	Module      *Module
	Defaults    Tuple
	KwDefaults  *Dict
	Closure     []*Cell
	Name        string
	QualName    string
	Doc         Value
	Dict        *Dict // function attributes (set by decorators)
	Annotations *Dict
}

// Type implements Value.
func (f *Function) Type() *Class { return FunctionClass }

// Cell holds a variable shared between a function and the functions nested
// in it.
type Cell struct{ V Value }

// Type implements Value.
func (c *Cell) Type() *Class { return CellClass }

// BuiltinFunc is the Go signature of builtins: positional arguments, then the
// values of the keyword arguments named by kwnames.
type BuiltinFunc func(th *Thread, args []Value, kwnames []string) (Value, error)

// Builtin is a function implemented in Go (len, print, math.sqrt).
type Builtin struct {
	Name   string
	Module string // "" for builtins
	Fn     BuiltinFunc
}

// Type implements Value.
func (b *Builtin) Type() *Class { return BuiltinFunctionClass }

// Call implements Callable.
func (b *Builtin) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	return b.Fn(th, args, kwnames)
}

// NewBuiltin makes a Builtin.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// MethodFunc is the Go signature of methods of built-in classes: the
// receiver, then arguments as in BuiltinFunc.
type MethodFunc func(th *Thread, self Value, args []Value, kwnames []string) (Value, error)

// Method is a method of a built-in class (str.upper, list.append), Python's
// method_descriptor.
type Method struct {
	Name  string
	Class *Class
	Fn    MethodFunc
	// slot marks a special method (Python's wrapper_descriptor), whose
	// receiver check has its own message.
	slot bool
}

// Type implements Value.
func (m *Method) Type() *Class { return MethodDescriptorClass }

// Call implements Callable: the first argument is the receiver.
func (m *Method) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) < 1 {
		return nil, th.TypeError("unbound method %s.%s() needs an argument", m.Class.Name, m.Name)
	}
	self := args[0]
	if !self.Type().IsSubclass(m.Class) {
		if m.slot || isSlotName(m.Class, m.Name) {
			return nil, th.TypeError("descriptor '%s' requires a '%s' object but received a '%s'", m.Name, m.Class.Name, self.Type().Name)
		}
		return nil, th.TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Class.Name, self.Type().Name)
	}
	return m.Fn(th, methodSelf(m, self), args[1:], kwnames)
}

// isSlotName reports whether CPython implements the special method name of
// cls as a slot wrapper (wrapper_descriptor) rather than as a plain method,
// which changes the message for a receiver of the wrong type.
func isSlotName(cls *Class, name string) bool {
	if !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		return false
	}
	switch name {
	case "__format__", "__getnewargs__", "__sizeof__", "__reduce__", "__reduce_ex__",
		"__dir__", "__getstate__", "__subclasshook__", "__init_subclass__",
		"__class_getitem__", "__round__", "__trunc__", "__floor__", "__ceil__",
		"__reversed__", "__copy__", "__deepcopy__":
		return false
	case "__getitem__":
		// dict and list define __getitem__ as a method for speed.
		return cls != DictClass && cls != ListClass
	}
	return true
}

// BoundMethod is a function bound to a receiver (obj.method).
type BoundMethod struct {
	Self Value
	Func Value // *Function, *Method or any callable
}

// Type implements Value.
func (m *BoundMethod) Type() *Class {
	if _, ok := m.Func.(*Method); ok {
		return BuiltinFunctionClass
	}
	return MethodClass
}

// StaticMethod is staticmethod(f).
type StaticMethod struct{ Func Value }

// Type implements Value.
func (*StaticMethod) Type() *Class { return StaticMethodClass }

// ClassMethod is classmethod(f).
type ClassMethod struct{ Func Value }

// Type implements Value.
func (*ClassMethod) Type() *Class { return ClassMethodClass }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Get, Set, Del Value // None when absent
	Doc           Value
}

// Type implements Value.
func (*Property) Type() *Class { return PropertyClass }

// bindArgs fills locals (len(code.Locals), all nil) with the arguments of a
// call to fn, following CPython's rules and error messages.
func (th *Thread) bindArgs(fn *Function, args []Value, kwnames []string, locals []Value) error {
	code := fn.Code
	nparams := code.ArgCount
	nkwonly := code.KwOnlyArgCount
	npos := len(args) - len(kwnames)
	flags := code.Flags
	next := nparams + nkwonly // index of *args, then **kwargs

	n := npos
	if n > nparams {
		n = nparams
	}
	copy(locals, args[:n])
	if flags&flagVarArgs != 0 {
		if npos > nparams {
			locals[next] = append(Tuple(nil), args[nparams:npos]...)
		} else {
			locals[next] = Tuple(nil)
		}
		next++
	} else if npos > nparams {
		return th.tooManyPositional(fn, npos, kwnames, args[npos:], locals)
	}
	var kwdict *Dict
	if flags&flagVarKwArgs != 0 {
		kwdict = NewDict(0)
		locals[next] = kwdict
	}
	for i, name := range kwnames {
		v := args[npos+i]
		idx := -1
		for j := code.PosOnlyArgCount; j < nparams+nkwonly; j++ {
			if code.Locals[j] == name {
				idx = j
				break
			}
		}
		if idx >= 0 {
			if locals[idx] != nil {
				return th.TypeError("%s() got multiple values for argument '%s'", fn.QualName, name)
			}
			locals[idx] = v
			continue
		}
		if kwdict != nil {
			if err := kwdict.SetItem(th, Str(name), v); err != nil {
				return err
			}
			continue
		}
		// An unknown keyword: CPython first reports every
		// positional-only parameter passed by keyword, if any.
		var posOnlyAsKw []string
		for _, k := range kwnames {
			for j := 0; j < code.PosOnlyArgCount; j++ {
				if code.Locals[j] == k {
					posOnlyAsKw = append(posOnlyAsKw, k)
				}
			}
		}
		if len(posOnlyAsKw) > 0 {
			return th.TypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.QualName, strings.Join(posOnlyAsKw, ", "))
		}
		return th.TypeError("%s() got an unexpected keyword argument '%s'", fn.QualName, name)
	}
	// Defaults of positional parameters.
	if npos < nparams {
		firstDefault := nparams - len(fn.Defaults)
		var missing []string
		for i := npos; i < nparams; i++ {
			if locals[i] != nil {
				continue
			}
			if i >= firstDefault {
				locals[i] = fn.Defaults[i-firstDefault]
			} else {
				missing = append(missing, code.Locals[i])
			}
		}
		if len(missing) > 0 {
			return th.TypeError("%s() missing %d required positional argument%s: %s", fn.QualName, len(missing), plural(len(missing)), nameList(missing))
		}
	}
	// Defaults of keyword-only parameters.
	if nkwonly > 0 {
		var missing []string
		for i := nparams; i < nparams+nkwonly; i++ {
			if locals[i] != nil {
				continue
			}
			if fn.KwDefaults != nil {
				if v, ok := fn.KwDefaults.GetStr(code.Locals[i]); ok {
					locals[i] = v
					continue
				}
			}
			missing = append(missing, code.Locals[i])
		}
		if len(missing) > 0 {
			return th.TypeError("%s() missing %d required keyword-only argument%s: %s", fn.QualName, len(missing), plural(len(missing)), nameList(missing))
		}
	}
	return nil
}

func (th *Thread) tooManyPositional(fn *Function, npos int, kwnames []string, kwvals []Value, locals []Value) error {
	code := fn.Code
	nparams := code.ArgCount
	ndefaults := len(fn.Defaults)
	var takes string
	if ndefaults > 0 {
		takes = "from " + itoa(nparams-ndefaults) + " to " + itoa(nparams) + " positional arguments"
	} else {
		takes = itoa(nparams) + " positional argument" + plural(nparams)
	}
	kwonlyGiven := 0
	for _, name := range kwnames {
		for j := nparams; j < nparams+code.KwOnlyArgCount; j++ {
			if code.Locals[j] == name {
				kwonlyGiven++
			}
		}
	}
	given := itoa(npos)
	if kwonlyGiven > 0 {
		given += " positional argument" + plural(npos) + " (and " + itoa(kwonlyGiven) + " keyword-only argument" + plural(kwonlyGiven) + ")"
		return th.TypeError("%s() takes %s but %s were given", fn.QualName, takes, given)
	}
	verb := "were"
	if npos == 1 {
		verb = "was"
	}
	return th.TypeError("%s() takes %s but %s %s given", fn.QualName, takes, given, verb)
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
