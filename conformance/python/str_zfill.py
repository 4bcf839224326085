# Conformance: str zfill.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'42'.zfill(5)", lambda: '42'.zfill(5))
t("'-42'.zfill(5)", lambda: '-42'.zfill(5))
t("'+42'.zfill(5)", lambda: '+42'.zfill(5))
t("'42'.zfill(1)", lambda: '42'.zfill(1))
t("'-'.zfill(3)", lambda: '-'.zfill(3))
t("'+'.zfill(1)", lambda: '+'.zfill(1))
t("''.zfill(3)", lambda: ''.zfill(3))
t("'abc'.zfill(6)", lambda: 'abc'.zfill(6))
t("'-abc'.zfill(6)", lambda: '-abc'.zfill(6))
t("'--1'.zfill(5)", lambda: '--1'.zfill(5))
t("'é'.zfill(3)", lambda: 'é'.zfill(3))
t("'-日'.zfill(4)", lambda: '-日'.zfill(4))
t("'3.14'.zfill(8)", lambda: '3.14'.zfill(8))
t("'-3.14'.zfill(-1)", lambda: '-3.14'.zfill(-1))
t("'42'.zfill(True)", lambda: '42'.zfill(True))
t("'42'.zfill('5')", lambda: '42'.zfill('5'))
t("'42'.zfill()", lambda: '42'.zfill())
t("'42'.zfill(5, 6)", lambda: '42'.zfill(5, 6))
t("'42'.zfill(width=5)", lambda: '42'.zfill(width=5))
