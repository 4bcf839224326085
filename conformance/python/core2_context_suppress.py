def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return names

try:
    try:
        try:
            raise KeyError('k')
        except KeyError:
            raise IndexError('i')
    except IndexError:
        raise ValueError('v')
except ValueError as e:
    print(chain(e))

try:
    try:
        raise KeyError('k')
    except KeyError as k:
        raise k
except KeyError as e:
    print(chain(e), e.__context__)

def reraise():
    try:
        raise ValueError('a')
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print(chain(e))

try:
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise ValueError('after inner')
except ValueError as e:
    print(chain(e))

try:
    try:
        raise TypeError('t')
    except TypeError as t:
        raise ValueError('v') from t
except ValueError as e:
    print(chain(e), e.__context__ is e.__cause__)
