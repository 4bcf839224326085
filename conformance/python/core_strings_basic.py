s = "héllo wörld"
print(len(s), s[0], s[-1], s[1:4], s[::-1], s[::2], s[100:], s[-100:3])
print("ab" * 3, 3 * "xy", "a" + "b", "-" * 0, "x" * -2)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"), repr("\x00\x7f\u00e9\u2603"))
print("abc"[1], "abc"[-3], "x" in "xyz", "" in "abc")
print(str(123), str(1.5), str(None), str(True), str([1, "a"]), repr([1, "a"]))
t = "😀a"
print(len(t), t[0], t[1], list(t))
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
