x = float("inf")
print(x.is_integer())
print(x.as_integer_ratio())
