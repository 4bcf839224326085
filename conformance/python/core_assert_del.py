try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert []
except AssertionError as e:
    print("bare assert", repr(e))
assert True
a = [1, 2, 3]
del a[1]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class O:
    pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
v = 5
del v
try:
    v
except NameError as e:
    print(e)
try:
    del o.v
except AttributeError as e:
    print(e)
