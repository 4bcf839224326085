class A:
    def m(self):
        pass
class C:
    def __call__(self):
        return 1
def f():
    pass
print(callable(f), callable(len), callable(A), callable(A()), callable(C()), callable(A().m))
print(callable(1), callable("s"), callable(None), callable([]), callable(lambda: 0), callable(list.append))
print(callable(int), callable(type), callable([].append), callable(staticmethod(f)))
try:
    callable()
except TypeError as e:
    print(e)
try:
    callable(x=1)
except TypeError as e:
    print(e)
