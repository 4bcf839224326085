import sys


def main():
    print("running")
    sys.exit("fatal: configuration missing")


try:
    main()
except SystemExit as e:
    print("exit code", repr(e.code))
sys.setrecursionlimit(0)
