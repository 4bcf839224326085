# Conformance: str join.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("','.join(['a', 'b', 'c'])", lambda: ','.join(['a', 'b', 'c']))
t("','.join(('a', 'b'))", lambda: ','.join(('a', 'b')))
t("','.join([])", lambda: ','.join([]))
t("','.join(['only'])", lambda: ','.join(['only']))
t("''.join(['a', 'b'])", lambda: ''.join(['a', 'b']))
t("', '.join('abc')", lambda: ', '.join('abc'))
t("'-'.join({'x': 1, 'y': 2})", lambda: '-'.join({'x': 1, 'y': 2}))
t("'é'.join(['日', '本'])", lambda: 'é'.join(['日', '本']))
t("' '.join(str(i) for i in range(5))", lambda: ' '.join(str(i) for i in range(5)))
t("'+'.join(iter(['p', 'q']))", lambda: '+'.join(iter(['p', 'q'])))
t("','.join(['a', 1])", lambda: ','.join(['a', 1]))
t("','.join([1])", lambda: ','.join([1]))
t("','.join(['a', 'b', None])", lambda: ','.join(['a', 'b', None]))
t("','.join(['a', b'b'])", lambda: ','.join(['a', b'b']))
t("','.join(5)", lambda: ','.join(5))
t("','.join(None)", lambda: ','.join(None))
t("','.join()", lambda: ','.join())
t("','.join(['a'], ['b'])", lambda: ','.join(['a'], ['b']))
t("','.join(x=['a'])", lambda: ','.join(x=['a']))
