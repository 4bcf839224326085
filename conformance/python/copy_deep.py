import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

lst = [1, [2, 3], {"k": [4]}]
c = copy.deepcopy(lst)
print(c, c == lst, c[1] is lst[1], c[2]["k"] is lst[2]["k"])
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp, cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc += [cyc]
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0], cc is cyc)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
d = {"a": {"b": [1]}, (1, 2): "tuple key"}
dc = copy.deepcopy(d)
print(dc, dc["a"] is d["a"], dc["a"]["b"] is d["a"]["b"])
memo = {}
r = copy.deepcopy([1, [2]], memo)
print(r, len(memo))


class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []

    def __repr__(self):
        return f"Node({self.v}, {self.children})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
tree2 = copy.deepcopy(tree)
tree2.children[1].children[0].v = 40
print(tree, tree2, tree2.children[0] is tree.children[0])


class Custom:
    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        print("deepcopy with memo", type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ["copied"])


cu = copy.deepcopy({"c": Custom([1])})
print(cu["c"].data)


class Parent:
    def __init__(self):
        self.kids = []


p = Parent()
p.kids += [p]
p2 = copy.deepcopy(p)
print(p2.kids[0] is p2, p2 is p)
print(copy.deepcopy(Counter(a=[1])), copy.deepcopy(OrderedDict(a=[1], b=2)), copy.deepcopy(defaultdict(list, k=[1])))
dq = deque([[1], [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[0] is dq[0], dq2.maxlen)
P = namedtuple("P", "x y")
pt = P([1], 2)
pt2 = copy.deepcopy(pt)
print(pt2, pt2.x is pt.x, type(pt2).__name__)
s = {1, 2, (3, 4)}
print(copy.deepcopy(s) == s, copy.deepcopy(s) is s, copy.deepcopy(frozenset([1])) == frozenset([1]))


def f():
    pass


print(copy.deepcopy(f) is f, copy.deepcopy(Node) is Node, copy.deepcopy(len) is len, copy.deepcopy(None))


class M:
    def m(self):
        return self.v


mo = M()
mo.v = [1]
bm = copy.deepcopy(mo.m)
print(bm(), bm() is mo.v)
