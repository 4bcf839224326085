def lookup(d, k):
    return d[k]
def main():
    config = {"a": 1}
    print("before")
    return lookup(config, "b")
main()
