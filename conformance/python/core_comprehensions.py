print([x for x in range(5)], [x * y for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print([[y for y in range(x)] for x in range(4)])
print([(x, y) for x in "ab" for y in (1, 2)])
x = "outer"
print([x for x in range(2)], x)
print([y for y in range(10) if y % 2 if y % 3])
print(list(x * 2 for x in range(3)))
total = 0
print([total := total + i for i in range(5)], total)
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
