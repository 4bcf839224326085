# Conformance: str format map.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'{a} {b}'.format_map({'a': 1, 'b': 2})", lambda: '{a} {b}'.format_map({'a': 1, 'b': 2}))
t("'{a[0]}'.format_map({'a': [5]})", lambda: '{a[0]}'.format_map({'a': [5]}))
t("'no fields'.format_map({})", lambda: 'no fields'.format_map({}))
t("'no fields'.format_map(1)", lambda: 'no fields'.format_map(1))
t("'{a}'.format_map({})", lambda: '{a}'.format_map({}))
t("'{}'.format_map({})", lambda: '{}'.format_map({}))
t("'{0}'.format_map({'0': 'zero'})", lambda: '{0}'.format_map({'0': 'zero'}))
t("'{a}'.format_map(1)", lambda: '{a}'.format_map(1))
t("'{a}'.format_map(['x'])", lambda: '{a}'.format_map(['x']))
t("'{a!r:>6}'.format_map({'a': 'v'})", lambda: '{a!r:>6}'.format_map({'a': 'v'}))
class M:
    def __getitem__(self, key):
        return key.upper() * 2
t("'{hello} {world}'.format_map(M())", lambda: '{hello} {world}'.format_map(M()))
t("'{x}'.format_map()", lambda: '{x}'.format_map())
t("'{x}'.format_map({}, {})", lambda: '{x}'.format_map({}, {}))
t("'{x}'.format_map(mapping={})", lambda: '{x}'.format_map(mapping={}))
