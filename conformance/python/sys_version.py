import sys

vi = sys.version_info
major, minor, micro, level, serial = vi
print(major, minor, micro, level, serial, vi.minor == minor, vi[0], vi[-1], vi[:3], list(vi)[:2])
print(vi > (3, 10), vi < (3, 12), vi == (3, 11, 2, "final", 0), vi >= (3, 11, 0), (3, 9) < vi[:2])
print(sys.float_info.max > 1e308, sys.float_info.min < 1e-307, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.sizeof_digit, sys.maxsize + 1 == 2 ** 63, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.getrecursionlimit() >= 1000, sys.getdefaultencoding(), callable(sys.exit) if False else "")
