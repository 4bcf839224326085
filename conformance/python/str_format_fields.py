# Conformance: str format fields.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class P:
    def __init__(self):
        self.x = 1
        self.name = 'pt'
        self.items = [10, 20, 30]
        self.d = {'k': 'v', 1: 'one'}
p = P()
t("'{0.x} {0.name}'.format(p)", lambda: '{0.x} {0.name}'.format(p))
t("'{p.x} {p.items[1]}'.format(p=p)", lambda: '{p.x} {p.items[1]}'.format(p=p))
t("'{0.items[2]}'.format(p)", lambda: '{0.items[2]}'.format(p))
t("'{0.d[k]}'.format(p)", lambda: '{0.d[k]}'.format(p))
t("'{0.d[1]}'.format(p)", lambda: '{0.d[1]}'.format(p))
t("'{0[0]} {0[1]}'.format(['a', 'b'])", lambda: '{0[0]} {0[1]}'.format(['a', 'b']))
t("'{0[-1]}'.format({'-1': 'neg'})", lambda: '{0[-1]}'.format({'-1': 'neg'}))
t("'{0[a b]}'.format({'a b': 'space'})", lambda: '{0[a b]}'.format({'a b': 'space'}))
t("'{[0]}'.format(['auto'])", lambda: '{[0]}'.format(['auto']))
t("'{.x}'.format(p)", lambda: '{.x}'.format(p))
t("'{0.items[0]:>5}'.format(p)", lambda: '{0.items[0]:>5}'.format(p))
t("'{x[0][1]}'.format(x=[[1, 2]])", lambda: '{x[0][1]}'.format(x=[[1, 2]]))
t("'{0[0]}'.format('str')", lambda: '{0[0]}'.format('str'))
t("'{0[1]}'.format((1, 2))", lambda: '{0[1]}'.format((1, 2)))
t("'{0[1]}'.format(range(5))", lambda: '{0[1]}'.format(range(5)))
t("'{0.missing}'.format(p)", lambda: '{0.missing}'.format(p))
t("'{0[5]}'.format([1])", lambda: '{0[5]}'.format([1]))
t("'{0[x]}'.format([1])", lambda: '{0[x]}'.format([1]))
t("'{0[x]}'.format({})", lambda: '{0[x]}'.format({}))
t("'{0[0]}'.format(5)", lambda: '{0[0]}'.format(5))
t("'{0.}'.format(p)", lambda: '{0.}'.format(p))
t("'{0[}'.format(p)", lambda: '{0[}'.format(p))
t("'{0[0]x}'.format([1])", lambda: '{0[0]x}'.format([1]))
t("'{0.x.y}'.format(p)", lambda: '{0.x.y}'.format(p))
t("'{0[١]}'.format(['a', 'b'])", lambda: '{0[١]}'.format(['a', 'b']))
t("'{١}'.format('a', 'b')", lambda: '{١}'.format('a', 'b'))
