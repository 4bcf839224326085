def f(): pass
class O: pass
for left in [f, O(), 1.5, None, {}, {1}]:
    x = left
    try:
        x *= [1]
    except TypeError as e:
        print(e)
    try:
        left * [1]
    except TypeError as e:
        print(e)
for n in [10**20, -10**20]:
    for seq in ['s', b'b', (1,), [1]]:
        try:
            seq * n
        except OverflowError as e:
            print(type(e).__name__, e)
        try:
            n * seq
        except OverflowError as e:
            print(type(e).__name__, e)
l = [1]
try:
    l *= 10**20
except OverflowError as e:
    print(type(e).__name__, e)
print('s' * -5, [1] * -1, (2,) * 0, b'x' * 3)
