import random
r = random.Random(7)
print([r.choice([1, 2, 3]) for i in range(8)], r.choice("abcdef"), r.choice(range(1000)), r.choice((None, True)))
l = list(range(20))
r.shuffle(l)
print(l)
l = ["a", "b", "c", "d"]
r.shuffle(l)
print(l)
empty = []
r.shuffle(empty)
print(empty)

def t(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(v))

t("choice([])", lambda: r.choice([]))
t("choice({1, 2})", lambda: r.choice({1, 2}))
t("choice(5)", lambda: r.choice(5))
t("shuffle((1, 2))", lambda: r.shuffle((1, 2)))
t("shuffle('ab')", lambda: r.shuffle("ab"))
t("shuffle(5)", lambda: r.shuffle(5))
print(r.random())

class Deck:
    def __init__(self):
        self.cards = list(range(6))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v

d = Deck()
r.shuffle(d)
print(d.cards, r.choice(d))
