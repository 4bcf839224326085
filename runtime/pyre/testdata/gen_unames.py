#!/usr/bin/python3
"""Writes ../unames.bin: the character names that CPython 3.11's
unicodedata.lookup() knows, for the \\N{...} escape of runtime/pyre.

Run with Debian's CPython 3.11 from runtime/pyre/testdata:

    /usr/bin/python3 gen_unames.py

The file is zlib-compressed text. Each line of the first part is
"<hex delta from the previous code point>;<NAME>" for every named character
except the CJK unified ideographs and Hangul syllables, whose names CPython
computes; a line "#aliases" starts the name aliases, as "<hex code>;<ALIAS>";
a line "#cjk" starts the ranges of CJK unified ideographs, as "<lo>-<hi>".
Named sequences are left out: re rejects them.
"""
import ctypes
import os
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "run with /usr/bin/python3 (CPython 3.11)"

ALGORITHMIC = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")


def aliases():
    """Name aliases, read through unicodedata's C API (with_alias_and_seq)."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    getname_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p,
                                 ctypes.c_int, ctypes.c_int)
    getname = getname_t(ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
    buf = ctypes.create_string_buffer(256)
    out = []
    for private in range(0xF0000, 0xF1000):
        if not getname(private, buf, 256, 1):
            continue
        name = buf.value.decode("ascii")
        value = unicodedata.lookup(name)
        if len(value) == 1:
            out.append((ord(value), name))
    return out


def main():
    lines = []
    prev = 0
    cjk = []
    for code in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(code), "")
        if not name:
            continue
        if name.startswith("CJK UNIFIED IDEOGRAPH-"):
            if cjk and cjk[-1][1] == code - 1:
                cjk[-1][1] = code
            else:
                cjk.append([code, code])
            continue
        if name.startswith(ALGORITHMIC):
            continue
        assert unicodedata.lookup(name) == chr(code)
        lines.append("%x;%s" % (code - prev, name))
        prev = code
    lines.append("#aliases")
    for code, name in aliases():
        lines.append("%x;%s" % (code, name))
    lines.append("#cjk")
    for lo, hi in cjk:
        lines.append("%x-%x" % (lo, hi))
    data = zlib.compress("\n".join(lines).encode("ascii"), 9)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "unames.bin")
    with open(out, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (out, len(data)))


main()
