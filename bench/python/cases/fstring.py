def run():
    out = 0
    for i in range(50000):
        s = f"item {i:>6} costs {i * 1.5:.2f} ({i!r})"
        out += len(s)
    return out
