data = [1, 5, 10, 15]
print([y for x in data if (y := x * 2) > 10])
print(y)
print([last := i for i in range(4)], last)
total = 0
print([total := total + x for x in data], total)
def f():
    res = [w for v in range(5) if (w := v ** 2) % 2]
    return res, w
print(f())
if (n := len(data)) > 3:
    print('long', n)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
print({(k := i): k * 2 for i in range(3)}, k)
print(any((hit := x) > 2 for x in [1, 3, 5]), hit)
def g():
    [q := 1 for _ in range(1)]
    return q
print(g())
