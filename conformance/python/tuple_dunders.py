t = (1, 2, 3)
print(t.__len__(), t.__contains__(2), t.__getitem__(-1), t.__getitem__(slice(None, None, -1)), tuple.__iter__(t).__next__())
print(t.__add__((4,)), t.__add__([4]), t.__mul__(2), t.__rmul__(2), t.__hash__() == hash(t), t.__repr__())
print(t.__eq__((1, 2, 3)), t.__eq__([1, 2, 3]), t.__lt__((1, 3)), t.__le__((1, 2, 3)), t.__gt__((0,)), t.__ne__(t))
print((1,).__repr__(), ().__repr__(), tuple.__len__(()))
try:
    tuple.__len__([1])
except TypeError as e:
    print(e)
try:
    t.__setitem__
except AttributeError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(e)
print((1, 2) < (1, 2, 0), (1, "a") == (1, "a"), (float("nan"),) == (float("nan"),))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan])
