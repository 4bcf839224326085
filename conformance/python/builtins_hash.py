print(hash(1), hash(-1), hash(0), hash(True), hash(False), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.0), hash(float("inf")), hash(float("-inf")))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(None) == hash(None))
print(hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(3)) == hash(range(0, 3, 1)), hash("abc") == hash("abc"))

class H:
    def __hash__(self):
        return 12345
class E:
    def __eq__(self, other):
        return True
class BadHash:
    def __hash__(self):
        return "x"
class Big:
    def __hash__(self):
        return 2**100
print(hash(H()), hash(Big()) == hash(2**100))
for bad in [[], {}, set(), E(), BadHash(), (1, []), slice(1)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash()
except TypeError as e:
    print(e)
