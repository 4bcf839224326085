print(format(42), format(42, "05d"), format(255, "x"), format(255, "#X"), format(3.14159, ".2f"))
print(format("abc", ">6"), format("abc", "^7"), format(True), format(True, "d"), format(None))
print(format(1234567, ","), format(0.5, "%"), format(2**70, "_"), format(-3.5, "+.1e"))

class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F()), format(F(), "xyz"), f"{F():abc}", f"{F():q}")

class NoFmt:
    def __repr__(self):
        return "NoFmt()"
print(format(NoFmt()), format(NoFmt(), ""))
try:
    format(NoFmt(), "x")
except TypeError as e:
    print(e)

class BadFmt:
    def __format__(self, spec):
        return 5
try:
    format(BadFmt())
except TypeError as e:
    print(e)
for args in [(), (1, 2), (1, "x", 3)]:
    try:
        format(*args)
    except TypeError as e:
        print(e)
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
