# Conformance: str translate.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'hello'.translate({104: 'H', 111: None})", lambda: 'hello'.translate({104: 'H', 111: None}))
t("'hello'.translate({104: 72})", lambda: 'hello'.translate({104: 72}))
t("'hello'.translate({})", lambda: 'hello'.translate({}))
t("'hello'.translate({108: 'LL'})", lambda: 'hello'.translate({108: 'LL'}))
t("'hello'.translate({108: ''})", lambda: 'hello'.translate({108: ''}))
t("'hello'.translate(str.maketrans('el', 'ip'))", lambda: 'hello'.translate(str.maketrans('el', 'ip')))
t("'hello'.translate(str.maketrans('', '', 'lo'))", lambda: 'hello'.translate(str.maketrans('', '', 'lo')))
t("'hello'.translate(str.maketrans({'h': 'j', 'o': None}))", lambda: 'hello'.translate(str.maketrans({'h': 'j', 'o': None})))
t("'héllo'.translate({233: 'e'})", lambda: 'héllo'.translate({233: 'e'}))
t("'héllo'.translate({233: 0x65})", lambda: 'héllo'.translate({233: 0x65}))
t("'日本'.translate({26085: '月'})", lambda: '日本'.translate({26085: '月'}))
t("'abc'.translate({97: 0x1F389})", lambda: 'abc'.translate({97: 0x1F389}))
t("'abc'.translate({97: True})", lambda: 'abc'.translate({97: True}))
t("'abc'.translate([None, 'x'])", lambda: 'abc'.translate([None, 'x']))
t("'\\x00\\x01'.translate(['zero', 'one'])", lambda: '\x00\x01'.translate(['zero', 'one']))
t("'abc'.translate('xyz' * 40)", lambda: 'abc'.translate('xyz' * 40))
class T:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError('skip')
        if k == 99:
            raise KeyError(k)
        return k + 1
t("'abc'.translate(T())", lambda: 'abc'.translate(T()))
class Boom:
    def __getitem__(self, k):
        raise ValueError('boom %d' % k)
t("'abc'.translate(Boom())", lambda: 'abc'.translate(Boom()))
t("''.translate(Boom())", lambda: ''.translate(Boom()))
t("'abc'.translate({97: 1.5})", lambda: 'abc'.translate({97: 1.5}))
t("'abc'.translate({97: b'x'})", lambda: 'abc'.translate({97: b'x'}))
t("'abc'.translate({97: -1})", lambda: 'abc'.translate({97: -1}))
t("'abc'.translate({97: 0x110000})", lambda: 'abc'.translate({97: 0x110000}))
t("'abc'.translate(1)", lambda: 'abc'.translate(1))
t("'abc'.translate(None)", lambda: 'abc'.translate(None))
t("'abc'.translate()", lambda: 'abc'.translate())
t("'abc'.translate({}, {})", lambda: 'abc'.translate({}, {}))
t("'abc'.translate(table={})", lambda: 'abc'.translate(table={}))
