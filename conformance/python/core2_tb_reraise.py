def low():
    raise ValueError('low level')

def mid():
    try:
        low()
    except ValueError:
        print('logging and re-raising')
        raise

def top():
    try:
        mid()
    finally:
        print('top finally')

top()
