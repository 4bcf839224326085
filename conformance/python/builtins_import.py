try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__()
except TypeError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("math", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
