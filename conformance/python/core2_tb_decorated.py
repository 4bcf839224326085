def logged(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

class Config:
    def __init__(self, data):
        self.data = data

    @property
    def port(self):
        return int(self.data['port'])

@logged
def start(cfg):
    return cfg.port + 1

start(Config({'port': 'eighty'}))
