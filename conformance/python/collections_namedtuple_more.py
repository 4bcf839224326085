from collections import namedtuple
import collections

Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0])
c = Color(255, 128)
print(c, c._asdict(), list(c._asdict().items()) if False else "", Color._field_defaults, c.blue)
r, g, b = c
print(r, g, b, c[1:], c[::-1], c.index(128) if False else "", c.count(255) if False else "")
print(sorted_names := [f for f in Color._fields], Color.__new__.__name__ if False else "")
Row = namedtuple("Row", "id name")
rows = [Row(2, "b"), Row(1, "a"), Row(3, "c")]
# simple selection sort on namedtuples compared as tuples
for i in range(len(rows)):
    m = i
    for j in range(i + 1, len(rows)):
        if rows[j] < rows[m]:
            m = j
    rows[i], rows[m] = rows[m], rows[i]
print(rows, [r.name for r in rows])
d = {Row(1, "a"): "first"}
print(d[Row(1, "a")], d[(1, "a")], Row(1, "a") in [(1, "a")], (1, "a") in [Row(1, "a")])
Nested = namedtuple("Nested", "inner")
n = Nested(Row(5, "e"))
print(n, n.inner.name, n._replace(inner=Row(6, "f")))
Class = namedtuple("Class", "def class", rename=True)
print(Class._fields, Class(1, 2))


class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)


m = Money(1.5, "EUR") + Money(2, "EUR")
print(m, repr(m), str(m), isinstance(m, tuple), Money._make((3, "USD")))
try:
    Money(1, "EUR") + Money(1, "USD")
except ValueError as e:
    print(type(e).__name__, e)
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(collections.namedtuple("T", "a")(1) == (1,), namedtuple("U", "")() == ())
