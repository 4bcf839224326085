l = [1, 2, 3, 2, 1]
l.remove(2)
print(l)
l.remove(1.0)
print(l)
print(l.pop(), l, l.pop(0), l, l.pop(-1), l)
l = list(range(10))
print(l.pop(3), l.pop(-2), l.pop(True), l)
class E:
    def __eq__(self, other):
        return other == 5
l = [1, 5, E()]
l.remove(E())
print(len(l), l[0])
tests = [
    lambda: [].pop(),
    lambda: [1].pop(1),
    lambda: [1].pop(-2),
    lambda: [1].pop("a"),
    lambda: [1].pop(1, 2),
    lambda: [1, 2].remove(3),
    lambda: [].remove(),
    lambda: [1].remove(1, 2),
    lambda: [].pop(2**80),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
