// Package collections is Python's collections module (and
// collections.abc) for the hfc VM: Counter, defaultdict and OrderedDict
// are dict subclasses (*vm.Dict values of their class), namedtuple makes
// subclasses of tuple, deque and ChainMap are written in Go.
package collections

import (
	"github.com/hyperflask/hfc/runtime/loader"
	"github.com/hyperflask/hfc/runtime/vm"
)

const module = "collections"

func init() {
	loader.RegisterGoModule(module, func() *vm.Module {
		return vm.NewGoModule(module, map[string]vm.Value{
			"Counter":     CounterClass,
			"defaultdict": DefaultDictClass,
			"OrderedDict": OrderedDictClass,
			"namedtuple":  vm.NewBuiltin("namedtuple", namedtuple),
			"deque":       DequeClass,
			"ChainMap":    ChainMapClass,
		})
	})
	loader.RegisterGoModule(abcModule, func() *vm.Module {
		members := map[string]vm.Value{}
		for _, c := range []*vm.Class{Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
			Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Set, MutableSet,
			Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence, ByteString} {
			members[c.Name] = c
		}
		return vm.NewGoModule(abcModule, members)
	})
}
