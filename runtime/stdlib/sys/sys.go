// Package sys is Python's sys module for the hfc VM: version information,
// platform constants, argv, a read-only view of sys.modules, the recursion
// limit of the running thread, stdout/stderr, exit, exc_info, float_info
// and int_info.
package sys

import (
	"context"
	"io"
	"math"
	"os"
	"runtime"
	"sort"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/stdlib/collections"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "sys"

// The Python version whose behaviour hfc reproduces.
var (
	versionInfo = structSeq("version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
		vm.MakeInt(3), vm.MakeInt(11), vm.MakeInt(2), vm.Str("final"), vm.MakeInt(0))
	floatInfo = structSeq("float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
		"mant_dig", "epsilon", "radix", "rounds"},
		vm.Float(math.MaxFloat64), vm.MakeInt(1024), vm.MakeInt(308), vm.Float(2.2250738585072014e-308), vm.MakeInt(-1021),
		vm.MakeInt(-307), vm.MakeInt(15), vm.MakeInt(53), vm.Float(2.220446049250313e-16), vm.MakeInt(2), vm.MakeInt(1))
	intInfo = structSeq("int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
		vm.MakeInt(30), vm.MakeInt(4), vm.MakeInt(4300), vm.MakeInt(640))
	implementation = structSeq("implementation", []string{"name", "cache_tag", "version"},
		vm.Str("hfc"), vm.None, versionInfo)
)

const version = "3.11.2 (hfc)"

// structSeq makes one of the named tuples of sys (a class named name in
// module sys, whose repr is sys.name(...)) and its instance.
func structSeq(name string, fields []string, values ...vm.Value) vm.Value {
	th := vm.NewThread(context.Background())
	c, err := collections.NamedTuple(th, name, fields, nil, module)
	if err != nil {
		panic(err)
	}
	repr := c.Lookup("__repr__")
	c.SetAttr("__repr__", &vm.Method{Name: "__repr__", Class: c, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		r, err := th.CallValue(repr, []vm.Value{self}, nil)
		if err != nil {
			return nil, err
		}
		return vm.Str(module+".") + r.(vm.Str), nil
	}})
	return vm.NewTupleSub(c, vm.Tuple(values))
}

func platform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "darwin":
		return "darwin"
	}
	return runtime.GOOS
}

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		m := vm.NewGoModule(module, map[string]vm.Value{
			"maxsize":               vm.MakeInt(math.MaxInt64),
			"maxunicode":            vm.MakeInt(0x10FFFF),
			"version":               vm.Str(version),
			"version_info":          versionInfo,
			"hexversion":            vm.MakeInt(0x030B02F0),
			"implementation":        implementation,
			"platform":              vm.Str(platform()),
			"byteorder":             vm.Str("little"),
			"float_info":            floatInfo,
			"int_info":              intInfo,
			"getrecursionlimit":     vm.NewBuiltin("getrecursionlimit", getRecursionLimit),
			"setrecursionlimit":     vm.NewBuiltin("setrecursionlimit", setRecursionLimit),
			"exit":                  vm.NewBuiltin("exit", exit),
			"exc_info":              vm.NewBuiltin("exc_info", excInfo),
			"exception":             vm.NewBuiltin("exception", exception),
			"intern":                vm.NewBuiltin("intern", intern),
			"getdefaultencoding":    vm.NewBuiltin("getdefaultencoding", constant("getdefaultencoding", "utf-8")),
			"getfilesystemencoding": vm.NewBuiltin("getfilesystemencoding", constant("getfilesystemencoding", "utf-8")),
			"stdout":                &stream{name: "<stdout>", fd: 1},
			"stderr":                &stream{name: "<stderr>", fd: 2},
			"__stdout__":            &stream{name: "<stdout>", fd: 1},
			"__stderr__":            &stream{name: "<stderr>", fd: 2},
			"path":                  vm.NewList(nil),
			"builtin_module_names":  vm.Tuple{vm.Str("builtins"), vm.Str("sys")},
		})
		var argv vm.Value
		m.SetGlobal("__getattr__", vm.NewBuiltin("__getattr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if err := th.ExactArgs("__getattr__", args, kwnames, 1); err != nil {
				return nil, err
			}
			name, _ := args[0].(vm.Str)
			switch name {
			case "argv":
				// The script's path: the file of the first frame.
				if argv == nil {
					script := ""
					for fr := th.Frame(); fr != nil; fr = fr.Back {
						if fr.Module != nil {
							script = fr.Module.File
						}
					}
					argv = vm.NewList([]vm.Value{vm.Str(script)})
				}
				return argv, nil
			case "modules":
				return &modulesView{self: m}, nil
			}
			return nil, th.Raise(vm.AttributeErrorClass, "module 'sys' has no attribute '%s'", string(name))
		}))
		return m
	})
}

func constant(name, s string) vm.BuiltinFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs(name, args, kwnames, 0); err != nil {
			return nil, err
		}
		return vm.Str(s), nil
	}
}

func getRecursionLimit(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("getrecursionlimit", args, kwnames, 0); err != nil {
		return nil, err
	}
	if th.MaxDepth > 0 {
		return vm.MakeInt(int64(th.MaxDepth)), nil
	}
	return vm.MakeInt(1000), nil
}

// setRecursionLimit sets the running thread's recursion limit.
func setRecursionLimit(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("setrecursionlimit", args, kwnames, 1); err != nil {
		return nil, err
	}
	n, ok := vm.AsInt64(args[0])
	if !ok {
		if _, big := args[0].(vm.BigInt); big {
			return nil, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C int")
		}
		return nil, th.TypeError("'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if n < 1 {
		return nil, th.ValueError("recursion limit must be greater or equal than 1")
	}
	if n > math.MaxInt32 {
		return nil, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C int")
	}
	if d := th.Depth(); int64(d) >= n {
		return nil, th.Raise(vm.RecursionErrorClass, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, d)
	}
	th.MaxDepth = int(n)
	return vm.None, nil
}

// exit is sys.exit([status]): it raises SystemExit.
func exit(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.PositionalArgs("exit", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 || vm.Is(args[0], vm.None) {
		// PyErr_SetObject(SystemExit, None) makes SystemExit().
		return nil, vm.NewException(vm.SystemExitClass)
	}
	return nil, vm.NewException(vm.SystemExitClass, args[0])
}

// excInfo is sys.exc_info(): (type, value, traceback) of the exception
// being handled; hfc has no traceback objects (None).
func excInfo(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("exc_info", args, kwnames, 0); err != nil {
		return nil, err
	}
	e := th.CurrentException()
	if e == nil {
		return vm.Tuple{vm.None, vm.None, vm.None}, nil
	}
	return vm.Tuple{e.Type(), e, vm.None}, nil
}

// exception is sys.exception() (3.11): the exception being handled.
func exception(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("exception", args, kwnames, 0); err != nil {
		return nil, err
	}
	if e := th.CurrentException(); e != nil {
		return e, nil
	}
	return vm.None, nil
}

func intern(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("intern", args, kwnames, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(vm.Str)
	if !ok {
		return nil, th.TypeError("intern() argument must be str, not %s", args[0].Type().Name)
	}
	return s, nil
}

var streamClass = vm.NewGoClass("TextIOWrapper", "_io", nil, nil)

// stream is sys.stdout or sys.stderr: write() goes to the thread's
// standard output (print's destination) or to the process's standard
// error. As an io.Writer (print(file=sys.stdout)) it writes to the
// process's streams.
type stream struct {
	name string
	fd   int
}

func (*stream) Type() *vm.Class { return streamClass }

func (s *stream) Write(p []byte) (int, error) {
	if s.fd == 2 {
		return os.Stderr.Write(p)
	}
	return os.Stdout.Write(p)
}

func (s *stream) writer(th *vm.Thread) io.Writer {
	if s.fd == 1 && th.Stdout != nil {
		return th.Stdout
	}
	return s
}

func (s *stream) Repr(th *vm.Thread) (string, error) {
	return "<_io.TextIOWrapper name='" + s.name + "' mode='w' encoding='utf-8'>", nil
}

func (s *stream) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "encoding":
		return vm.Str("utf-8"), true, nil
	case "name":
		return vm.Str(s.name), true, nil
	case "mode":
		return vm.Str("w"), true, nil
	case "errors":
		if s.fd == 2 {
			return vm.Str("backslashreplace"), true, nil
		}
		return vm.Str("strict"), true, nil
	}
	return nil, false, nil
}

func init() {
	streamClass.AddMethod("write", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("write", args, kwnames, 1); err != nil {
			return nil, err
		}
		str, ok := args[0].(vm.Str)
		if !ok {
			return nil, th.TypeError("write() argument must be str, not %s", args[0].Type().Name)
		}
		if _, err := io.WriteString(self.(*stream).writer(th), string(str)); err != nil {
			return nil, th.Raise(vm.OSErrorClass, "%v", err)
		}
		n, err := th.Len(str)
		return vm.MakeInt(int64(n)), err
	})
	streamClass.AddMethod("writelines", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.ExactArgs("writelines", args, kwnames, 1); err != nil {
			return nil, err
		}
		w := self.(*stream).writer(th)
		return vm.None, th.ForEach(args[0], func(v vm.Value) error {
			str, ok := v.(vm.Str)
			if !ok {
				return th.TypeError("write() argument must be str, not %s", v.Type().Name)
			}
			_, err := io.WriteString(w, string(str))
			return err
		})
	})
	for _, name := range []string{"flush"} {
		streamClass.AddMethod(name, func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.None, nil
		})
	}
	streamClass.AddMethod("isatty", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.False, nil
	})
	streamClass.AddMethod("fileno", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.MakeInt(int64(self.(*stream).fd)), nil
	})
}

var modulesViewClass = vm.NewGoClass("modules", module, nil, nil)

// modulesView is sys.modules: a read-only view of the modules the
// program's loader has imported (with sys and __main__), in name order.
type modulesView struct {
	self *vm.Module
}

func (*modulesView) Type() *vm.Class { return modulesViewClass }

func (v *modulesView) snapshot(th *vm.Thread) *vm.Dict {
	mods := map[string]*vm.Module{module: v.self}
	if l, ok := th.Importer.(interface{ Loaded() map[string]*vm.Module }); ok {
		for k, m := range l.Loaded() {
			mods[k] = m
		}
	}
	for fr := th.Frame(); fr != nil; fr = fr.Back {
		if fr.Module != nil && fr.Module.Name == "__main__" {
			mods["__main__"] = fr.Module
		}
	}
	names := make([]string, 0, len(mods))
	for k := range mods {
		names = append(names, k)
	}
	sort.Strings(names)
	d := vm.NewDict(len(names))
	for _, n := range names {
		d.SetStr(n, mods[n])
	}
	return d
}

func (v *modulesView) GetItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	return th.GetItem(v.snapshot(th), key)
}

func (v *modulesView) Contains(th *vm.Thread, key vm.Value) (bool, error) {
	return th.Contains(v.snapshot(th), key)
}

func (v *modulesView) Iter(th *vm.Thread) (vm.Iterator, error) { return th.Iter(v.snapshot(th)) }

func (v *modulesView) Repr(th *vm.Thread) (string, error) { return th.Repr(v.snapshot(th)) }

func (v *modulesView) SetItem(th *vm.Thread, key, val vm.Value) error {
	return th.TypeError("hfc's sys.modules is read-only")
}

func init() {
	modulesViewClass.AddMethod("__len__", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.MakeInt(int64(self.(*modulesView).snapshot(th).Len())), nil
	})
	modulesViewClass.AddMethod("get", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := th.PositionalArgs("get", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		d := self.(*modulesView).snapshot(th)
		v, ok, err := d.Get(th, args[0])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return vm.None, nil
	})
	modulesViewClass.AddMethod("keys", func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.NewList(self.(*modulesView).snapshot(th).Keys()), nil
	})
}
