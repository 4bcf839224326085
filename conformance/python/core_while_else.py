n = 0
while n < 3:
    n += 1
else:
    print("else ran", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
for i in []:
    pass
else:
    print("empty for else")
for i in range(3):
    if i == 5:
        break
else:
    print("for else", i)
i = 10
while i:
    i //= 2
    if i == 2:
        continue
    print("i", i)
