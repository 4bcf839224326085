# Conformance: str format errors.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'{'.format()", lambda: '{'.format())
t("'}'.format()", lambda: '}'.format())
t("'{0'.format(1)", lambda: '{0'.format(1))
t("'x}y'.format()", lambda: 'x}y'.format())
t("'{0!}'.format(1)", lambda: '{0!}'.format(1))
t("'{0!x}'.format(1)", lambda: '{0!x}'.format(1))
t("'{0!rr}'.format(1)", lambda: '{0!rr}'.format(1))
t("'{0!r'.format(1)", lambda: '{0!r'.format(1))
t("'{0:'.format(1)", lambda: '{0:'.format(1))
t("'{0:{'.format(1)", lambda: '{0:{'.format(1))
t("'{0}'.format()", lambda: '{0}'.format())
t("'{1}'.format(1)", lambda: '{1}'.format(1))
t("'{x}'.format()", lambda: '{x}'.format())
t("'{x}'.format(y=1)", lambda: '{x}'.format(y=1))
t("'{} {0}'.format(1)", lambda: '{} {0}'.format(1))
t("'{0} {}'.format(1, 2)", lambda: '{0} {}'.format(1, 2))
t("'{:d}'.format('a')", lambda: '{:d}'.format('a'))
t("'{:s}'.format(1)", lambda: '{:s}'.format(1))
t("'{:x}'.format(1.5)", lambda: '{:x}'.format(1.5))
t("'{:,s}'.format('a')", lambda: '{:,s}'.format('a'))
t("'{:==}'.format(1)", lambda: '{:==}'.format(1))
t("'{:>>>}'.format(1)", lambda: '{:>>>}'.format(1))
t("'{:{}}'.format(1)", lambda: '{:{}}'.format(1))
t("'{:{:{}}}'.format(1, 2, 3)", lambda: '{:{:{}}}'.format(1, 2, 3))
t("'{0:{1}}'.format(1, 'q')", lambda: '{0:{1}}'.format(1, 'q'))
t("'{:.{}}'.format(1.5, -1)", lambda: '{:.{}}'.format(1.5, -1))
t("'{:>5}'.format(None)", lambda: '{:>5}'.format(None))
t("'{:>5}'.format([1])", lambda: '{:>5}'.format([1]))
t("'{}'.format(*range(3))", lambda: '{}'.format(*range(3)))
t("'{a}{b}'.format(**{'a': 1, 'b': 2})", lambda: '{a}{b}'.format(**{'a': 1, 'b': 2}))
t("'{0:.1000000000000000000000}'.format(1)", lambda: '{0:.1000000000000000000000}'.format(1))
t("'{99999999999999999999}'.format(1)", lambda: '{99999999999999999999}'.format(1))
t("'{!}'.format(1)", lambda: '{!}'.format(1))
t("'{a{b}'.format(1)", lambda: '{a{b}'.format(1))
t("'{0!é}'.format(1)", lambda: '{0!é}'.format(1))
t("'{:é}'.format(1)", lambda: '{:é}'.format(1))
