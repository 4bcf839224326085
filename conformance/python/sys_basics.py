import sys
from sys import maxsize, version_info

print(sys.maxsize, maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.version_info, version_info[:2], version_info.major, version_info >= (3, 8), version_info < (4,), len(version_info))
print(type(sys.version_info), type(sys.version_info).__name__, sys.version_info.releaselevel, tuple(sys.version_info)[:2])
print(sys.version[:4] == "3.11", isinstance(sys.version, str), sys.hexversion >= 0x030B0000)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[2], len(sys.float_info))
print(sys.int_info, sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.intern("abc"))
print(isinstance(sys.argv, list), len(sys.argv), sys.argv[0][-13:] == "sys_basics.py")
print(sys.modules["sys"] is sys, "sys" in sys.modules, "__main__" in sys.modules, sys.modules.get("nope", "absent"))
import collections
print("collections" in sys.modules, sys.modules["collections"] is collections)
