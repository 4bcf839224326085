package tmpl

import "github.com/hyperflask/hfc/runtime/vm"

// The filters, tests and globals every environment starts with; the files
// filters*.go, tests*.go and globals*.go register them from init functions.
var (
	builtinFilters = map[string]vm.Value{}
	builtinTests   = map[string]vm.Value{}
	builtinGlobals = map[string]vm.Value{}
)

// registerFilter adds a built-in filter.
func registerFilter(name string, fn vm.BuiltinFunc) {
	builtinFilters[name] = vm.NewBuiltin(name, fn)
}

// registerTest adds a built-in test.
func registerTest(name string, fn vm.BuiltinFunc) {
	builtinTests[name] = vm.NewBuiltin(name, fn)
}

// registerGlobal adds a built-in global.
func registerGlobal(name string, v vm.Value) {
	builtinGlobals[name] = v
}
