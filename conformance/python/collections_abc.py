from collections.abc import (Callable, Container, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
                             MutableMapping, MutableSequence, MutableSet, Sequence, Set, Sized, Generator,
                             Reversible, Collection, ByteString)
import collections
import collections.abc


def gen():
    yield 1


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class OnlyLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


values = [[], (), "", b"", {}, set(), frozenset(), range(3), 5, 2.5, None, iter([]), gen(), It(), OnlyLen(), NoHash(),
          len, lambda: 1, collections.deque(), collections.Counter(), collections.OrderedDict()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Generator, ByteString]
for v in values:
    print(type(v).__name__.ljust(14) if False else type(v).__name__, [a.__name__ for a in abcs if isinstance(v, a)])
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Hashable), issubclass(list, Hashable))
print(issubclass(Sequence, Collection), issubclass(MutableSequence, Sequence), issubclass(str, Reversible))
print(Mapping.__module__, Sequence.__name__, Iterable[int], Mapping[str, int], collections.abc.Sized)


class Registered:
    pass


print(isinstance(Registered(), Sequence), Sequence.register(Registered) is Registered, isinstance(Registered(), Sequence))
print(issubclass(Registered, Iterable) if False else "", issubclass(Registered, Reversible), issubclass(Registered, MutableSequence))
