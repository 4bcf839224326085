l = [1, 2, 3]
try:
    l[5]
except IndexError as e:
    print(e)
try:
    l[5] = 1
except IndexError as e:
    print(e)
try:
    del l[5]
except IndexError as e:
    print(e)
try:
    l["a"]
except TypeError as e:
    print(e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    l + (1,)
except TypeError as e:
    print(e)
try:
    l * "a"
except TypeError as e:
    print(e)
try:
    l < 1
except TypeError as e:
    print(e)
try:
    hash(l)
except TypeError as e:
    print(e)
l.remove(4)
