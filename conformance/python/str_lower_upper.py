# Conformance: str lower upper.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

t("'Hello World'.lower()", lambda: 'Hello World'.lower())
t("'Hello World'.upper()", lambda: 'Hello World'.upper())
t("'already lower'.lower()", lambda: 'already lower'.lower())
t("'ALREADY UPPER'.upper()", lambda: 'ALREADY UPPER'.upper())
t("'123 !?'.upper()", lambda: '123 !?'.upper())
t("''.upper()", lambda: ''.upper())
t("'ÀÉÎÕÜ'.lower()", lambda: 'ÀÉÎÕÜ'.lower())
t("'àéîõü'.upper()", lambda: 'àéîõü'.upper())
t("'ÿ'.upper()", lambda: 'ÿ'.upper())
t("'µ'.upper()", lambda: 'µ'.upper())
t("'ſ'.upper()", lambda: 'ſ'.upper())
t("'ı'.upper()", lambda: 'ı'.upper())
t("'ǅ'.lower()", lambda: 'ǅ'.lower())
t("'ǅ'.upper()", lambda: 'ǅ'.upper())
t("'ΑΒΓΔ'.lower()", lambda: 'ΑΒΓΔ'.lower())
t("'αβγδ'.upper()", lambda: 'αβγδ'.upper())
t("'АБВГД'.lower()", lambda: 'АБВГД'.lower())
t("'абвгд'.upper()", lambda: 'абвгд'.upper())
t("'ԱԲԳ'.lower()", lambda: 'ԱԲԳ'.lower())
t("'աբգ'.upper()", lambda: 'աբգ'.upper())
t("'ႠႡႢ'.lower()", lambda: 'ႠႡႢ'.lower())
t("' აბგ'.upper()", lambda: ' აბგ'.upper())
t("'Ꭰ Ꭱ'.lower()", lambda: 'Ꭰ Ꭱ'.lower())
t("'ꭰꭱ'.upper()", lambda: 'ꭰꭱ'.upper())
t("'ᏸᏹ'.upper()", lambda: 'ᏸᏹ'.upper())
t("'𐐀𐐁'.lower()", lambda: '𐐀𐐁'.lower())
t("'𐐨𐐩'.upper()", lambda: '𐐨𐐩'.upper())
t("'ⓐⓑ'.upper()", lambda: 'ⓐⓑ'.upper())
t("'ⅰⅱ'.upper()", lambda: 'ⅰⅱ'.upper())
t("'ｆｕｌｌ'.upper()", lambda: 'ｆｕｌｌ'.upper())
t("'Ǉ ǈ ǉ'.lower()", lambda: 'Ǉ ǈ ǉ'.lower())
t("'Ǉ ǈ ǉ'.upper()", lambda: 'Ǉ ǈ ǉ'.upper())
t("'日本語'.upper()", lambda: '日本語'.upper())
t("'mixed ÄSCII and ΑΣΚΙ'.lower()", lambda: 'mixed ÄSCII and ΑΣΚΙ'.lower())
t("'ꞵꞷ'.upper()", lambda: 'ꞵꞷ'.upper())
t("'ᲀᲁ'.upper()", lambda: 'ᲀᲁ'.upper())
t("'ᲐᲑ'.lower()", lambda: 'ᲐᲑ'.lower())
t("'Ɐ'.lower()", lambda: 'Ɐ'.lower())
t("'ɐ'.upper()", lambda: 'ɐ'.upper())
t("'ʝ'.upper()", lambda: 'ʝ'.upper())
t("'Ꞔ'.lower()", lambda: 'Ꞔ'.lower())
