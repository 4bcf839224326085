// Package itertools is Python's itertools module for the hfc VM: lazy
// iterators written in Go, with CPython's argument checks, error messages
// and reprs (count(5), repeat('a', 3)).
package itertools

import (
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "itertools"

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"count":                         countClass,
			"cycle":                         cycleClass,
			"repeat":                        repeatClass,
			"accumulate":                    accumulateClass,
			"chain":                         chainClass,
			"compress":                      compressClass,
			"dropwhile":                     dropwhileClass,
			"filterfalse":                   filterfalseClass,
			"groupby":                       groupbyClass,
			"islice":                        isliceClass,
			"pairwise":                      pairwiseClass,
			"starmap":                       starmapClass,
			"takewhile":                     takewhileClass,
			"tee":                           vm.NewBuiltin("tee", tee),
			"zip_longest":                   zipLongestClass,
			"product":                       productClass,
			"permutations":                  permutationsClass,
			"combinations":                  combinationsClass,
			"combinations_with_replacement": cwrClass,
		})
	})
}

// iterClass makes the class of one of the module's iterators.
func iterClass(name string, new vm.NewFunc) *vm.Class {
	return vm.NewIteratorClass(name, module, new)
}

// call calls f with one argument.
func call(th *vm.Thread, f, x vm.Value) (vm.Value, error) {
	return th.CallValue(f, []vm.Value{x}, nil)
}

// truth calls pred on x (or takes x itself when pred is None) and returns
// its truth.
func truth(th *vm.Thread, pred, x vm.Value) (bool, error) {
	if !vm.Is(pred, vm.None) {
		r, err := call(th, pred, x)
		if err != nil {
			return false, err
		}
		x = r
	}
	return th.Truth(x)
}

// nonNegativeR reads the r argument of the combinatoric iterators.
func nonNegativeR(th *vm.Thread, v vm.Value) (int, error) {
	n, ok := vm.AsInt64(v)
	if !ok {
		if _, big := v.(vm.BigInt); big {
			return 0, th.Raise(vm.OverflowErrorClass, "Python int too large to convert to C ssize_t")
		}
		return 0, th.TypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if n < 0 {
		return 0, th.ValueError("r must be non-negative")
	}
	return int(n), nil
}
