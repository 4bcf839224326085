class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self


def run():
    c = Counter()
    for i in range(100000):
        c.add(i)
    return c.n
