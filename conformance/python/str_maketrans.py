# Conformance: str maketrans.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("str.maketrans('abc', 'xyz')", lambda: str.maketrans('abc', 'xyz'))
t("str.maketrans('abc', 'xyz', 'd')", lambda: str.maketrans('abc', 'xyz', 'd'))
t("str.maketrans('', '', 'ab')", lambda: str.maketrans('', '', 'ab'))
t("str.maketrans('', '')", lambda: str.maketrans('', ''))
t("str.maketrans({'a': 'x', 98: 'y', 'c': None})", lambda: str.maketrans({'a': 'x', 98: 'y', 'c': None}))
t("str.maketrans({'é': 1, 26085: 'x'})", lambda: str.maketrans({'é': 1, 26085: 'x'}))
t('str.maketrans({})', lambda: str.maketrans({}))
t("str.maketrans('é日', '🎉x')", lambda: str.maketrans('é日', '🎉x'))
t("'x'.maketrans('a', 'b')", lambda: 'x'.maketrans('a', 'b'))
t("str.maketrans({True: 'x'})", lambda: str.maketrans({True: 'x'}))
t("str.maketrans({'ab': 1})", lambda: str.maketrans({'ab': 1}))
t("str.maketrans({'': 1})", lambda: str.maketrans({'': 1}))
t('str.maketrans({1.5: 1})', lambda: str.maketrans({1.5: 1}))
t('str.maketrans({(1,): 1})', lambda: str.maketrans({(1,): 1}))
t("str.maketrans('ab', 'a')", lambda: str.maketrans('ab', 'a'))
t("str.maketrans('a', 'bc', 'd')", lambda: str.maketrans('a', 'bc', 'd'))
t("str.maketrans(1, 'a')", lambda: str.maketrans(1, 'a'))
t("str.maketrans({}, 'a')", lambda: str.maketrans({}, 'a'))
t("str.maketrans('a', 1)", lambda: str.maketrans('a', 1))
t("str.maketrans('a', None)", lambda: str.maketrans('a', None))
t("str.maketrans('a', 'b', 1)", lambda: str.maketrans('a', 'b', 1))
t('str.maketrans([1])', lambda: str.maketrans([1]))
t('str.maketrans()', lambda: str.maketrans())
t("str.maketrans('a', 'b', 'c', 'd')", lambda: str.maketrans('a', 'b', 'c', 'd'))
t("str.maketrans(x='a')", lambda: str.maketrans(x='a'))
