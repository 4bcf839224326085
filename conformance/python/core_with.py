class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("b", suppress=True):
    raise ValueError("hidden")
print("after b")
try:
    with CM("c"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", e)
with CM("d") as d, CM("e") as e:
    print(d, e)
def ret():
    with CM("f"):
        return "from with"
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 42:
        pass
except TypeError as e:
    print(e)
