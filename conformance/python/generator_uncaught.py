def items():
    yield 1
    raise KeyError("missing")
for x in items():
    print(x)
