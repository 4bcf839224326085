class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError('close failed')

def work():
    with Resource():
        raise KeyError('during work')

work()
