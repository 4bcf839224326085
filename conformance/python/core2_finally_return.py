def f1():
    try:
        return 'try'
    finally:
        print('finally f1')

def f2():
    try:
        return 'try'
    finally:
        return 'finally'

def f3():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('cleanup', i)
    return 'end'

def f4():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print('x in finally', x)

def f5():
    try:
        raise ValueError('boom')
    finally:
        return 'swallowed'

def f6():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')

print(f1()); print(f2()); print(f3()); print(f4()); print(f5()); print(f6())
