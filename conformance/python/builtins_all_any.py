print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None]))
print(all("abc"), any(""), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(5)))
print(all({0: 1}), any({0: 1, 1: 2}), all(range(1, 10)), any(range(0)))

seen = []
def gen():
    for i in range(10):
        seen.append(i)
        yield i
print(any(x == 3 for x in gen()), seen)
seen.clear()
print(all(x < 2 for x in gen()), seen)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(all([B(True), B(False), B(True)]))
print(any([B(False), B(True), B(False)]))

class Bad:
    def __bool__(self):
        return 1
try:
    all([Bad()])
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (1,), ([], [])]:
    try:
        all(*args)
    except TypeError as e:
        print(e)
try:
    any(5)
except TypeError as e:
    print(e)
