// Package abc is Python's abc module for the hfc VM: ABC, abstractmethod
// and the registry of virtual subclasses (ABC.register), which the
// abstract base classes of collections.abc share.
//
// hfc has no metaclasses: ABCMeta exists as a name, and the behaviour it
// gives in CPython belongs to the classes that derive from ABC (or from an
// abstract base class of collections.abc): instantiating one that has
// abstract methods left raises TypeError, and isinstance/issubclass
// consult the registry.
package abc

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "abc"

var (
	// ABC is abc.ABC.
	ABC = NewABC("ABC", module, nil, nil, nil)
	// ABCMeta is abc.ABCMeta: a name only (hfc has no metaclasses).
	ABCMeta = vm.NewGoClass("ABCMeta", module, vm.TypeClass, nil)
)

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"ABC":            ABC,
			"ABCMeta":        ABCMeta,
			"abstractmethod": vm.NewBuiltin("abstractmethod", abstractmethod),
			"abstractclassmethod": vm.NewBuiltin("abstractclassmethod", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				f, err := abstractmethod(th, args, kwnames)
				if err != nil {
					return nil, err
				}
				return &vm.ClassMethod{Func: f}, nil
			}),
			"abstractstaticmethod": vm.NewBuiltin("abstractstaticmethod", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				f, err := abstractmethod(th, args, kwnames)
				if err != nil {
					return nil, err
				}
				return &vm.StaticMethod{Func: f}, nil
			}),
			"get_cache_token": vm.NewBuiltin("get_cache_token", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
				if err := th.ExactArgs("get_cache_token", args, kwnames, 0); err != nil {
					return nil, err
				}
				mu.Lock()
				defer mu.Unlock()
				return vm.MakeInt(token), nil
			}),
		})
	})
}

// abstractmethod marks a function as abstract (sets __isabstractmethod__).
func abstractmethod(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("abstractmethod", args, kwnames, 1); err != nil {
		return nil, err
	}
	if err := th.SetAttr(args[0], "__isabstractmethod__", vm.True); err != nil {
		return nil, err
	}
	return args[0], nil
}

var (
	mu sync.Mutex
	// registry holds the virtual subclasses of each abstract class.
	registry = map[*vm.Class][]*vm.Class{}
	// structural holds the interface checks of the abstract classes of
	// collections.abc that have one (Iterable: has __iter__ …).
	structural = map[*vm.Class]Structural{}
	// stubs are the abstract methods of the classes written in Go.
	stubs = map[vm.Value]bool{}
	token int64
)

// Structural decides whether sub (or the value v, when not nil) has the
// interface of an abstract class.
type Structural func(th *vm.Thread, sub *vm.Class, v vm.Value) (bool, error)

// NewABC makes an abstract base class: derived from base (object when
// nil), with the structural check check (may be nil) and abstract methods
// named abstract, which subclasses must override before they can be
// instantiated. Classes that derive from it by class statements share its
// behaviour. Its __slots__ are slots (none by default, as for most of
// collections.abc).
func NewABC(name, module string, base *vm.Class, abstract []string, check Structural, slots ...string) *vm.Class {
	ns := vm.NewStrDict()
	ns.Set("__module__", vm.Str(module))
	declared := make(vm.Tuple, len(slots))
	for i, s := range slots {
		declared[i] = vm.Str(s)
	}
	ns.Set("__slots__", declared)
	th := vm.NewThread(context.Background())
	c, err := vm.NewClass(th, name, name, module, base, ns)
	if err != nil {
		panic(err)
	}
	if base == nil {
		c.SetAttr("__new__", &vm.StaticMethod{Func: vm.NewBuiltin("__new__", abcNew)})
		c.SetAttr("register", &vm.ClassMethod{Func: vm.NewBuiltin("register", register)})
		c.SetAttr("__init_subclass__", &vm.ClassMethod{Func: vm.NewBuiltin("__init_subclass__", initSubclass)})
		c.SetSubclassHook(subclassHook)
	}
	for _, m := range abstract {
		stub := &vm.Method{Name: m, Class: c, Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, kwnames []string) (vm.Value, error) {
			return nil, th.Raise(vm.NotImplementedErrorClass, "")
		}}
		mu.Lock()
		stubs[stub] = true
		mu.Unlock()
		c.SetAttr(m, stub)
	}
	if check != nil {
		mu.Lock()
		structural[c] = check
		mu.Unlock()
	}
	names, _ := AbstractMethods(th, c)
	c.SetAttr("__abstractmethods__", abstractSet(names))
	return c
}

func abstractSet(names []string) vm.Value {
	s := vm.NewSet(true)
	for _, n := range names {
		_ = s.Add(nil, vm.Str(n))
	}
	return s
}

// Register makes sub a virtual subclass of c.
func Register(c, sub *vm.Class) {
	mu.Lock()
	defer mu.Unlock()
	registry[c] = append(registry[c], sub)
	token++
}

// register is ABC.register(subclass): it returns subclass, so that it
// serves as a class decorator.
func register(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := th.ExactArgs("register", args[1:], kwnames, 1); err != nil {
		return nil, err
	}
	c := args[0].(*vm.Class)
	sub, ok := args[1].(*vm.Class)
	if !ok {
		return nil, th.TypeError("Can only register classes")
	}
	if sub.IsSubclass(c) {
		return sub, nil
	}
	if c.IsSubclass(sub) {
		return nil, th.Raise(vm.RuntimeErrorClass, "Refusing to create an inheritance cycle")
	}
	Register(c, sub)
	return sub, nil
}

// subclassHook answers isinstance and issubclass for abstract classes: the
// structural check of c, then the virtual subclasses registered with c or
// with one of its subclasses.
func subclassHook(th *vm.Thread, c, sub *vm.Class, v vm.Value) (bool, error) {
	mu.Lock()
	check := structural[c]
	var regs []*vm.Class
	for k, rs := range registry {
		if k.IsSubclass(c) {
			regs = append(regs, rs...)
		}
	}
	mu.Unlock()
	if check != nil {
		ok, err := check(th, sub, v)
		if err != nil || ok {
			return ok, err
		}
	}
	for _, r := range regs {
		if sub.IsSubclass(r) {
			return true, nil
		}
	}
	return false, nil
}

// IsAbstract reports whether a class attribute is abstract: a function
// marked by abstractmethod (also inside a property, classmethod or
// staticmethod), or an abstract method of a class written in Go.
func IsAbstract(th *vm.Thread, v vm.Value) (bool, error) {
	switch x := v.(type) {
	case *vm.Property:
		for _, f := range []vm.Value{x.Get, x.Set, x.Del} {
			if f != nil {
				if ok, err := IsAbstract(th, f); err != nil || ok {
					return ok, err
				}
			}
		}
		return false, nil
	case *vm.ClassMethod:
		return IsAbstract(th, x.Func)
	case *vm.StaticMethod:
		return IsAbstract(th, x.Func)
	case *vm.Method:
		mu.Lock()
		defer mu.Unlock()
		return stubs[x], nil
	case *vm.Function, *vm.Instance:
		a, err := th.GetAttr(v, "__isabstractmethod__")
		if err != nil {
			if e, ok := err.(*vm.Exception); ok && e.Matches(vm.AttributeErrorClass) {
				return false, nil
			}
			return false, err
		}
		return th.Truth(a)
	}
	return false, nil
}

// AbstractMethods returns the sorted names of c's abstract methods.
func AbstractMethods(th *vm.Thread, c *vm.Class) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, k := range c.MRO {
		for _, name := range k.Dict.Keys() {
			if seen[name] {
				continue
			}
			seen[name] = true
			ok, err := IsAbstract(th, c.Lookup(name))
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// CheckInstantiable fails with CPython's TypeError when c has abstract
// methods.
func CheckInstantiable(th *vm.Thread, c *vm.Class) error {
	names, err := AbstractMethods(th, c)
	if err != nil || len(names) == 0 {
		return err
	}
	s := ""
	if len(names) > 1 {
		s = "s"
	}
	return th.TypeError("Can't instantiate abstract class %s with abstract method%s %s", c.Name, s, strings.Join(names, ", "))
}

// abcNew is the __new__ of abstract classes: object.__new__ once no
// abstract method is left.
func abcNew(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) == 0 {
		return nil, th.TypeError("object.__new__(): not enough arguments")
	}
	c, ok := args[0].(*vm.Class)
	if !ok {
		return nil, th.TypeError("object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
	}
	if err := CheckInstantiable(th, c); err != nil {
		return nil, err
	}
	return vm.NewInstance(c), nil
}

// initSubclass records __abstractmethods__ on each new subclass.
func initSubclass(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	c := args[0].(*vm.Class)
	names, err := AbstractMethods(th, c)
	if err != nil {
		return nil, err
	}
	c.SetAttr("__abstractmethods__", abstractSet(names))
	return vm.None, nil
}

// A class statement may list ABC after its base (class Base(Model, ABC)):
// hfc has single inheritance, so ABC is then a marker that makes the class
// its virtual subclass (isinstance and issubclass answer True); the
// abstract-method check of classes deriving from ABC does not apply.
func init() {
	ABC.SetMixinHook(func(th *vm.Thread, sub *vm.Class) error {
		Register(ABC, sub)
		return nil
	})
}
