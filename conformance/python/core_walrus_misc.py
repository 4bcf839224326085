data = [1, 5, 10, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print(1 if (t := 0) else 2, t)
x = [1, 2, 3]
x[0] += 10
x[-1] *= 2
print(x)
class P:
    v = 1
p = P()
p.v += 5
print(p.v, P.v)
s = "abc"
s += "def"
print(s)
t = (1,)
t += (2,)
print(t)
l = [1]
l2 = l
l += [2]
print(l2, l is l2)
