DATA = [(i * 7919) % 100003 for i in range(100000)]


def run():
    return sorted(DATA, key=lambda v: -v)[0]
