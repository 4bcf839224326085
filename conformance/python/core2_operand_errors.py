def v4(x, /, y=0): pass
for c in [lambda: v4(x=1, k=2), lambda: v4(1, k=2, x=3), lambda: v4(k=2), lambda: b'a'+1, lambda: b'a'+'s']:
  try: c()
  except TypeError as e: print(e)
b = b'a'
try: b += 1
except TypeError as e: print(e)
class O: pass
o = O()
try: o *= [1]
except TypeError as e: print(e)
try: o * [1]
except TypeError as e: print(e)
try: [1] * o
except TypeError as e: print(e)
l = [1]
try: l *= o
except TypeError as e: print(e)
try: 'a' * 1.5
except TypeError as e: print(e)
s = 'a'
try: s *= 1.5
except TypeError as e: print(e)
try: (1,) + [2]
except TypeError as e: print(e)
a = 1
try: a **= 'x'
except TypeError as e: print(e)
try: a ** 'x'
except TypeError as e: print(e)
b = [1]
try: b += 1
except TypeError as e: print(e)
t = (1,)
try: t += [1]
except TypeError as e: print(e)
s = 's'
try: s += 1
except TypeError as e: print(e)
