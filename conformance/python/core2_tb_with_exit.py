class Transaction:
    def __enter__(self):
        print('begin')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('rollback because', exc_type.__name__)
        self.cleanup()
    def cleanup(self):
        raise RuntimeError('cleanup failed')

def transfer():
    with Transaction():
        raise ValueError('insufficient funds')

transfer()
