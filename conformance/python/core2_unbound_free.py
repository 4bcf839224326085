def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError', e)

def g():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return inner()
print(g())

def h():
    z = 1
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
h()

def k():
    del undefined_local
try:
    k()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
try:
    print(nowhere)
except NameError as e:
    print('NameError', e)
try:
    del nowhere
except NameError as e:
    print('NameError', e)
class C:
    try:
        print(zz)
    except NameError as e:
        print('class body NameError', e)
