print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 0, 'a' and 'b' and 'c')
print(not 1, not 0, not [], not [0], (not None) + 1)
x = []
print(x or 'default', x and 'never')
def side(v, tag):
    print('side', tag)
    return v
print(side(0, 'a') or side(1, 'b') or side(2, 'c'))
print(side(1, 'd') and side(0, 'e') and side(1, 'f'))
print(True + True, True * 3, False - 1, True / 2, -True, ~True, True << 2)
print(isinstance(True, int), True == 1, True is 1 if False else 'skip', hash(True), True & False, True | False, True ^ True)
print(1 if [] else 2 if {} else 3 if 'x' else 4)
print(all([]), any([]), all([1, 0]), any([0, 0.0, '', None, 1]))
print(bool(0.0), bool('0'), bool(' '), bool(()), bool(range(0)))
print(True and not False or False, not (1 < 2) == False)
