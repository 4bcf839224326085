# Conformance: str final sigma.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'Σ'.lower()", lambda: 'Σ'.lower())
t("'ΣΑ'.lower()", lambda: 'ΣΑ'.lower())
t("'ΑΣ'.lower()", lambda: 'ΑΣ'.lower())
t("'ΑΣ Α'.lower()", lambda: 'ΑΣ Α'.lower())
t("'ΟΔΟΣ'.lower()", lambda: 'ΟΔΟΣ'.lower())
t("'ΟΔΟΣ.'.lower()", lambda: 'ΟΔΟΣ.'.lower())
t("'ΟΔΟΣ!'.lower()", lambda: 'ΟΔΟΣ!'.lower())
t("'ΑΣΑ'.lower()", lambda: 'ΑΣΑ'.lower())
t("'Α.Σ'.lower()", lambda: 'Α.Σ'.lower())
t('"Α\'Σ"', lambda: "Α'Σ")
t('"Α\'Σ".lower()', lambda: "Α'Σ".lower())
t("'ΑΣ\\u0301'.lower()", lambda: 'ΑΣ\u0301'.lower())
t("'ΑΣ\\u0301Α'.lower()", lambda: 'ΑΣ\u0301Α'.lower())
t("'Α\\u0301Σ'.lower()", lambda: 'Α\u0301Σ'.lower())
t("'ΑΣ1'.lower()", lambda: 'ΑΣ1'.lower())
t("'1Σ'.lower()", lambda: '1Σ'.lower())
t("'ΣΣ'.lower()", lambda: 'ΣΣ'.lower())
t("'ΣΣΣ'.lower()", lambda: 'ΣΣΣ'.lower())
t("'ΑΣΣ'.lower()", lambda: 'ΑΣΣ'.lower())
t("'aΣ'.lower()", lambda: 'aΣ'.lower())
t("'ǅΣ'.lower()", lambda: 'ǅΣ'.lower())
t("'ΑΣ ΒΣ'.lower()", lambda: 'ΑΣ ΒΣ'.lower())
t("'ΑΣ\\u00adΒ'.lower()", lambda: 'ΑΣ\u00adΒ'.lower())
t("'ΑΣ\\u00ad'.lower()", lambda: 'ΑΣ\u00ad'.lower())
t("'ΑΣ:Β'.lower()", lambda: 'ΑΣ:Β'.lower())
t("'ΑΣʰ'.lower()", lambda: 'ΑΣʰ'.lower())
t("'ΑʰΣ'.lower()", lambda: 'ΑʰΣ'.lower())
t("'ΑΣ\\u200d'.lower()", lambda: 'ΑΣ\u200d'.lower())
t("'ΑΣ\\u2019s'.lower()", lambda: 'ΑΣ\u2019s'.lower())
t("'ΑΣΜΑΤΑ ΤΟΥΣ'.lower()", lambda: 'ΑΣΜΑΤΑ ΤΟΥΣ'.lower())
t("'ΑΣ'.casefold()", lambda: 'ΑΣ'.casefold())
t("'ΟΔΟΣ'.title()", lambda: 'ΟΔΟΣ'.title())
t("'οδοσ ΟΔΟΣ'.title()", lambda: 'οδοσ ΟΔΟΣ'.title())
t("'ΟΔΟΣ'.capitalize()", lambda: 'ΟΔΟΣ'.capitalize())
t("'οδοσ'.swapcase()", lambda: 'οδοσ'.swapcase())
t("'ΟΔΟΣ'.swapcase()", lambda: 'ΟΔΟΣ'.swapcase())
t("'ΟΔΟΣ οδοσ'.swapcase()", lambda: 'ΟΔΟΣ οδοσ'.swapcase())
t("'ΑΣ'.islower()", lambda: 'ΑΣ'.islower())
