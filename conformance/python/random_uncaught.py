import random
r = random.Random(8)
print(r.choice([10, 20, 30]))
r.getrandbits(-1)
