from collections import ChainMap
import collections.abc

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm, cm["user"], cm["color"], len(cm), list(cm), "color" in cm, "x" in cm)
print(cm.get("x"), cm.get("x", 0), cm.maps, cm.parents, ChainMap(), bool(ChainMap()), bool(cm))
cm["color"] = "blue"
print(env, defaults)
del cm["color"]
print(env)
try:
    del cm["color"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm["nothing"]
except KeyError as e:
    print(type(e).__name__, e)
child = cm.new_child()
child["user"] = "root"
print(child, child["user"], cm["user"], child.parents == cm)
print(cm.new_child({"q": 1}, r=2))
print(list(cm.keys()), list(cm.items()), list(cm.values()), cm.keys())
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap({"a": 1}) == {"a": 1})
c2 = ChainMap({"a": 1}, {"b": 2})
print(c2.pop("a"), c2, c2.popitem() if c2.maps[0] else "empty")
try:
    c2.pop("b")
except KeyError as e:
    print(type(e).__name__, e)
try:
    c2.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(c2.pop("b", "dflt"), c2.setdefault("n", 9), c2)
c3 = ChainMap({"a": 1}, {"b": 2})
c3.clear()
print(c3, c3.copy(), ChainMap.fromkeys("ab", 0), ChainMap({"a": 1}) | {"z": 0}, {"z": 0} | ChainMap({"a": 1}))
c3.maps = [{"m": 1}]
print(c3, isinstance(c3, collections.abc.MutableMapping), isinstance(c3, dict))
c3.update({"u": 1}, v=2)
print(c3)
