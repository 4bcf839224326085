seed = 7
def rand():
    global seed
    seed = (seed * 69069 + 1) % 2**32
    return seed
data = [rand() % 1000 for _ in range(2000)]
s = sorted(data)
print(s[:10], s[-10:], len(s), all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(rand() % 10, i) for i in range(1500)]
pairs.sort(key=lambda p: p[0])
print(all(pairs[i][0] < pairs[i + 1][0] or (pairs[i][0] == pairs[i + 1][0] and pairs[i][1] < pairs[i + 1][1]) for i in range(len(pairs) - 1)))
desc = sorted(data, reverse=True)
print(desc[:5], desc == s[::-1])
stable_rev = [(rand() % 5, i) for i in range(500)]
stable_rev.sort(key=lambda p: p[0], reverse=True)
print(stable_rev[:6], stable_rev[-3:])
runs = list(range(300)) + list(range(600, 300, -1)) + list(range(100))
runs.sort()
print(runs[:5], runs[-5:], len(runs))
strs = [str(rand() % 500) for _ in range(300)]
strs.sort()
print(strs[:8])
fl = [(rand() % 1000) / 7 for _ in range(300)]
fl.sort(reverse=True)
print(fl[:4])
