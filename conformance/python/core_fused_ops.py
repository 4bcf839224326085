# Instruction sequences the VM runs as one step (locals and constants into
# an operator, comparisons that decide a jump, for loops storing into a
# local): their results and errors must be those of the plain sequence.


def arith(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    try:
        out.append(a // b)
    except ZeroDivisionError as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(a % b)
    except ZeroDivisionError as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(a & b)
        out.append(a | b)
        out.append(a ^ b)
    except TypeError as e:
        out.append(type(e).__name__ + ": " + str(e))
    return out


for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (2**31, 2**31), (-(2**31), 2**31 - 1),
             (2**62, 2**62), (-(2**63), -1), (2**63 - 1, 1), (3.5, 1.25), (True, 2), (1, 2.5)]:
    print(a, b, arith(a, b))


def consts(x):
    return [x + 1, x - 1, x * 3, x // 2, x % 3, x & 6, x | 1, x ^ 5, x << 2, x >> 1, x / 4, x ** 2]


for x in [0, 1, -1, 10, -10, 2**40, 2**62, -(2**63), 1.5]:
    try:
        print(x, consts(x))
    except TypeError as e:
        print(x, type(e).__name__, e)


def inplace():
    total = 0
    for i in range(5):
        total += i
    s = "ab"
    for i in range(3):
        s += "c"
    lst = [1]
    for i in range(2):
        lst += [i]
    big = 2**62
    for i in range(3):
        big += big
    return total, s, lst, big


print(inplace())


def compares(a, b):
    out = []
    for name, ok in [("<", a < b), ("<=", a <= b), ("==", a == b), ("!=", a != b), (">", a > b), (">=", a >= b)]:
        if ok:
            out.append(name)
    if a < 3:
        out.append("a<3")
    if not a >= 3:
        out.append("not a>=3")
    if a == b:
        out.append("eq")
    return out


for a, b in [(1, 2), (2, 2), (3, 2), (2**62, 2**63), (1.5, 1.5), ("a", "b"), (True, 1), (None, None)]:
    try:
        print(a, b, compares(a, b))
    except TypeError as e:
        print(a, b, type(e).__name__, e)


def unbound_left():
    try:
        print(x + 1)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        if x < 1:
            pass
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
    return x


def unbound_right():
    a = 1
    try:
        print(a + y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        if a < y:
            pass
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        a += z
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = z = 2
    return y, z


print(unbound_left())
print(unbound_right())


def type_errors(a):
    for f in (lambda: a + 1, lambda: a - 1, lambda: a < 1):
        try:
            print(f())
        except TypeError as e:
            print(type(e).__name__, e)
    b = 2
    try:
        if a < b:
            print("less")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        b += a
    except TypeError as e:
        print(type(e).__name__, e)


type_errors("s")
type_errors([1])
type_errors(None)


def loops():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(2**62, 2**62 + 3):
        out.append(i)
    xs = [1, 2, 3]
    for x in xs:
        out.append(x)
        if x == 1:
            xs.append(4)
    for c in "hé":
        out.append(c)
    for k in {"a": 1, "b": 2}:
        out.append(k)
    for i in range(0):
        out.append("never")
    i = "kept"
    for i in []:
        pass
    out.append(i)
    return out


print(loops())


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __bool__(self):
        return self.v != 0


def user_types(a, b):
    c = a + b
    d = a + 1
    if a < b:
        return c.v, d.v, "lt"
    return c.v, d.v, "ge"


print(user_types(Num(1), Num(2)))
print(user_types(Num(3), Num(2)))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))
print([x * 2 for x in range(10) if x % 3])
