from functools import lru_cache


@lru_cache
def risky(n):
    if n == 3:
        raise ValueError("three is not allowed")
    return n


print(risky(1), risky(2))
print(risky(3))
