def run():
    return len([x * 2 for x in range(100000) if x % 3])
