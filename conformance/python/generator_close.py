def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

it = g()
print(next(it))
print(it.close())
print(list(it), it.close())
fresh = g()
fresh.close()
print(list(fresh))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
c = catches()
next(c)
c.close()

def returns():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = returns()
next(r)
print(r.close())
def raises():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
x = raises()
next(x)
try:
    x.close()
except ValueError as e:
    print(type(e).__name__, e)
try:
    g().close(1)
except TypeError as e:
    print(e)
