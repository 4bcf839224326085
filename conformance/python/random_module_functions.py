import random
random.seed(99)
print(random.random(), random.randint(1, 100), random.choice("xyz"), random.getrandbits(70))
print(random.randrange(0, 50, 5), random.uniform(0, 1), random.sample(range(10), 3), random.choices("ab", k=3))
l = [1, 2, 3, 4, 5]
random.shuffle(l)
print(l, random.gauss(), random.normalvariate(), random.expovariate(2), random.betavariate(2, 2))
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random())
random.seed(99)
r = random.Random(99)
print(random.random() == r.random())
print("Random" in random.__all__, "shuffle" in random.__all__, random.BPF)
from random import randint, seed
seed(3)
print(randint(1, 10), type(random.Random(1)).__name__, isinstance(random.Random(), random.Random))
print(issubclass(random.SystemRandom, random.Random))
sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.sample(range(100), 5)), sr.seed(5))
try:
    sr.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
