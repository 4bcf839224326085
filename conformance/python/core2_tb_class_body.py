def helper():
    raise LookupError('in class body')

class Config:
    a = 1
    b = helper()
