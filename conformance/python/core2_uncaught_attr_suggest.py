class Account:
    def __init__(self):
        self.balance = 10
        self.owner = 'ann'

    def deposit(self, n):
        self.balance += n

acct = Account()
for fn in [lambda: acct.balanse, lambda: acct.depost, lambda: acct.zzz, lambda: Account.deposti, lambda: [].apend, lambda: lenn, lambda: Flase]:
    try:
        fn()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e, e.name)
acct.ownr
