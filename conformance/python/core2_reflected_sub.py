class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'

class Sub(Base):
    def __radd__(self, o):
        return 'Sub.radd'

print(Base() + Sub())
print(Sub() + Base())
print(1 + Sub())

class L:
    def __lt__(self, o):
        return 'L.lt'
class R(L):
    def __gt__(self, o):
        return 'R.gt'
print(L() < R())
print(R() < L())

class E:
    def __eq__(self, o):
        print('E.eq')
        return NotImplemented
print(E() == E())
print(E() != 3)
print(E() == None)
