# Conformance: str large.
# t() prints each expression with the repr of its value (->) or the
# exception it raises (!!).


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

words = ['w%d' % i for i in range(2000)]
text = ' '.join(words)
t('len(text)', lambda: len(text))
t('text.split() == words', lambda: text.split() == words)
t("len(text.split(' ', 100))", lambda: len(text.split(' ', 100)))
t("text.rsplit(' ', 1)[0][-10:]", lambda: text.rsplit(' ', 1)[0][-10:])
t("text.count('w1')", lambda: text.count('w1'))
t("text.find('w1999')", lambda: text.find('w1999'))
t("text.rfind('w0 ')", lambda: text.rfind('w0 '))
t("len(text.replace(' ', ', '))", lambda: len(text.replace(' ', ', ')))
t('text.upper()[-10:]', lambda: text.upper()[-10:])
t('len(text.upper().lower())', lambda: len(text.upper().lower()))
t("len(','.join(text.split()))", lambda: len(','.join(text.split())))
big = 'ab' * 50000
t("big.count('ab')", lambda: big.count('ab'))
t("big.find('ba', 99990)", lambda: big.find('ba', 99990))
t("len(big.replace('a', 'xyz'))", lambda: len(big.replace('a', 'xyz')))
t('big.upper()[:6]', lambda: big.upper()[:6])
uni = 'é日🎉' * 10000
t('len(uni)', lambda: len(uni))
t("uni.count('日')", lambda: uni.count('日'))
t("uni.find('🎉', 29990)", lambda: uni.find('🎉', 29990))
t("uni.rfind('é', 0, 100)", lambda: uni.rfind('é', 0, 100))
t('len(uni.upper())', lambda: len(uni.upper()))
t('uni.upper()[:3]', lambda: uni.upper()[:3])
t("len(uni.split('日'))", lambda: len(uni.split('日')))
t('uni[29998:]', lambda: uni[29998:])
t("'\\n'.join(['line'] * 1000).count('\\n')", lambda: '\n'.join(['line'] * 1000).count('\n'))
t("len(('x\\n' * 1000).splitlines())", lambda: len(('x\n' * 1000).splitlines()))
t("len(('a b\\t' * 500).split())", lambda: len(('a b\t' * 500).split()))
t("len(('a' * 1000).center(5000, '-'))", lambda: len(('a' * 1000).center(5000, '-')))
t("('ab ' * 1000).title()[:12]", lambda: ('ab ' * 1000).title()[:12])
