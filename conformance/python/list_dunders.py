l = [1, 2, 3]
print(list.__len__(l), l.__len__(), l.__contains__(2), l.__contains__(9), l.__getitem__(0), l.__getitem__(slice(1, None)))
l.__setitem__(0, 10)
l.__delitem__(1)
print(l, list.__iter__(l).__next__())
print(l.__add__([4]), l.__add__((4,)), l.__mul__(2), l.__rmul__(2), l.__mul__("x"))
print(l.__eq__([10, 3]), l.__eq__((10, 3)), l.__ne__([1]), l.__lt__([11]), l.__ge__([10, 3]), l.__gt__(5))
print(l.__iadd__([7]), l, l.__imul__(2), l)
print(list.__hash__, l.__repr__(), l.__str__())
m = [5]
m += (6, 7)
print(m)
m *= 2
print(m)
m *= 0
print(m)
try:
    list.__len__("abc")
except TypeError as e:
    print(e)
try:
    l.__getitem__(99)
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.__getitem__("a")
except TypeError as e:
    print(e)
try:
    l.__iadd__(5)
except TypeError as e:
    print(e)

class Sub:
    def __init__(self):
        self.items = [3, 4]
    def __eq__(self, other):
        return list.__eq__(self.items, other)
    def __len__(self):
        return list.__len__(self.items)
print(Sub() == [3, 4], len(Sub()))
