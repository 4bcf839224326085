from collections import Counter

words = "the quick brown fox jumps over the lazy dog the end".split() if False else ["the", "quick", "brown", "fox", "the", "lazy", "the", "end"]
c = Counter(words)
print(c.most_common(1), c["the"], c["missing"], len(c), sum_ := c.total())
c.update(["fox", "fox"])
c.subtract({"the": 3})
print(c, +c, -c)
inventory = Counter(apples=3, pears=0, kiwis=-1)
print(inventory, list(inventory.elements()), inventory.most_common(), dict(inventory))
a = Counter(x=4, y=2, z=0)
b = Counter(x=1, y=5, w=3)
print(a + b, a - b, b - a, a | b, a & b)
print(a == Counter(x=4, y=2), a >= Counter(x=4), Counter() == Counter(q=0), Counter("aab") < Counter("aabb"))
ticks = Counter()
for i in range(10):
    ticks[i % 3] += 1
print(ticks, ticks.most_common(2), list(ticks), ticks[5])
s = Counter("mississippi")
print(s.most_common(), [k for k, v in s.most_common() if v > 1])
z = Counter({"a": 2.5, "b": 1})
print(z, z.total(), z + Counter(a=1))
