from collections import namedtuple, deque

Point = namedtuple("Point", "x y")
queue = deque([Point(1, 2)], maxlen=2)
print(queue.popleft())
print(queue.popleft())
