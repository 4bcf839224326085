l = [1, 2, 3]
l.insert(0, "a")
l.insert(2, "b")
l.insert(100, "end")
l.insert(-1, "before end")
l.insert(-100, "start")
print(l)
e = []
e.insert(5, 1)
e.insert(-5, 0)
print(e)
class I:
    def __index__(self):
        return 1
e.insert(I(), "i")
e.insert(True, "t")
print(e)
for args in [(1,), ("a", 1), (1.0, 1), (), (2**70, 1)]:
    try:
        e.insert(*args)
    except (TypeError, OverflowError) as err:
        print(type(err).__name__, err)
