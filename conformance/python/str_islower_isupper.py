# Conformance: str islower isupper.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'abc'.islower()", lambda: 'abc'.islower())
t("'abc1 !'.islower()", lambda: 'abc1 !'.islower())
t("'Abc'.islower()", lambda: 'Abc'.islower())
t("''.islower()", lambda: ''.islower())
t("'123'.islower()", lambda: '123'.islower())
t("'ß'.islower()", lambda: 'ß'.islower())
t("'ǅ'.islower()", lambda: 'ǅ'.islower())
t("'ªº'.islower()", lambda: 'ªº'.islower())
t("'ʰ'.islower()", lambda: 'ʰ'.islower())
t("'ͅ'.islower()", lambda: 'ͅ'.islower())
t("'ⓐ'.islower()", lambda: 'ⓐ'.islower())
t("'ⅰ'.islower()", lambda: 'ⅰ'.islower())
t("'日本'.islower()", lambda: '日本'.islower())
t("'a日本'.islower()", lambda: 'a日本'.islower())
t("'ABC'.isupper()", lambda: 'ABC'.isupper())
t("'ABC1 !'.isupper()", lambda: 'ABC1 !'.isupper())
t("'ABc'.isupper()", lambda: 'ABc'.isupper())
t("''.isupper()", lambda: ''.isupper())
t("'123'.isupper()", lambda: '123'.isupper())
t("'ẞ'.isupper()", lambda: 'ẞ'.isupper())
t("'ǅ'.isupper()", lambda: 'ǅ'.isupper())
t("'Ⓐ'.isupper()", lambda: 'Ⓐ'.isupper())
t("'Ⅰ'.isupper()", lambda: 'Ⅰ'.isupper())
t("'ΣΑΣ'.isupper()", lambda: 'ΣΑΣ'.isupper())
t("'ΣΑς'.isupper()", lambda: 'ΣΑς'.isupper())
t("'𐐀'.isupper()", lambda: '𐐀'.isupper())
t("'ℍ'.isupper()", lambda: 'ℍ'.isupper())
t("'ℎ'.islower()", lambda: 'ℎ'.islower())
t("'ᴬ'.isupper()", lambda: 'ᴬ'.isupper())
t("'ᴬ'.islower()", lambda: 'ᴬ'.islower())
t("'abc'.islower(1)", lambda: 'abc'.islower(1))
t("'ABC'.isupper(x=1)", lambda: 'ABC'.isupper(x=1))
