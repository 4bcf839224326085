class Base:
    shared = []
    count = 0
    def add(self, x):
        self.shared.append(x)
        self.count += 1

a, b = Base(), Base()
a.add(1)
b.add(2)
print(Base.shared, a.count, b.count, Base.count)
class Child(Base):
    count = 10
c = Child()
c.add(3)
print(c.count, Child.count, Base.shared)
Base.new_attr = 'dyn'
print(c.new_attr, hasattr(Child, 'new_attr'))
del Base.new_attr
print(hasattr(c, 'new_attr'))
class M:
    def method(self):
        return 'method'
m = M()
m.method = lambda: 'instance override'
print(m.method(), M().method(), M.method(m))
class S:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
class S2(S):
    pass
print(S.s(2), S().s(3), S.c(1), S2.c(2), S2().c(3))
print(type(S.__dict__['s']).__name__, type(S.__dict__['c']).__name__)
print(sorted(k for k in vars(M) if not k.startswith('__')) if False else [k for k in vars(M) if k[:2] != '__'])
