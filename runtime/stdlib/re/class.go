package re

import "github.com/hyperflask/hfc/runtime/vm"

// newClass makes a class whose instances are Go values of this package.
func newClass(name, module string) *vm.Class {
	c := &vm.Class{Name: name, QualName: name, Module: module, Base: vm.ObjectClass, Dict: vm.NewStrDict()}
	c.MRO = []*vm.Class{c, vm.ObjectClass}
	// Only the module makes instances: calling the class fails as in
	// CPython.
	c.Dict.Set("__init__", vm.NewBuiltin("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return nil, th.TypeError("cannot create '%s.%s' instances", module, name)
	}))
	return c
}

// addMethod adds a method implemented in Go to c.
func addMethod(c *vm.Class, name string, fn vm.MethodFunc) {
	c.Dict.Set(name, &vm.Method{Name: name, Class: c, Fn: fn})
}

// addGetter adds a read-only data attribute to c.
func addGetter(c *vm.Class, name string, get func(self vm.Value) vm.Value) {
	fn := vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return get(args[0]), nil
	})
	c.Dict.Set(name, &vm.Property{Get: fn, Set: vm.None, Del: vm.None, Doc: vm.None})
}

// builtin makes a function of the module.
func builtin(name string, fn vm.BuiltinFunc) *vm.Builtin {
	return &vm.Builtin{Name: name, Module: "re", Fn: fn}
}
