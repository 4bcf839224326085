class EventBus:
    def __init__(self):
        self._handlers = {}
        self.log = []

    def on(self, event, *, priority=0):
        def register(fn):
            self._handlers.setdefault(event, []).append((priority, len(self._handlers.get(event, [])), fn))
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        handlers = sorted(self._handlers.get(event, []), key=lambda h: (-h[0], h[1]))
        results = []
        for _, _, fn in handlers:
            try:
                results.append(fn(*args, **kwargs))
            except StopIteration:
                self.log.append(f'{event}: stopped by {fn.__name__}')
                break
            except Exception as exc:
                self.log.append(f'{event}: {fn.__name__} failed with {type(exc).__name__}: {exc}')
        return results

bus = EventBus()

@bus.on('greet')
def hello(name, punct='!'):
    return f'hello {name}{punct}'

@bus.on('greet', priority=10)
def shout(name, **kw):
    return f'HELLO {name}' if False else 'HELLO ' + name

@bus.on('greet', priority=-1)
def broken(name, **kw):
    return name / 2

@bus.on('stop')
def first():
    return 'first'

@bus.on('stop')
def stopper():
    raise StopIteration

@bus.on('stop')
def never():
    return 'never'

print(bus.emit('greet', 'ann'))
print(bus.emit('greet', 'bob', punct='?'))
print(bus.emit('stop'))
print(bus.emit('missing'))
for line in bus.log:
    print(line)

class Observable:
    def __init__(self):
        self._observers = []
        self._value = None
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        old, self._value = self._value, v
        for cb in list(self._observers):
            cb(old, v)
    def subscribe(self, cb):
        self._observers.append(cb)
        return lambda: self._observers.remove(cb)

obs = Observable()
seen = []
unsub = obs.subscribe(lambda old, new: seen.append((old, new)))
obs.value = 1
obs.value = 2
unsub()
obs.value = 3
print(seen, obs.value)
