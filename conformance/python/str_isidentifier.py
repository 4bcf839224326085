# Conformance: str isidentifier.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'abc'.isidentifier()", lambda: 'abc'.isidentifier())
t("'_abc'.isidentifier()", lambda: '_abc'.isidentifier())
t("'_'.isidentifier()", lambda: '_'.isidentifier())
t("'__init__'.isidentifier()", lambda: '__init__'.isidentifier())
t("'abc123'.isidentifier()", lambda: 'abc123'.isidentifier())
t("'123abc'.isidentifier()", lambda: '123abc'.isidentifier())
t("''.isidentifier()", lambda: ''.isidentifier())
t("'a b'.isidentifier()", lambda: 'a b'.isidentifier())
t("'a-b'.isidentifier()", lambda: 'a-b'.isidentifier())
t("'if'.isidentifier()", lambda: 'if'.isidentifier())
t("'None'.isidentifier()", lambda: 'None'.isidentifier())
t("'élan'.isidentifier()", lambda: 'élan'.isidentifier())
t("'日本語'.isidentifier()", lambda: '日本語'.isidentifier())
t("'変数1'.isidentifier()", lambda: '変数1'.isidentifier())
t("'α_β'.isidentifier()", lambda: 'α_β'.isidentifier())
t("'x\\u0301'.isidentifier()", lambda: 'x\u0301'.isidentifier())
t("'\\u0301x'.isidentifier()", lambda: '\u0301x'.isidentifier())
t("'x٣'.isidentifier()", lambda: 'x٣'.isidentifier())
t("'٣x'.isidentifier()", lambda: '٣x'.isidentifier())
t("'ℕ'.isidentifier()", lambda: 'ℕ'.isidentifier())
t("'℘'.isidentifier()", lambda: '℘'.isidentifier())
t("'℮'.isidentifier()", lambda: '℮'.isidentifier())
t("'ⅰ'.isidentifier()", lambda: 'ⅰ'.isidentifier())
t("'x·y'.isidentifier()", lambda: 'x·y'.isidentifier())
t("'·y'.isidentifier()", lambda: '·y'.isidentifier())
t("'x\\u200dy'.isidentifier()", lambda: 'x\u200dy'.isidentifier())
t("'x\\u200cy'.isidentifier()", lambda: 'x\u200cy'.isidentifier())
t("'ﾞ'.isidentifier()", lambda: 'ﾞ'.isidentifier())
t("'xﾞ'.isidentifier()", lambda: 'xﾞ'.isidentifier())
t("'ゝ'.isidentifier()", lambda: 'ゝ'.isidentifier())
t("'x゛'.isidentifier()", lambda: 'x゛'.isidentifier())
t("'🎉'.isidentifier()", lambda: '🎉'.isidentifier())
t("'$x'.isidentifier()", lambda: '$x'.isidentifier())
t("'x$'.isidentifier()", lambda: 'x$'.isidentifier())
t("'\\u2118x'.isidentifier()", lambda: '\u2118x'.isidentifier())
t("'a'.isidentifier(1)", lambda: 'a'.isidentifier(1))
