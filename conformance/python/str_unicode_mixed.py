# Conformance: str unicode mixed.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = 'Ünïcödé 🎉 text, with ασκί and 日本語; ok'
t('len(s)', lambda: len(s))
t("s.find('🎉')", lambda: s.find('🎉'))
t("s.find('text')", lambda: s.find('text'))
t("s.rfind('a')", lambda: s.rfind('a'))
t("s.index('日')", lambda: s.index('日'))
t("s.count('t')", lambda: s.count('t'))
t('s.split()', lambda: s.split())
t("s.split(',')", lambda: s.split(','))
t('s.rsplit(None, 2)', lambda: s.rsplit(None, 2))
t("s.partition('🎉')", lambda: s.partition('🎉'))
t('s.upper()', lambda: s.upper())
t('s.lower()', lambda: s.lower())
t('s.title()', lambda: s.title())
t('s.swapcase()', lambda: s.swapcase())
t('s.casefold()', lambda: s.casefold())
t("s.center(50, '·')", lambda: s.center(50, '·'))
t("s.replace('日本語', 'nihongo')", lambda: s.replace('日本語', 'nihongo'))
t("s.encode('utf-8')", lambda: s.encode('utf-8'))
t("s.encode('ascii', 'backslashreplace')", lambda: s.encode('ascii', 'backslashreplace'))
t("s.encode('ascii', 'xmlcharrefreplace').decode('ascii')", lambda: s.encode('ascii', 'xmlcharrefreplace').decode('ascii'))
t("s.startswith('Ünï')", lambda: s.startswith('Ünï'))
t("s.endswith('ok')", lambda: s.endswith('ok'))
t("s.find('ασκί', 20)", lambda: s.find('ασκί', 20))
t("s.find('ασκί', 20, 34)", lambda: s.find('ασκί', 20, 34))
t("s.find('ασκί', 20, 35)", lambda: s.find('ασκί', 20, 35))
t('s[10:20]', lambda: s[10:20])
t('s[::-3]', lambda: s[::-3])
t("s.strip('Üok')", lambda: s.strip('Üok'))
t('[w.isalpha() for w in s.split()]', lambda: [w.isalpha() for w in s.split()])
t('[w.capitalize() for w in s.split()]', lambda: [w.capitalize() for w in s.split()])
t("'\\N{GREEK CAPITAL LETTER SIGMA}'.lower()", lambda: '\N{GREEK CAPITAL LETTER SIGMA}'.lower())
t("'x'.join(['🎉', '🎊'])", lambda: 'x'.join(['🎉', '🎊']))
t("'🎉🎊'.replace('', '|')", lambda: '🎉🎊'.replace('', '|'))
t("'🎉🎊🎉'.split('🎊')", lambda: '🎉🎊🎉'.split('🎊'))
t("'🎉🎊🎉'.count('🎉')", lambda: '🎉🎊🎉'.count('🎉'))
t("'a🎉b'.center(7, '🎊')", lambda: 'a🎉b'.center(7, '🎊'))
t("'🎉'.zfill(4)", lambda: '🎉'.zfill(4))
t("'\\U0001f389'.isprintable()", lambda: '\U0001f389'.isprintable())
