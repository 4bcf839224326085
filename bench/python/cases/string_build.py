def run():
    parts = []
    s = ""
    for i in range(20000):
        parts.append(str(i))
        s += "x"
    return len(", ".join(parts)) + len(s)
