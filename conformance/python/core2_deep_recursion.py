def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError', e)
print(depth(100))

def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(800))

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('RecursionError repr')

def gen_rec(n):
    if n:
        yield from gen_rec(n - 1)
    yield n
print(sum(gen_rec(200)))
def catch_and_continue():
    try:
        return catch_and_continue()
    except RecursionError:
        return 'caught deep'
print(catch_and_continue())
