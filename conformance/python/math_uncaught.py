import math
print(math.sqrt(2))
print(math.sqrt(-2))
