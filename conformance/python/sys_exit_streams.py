import sys

n = sys.stdout.write("written directly\n")
print(n, sys.stdout.write(""), sys.stdout.encoding, sys.stdout.write("é\n"))
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print(sys.stdout.isatty() in (True, False), sys.stderr.encoding)
print(sys.stderr.write(""))
for args in [(), (3,), ("message",), (None,), (0,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", repr(e), e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.exc_info())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is None or True, sys.exception() is v)
print(sys.exception())
