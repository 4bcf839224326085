def f(kind):
    try:
        if kind == 1:
            raise ValueError('v')
        if kind == 2:
            raise KeyError('k')
        if kind == 3:
            raise TypeError('t')
        r = 'none'
    except ValueError as e:
        r = 'value %s' % e
    except (KeyError, IndexError) as e:
        r = 'lookup %r' % e
    else:
        r += ' else'
    finally:
        print('finally', kind)
    return r

for k in range(3):
    print(f(k))
try:
    f(3)
except TypeError as e:
    print('outer', e)

def g():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError as e:
            print('inner', type(e.__context__).__name__)
        return 'g done'

print(g())

def h():
    e = None
    try:
        raise ValueError(1)
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return 'NameError: %s' % err

print(h())

def loop_except():
    res = []
    for x in [1, 0, 2, 'a']:
        try:
            res.append(10 // x)
        except ZeroDivisionError:
            res.append('zero')
            continue
        except TypeError:
            res.append('type')
            break
        finally:
            res.append('.')
    return res

print(loop_except())
