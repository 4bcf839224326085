def run():
    d = {}
    for i in range(100000):
        d["k" + str(i)] = i
    hits = 0
    for i in range(100000):
        if d["k" + str(i)] == i:
            hits += 1
    return hits
