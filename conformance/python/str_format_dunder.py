# Conformance: str format dunder.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
class Bad:
    def __format__(self, spec):
        return 42
class Raises:
    def __format__(self, spec):
        raise ValueError('bad spec ' + spec)
class Plain:
    pass
t("'{}'.format(F())", lambda: '{}'.format(F()))
t("'{:abc}'.format(F())", lambda: '{:abc}'.format(F()))
t("'{:{}}'.format(F(), 'nested')", lambda: '{:{}}'.format(F(), 'nested'))
t("'{!s}'.format(F()).startswith('<__main__.F object at ')", lambda: '{!s}'.format(F()).startswith('<__main__.F object at '))
t("'{}'.format(S())", lambda: '{}'.format(S()))
t("'{!r}'.format(S())", lambda: '{!r}'.format(S()))
t("'{!a}'.format(S())", lambda: '{!a}'.format(S()))
t("'{:>10}'.format(S())", lambda: '{:>10}'.format(S()))
t("'{}'.format(Bad())", lambda: '{}'.format(Bad()))
t("'{:x}'.format(Raises())", lambda: '{:x}'.format(Raises()))
t("'{:>5}'.format(Plain())", lambda: '{:>5}'.format(Plain()))
t("f'{F():spec}'", lambda: f'{F():spec}')
t("f'{S()!r:>8}'", lambda: f'{S()!r:>8}')
t("'{0.__class__.__name__}'.format(F())", lambda: '{0.__class__.__name__}'.format(F()))
t("'{}'.format(F) == '{}'.format(F)", lambda: '{}'.format(F) == '{}'.format(F))
t("'%s|%r' % (S(), S())", lambda: '%s|%r' % (S(), S()))
class E(Exception):
    def __format__(self, spec):
        return 'E!' + spec
t("'{:x}'.format(E())", lambda: '{:x}'.format(E()))
t("'{}'.format(ValueError('plain'))", lambda: '{}'.format(ValueError('plain')))
t("'{:>8}'.format(KeyError('k'))", lambda: '{:>8}'.format(KeyError('k')))
