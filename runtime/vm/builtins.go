package vm

import (
	"io"
	"sort"
	"strings"

	"github.com/hyperflask/hfc/compiler/bytecode"
)

// builtinValues are the values of bytecode.Builtins, by index.
var builtinValues = make([]Value, len(bytecode.Builtins))

// builtinsByName is filled by registerBuiltin during init.
var builtinsByName = map[string]Value{}

// registerBuiltin makes v the value of a builtin name. Every name of
// bytecode.Builtins must be registered (a test checks).
func registerBuiltin(name string, v Value) {
	builtinsByName[name] = v
	if i, ok := bytecode.BuiltinIndex(name); ok {
		builtinValues[i] = v
	}
}

// Builtin returns the value of a builtin name.
func BuiltinValue(name string) (Value, bool) {
	v, ok := builtinsByName[name]
	return v, ok
}

// MissingBuiltins lists the names of bytecode.Builtins that have no value.
func MissingBuiltins() []string {
	var out []string
	for i, v := range builtinValues {
		if v == nil {
			out = append(out, bytecode.Builtins[i])
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func def(name string, fn BuiltinFunc) { registerBuiltin(name, NewBuiltin(name, fn)) }

func init() {
	for _, c := range []*Class{
		BaseExceptionClass, BaseExceptionGroupClass, GeneratorExitClass, KeyboardInterruptClass, SystemExitClass,
		ExceptionClass, ArithmeticErrorClass, FloatingPointErrorClass, OverflowErrorClass, ZeroDivisionErrorClass,
		AssertionErrorClass, AttributeErrorClass, BufferErrorClass, EOFErrorClass, ExceptionGroupClass,
		ImportErrorClass, ModuleNotFoundErrorClass, LookupErrorClass, IndexErrorClass, KeyErrorClass,
		MemoryErrorClass, NameErrorClass, UnboundLocalErrorClass, OSErrorClass, BlockingIOErrorClass,
		ChildProcessErrorClass, ConnectionErrorClass, BrokenPipeErrorClass, ConnectionAbortedErrorClass,
		ConnectionRefusedErrorClass, ConnectionResetErrorClass, FileExistsErrorClass, FileNotFoundErrorClass,
		InterruptedErrorClass, IsADirectoryErrorClass, NotADirectoryErrorClass, PermissionErrorClass,
		ProcessLookupErrorClass, TimeoutErrorClass, ReferenceErrorClass, RuntimeErrorClass,
		NotImplementedErrorClass, RecursionErrorClass, StopAsyncIterationClass, StopIterationClass,
		SyntaxErrorClass, IndentationErrorClass, TabErrorClass, SystemErrorClass, TypeErrorClass,
		ValueErrorClass, UnicodeErrorClass, UnicodeDecodeErrorClass, UnicodeEncodeErrorClass,
		UnicodeTranslateErrorClass, WarningClass, BytesWarningClass, DeprecationWarningClass,
		EncodingWarningClass, FutureWarningClass, ImportWarningClass, PendingDeprecationWarningClass,
		ResourceWarningClass, RuntimeWarningClass, SyntaxWarningClass, UnicodeWarningClass, UserWarningClass,
	} {
		registerBuiltin(c.Name, c)
	}
	registerBuiltin("EnvironmentError", OSErrorClass)
	registerBuiltin("IOError", OSErrorClass)
	registerBuiltin("Ellipsis", Ellipsis)
	registerBuiltin("NotImplemented", NotImplemented)
	registerBuiltin("__debug__", True)
	registerBuiltin("__build_class__", NewBuiltin("__build_class__", buildClass))
	for _, c := range []*Class{ObjectClass, TypeClass, IntClass, BoolClass, FloatClass, StrClass, BytesClass,
		TupleClass, ListClass, DictClass, SetClass, FrozenSetClass, RangeClass, SliceClass,
		StaticMethodClass, ClassMethodClass, PropertyClass, SuperClass} {
		registerBuiltin(c.Name, c)
	}

	def("print", builtinPrint)
	def("len", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("len", args, kwnames, 1); err != nil {
			return nil, err
		}
		n, err := th.Len(args[0])
		return MakeInt(int64(n)), err
	})
	def("repr", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("repr", args, kwnames, 1); err != nil {
			return nil, err
		}
		s, err := th.Repr(args[0])
		return Str(s), err
	})
	def("next", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.posArgs("next", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		v, err := th.Next(args[0])
		if err != nil && len(args) == 2 {
			if e, ok := err.(*Exception); ok && e.Matches(StopIterationClass) {
				return args[1], nil
			}
		}
		return v, err
	})
	def("isinstance", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("isinstance", args, kwnames, 2); err != nil {
			return nil, err
		}
		r, err := th.IsInstance(args[0], args[1])
		return MakeBool(r), err
	})
	def("issubclass", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("issubclass", args, kwnames, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, th.TypeError("issubclass() arg 1 must be a class")
		}
		r, err := th.isSubclassOf(c, nil, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		return MakeBool(r), err
	})
	def("getattr", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.NoKwargs("getattr", kwnames); err != nil {
			return nil, err
		}
		if len(args) < 2 || len(args) > 3 {
			return nil, th.TypeError("getattr expected at least 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[1].Type().Name)
		}
		v, err := th.GetAttr(args[0], string(name))
		if err != nil && len(args) == 3 {
			if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorClass) {
				return args[2], nil
			}
		}
		return v, err
	})
	def("setattr", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("setattr", args, kwnames, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[1].Type().Name)
		}
		return None, th.SetAttr(args[0], string(name), args[2])
	})
	def("hasattr", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := th.ExactArgs("hasattr", args, kwnames, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, th.TypeError("attribute name must be string, not '%s'", args[1].Type().Name)
		}
		_, err := th.GetAttr(args[0], string(name))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorClass) {
				return False, nil
			}
			return nil, err
		}
		return True, nil
	})
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func builtinPrint(th *Thread, args []Value, kwnames []string) (Value, error) {
	sep, end := " ", "\n"
	npos := len(args) - len(kwnames)
	w := th.stdout()
	var file Value // a Python object with a write method
	flush := false
	for i, name := range kwnames {
		v := args[npos+i]
		switch name {
		case "sep", "end":
			s := "\n"
			if name == "sep" {
				s = " "
			}
			if !Is(v, None) {
				str, ok := v.(Str)
				if !ok {
					return nil, th.TypeError("%s must be None or a string, not %s", name, v.Type().Name)
				}
				s = string(str)
			}
			if name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if fw, ok := v.(io.Writer); ok {
				w = fw
			} else if !Is(v, None) {
				file = v
			}
		case "flush":
			t, err := th.Truth(v)
			if err != nil {
				return nil, err
			}
			flush = t
		default:
			return nil, th.TypeError("'%s' is an invalid keyword argument for print()", name)
		}
	}
	if file != nil {
		return th.printTo(file, args[:npos], sep, end, flush)
	}
	var b strings.Builder
	for i := 0; i < npos; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := th.Str(args[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return nil, th.Raise(OSErrorClass, "%v", err)
	}
	return None, nil
}

// printTo is print(..., file=f) for a Python object f: each piece goes to
// f.write in turn, as CPython writes them, then f.flush() if asked.
func (th *Thread) printTo(file Value, args []Value, sep, end string, flush bool) (Value, error) {
	write, err := th.GetAttr(file, "write")
	if err != nil {
		return nil, err
	}
	put := func(s string) error {
		_, err := th.CallValue(write, []Value{Str(s)}, nil)
		return err
	}
	for i, a := range args {
		if i > 0 {
			if err := put(sep); err != nil {
				return nil, err
			}
		}
		s, err := th.Str(a)
		if err != nil {
			return nil, err
		}
		if err := put(s); err != nil {
			return nil, err
		}
	}
	if err := put(end); err != nil {
		return nil, err
	}
	if flush {
		f, err := th.GetAttr(file, "flush")
		if err != nil {
			return nil, err
		}
		if _, err := th.CallValue(f, nil, nil); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// IsInstance is isinstance(v, classinfo).
func (th *Thread) IsInstance(v, classinfo Value) (bool, error) {
	return th.isSubclassOf(v.Type(), v, classinfo, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// isSubclassOf is issubclass(c, classinfo), and isinstance(v, classinfo)
// when v is not nil (c is then v's class).
func (th *Thread) isSubclassOf(c *Class, v Value, classinfo Value, msg string) (bool, error) {
	switch ci := classinfo.(type) {
	case *Class:
		if c.IsSubclass(ci) {
			return true, nil
		}
		if ci.subclassHook != nil {
			return ci.subclassHook(th, ci, c, v)
		}
		return false, nil
	case Tuple:
		for _, x := range ci {
			ok, err := th.isSubclassOf(c, v, x, msg)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		return th.isSubclassOf(c, v, ci.Args, msg)
	case *GenericAlias:
		if v != nil {
			return false, th.TypeError("isinstance() argument 2 cannot be a parameterized generic")
		}
		return false, th.TypeError("issubclass() argument 2 cannot be a parameterized generic")
	case InstanceChecker:
		return ci.CheckInstance(th, c, v)
	}
	return false, th.TypeError("%s", msg)
}

// buildClass is __build_class__(func, name, *bases, **kw): it runs the
// class body in a fresh namespace and makes the class.
func buildClass(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, th.TypeError("__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, th.TypeError("__build_class__: func must be a function")
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, th.TypeError("__build_class__: name is not a string")
	}
	for _, k := range kwnames {
		if k == "metaclass" {
			return nil, th.Raise(NotImplementedErrorClass, "metaclasses are not supported by hfc")
		}
	}
	origBases := append(Tuple(nil), args[2:npos]...)
	bases, err := th.resolveBases(origBases)
	if err != nil {
		return nil, err
	}
	var base *Class
	var mixins []*Class
	for i, b := range bases {
		c, ok := b.(*Class)
		if !ok {
			return nil, th.TypeError("bases must be types")
		}
		switch {
		case i == 0:
			base = c
		case c.mixinHook != nil:
			mixins = append(mixins, c)
		default:
			return nil, th.Raise(NotImplementedErrorClass, "multiple inheritance is not supported by hfc (class %s has %d bases)", string(name), len(bases))
		}
	}
	ns := NewStrDict()
	if len(bases) != len(origBases) || (len(bases) == 1 && !Is(bases[0], origBases[0])) {
		ns.Set("__orig_bases__", origBases)
	}
	module := "__main__"
	if body.Module != nil {
		module = body.Module.Name
	}
	ns.Set("__module__", Str(module))
	ns.Set("__qualname__", Str(body.QualName))
	if body.Doc != nil {
		ns.Set("__doc__", body.Doc)
	}
	cellv, err := th.runClassBody(body, ns)
	if err != nil {
		return nil, err
	}
	qual := string(name)
	if q, ok := ns.Get("__qualname__"); ok {
		if s, ok := q.(Str); ok {
			qual = string(s)
		}
	}
	ns.Delete("__classcell__")
	c, err := newClass(th, string(name), qual, module, base, mixins, ns, args[npos:], kwnames)
	if err != nil {
		return nil, err
	}
	if cell, ok := cellv.(*Cell); ok {
		cell.V = c
	}
	return c, nil
}

// runClassBody runs a class body function with ns as its namespace and
// returns what it returns (the __class__ cell when methods use super()).
func (th *Thread) runClassBody(body *Function, ns *StrDict) (Value, error) {
	code := body.Code
	if th.depth >= th.maxDepth() {
		return nil, th.Raise(RecursionErrorClass, "maximum recursion depth exceeded")
	}
	slots := th.allocSlots(code.nslots)
	clearValues(slots[:len(code.Locals)])
	fr := th.newFrame()
	*fr = Frame{Code: code, Fn: body, Module: body.Module, Locals: slots[:len(code.Locals)], slots: slots, sp: len(code.Locals), NS: ns, Back: th.frame}
	if code.ncells > 0 {
		th.initCells(fr, body)
	}
	th.depth++
	th.frame = fr
	r, err := th.run(fr)
	th.frame = fr.Back
	th.depth--
	th.freeSlots(slots)
	return r, err
}

// resolveBases replaces the bases of a class statement that are not
// classes by what their __mro_entries__ returns (class Stack(Generic[T])
// derives from Generic).
func (th *Thread) resolveBases(bases Tuple) (Tuple, error) {
	var out Tuple
	for i, b := range bases {
		if _, ok := b.(*Class); ok {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		m, err := th.GetAttr(b, "__mro_entries__")
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorClass) {
				if out != nil {
					out = append(out, b)
				}
				continue
			}
			return nil, err
		}
		r, err := th.CallValue(m, []Value{bases}, nil)
		if err != nil {
			return nil, err
		}
		entries, ok := r.(Tuple)
		if !ok {
			return nil, th.TypeError("__mro_entries__ must return a tuple")
		}
		if out == nil {
			out = append(Tuple{}, bases[:i]...)
		}
		out = append(out, entries...)
	}
	if out == nil {
		return bases, nil
	}
	return out, nil
}
