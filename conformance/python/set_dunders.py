s = set([1, 2, 3])
print(s.__len__(), s.__contains__(2), s.__contains__([1]) if False else s.__contains__(5), sorted(s.__iter__()))
print(s.__or__(set([4])), s.__and__(set([1])), s.__sub__(set([1])), s.__xor__(set([1, 7])), s.__or__([1]), s.__rsub__(set([1, 9])))
print(s.__eq__(set([1, 2, 3])), s.__eq__([1]), s.__le__(set(range(5))), s.__lt__(s), s.__ge__(set([1])), set.__hash__)
print(frozenset([1]).__hash__() == hash(frozenset([1])), s.__repr__(), frozenset().__repr__())
t = set([1])
print(t.__ior__(set([2])), t.__iand__(set([2, 3])), t.__isub__(set([9])), t.__ixor__(set([5])), t, t.__ior__([1]))
try:
    set.__len__([])
except TypeError as e:
    print(e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(e)
