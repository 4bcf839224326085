counter = 0

def inc():
    global counter
    counter += 1

for _ in range(3):
    inc()
print(counter)

def make_global():
    global created
    created = 'yes'

make_global()
print(created)

def reader():
    return undefined_later

undefined_later = 'defined'
print(reader())

def del_global():
    global counter
    del counter

del_global()
try:
    print(counter)
except NameError as e:
    print('NameError', e)

def local_shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    x = 1

x = 'global x'
local_shadow()

class K:
    x = 'class x'
    def m(self):
        return x
print(K().m())

def g_in_nested():
    def inner():
        global gval
        gval = 'from inner'
    inner()
g_in_nested()
print(gval)
