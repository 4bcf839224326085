class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v

print(K.__hash__)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', e)
try:
    {K(1): 1}
except TypeError as e:
    print('TypeError', e)
try:
    {K(1)}
except TypeError as e:
    print('TypeError', e)

class H(K):
    def __hash__(self):
        return hash(self.v)
d = {H(1): 'one'}
print(d[H(1)], H(1) in {H(1)}, len({H(1), H(1), H(2)}))

class Inherit(K):
    pass
try:
    hash(Inherit(1))
except TypeError as e:
    print('TypeError', e)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print('TypeError', e)

class KeepHash(K):
    __hash__ = object.__hash__
print(type(hash(KeepHash(1))).__name__)

class HashOnly:
    def __hash__(self):
        return 42
print(hash(HashOnly()), HashOnly() == HashOnly())
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
print(hash(True) == hash(1), hash(1.0) == hash(1), {1: 'a', 1.0: 'b', True: 'c'})
